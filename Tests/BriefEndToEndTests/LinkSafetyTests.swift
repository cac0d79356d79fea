import Foundation
import XCTest

/// Article addresses in the PDF: only http, https and mailto become link annotations, each a `/S /URI` action
/// holding exactly the percent-encoded address; every other address is plain text in the sources list, and
/// nothing in an address can add keys to an annotation (a `)` once ended the string and began `/S /JavaScript`).
extension EndToEndTests {
    /// (address in the article, the URI its link must hold, or nil for no link at all)
    static let hostileAddresses: [(String, String?)] = [
        ("https://x.org/a) /S /JavaScript /JS (app.alert(1)", nil),
        ("https://x.org/a)/S/JavaScript/JS(app.alert(1))", "https://x.org/a%29/S/JavaScript/JS%28app.alert%281%29%29"),
        ("https://x.org/b)>>/S/Launch/F(/bin/sh)", "https://x.org/b%29%3E%3E/S/Launch/F%28/bin/sh%29"),
        ("javascript:alert(1)", nil),
        ("JavaScript:alert(document.domain)", nil),
        ("file:///etc/passwd", nil),
        ("https://x.org/back\\slash'quote\"", "https://x.org/back%5Cslash%27quote%22"),
        ("https://x.org/line\nbreak", nil),
        ("https://x.org/nul\u{0}byte", nil),
        ("https://x.org/with space", nil),
        ("https://x.org/caf\u{E9}?q=\u{FC}ber#\u{E9}t\u{E9}", "https://x.org/caf%C3%A9?q=%C3%BCber#%C3%A9t%C3%A9"),
        ("https://x.org/100%", "https://x.org/100%25"),
        ("https://x.org/already%20encoded", "https://x.org/already%20encoded"),
        ("https://x.org/rtl\u{202E}fdp.exe", nil),
        ("http:///no-host", nil),
        ("https://ex\u{E4}mple.org/", nil),
        ("mailto:press@x.org", "mailto:press@x.org"),
        ("https://x.org/plain-and-fine", "https://x.org/plain-and-fine"),
    ]

    static let feedBody = "ISLAMABAD: Officials of the Federal Investigation Agency said on Friday that a network had moved "
        + "migrants from Pakistan through Iran and Turkey to Greece. Twelve suspects were arrested, the agency said."

    func testFeedAddressesBecomeOnlySafeLinks() throws {
        var lines: [String] = []
        for (i, (address, _)) in Self.hostileAddresses.enumerated() {
            let object: [String: Any] = ["headline": "Smuggling network case \(i + 1)", "body": Self.feedBody,
                                         "source": "Dawn", "published": "2024-04-26", "url": address]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        let feed = scratch.appendingPathComponent("hostile.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: feed)
        let folder = scratch.appendingPathComponent("briefs").path
        let run = try brief(["build", feed.path, "-o", folder, "--quiet"])
        XCTAssertEqual(run.status, 0, run.stderr)
        for (i, (address, expected)) in Self.hostileAddresses.enumerated() {
            let pdf = "\(folder)/\(i + 1)-smuggling-network-case-\(i + 1).pdf"
            try checkLinks(in: pdf, address: address, expected: expected)
        }
    }

    func testFrontMatterAndFactsFileAddressesBecomeOnlySafeLinks() throws {
        let cases: [(String, String?)] = [
            ("https://x.org/c)/S/Launch/F(/bin/sh)", "https://x.org/c%29/S/Launch/F%28/bin/sh%29"),
            ("javascript:app.alert(1)", nil),
        ]
        for (i, (address, expected)) in cases.enumerated() {
            // Markdown front matter (a YAML double-quoted string).
            let escaped = address.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            let markdown = "---\ntitle: Smuggling network case\ndate: 2024-04-26\nsource: Dawn\nurl: \"\(escaped)\"\n---\n\n"
                + Self.feedBody + "\n"
            let article = scratch.appendingPathComponent("case-\(i).md")
            try Data(markdown.utf8).write(to: article)
            let pdf = scratch.appendingPathComponent("case-\(i).pdf").path
            let built = try brief(["build", article.path, "-o", pdf])
            XCTAssertEqual(built.status, 0, built.stderr)
            try checkLinks(in: pdf, address: address, expected: expected)

            // A facts file with the address put in by hand.
            let facts = scratch.appendingPathComponent("case-\(i).json")
            let object: [String: Any] = ["headline": "Smuggling network case", "source": "Dawn", "url": address]
            try JSONSerialization.data(withJSONObject: object).write(to: facts)
            let rendered = scratch.appendingPathComponent("case-\(i)-facts.pdf").path
            let run = try brief(["render", facts.path, "-o", rendered])
            XCTAssertEqual(run.status, 0, run.stderr)
            try checkLinks(in: rendered, address: address, expected: expected, cited: false)
        }
    }

    /// Every link annotation of `pdf` is an internal jump or a `/S /URI` action with exactly `expected`; with
    /// `expected` nil there is no URI link at all. The address is still shown (white space aside, control and
    /// format characters left out), and the file is sound. `cited`: the brief has citation marks, which are links.
    func checkLinks(in pdf: String, address: String, expected: String?, cited: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        let check = try tool("qpdf", ["--check", pdf])
        XCTAssertEqual(check.status, 0, "\(address): " + check.stdout + check.stderr, file: file, line: line)

        let json = try tool("qpdf", ["--json=2", "--json-key=qpdf", pdf])
        XCTAssertEqual(json.status, 0, json.stderr, file: file, line: line)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let objects = try XCTUnwrap((root["qpdf"] as? [Any])?.last as? [String: Any])
        func value(_ object: Any?) -> Any? {
            if let reference = object as? String, reference.hasSuffix(" R") {
                return (objects["obj:" + reference] as? [String: Any])?["value"]
            }
            return object
        }
        func text(_ string: Any?) -> String? {
            guard let s = string as? String else { return nil }
            if s.hasPrefix("u:") { return String(s.dropFirst(2)) }
            if s.hasPrefix("b:") {  // bytes in hex
                let hex = Array(s.dropFirst(2).utf8)
                var bytes: [UInt8] = []
                var i = 0
                while i + 1 < hex.count { bytes.append(UInt8(String(decoding: hex[i...i + 1], as: UTF8.self), radix: 16) ?? 0); i += 2 }
                return String(decoding: bytes, as: UTF8.self)
            }
            return s
        }

        var uris: [String] = []
        var annotations = 0
        for case let object as [String: Any] in objects.values {
            guard let dictionary = object["value"] as? [String: Any] else { continue }
            // Nowhere in the file: a script, a launch action, or any action other than a web link.
            XCTAssertNil(dictionary["/JS"], "\(address): a /JS key in \(dictionary)", file: file, line: line)
            if let kind = dictionary["/S"] as? String, dictionary["/Type"] as? String != "/StructElem" {
                XCTAssertEqual(kind, "/URI", "\(address): an action \(dictionary)", file: file, line: line)
            }
            guard dictionary["/Type"] as? String == "/Page", let annots = value(dictionary["/Annots"]) as? [Any] else { continue }
            for item in annots {
                let annotation = try XCTUnwrap(value(item) as? [String: Any], file: file, line: line)
                guard annotation["/Subtype"] as? String == "/Link" else { continue }
                annotations += 1
                if annotation["/Dest"] != nil {
                    XCTAssertNil(annotation["/A"], "\(address): \(annotation)", file: file, line: line)
                    continue
                }
                let action = try XCTUnwrap(value(annotation["/A"]) as? [String: Any], "\(address): \(annotation)",
                                           file: file, line: line)
                XCTAssertTrue(Set(action.keys).isSubset(of: ["/Type", "/S", "/URI"]), "\(address): \(action)", file: file, line: line)
                XCTAssertEqual(action["/S"] as? String, "/URI", "\(address): \(action)", file: file, line: line)
                uris.append(try XCTUnwrap(text(action["/URI"]), file: file, line: line))
            }
        }
        if cited { XCTAssertGreaterThan(annotations, 0, "\(address): the citation marks are links", file: file, line: line) }
        if let expected {
            XCTAssertFalse(uris.isEmpty, "\(address): no link", file: file, line: line)
            XCTAssertEqual(Set(uris), [expected], address, file: file, line: line)
        } else {
            XCTAssertEqual(uris, [], "\(address): must not be a link", file: file, line: line)
        }

        // The address is still in the sources list as text (compared without white space, which may wrap).
        let shown = try tool("pdftotext", [pdf, "-"]).stdout.filter { !$0.isWhitespace }
        let visible = address.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .control
            && $0.properties.generalCategory != .format }
        XCTAssertTrue(shown.contains(String(String.UnicodeScalarView(visible))), "\(address) not shown in the sources",
                      file: file, line: line)
    }
}
