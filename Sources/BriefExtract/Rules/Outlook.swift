import BriefModel

/// Sentences about what comes next: plans, proposals, scheduled steps and calls for action, matched by
/// the `outlookMarkers` phrases of the gazetteers as whole words.
enum OutlookRule {
    static func extract(_ ctx: ArticleContext) -> [Evidence] {
        let markers = ctx.g.outlookMarkers
        var out: [Evidence] = []
        for s in ctx.sentences {
            let padded = " " + s.text.lowercased().map { $0.isLetter || $0 == "-" ? $0 : " " }.map(String.init).joined() + " "
            guard let marker = markers.first(where: { padded.contains(" \($0) ") }) else { continue }
            out.append(Evidence(s.sentence, rule: "outlook.\(marker.replacingOccurrences(of: " ", with: "-"))"))
        }
        return out
    }
}
