import BriefCompose
import XCTest

/// Numbers as a brief writes them, including values no count could have (never converted to `Int` then).
final class FormattingTests: XCTestCase {
    func testNumbers() {
        XCTAssertEqual(Formatting.number(350), "350")
        XCTAssertEqual(Formatting.number(1_200), "1,200")
        XCTAssertEqual(Formatting.number(2_500_000), "2.5 million")
        XCTAssertEqual(Formatting.number(330_000_000), "330 million")
    }

    func testAbsurdNumbersDoNotTrap() {
        XCTAssertEqual(Formatting.number(1e30), "1e+30")
        XCTAssertEqual(Formatting.number(-1e300), "-1e+300")
        XCTAssertEqual(Formatting.number(.infinity), "inf")
        XCTAssertEqual(Formatting.number(.nan), "nan")
        XCTAssertEqual(Formatting.number(9.3e18), "9.3e+18")
        XCTAssertEqual(Formatting.number(9e17), "900000000000 million")
    }
}
