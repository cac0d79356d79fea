import CPangoCairo
import Foundation

/// The fonts a document is set in: one Pango font map and context, configured for exact
/// point measurements (resolution 72, no hinting, unrounded glyph positions).
///
/// Fonts come from the project's `fonts/` folder through a private fontconfig configuration, so output
/// does not depend on the fonts installed on the machine. A library is confined to one thread; make one
/// per thread when rendering in parallel.
public final class FontLibrary {
    let fontMap: OpaquePointer      // PangoCairoFontMap*
    let context: OpaquePointer      // PangoContext*
    private let fontConfig: OpaquePointer?  // FcConfig*
    /// The folder the fonts were loaded from, or nil when the system's fonts are used.
    public let fontsDirectory: String?
    /// Shaped paragraphs by text, style and width, so repeated text (headers, footers, labels, a paragraph
    /// measured again) is shaped once. Bounded: emptied when it holds `layoutCacheLimit` entries, so memory
    /// stays flat over thousands of documents.
    var layoutCache: [LayoutKey: ShapedText] = [:]
    public var layoutCacheLimit = 4_096

    /// Forgets every shaped paragraph (the next document is shaped from scratch).
    public func clearCache() { layoutCache.removeAll() }

    /// Loads the fonts in `fontsDirectory` (default: `FontLibrary.locateFontsDirectory()`); when no such
    /// folder exists the system's fonts are used.
    public init(fontsDirectory: String? = FontLibrary.locateFontsDirectory()) {
        var config: OpaquePointer? = nil
        var usedDirectory: String? = nil
        if let dir = fontsDirectory, let made = FontLibrary.makeConfig(fontsDirectory: dir) {
            config = made
            usedDirectory = dir
        }
        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        if let config {
            pango_fc_font_map_set_config(OpaquePointer(map), config)
        }
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        let ctx = pango_font_map_create_context(map)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(ctx, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(ctx, 0)
        pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR)
        pango_context_set_language(ctx, pango_language_from_string("en"))
        self.fontMap = OpaquePointer(map)
        self.context = ctx
        self.fontConfig = config
        self.fontsDirectory = usedDirectory
    }

    deinit {
        layoutCache.removeAll()
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        if let fontConfig { FcConfigDestroy(fontConfig) }
    }

    /// The `fonts/` folder: the first of `searchedFontFolders()` that holds a font file; nil when none does.
    public static func locateFontsDirectory() -> String? {
        searchedFontFolders().first(where: holdsFonts)
    }

    /// Where fonts are looked for, in order: `$BRIEF_FONTS`; an installed layout (`<prefix>/share/brief/fonts`
    /// beside `<prefix>/bin/brief`); `fonts/` beside the executable or in a folder above it (a build tree);
    /// `fonts/` in or above the current directory.
    public static func searchedFontFolders() -> [String] {
        var folders: [String] = []
        if let env = ProcessInfo.processInfo.environment["BRIEF_FONTS"], !env.isEmpty { folders.append(env) }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let bin = exe.deletingLastPathComponent()
            folders.append(bin.deletingLastPathComponent().appendingPathComponent("share/brief/fonts").path)
            starts.append(bin)
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                folders.append(dir.appendingPathComponent("fonts").path)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// Whether `folder` holds a TrueType or OpenType font file.
    public static func holdsFonts(_ folder: String) -> Bool {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.contains { $0.lowercased().hasSuffix(".ttf") || $0.lowercased().hasSuffix(".otf") }
    }

    /// A fontconfig configuration that lists only `fontsDirectory`, with its cache beside the user's.
    private static func makeConfig(fontsDirectory: String) -> OpaquePointer? {
        guard let config = FcConfigCreate() else { return nil }
        let cacheDir = FileManager.default.temporaryDirectory.appendingPathComponent("brief-fontconfig-cache").path
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>\(xmlEscape(fontsDirectory))</dir>
          <cachedir>\(xmlEscape(cacheDir))</cachedir>
        </fontconfig>
        """
        let ok = xml.withCString { ptr in
            ptr.withMemoryRebound(to: FcChar8.self, capacity: xml.utf8.count + 1) {
                FcConfigParseAndLoadFromMemory(config, $0, 1)
            }
        }
        guard ok != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }

    /// How many font faces the private configuration loaded from `fontsDirectory` (0 when the files there
    /// are not fonts fontconfig can read, or when the system's fonts are used).
    public var loadedFaceCount: Int {
        guard let fontConfig, let set = FcConfigGetFonts(fontConfig, FcSetSystem) else { return 0 }
        return Int(set.pointee.nfont)
    }

    /// The families fontconfig sees (for diagnostics and tests).
    public func familyNames() -> [String] {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>? = nil
        var count: Int32 = 0
        pango_font_map_list_families(UnsafeMutablePointer<PangoFontMap>(fontMap), &families, &count)
        defer { g_free(families) }
        guard let families else { return [] }
        return (0..<Int(count)).compactMap { i in
            families[i].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }.sorted()
    }
}

private func xmlEscape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}
