import ArgumentParser
import BriefArticle
import BriefModel
import BriefRender
import Foundation

/// The `brief` command: news articles in, policy briefs out.
public struct BriefCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn news articles on migrant smuggling and trafficking into typeset PDF policy briefs.",
        discussion: """
        Exit codes: 0 success, 64 bad command line, 65 bad input file, 66 input file missing,
        70 the brief could not be laid out, 73 the output cannot be written.
        """,
        subcommands: [Build.self, Extract.self, Render.self, Schema.self])

    public init() {}
}

extension OutputFormat: ExpressibleByArgument {}

/// Options shared by the commands that write briefs.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Output file (default: output/<article name>.<format>).")
    var output: String?

    @Option(help: "Output format: pdf, png or svg (png and svg write one file per page, name-N.ext).")
    var format: OutputFormat = .pdf

    @Option(help: "Resolution of PNG pages, in dots per inch.")
    var dpi: Double = 150

    @Flag(help: "Add a table of contents after the title (section titles, page numbers, links).")
    var contents = false

    @Option(help: "Body columns: 1 or 2 (with 2, the title spans both columns on the first page).")
    var columns = 1

    func validate() throws {
        guard dpi >= 10 && dpi <= 1200 else { throw ValidationError("--dpi must be between 10 and 1200.") }
        guard (1...2).contains(columns) else { throw ValidationError("--columns must be 1 or 2.") }
    }

    var renderOptions: Pipeline.RenderOptions {
        Pipeline.RenderOptions(format: format, dpi: dpi, contents: contents, columns: columns)
    }
}

/// Options shared by the commands that read articles.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: "An extra gazetteer file (JSON) merged over the bundled data; may be repeated.")
    var gazetteers: [String] = []

    @Option(name: .customLong("max-input-size"), help: ArgumentHelp(
        "The largest article read, such as 5MB, 500KB or 20M (a feed: each line, and the file 100 times that).",
        valueName: "size"))
    var maximumInputSize = ByteCount.describe(ArticleParser.defaultMaximumArticleBytes).replacingOccurrences(of: " ", with: "")

    func validate() throws {
        guard ByteCount.parse(maximumInputSize) != nil else {
            throw ValidationError("--max-input-size takes a size such as 5MB, 500KB or 2000000, not '\(maximumInputSize)'.")
        }
    }

    /// A pipeline with these options' gazetteers and input limit.
    func pipeline() throws -> Pipeline {
        let pipeline = try Pipeline(extraGazetteers: gazetteers)
        pipeline.maximumArticleBytes = ByteCount.parse(maximumInputSize) ?? ArticleParser.defaultMaximumArticleBytes
        return pipeline
    }
}

extension BriefCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a policy brief (PDF) from a news article.",
            discussion: "ARTICLE is plain text (press layout), Markdown with front matter, or a JSON lines feed (one brief per line).")

        @Argument(help: "The article file (.txt, .md or .jsonl).")
        var article: String

        @OptionGroup var outputOptions: OutputOptions
        @OptionGroup var extraction: ExtractionOptions

        @Flag(help: "Print nothing but errors.")
        var quiet = false

        func run() throws {
            try reportingFailures {
                let pipeline = try extraction.pipeline()
                let articles = try pipeline.articles(at: article)
                for (i, item) in articles.enumerated() {
                    var path = outputOptions.output ?? Pipeline.defaultOutput(for: article, format: outputOptions.format)
                    if articles.count > 1 {
                        let name = Pipeline.slug(item.headline)
                        let folder = outputOptions.output ?? "output"
                        path = "\(folder)/\(i + 1)-\(name.isEmpty ? "brief" : name).\(outputOptions.format.rawValue)"
                    }
                    let files = try pipeline.renderBrief(pipeline.facts(for: item), to: path,
                                                         options: outputOptions.renderOptions)
                    if !quiet { print(files.joined(separator: "\n")) }
                }
            }
        }
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the facts of a news article as JSON.",
            discussion: "One JSON object for an article; one object per line for a JSON lines feed.")

        @Argument(help: "The article file (.txt, .md or .jsonl).")
        var article: String

        @Flag(help: "Print each fact with the sentence it came from and the rule that found it, for a human check.")
        var explain = false

        @Option(name: [.short, .long], help: "Write the JSON to this file instead of standard output.")
        var output: String?

        @OptionGroup var extraction: ExtractionOptions

        func run() throws {
            try reportingFailures {
                let pipeline = try extraction.pipeline()
                let articles = try pipeline.articles(at: article)
                let facts = articles.map(pipeline.facts(for:))
                let text: String
                if explain {
                    text = facts.map(Explanation.text(for:)).joined(separator: "\n")
                } else {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = facts.count == 1 ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                                                : [.sortedKeys, .withoutEscapingSlashes]
                    text = try facts.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
                }
                if let output {
                    try Pipeline.prepareDirectory(for: output)
                    do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                        throw Failure(.cannotWrite, path: output, problem: "cannot be written")
                    }
                } else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
            }
        }
    }

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a brief from a facts JSON file (as `brief extract` writes it, corrected by hand).")

        @Argument(help: "The facts file (.json).")
        var facts: String

        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            try reportingFailures {
                let pipeline = try Pipeline()
                var facts = try pipeline.facts(at: self.facts)
                if facts.origin == nil { facts.origin = self.facts }
                let path = outputOptions.output ?? Pipeline.defaultOutput(for: self.facts, format: outputOptions.format)
                let files = try pipeline.renderBrief(facts, to: path, options: outputOptions.renderOptions)
                print(files.joined(separator: "\n"))
            }
        }
    }
}
