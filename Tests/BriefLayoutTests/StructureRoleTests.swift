import BriefGraphics
import BriefLayout
import BriefModel
import XCTest

/// Placed blocks carry the structure role a tagged PDF gives them.
final class StructureRoleTests: XCTestCase {
    func testEveryKindOfBlockHasItsRole() throws {
        var report = GoldenReports.everyKind()
        report.sections[0].blocks.insert(.subheading("In brief"), at: 1)
        let document = try ReportLayout(fonts: FlowEngineTests.fonts, contents: .always).layout(report)
        var roles: [String: Set<StructureRole>] = [:]
        for block in document.pages.flatMap(\.blocks) { roles[block.kind, default: []].insert(block.role) }
        XCTAssertEqual(roles["title"], [.heading1])
        XCTAssertEqual(roles["heading"], [.heading2, .heading3])
        XCTAssertEqual(roles["paragraph"], [.paragraph])
        XCTAssertEqual(roles["intro"], [.paragraph])
        XCTAssertEqual(roles["list-item"], [.listItem])
        XCTAssertEqual(roles["source-note"], [.listItem])
        XCTAssertEqual(roles["table"], [.table])
        XCTAssertEqual(roles["key-figures"], [.division])
        XCTAssertEqual(roles["route"], [.figure])
        XCTAssertEqual(roles["timeline"], [.figure])
        XCTAssertEqual(roles["contents"], [.contents])
    }
}
