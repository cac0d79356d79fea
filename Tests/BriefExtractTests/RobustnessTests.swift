import BriefArticle
import BriefExtract
import Foundation
import XCTest

/// Odd input must never crash the parser or the rules.
final class RobustnessTests: XCTestCase {
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func testRandomTextDoesNotCrash() throws {
        let vocabulary = ["said", "Mr", "Dr.", "(", ")", ",", ".", "\"", "“", "”", ";", ":", "—", "-", "the", "of", "and", "to", "from",
                          "through", "via", "or", "on", "Monday", "last", "month", "next", "April", "12", "2024", "1,500", "Rs2.5m",
                          "Tk", "lakh", "€", "million", "Pakistan", "Dubai", "Europe", "Pakistanis", "Afghan", "nationals", "boat",
                          "capsized", "off", "Lampedusa", "died", "missing", "organised", "by", "in", "collaboration", "with",
                          "Federal", "Investigation", "Agency", "(FIA)", "UNODC", "Jane", "Roe", "Khan", "Ali", "Director", "General",
                          "head", "who", "heads", "according", "'s", "’", "ISLAMABAD:", "\n", "\n\n", "Published", "in", "Dawn",
                          "workshop", "conference", "bodies", "three", "Thirty-one", "were", "from", "Sudan", "near", "E.U.", "x"]
        var gen = Generator(state: 42)
        let extractor = FactExtractor(gazetteers: try Gazetteers.bundled())
        let parser = ArticleParser()
        for _ in 0..<300 {
            let count = 1 + gen.next(120)
            let words = (0..<count).map { _ in vocabulary[gen.next(vocabulary.count)] }
            let text = "Headline\n" + words.joined(separator: gen.next(3) == 0 ? "" : " ")
            guard let articles = try? parser.parse(text: text, origin: "r", format: .plainText) else { continue }
            for a in articles { _ = extractor.extract(from: a) }
        }
    }
}
