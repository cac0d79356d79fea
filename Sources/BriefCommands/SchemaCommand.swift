import ArgumentParser
import BriefModel
import Foundation

extension BriefCommand {
    /// `brief schema`: prints the JSON Schema of the facts file that `extract` writes and `render` reads.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of the facts file that `extract` writes and `render` reads.",
            discussion: "extract writes schemaVersion \(FactsSchema.version); render reads files without one as version 1.")

        func run() throws {
            try reportingFailures {
                let schema: FactsSchema
                do { schema = try FactsFile.schema.get() } catch {
                    throw Failure(.badInput, path: "facts.schema.json", problem: "bundled schema cannot be read (\(error))")
                }
                FileHandle.standardOutput.write(Data((schema.text.hasSuffix("\n") ? schema.text : schema.text + "\n").utf8))
            }
        }
    }
}
