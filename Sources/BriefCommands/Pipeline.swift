import BriefArticle
import BriefCompose
import BriefExtract
import BriefGraphics
import BriefLayout
import BriefModel
import BriefRender
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
        do { gazetteers = try Gazetteers.bundled() } catch {
            throw Failure(.badInput, path: "gazetteers", problem: "bundled data cannot be read (\(error))")
        }
        for path in extraGazetteers {
            do { gazetteers = try gazetteers.merging(fileAt: path) } catch {
                throw Failure(FileManager.default.fileExists(atPath: path) ? .badInput : .missingInput, path: path,
                              problem: "\(error)".replacingOccurrences(of: "\(path): ", with: ""))
            }
        }
        self.gazetteers = gazetteers
    }

    /// One shared font library per pipeline (fonts are loaded once).
    var fonts: FontLibrary {
        if let fontLibrary { return fontLibrary }
        let library = FontLibrary()
        fontLibrary = library
        return library
    }

    /// Parses an article file (a JSON lines feed gives several articles).
    public func articles(at path: String) throws -> [Article] {
        var warnings: [String] = []
        do {
            let articles = try ArticleParser(maximumArticleBytes: maximumArticleBytes).parse(fileAt: path, warnings: &warnings)
            for warning in warnings { printError("brief: warning: \(warning)") }
            return articles
        } catch let error as ArticleError {
            let missing = !FileManager.default.fileExists(atPath: path)
            throw Failure(missing ? .missingInput : .badInput, path: error.path, problem: error.problem)
        }
    }

    public func facts(for article: Article) -> Facts {
        FactExtractor(gazetteers: gazetteers).extract(from: article)
    }

    /// Reads a facts JSON file (as `brief extract` writes it, possibly corrected by hand; a JSON lines file of one
    /// line too): every difference from the facts schema is reported in one error line (see `FactsFile`).
    public func facts(at path: String) throws -> Facts {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure(.missingInput, path: path, problem: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.badInput, path: path, problem: "cannot be read")
        }
        guard !data.isEmpty else { throw Failure(.badInput, path: path, problem: "file is empty") }
        let object = try FactsFile.object(in: data, path: path)
        do {
            return try JSONDecoder().decode(Facts.self, from: object)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Failure(.badInput, path: path, problem: "facts file lacks \"\(Self.describe(context.codingPath + [key]))\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw Failure(.badInput, path: path, problem: "facts file has a wrong value at \"\(Self.describe(context.codingPath))\"")
        } catch let DecodingError.dataCorrupted(context) {
            let detail = context.codingPath.isEmpty ? FactsFile.invalidJSON(context.underlyingError ?? DecodingError.dataCorrupted(context), in: data) : "bad value at \"\(Self.describe(context.codingPath))\": \(context.debugDescription)"
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

    /// Composes, lays out and writes the brief for `facts`; returns the files written.
    @discardableResult
    public func renderBrief(_ facts: Facts, to path: String, options: RenderOptions = RenderOptions()) throws -> [String] {
        let report = ReportComposer().compose(facts)
        let document: LaidOutDocument
        var theme = Theme.standard
        theme.columns = options.columns
        let layout = ReportLayout(theme: theme, fonts: fonts, contents: options.contents ? .always : .automatic(minimumSections: 10))
        do { document = try layout.layout(report) } catch {
            throw Failure(.layout, path: facts.origin ?? path, problem: "\(error)")
        }
        try Self.prepareDirectory(for: path)
        do {
            return try DocumentRenderer(format: options.format, dpi: options.dpi).render(document, info: report.info, to: path)
        } catch {
            // Cairo's reason, without the name of the temporary file it was writing.
            let reason = "\(error)".split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "\(error)"
            throw Failure(.cannotWrite, path: path, problem: "cannot be written (\(reason))")
        }
    }

    /// Makes the output folder if needed and checks that it can be written.
    static func prepareDirectory(for path: String) throws {
        let fm = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure(.cannotWrite, path: path, problem: "is a folder, not a file")
        }
        if !fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw Failure(.cannotWrite, path: path, problem: "its folder cannot be created")
            }
        } else if !isDirectory.boolValue {
            throw Failure(.cannotWrite, path: path, problem: "\(folder) is not a folder")
        }
        guard fm.isWritableFile(atPath: folder) else {
            throw Failure(.cannotWrite, path: path, problem: "folder is not writable")
        }
    }

    /// `output/<slug>.<ext>` for an article file ("Reports/00 Dawn.txt" → "output/00-dawn.pdf").
    public static func defaultOutput(for inputPath: String, format: OutputFormat, suffix: String? = nil) -> String {
        let stem = ((inputPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = slug(suffix.map { "\(stem)-\($0)" } ?? stem)
        return "output/\(name.isEmpty ? "brief" : name).\(format.rawValue)"
    }

    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII { out.unicodeScalars.append(scalar) }
            else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(80))
    }
}
