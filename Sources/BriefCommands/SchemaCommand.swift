import ArgumentParser
import BriefModel
import BriefRuntime
import Foundation

extension BriefCommand {
    /// `brief schema`: prints the JSON Schema of the facts file that `extract` writes and `render` reads.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of the facts file that `extract` writes and `render` reads.",
            discussion: "extract writes schemaVersion \(FactsSchema.version); render reads files without one as version 1.")

        func run() throws {
            try reportingFailures {
                let schema = try FactsFile.loadedSchema()
                try Terminal.writeOutput(Data((schema.text.hasSuffix("\n") ? schema.text : schema.text + "\n").utf8))
            }
        }
    }
}
