import BriefModel

/// Numbers the source sentences that facts cite, in order of first citation, and makes the citation
/// marks that link to them.
public struct Citations {
    private(set) var notes: [SourceNote] = []
    private var numbers: [String: Int] = [:]

    public init() {}

    /// The citation mark for `evidence` (" [3]", linked to source note 3); empty when there is none.
    public mutating func mark(_ evidence: [Evidence]) -> [RichText.Run] {
        guard let first = evidence.first else { return [] }
        let key = "\(first.paragraph):\(first.sentence)"
        let number: Int
        if let known = numbers[key] { number = known } else {
            number = notes.count + 1
            numbers[key] = number
            notes.append(SourceNote(number: number, text: first.text,
                                    location: "paragraph \(first.paragraph + 1), sentence \(first.sentence + 1)"))
        }
        return [RichText.Run("[\(number)]", style: .citation, link: "#source-\(number)")]
    }

    /// Whether the sentence behind `evidence` is already cited somewhere in the brief.
    public func cites(_ evidence: Evidence) -> Bool { numbers["\(evidence.paragraph):\(evidence.sentence)"] != nil }

    /// Text followed by the citation mark for `evidence`.
    public mutating func cited(_ text: String, _ evidence: [Evidence]) -> RichText {
        RichText([RichText.Run(text)] + mark(evidence))
    }
}
