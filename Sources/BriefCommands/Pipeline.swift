import BriefArticle
import BriefCompose
import BriefExtract
import BriefGraphics
import BriefLayout
import BriefModel
import BriefRender
import BriefRuntime
import Foundation

/// The stages joined: article file → facts → report → pages → file. Each step maps its errors to a
/// `Failure` naming the file.
public final class Pipeline {
    let gazetteers: Gazetteers
    private var fontLibrary: FontLibrary?
    /// The largest article read (see `ArticleParser.maximumArticleBytes`).
    public var maximumArticleBytes = ArticleParser.defaultMaximumArticleBytes

    /// `extraGazetteers` are user files merged over the bundled data.
    public init(extraGazetteers: [String] = []) throws {
        var gazetteers: Gazetteers
        do { gazetteers = try Gazetteers.bundled() } catch let error as GazetteerError {
            throw Failure(.unavailable, path: error.path, problem: error.problem)
        } catch {
            throw Failure(.unavailable, path: "Gazetteers", problem: "the bundled data cannot be read (\(error))")
        }
        for path in extraGazetteers {
            do { gazetteers = try gazetteers.merging(fileAt: path) } catch {
                throw Failure(FileManager.default.fileExists(atPath: path) ? .badInput : .missingInput, path: path,
                              problem: "\(error)".replacingOccurrences(of: "\(path): ", with: ""))
            }
        }
        self.gazetteers = gazetteers
    }

    /// The fonts folder given with `--fonts`; nil to search (see `FontLibrary.searchedFontFolders`).
    public var fontsFolder: String?

    /// One shared font library per pipeline (fonts are loaded once): from `fontsFolder`, else the first
    /// folder searched that holds fonts, else the system's fonts with a warning; exit 69 when there are none.
    func fonts() throws -> FontLibrary {
        if let fontLibrary { return fontLibrary }
        let library: FontLibrary
        if let folder = fontsFolder ?? FontLibrary.locateFontsDirectory() {
            guard FontLibrary.holdsFonts(folder) else {
                throw Failure(.unavailable, path: folder, problem: "holds no .ttf or .otf font (--fonts)")
            }
            library = FontLibrary(fontsDirectory: folder)
            // Files that fontconfig cannot read (truncated, not fonts) leave no family to set text in.
            guard library.loadedFaceCount > 0 else {
                throw Failure(.unavailable, path: folder, problem: "holds no font that can be read (broken or not font files)")
            }
        } else {
            library = FontLibrary(fontsDirectory: nil)
            let searched = FontLibrary.searchedFontFolders().joined(separator: ", ")
            guard !library.familyNames().isEmpty else {
                throw Failure(.unavailable, path: "fonts", problem: "no fonts found (searched \(searched), then the system's fonts)")
            }
            Terminal.printError("brief: warning: no fonts folder found (searched \(searched)); the system's fonts are used")
        }
        fontLibrary = library
        return library
    }

    /// Reads an article file, or standard input for `-`: its articles, and the lines of a feed that are not
    /// articles (reported as failures naming the line; the other lines still count).
    public func read(_ path: String) throws -> ArticleFeed {
        var warnings: [String] = []
        let parser = ArticleParser(maximumArticleBytes: maximumArticleBytes)
        do {
            let feed: ArticleFeed
            if path == "-" {
                let data = try Terminal.readStandardInput(limit: parser.feedLimit)
                if data.count > parser.feedLimit {
                    throw parser.overLimit("standard input", what: "the input", bytes: data.count, limit: parser.feedLimit)
                }
                feed = try parser.read(data: data, origin: "-", warnings: &warnings)
            } else {
                feed = try parser.read(fileAt: path, warnings: &warnings)
            }
            for warning in warnings { Terminal.printError("brief: warning: \(warning)") }
            return feed
        } catch let error as ArticleError {
            let missing = path != "-" && !FileManager.default.fileExists(atPath: path)
            throw Failure(missing ? .missingInput : .badInput, path: error.path, problem: error.problem)
        }
    }

    /// The articles of a file, failing at a feed's first broken line.
    public func articles(at path: String) throws -> [Article] {
        let feed = try read(path)
        if let failure = feed.failures.first { throw Failure(.badInput, path: failure.path, problem: failure.problem) }
        return feed.articles
    }

    public func facts(for article: Article) -> Facts {
        FactExtractor(gazetteers: gazetteers).extract(from: article)
    }

    /// Reads a facts file (as `brief extract` writes it, possibly corrected by hand): every difference
    /// from the facts schema is reported in one error line (see `FactsFile`). A feed's facts file (one object per
    /// line) is refused: read it with `factsFeed(at:)`.
    public func facts(at path: String) throws -> Facts {
        let feed = try factsFeed(at: path)
        if let failure = feed.failures.first { throw failure }
        guard feed.facts.count == 1, let facts = feed.facts.first else {
            throw Failure(.badInput, path: path, problem: "holds \(feed.facts.count) facts objects, one per line")
        }
        return facts.facts
    }

    /// The facts of a file, or of standard input for `-`: one object, or one per line (a feed's, with the line
    /// each came from); a line that is not valid facts is a failure naming it, and the others still count.
    public func factsFeed(at path: String) throws -> (facts: [(line: Int?, facts: Facts)], failures: [Failure], isFeed: Bool) {
        let data: Data
        if path == "-" {
            data = try Terminal.readStandardInput(limit: maximumArticleBytes)
            if data.count > maximumArticleBytes {
                throw Failure(.badInput, path: "standard input", problem: "is over the input size limit of \(ByteCount.describe(maximumArticleBytes))")
            }
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw Failure(.missingInput, path: path, problem: "no such file")
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw Failure(.badInput, path: path, problem: "cannot be read")
            }
            data = contents
        }
        guard !data.isEmpty else { throw Failure(.badInput, path: path, problem: "file is empty") }
        let (objects, invalid) = try FactsFile.objects(in: data, path: path)
        var failures = invalid
        var facts: [(line: Int?, facts: Facts)] = []
        for (line, object) in objects {
            do {
                facts.append((line, try decode(object, path: path)))
            } catch let failure as Failure {
                failures.append(line.map { Failure(failure.kind, path: failure.path, problem: "line \($0): \(failure.problem)") } ?? failure)
            }
        }
        return (facts, failures, objects.count + invalid.count > 1 || objects.first?.line != nil)
    }

    private func decode(_ object: Data, path: String) throws -> Facts {
        do {
            return try JSONDecoder().decode(Facts.self, from: object)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Failure(.badInput, path: path, problem: "facts file lacks \"\(Self.describe(context.codingPath + [key]))\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw Failure(.badInput, path: path, problem: "facts file has a wrong value at \"\(Self.describe(context.codingPath))\"")
        } catch let DecodingError.dataCorrupted(context) {
            let detail = context.codingPath.isEmpty ? FactsFile.invalidJSON(context.underlyingError ?? DecodingError.dataCorrupted(context), in: object) : "bad value at \"\(Self.describe(context.codingPath))\": \(context.debugDescription)"
            throw Failure(.badInput, path: path, problem: detail)
        } catch {
            throw Failure(.badInput, path: path, problem: "not a facts file (\(error))")
        }
    }

    private static func describe(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// How a brief is written: file format, PNG resolution, table of contents, columns.
    public struct RenderOptions: Sendable {
        public var format: OutputFormat = .pdf
        public var dpi: Double = 150
        /// Add a table of contents after the title.
        public var contents = false
        /// Body columns (1 or 2).
        public var columns = 1

        public init(format: OutputFormat = .pdf, dpi: Double = 150, contents: Bool = false, columns: Int = 1) {
            self.format = format
            self.dpi = dpi
            self.contents = contents
            self.columns = columns
        }
    }

    /// Composes, lays out and draws the brief for `facts`; returns the files' bytes (one PDF, or one PNG or
    /// SVG per page). Nothing is written: see `OutputTarget`.
    public func render(_ facts: Facts, options: RenderOptions = RenderOptions()) throws -> [Data] {
        let report = ReportComposer().compose(facts)
        let document: LaidOutDocument
        var theme = Theme.standard
        theme.columns = options.columns
        let layout = ReportLayout(theme: theme, fonts: try fonts(), contents: options.contents ? .always : .automatic(minimumSections: 10))
        do { document = try layout.layout(report) } catch {
            throw Failure(.layout, path: facts.origin ?? "brief", problem: "\(error)")
        }
        do {
            return try DocumentRenderer(format: options.format, dpi: options.dpi).render(document, info: report.info)
        } catch {
            throw Failure(.layout, path: facts.origin ?? "brief", problem: "cannot be drawn (\(error))")
        }
    }
}
