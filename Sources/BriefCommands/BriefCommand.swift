import ArgumentParser
import BriefArticle
import BriefModel
import BriefRender
import BriefRuntime
import Foundation

/// The `brief` command: news articles in, policy briefs out.
public struct BriefCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn news articles on migrant smuggling and trafficking into typeset PDF policy briefs.",
        discussion: """
        Exit codes: 0 success; 64 bad command line (or an output that is an input); 65 bad input file (for a
        feed: some articles failed, the others were written); 66 input file missing; 69 fonts or other
        resources missing; 70 the brief could not be laid out; 73 the output cannot be written; 74 standard
        output or error failed.
        """,
        version: BriefVersion.current,
        subcommands: [Build.self, Extract.self, Render.self, Schema.self, Completion.self])

    public init() {}

    /// Runs the command line: sets up the standard streams and signals first (see `Terminal.setUp`).
    public static func run() {
        Terminal.setUp()
        main()
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Options shared by the commands that write briefs.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp(
        "Output file, .pdf, .png or .svg (default: output/<article name>.pdf); - writes to standard output. PNG and SVG write a file per page: name-N.png, or {p} in the name stands for the page number.",
        valueName: "file"))
    var output: String?

    @Option(help: "Output format when the file name does not say it: pdf, png or svg.")
    var format: OutputFormat?

    @Option(help: "Resolution of PNG pages, in dots per inch.")
    var dpi: Double = 150

    @Flag(help: "Add a table of contents after the title (section titles, page numbers, links).")
    var contents = false

    @Option(help: "Body columns: 1 or 2 (with 2, the title spans both columns on the first page).")
    var columns = 1

    @Option(help: ArgumentHelp("The folder of font files to set the brief in (default: $BRIEF_FONTS, then the installed or bundled fonts).",
                               valueName: "folder"))
    var fonts: String?

    func validate() throws {
        guard dpi >= 10 && dpi <= 1200 else { throw ValidationError("--dpi must be between 10 and 1200.") }
        guard (1...2).contains(columns) else { throw ValidationError("--columns must be 1 or 2.") }
    }

    /// The format: from the output file's extension, else `--format`, else PDF. A name and a `--format`
    /// that disagree, or an extension that is no format, are a command-line error.
    func resolvedFormat(for name: String?) throws -> OutputFormat {
        let named = name.flatMap { $0 == "-" ? nil : OutputTarget.fileExtension(of: $0) } ?? ""
        let format: OutputFormat
        if named.isEmpty {
            format = self.format ?? .pdf
        } else if let fromName = OutputFormat(rawValue: named) {
            if let chosen = self.format, chosen != fromName {
                throw Failure(.usage, path: name ?? "-o", problem: "ends in .\(named) but --format is \(chosen.rawValue); leave out one of them")
            }
            format = fromName
        } else if let chosen = self.format {
            format = chosen
        } else {
            throw Failure(.usage, path: name ?? "-o",
                          problem: "cannot tell the format from .\(named): name the file .pdf, .png or .svg, or add --format")
        }
        if format == .pdf, let name, name.contains(OutputNames.pagePlaceholder) {
            throw Failure(.usage, path: name, problem: "\(OutputNames.pagePlaceholder) numbers page files, but a PDF is one file")
        }
        return format
    }

    func renderOptions(_ format: OutputFormat) -> Pipeline.RenderOptions {
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
            discussion: """
            ARTICLE is plain text (press layout), Markdown with front matter, or a JSON lines feed (one brief per \
            line, written into the folder -o names, default output/); - reads standard input. A feed line that \
            cannot be read or laid out is reported with its line number and skipped; the others are written.
            """)

        @Argument(help: "The article file (.txt, .md or .jsonl), or - for standard input.")
        var article: String

        @OptionGroup var outputOptions: OutputOptions
        @OptionGroup var extraction: ExtractionOptions

        @Flag(help: "Print nothing but errors.")
        var quiet = false

        func run() throws {
            try reportingFailures {
                let inputs = [article] + extraction.gazetteers
                let pipeline = try extraction.pipeline()
                pipeline.fontsFolder = outputOptions.fonts
                let feed = try pipeline.read(article)
                guard feed.isFeed else {
                    try writeSingleBrief(from: article, options: outputOptions, pipeline: pipeline, inputs: inputs, quiet: quiet) {
                        pipeline.facts(for: feed.articles[0])
                    }
                    return
                }
                let items = feed.articles.enumerated().map { index, item in
                    FeedItem(line: FeedOutcome.line(of: item) ?? index + 1, headline: item.headline) { pipeline.facts(for: item) }
                }
                let failures = feed.failures.map { Failure(.badInput, path: $0.path, problem: $0.problem) }
                try writeFeed(items, failures: failures, from: article, options: outputOptions, pipeline: pipeline,
                              inputs: inputs, quiet: quiet)
            }
        }

    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the facts of a news article as JSON.",
            discussion: """
            One JSON object for an article; one object per line for a JSON lines feed (a line that cannot be \
            read is reported with its line number and skipped). - reads standard input.
            """)

        @Argument(help: "The article file (.txt, .md or .jsonl), or - for standard input.")
        var article: String

        @Flag(help: "Print each fact with the sentence it came from and the rule that found it, for a human check.")
        var explain = false

        @Option(name: [.short, .long], help: ArgumentHelp("Write the JSON to this file (- or none: standard output).", valueName: "file"))
        var output: String?

        @OptionGroup var extraction: ExtractionOptions

        func run() throws {
            try reportingFailures {
                let inputs = [article] + extraction.gazetteers
                let target = try OutputTarget(output ?? "-", inputs: inputs)
                let pipeline = try extraction.pipeline()
                let feed = try pipeline.read(article)
                var outcome = FeedOutcome(path: article, total: feed.articles.count + feed.failures.count)
                for failure in feed.failures { outcome.record(Failure(.badInput, path: failure.path, problem: failure.problem)) }
                let facts = feed.articles.map(pipeline.facts(for:))
                if !facts.isEmpty {
                    let text: String
                    if explain {
                        // For a person: control characters from the article are shown as escapes.
                        text = Terminal.escaped(facts.map(Explanation.text(for:)).joined(separator: "\n"))
                    } else {
                        let encoder = JSONEncoder()
                        encoder.outputFormatting = feed.isFeed ? [.sortedKeys, .withoutEscapingSlashes]
                                                               : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                        text = try facts.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
                    }
                    try OutputTarget.write([(target, Data(text.utf8))], inputs: inputs)
                }
                try outcome.finish()
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
                pipeline.fontsFolder = outputOptions.fonts
                let feed = try pipeline.factsFeed(at: self.facts)
                let origin = self.facts
                guard feed.isFeed else {
                    if let failure = feed.failures.first { throw failure }
                    try writeSingleBrief(from: origin, options: outputOptions, pipeline: pipeline, inputs: [origin], quiet: false) {
                        var facts = feed.facts[0].facts
                        if facts.origin == nil { facts.origin = origin }
                        return facts
                    }
                    return
                }
                let items = feed.facts.map { item in
                    FeedItem(line: item.line ?? 1, headline: item.facts.headline) { () -> Facts in
                        var facts = item.facts
                        if facts.origin == nil { facts.origin = "\(origin)#\(item.line ?? 1)" }
                        return facts
                    }
                }
                try writeFeed(items, failures: feed.failures, from: origin, options: outputOptions, pipeline: pipeline,
                              inputs: [origin], quiet: false)
            }
        }
    }

    struct Completion: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a shell completion script: brief completion bash|zsh|fish.",
            discussion: "For example: brief completion bash > /etc/bash_completion.d/brief")

        @Argument(help: "The shell: bash, zsh or fish.")
        var shell: String

        func validate() throws {
            guard CompletionShell(rawValue: shell) != nil else {
                throw ValidationError("the shell is bash, zsh or fish, not '\(shell)'.")
            }
        }

        func run() throws {
            try reportingFailures {
                guard let shell = CompletionShell(rawValue: shell) else { return }
                try Terminal.writeOutput(Data(BriefCommand.completionScript(for: shell).utf8))
            }
        }
    }
}

/// One brief of a feed: the line it came from, its headline (for its file name), and its facts, made when needed.
struct FeedItem {
    let line: Int
    let headline: String
    let facts: () -> Facts
}

/// Writes the one brief of an input to the name `-o` gives (default `output/<input name>.<ext>`); a bad name
/// fails before the facts are made and set.
func writeSingleBrief(from input: String, options: OutputOptions, pipeline: Pipeline, inputs: [String], quiet: Bool,
                      facts: () -> Facts) throws {
    let format = try options.resolvedFormat(for: options.output)
    let name = options.output ?? OutputNames.defaultOutput(for: input, fileExtension: format.rawValue)
    _ = try OutputTarget(name, inputs: inputs)      // a bad output fails before the work
    let files = try pipeline.render(facts(), options: options.renderOptions(format))
    try report(try writeBrief(files, to: name, format: format, inputs: inputs), quiet: quiet)
}

/// Writes a brief per item of a feed into the folder `-o` names, each `<line>-<headline>.<ext>`; an item that
/// fails is reported on its own line and the others are still written (see `FeedOutcome`).
func writeFeed(_ items: [FeedItem], failures: [Failure], from path: String, options: OutputOptions, pipeline: Pipeline,
               inputs: [String], quiet: Bool) throws {
    let folder = try feedFolder(options.output)
    let format = try options.resolvedFormat(for: nil)
    var outcome = FeedOutcome(path: path, total: items.count + failures.count)
    for failure in failures { outcome.record(failure) }
    for item in items {
        let name = OutputNames.feedItem(item.line, headline: item.headline, in: folder, fileExtension: format.rawValue)
        do {
            let files = try pipeline.render(item.facts(), options: options.renderOptions(format))
            try report(try writeBrief(files, to: name, format: format, inputs: inputs), quiet: quiet)
        } catch let failure as Failure where failure.kind != .streamFailed {
            outcome.record(failure)
        }
    }
    try outcome.finish()
}

/// Prints the names written (not when the brief itself went to standard output).
func report(_ written: [String], quiet: Bool) throws {
    let files = written.filter { $0 != "-" }
    if !quiet, !files.isEmpty { try Terminal.print(files.joined(separator: "\n")) }
}

/// The folder a feed's briefs go in: `-o` names a folder (default `output/`), never a file or stdout.
func feedFolder(_ output: String?) throws -> String {
    guard let output else { return OutputNames.defaultFolder }
    guard !output.isEmpty, output != "-", OutputFormat(rawValue: OutputTarget.fileExtension(of: output)) == nil else {
        throw Failure(.usage, path: output.isEmpty ? "-o" : output,
                      problem: "a feed gives one brief per article: -o names the folder they go in")
    }
    return output
}

/// Writes a brief's files under `name`: a PDF as one file, PNG and SVG pages as page files (see
/// `OutputNames.page`); standard output takes a PDF, or a single page.
func writeBrief(_ files: [Data], to name: String, format: OutputFormat, inputs: [String]) throws -> [String] {
    let target = try OutputTarget(name, inputs: inputs)
    if format == .pdf || target.destination == .standardOutput {
        guard files.count == 1 else {
            throw Failure(.usage, path: name, problem: "standard output takes one file, and this brief is \(files.count) "
                          + "\(format.rawValue.uppercased()) pages: name them with -o page-\(OutputNames.pagePlaceholder).\(format.rawValue)")
        }
        return try OutputTarget.write([(target, files[0])], inputs: inputs)
    }
    let pages = try files.indices.map { try OutputTarget(OutputNames.page($0 + 1, of: name), inputs: inputs) }
    return try OutputTarget.write(Array(zip(pages, files)).map { (target: $0.0, bytes: $0.1) }, inputs: inputs)
}
