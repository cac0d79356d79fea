import BriefModel
import XCTest

/// The one rule for which addresses become links, and how they are written.
final class LinkTargetTests: XCTestCase {
    func testOnlyWebAndMailAddressesAreLinks() {
        for address in ["https://x.org/a", "http://x.org", "HTTPS://X.ORG/", "mailto:a@x.org"] {
            XCTAssertNotNil(LinkTarget(address), address)
        }
        for address in ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>", "ftp://x.org/", "x.org/a",
                        "https://", "http:///path", "mailto:", "https://x.org/a b", "https://x.org/\t", "https://x.org/\u{7F}",
                        "https://x.org/\u{85}", "https://x.org/\u{200B}", " https://x.org/", "https://b\u{FC}cher.de/", ""] {
            XCTAssertNil(LinkTarget(address), address)
        }
    }

    func testTheURIHoldsNothingThatEndsAStringOrAnAttribute() throws {
        let uri = try XCTUnwrap(LinkTarget("https://x.org/a)'\\\"(<>{}|^`[]%zz\u{E9}")).uri
        XCTAssertEqual(uri, "https://x.org/a%29%27%5C%22%28%3C%3E%7B%7D%7C%5E%60%5B%5D%25zz%C3%A9")
        XCTAssertTrue(uri.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F })
        // Encoding what is already encoded changes nothing.
        XCTAssertEqual(LinkTarget(uri)?.uri, uri)
    }

    func testPrintableAddress() {
        XCTAssertEqual(LinkTarget.printable("https://x.org/a\nb\u{0}c\u{202E}d"), "https://x.org/a b cd")
    }
}
