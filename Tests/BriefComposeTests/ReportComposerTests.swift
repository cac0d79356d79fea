import BriefCompose
import BriefModel
import XCTest

/// Facts made by hand → the sections and citations of a brief.
final class ReportComposerTests: XCTestCase {
    let said = Evidence(paragraph: 3, sentence: 0, start: 0, end: 40, text: "The minister said borders must stay open.", rule: "test")
    let sank = Evidence(paragraph: 5, sentence: 1, start: 0, end: 30, text: "The boat sank off Samos.", rule: "test")

    func facts() -> Facts {
        Facts(headline: "Boat sinks off Samos", source: "Aegean Daily", published: PartialDate(year: 2024, month: 4, day: 22),
              dateline: "Athens", event: Event(kind: .incident, date: PartialDate(year: 2024, month: 4, day: 21), evidence: [sank]),
              speakers: [Speaker(name: "Eleni Markou", title: "Minister", statements: [said])],
              routes: [Route(countries: ["Turkey", "Greece"], evidence: [sank])],
              incidents: [Incident(date: PartialDate(year: 2024, month: 4, day: 21), location: "off Samos", vessel: "dinghy",
                                   dead: 8, missing: 4, nationality: ["Afghan"], evidence: [sank])],
              timeline: [TimelineEntry(date: PartialDate(year: 2024, month: 5), label: "Inquiry reports", evidence: [said]),
                         TimelineEntry(date: PartialDate(year: 2024, month: 4, day: 21), label: "Dinghy sinks", evidence: [sank])],
              figures: [Figure(value: 8, unit: "dead", context: "off Samos", evidence: [sank])])
    }

    func testSectionsFollowTheFacts() {
        let report = ReportComposer().compose(facts())
        XCTAssertEqual(report.sections.map(\.id), ["summary", "speakers", "routes", "incidents", "timeline", "outlook", "sources"],
                       "no organisers, so no 'Who convened'")
        XCTAssertEqual(report.info.created, PartialDate(year: 2024, month: 4, day: 22))
        XCTAssertEqual(report.subtitle, "Aegean Daily  ·  22 April 2024  ·  Athens")
    }

    func testCitationsNumberEachSentenceOnceAndLinkToItsNote() throws {
        let report = ReportComposer().compose(facts())
        let sources = try XCTUnwrap(report.sections.last)
        guard case .sources(let notes)? = sources.blocks.last else { return XCTFail("no source notes") }
        XCTAssertEqual(notes.map(\.text), [sank.text, said.text], "numbered in order of first citation, each once")
        XCTAssertEqual(notes.map(\.number), [1, 2])
        let marks = report.sections.flatMap(\.blocks).flatMap(runs).filter { $0.style == .citation }
        XCTAssertFalse(marks.isEmpty)
        for mark in marks {
            let number = Int(mark.text.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
            XCTAssertEqual(mark.link, "#source-\(number ?? -1)")
        }
    }

    func testOutlookListsScheduledEventsAfterPublication() throws {
        let report = ReportComposer().compose(facts())
        let outlook = try XCTUnwrap(report.sections.first { $0.id == "outlook" })
        let text = outlook.blocks.flatMap(runs).map(\.text).joined()
        XCTAssertTrue(text.contains("May 2024: Inquiry reports"), text)
    }

    func testKeyFiguresLeadWithTheDead() throws {
        let report = ReportComposer().compose(facts())
        guard case .keyFigures(let figures)? = report.sections.first?.blocks.first else { return XCTFail("no key figures") }
        XCTAssertEqual(figures.first, KeyFigure(value: "8", label: "dead"))
    }

    func testStatisticsOfAPeriodComeAfterTheStorysCountsAndSayTheirPeriod() throws {
        var f = facts()
        f.figures = [Figure(value: 214, unit: "arrested", context: "", period: "last year"), Figure(value: 120, unit: "officials", context: "")]
        guard case .keyFigures(let figures)? = ReportComposer().compose(f).sections.first?.blocks.first else { return XCTFail("no key figures") }
        XCTAssertEqual(Array(figures.prefix(2)), [KeyFigure(value: "120", label: "officials"), KeyFigure(value: "214", label: "arrested last year")])
    }

    private func runs(_ block: Block) -> [RichText.Run] {
        switch block {
        case .paragraph(let t): return t.runs
        case .bullets(let items): return items.flatMap(\.runs)
        case .table(let table): return table.rows.flatMap { $0.flatMap(\.runs) }
        default: return []
        }
    }
}
