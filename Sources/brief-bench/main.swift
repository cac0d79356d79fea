// Prints speed and memory figures for the pipeline stages. Run in release: `make bench`.
import BriefArticle
import BriefCompose
import BriefExtract
import BriefGraphics
import BriefLayout
import BriefModel
import BriefRender
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Peak resident memory of this process, in MB (Linux).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

let arguments = CommandLine.arguments.dropFirst()
let corpusFolder = arguments.first ?? "../shared/corpus/articles"
/// Rounds of the parse + extract loop (`BRIEF_BENCH_ROUNDS`, 400 by default; fewer for profiling).
let extractRounds = ProcessInfo.processInfo.environment["BRIEF_BENCH_ROUNDS"].flatMap { Int($0) } ?? 400
let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []).sorted()
    .map { "\(corpusFolder)/\($0)" }
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("brief-bench: no articles in \(corpusFolder)\n".utf8))
    exit(66)
}

/// The bench reads articles larger than the command line accepts by default.
let parser = ArticleParser(maximumArticleBytes: 64_000_000)
let extractor = FactExtractor(gazetteers: try Gazetteers.bundled())
var warnings: [String] = []
let texts = files.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
let bytes = texts.reduce(0) { $0 + $1.utf8.count }

// 1. Parse + extract throughput on one core.
var rounds = 0
let extractTime = try seconds {
    while rounds < extractRounds {
        for (file, text) in zip(files, texts) {
            let format = ArticleParser.format(forPath: file, content: text)
            for article in try parser.parse(text: text, origin: file, format: format) { _ = extractor.extract(from: article) }
        }
        rounds += 1
    }
}
print(String(format: "parse+extract: %.2f MB/s (%d articles × %d rounds, %.1f KB each round)",
             Double(bytes * rounds) / extractTime / 1e6, files.count, rounds, Double(bytes) / 1e3))

// 5. Large articles: the reference article's body repeated to 1, 4 and 16 MB, parsed and extracted once each.
// The time should grow linearly: 16 MB within 16 times the 1 MB time, plus a fifth. Measured last, as the
// allocator keeps the memory they take, which would hide the figures of the briefs.
let referenceText = zip(files, texts).first { $0.0.contains("00-") }?.1 ?? texts[0]
let referenceLines = referenceText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
let referenceBody = referenceLines.dropFirst().filter { !$0.hasPrefix("Published in") }.joined(separator: "\n")
func largeArticle(megabytes: Int) -> String {
    var text = referenceLines[0] + "\n\n"
    while text.utf8.count < megabytes * 1_000_000 { text += referenceBody + "\n" }
    return text
}
/// The sizes measured (`BRIEF_BENCH_LARGE_MB`, e.g. "1" to profile one size; 1, 4 and 16 by default).
let largeSizes = ProcessInfo.processInfo.environment["BRIEF_BENCH_LARGE_MB"].map { $0.split(separator: ",").compactMap { Int($0) } }
    ?? [1, 4, 16]
func measureLargeArticles() throws {
    var largeTimes: [Int: Double] = [:]
    for megabytes in largeSizes {
        let text = largeArticle(megabytes: megabytes)
        largeTimes[megabytes] = try seconds {
            for article in try parser.parse(text: text, origin: "large.txt", format: .plainText) { _ = extractor.extract(from: article) }
        }
    }
    let figures = largeSizes.map { String(format: "%d MB %.2f s (%.2f MB/s)", $0, largeTimes[$0]!, Double($0) / largeTimes[$0]!) }
    print("large articles, parse+extract: " + figures.joined(separator: ", "))
    if let small = largeTimes[1], let big = largeTimes[16] {
        print(String(format: "16 MB / 1 MB = %.1f× (linear is 16×)", big / small))
    }
    print(String(format: "peak memory with the 16 MB article: %.1f MB", peakMemoryMB()))
}

// `BRIEF_BENCH_EXTRACT_ONLY=1` stops after parse + extract (for profiling them alone).
if ProcessInfo.processInfo.environment["BRIEF_BENCH_EXTRACT_ONLY"] == "1" {
    try measureLargeArticles()
    exit(0)
}

// 2. The reference brief: compose, layout, render (warm, in process).
let reference = files.first { $0.contains("00-") } ?? files[0]
let article = try parser.parse(fileAt: reference, warnings: &warnings)[0]
let facts = extractor.extract(from: article)
let fonts = FontLibrary()
let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-bench.pdf").path
var pages = 0
@MainActor func renderOnce(_ facts: Facts) throws {
    let report = ReportComposer().compose(facts)
    let document = try ReportLayout(fonts: fonts).layout(report)
    pages = document.pages.count
    try DocumentRenderer().render(document, info: report.info)[0].write(to: URL(fileURLWithPath: output))
}
try renderOnce(facts)
let briefRuns = 50
let briefTime = try seconds { for _ in 0..<briefRuns { try renderOnce(facts) } }
print(String(format: "reference brief, same text again (shaping cached): %.1f ms per brief (%d pages), %.0f pages/s",
             briefTime / Double(briefRuns) * 1000, pages, Double(pages * briefRuns) / briefTime))
let freshTime = try seconds { for _ in 0..<briefRuns { fonts.clearCache(); try renderOnce(facts) } }
print(String(format: "reference brief, shaped from scratch: %.1f ms per brief, %.0f pages/s",
             freshTime / Double(briefRuns) * 1000, Double(pages * briefRuns) / freshTime))

// 3. A long report: the reference facts repeated until the brief runs to about 40 pages.
var long = facts
for i in 0..<48 {
    long.timeline += facts.timeline.map { TimelineEntry(date: $0.date, label: "\($0.label) (\(i))", evidence: $0.evidence) }
    long.speakers += facts.speakers.map { Speaker(name: "\($0.name) \(i)", title: $0.title, organisation: $0.organisation, statements: $0.statements) }
    long.incidents += facts.incidents
}
try renderOnce(long)
let longRuns = 5
let longTime = try seconds { for _ in 0..<longRuns { try renderOnce(long) } }
print(String(format: "long report: %d pages in %.1f ms, %.0f pages/s", pages, longTime / Double(longRuns) * 1000,
             Double(pages * longRuns) / longTime))
print(String(format: "peak memory of the briefs: %.1f MB", peakMemoryMB()))

// 4. Memory over many different briefs (each with its own serial in the title): it should stay flat.
func residentMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
}
var serial = facts
var marks: [String] = []
for n in 1...3_000 {
    serial.headline = "\(facts.headline) (brief no. \(n))"
    try renderOnce(serial)
    if n == 100 || n == 1_000 || n == 2_000 || n == 3_000 { marks.append(String(format: "%.1f MB after %d", residentMB(), n)) }
}
print("resident memory over 3,000 different briefs: " + marks.joined(separator: ", "))
try? FileManager.default.removeItem(atPath: output)

try measureLargeArticles()
