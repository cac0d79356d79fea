import Foundation

/// Where the data files a build ships (gazetteers, the facts schema) are looked for, in order:
/// `$BRIEF_DATA`; an installed layout (`<prefix>/share/brief` beside `<prefix>/bin/brief`); the package's
/// resource bundle (`brief_<Target>.resources`) beside the executable or a test bundle. Never the source
/// tree, and never a trap: a binary copied away from all of them is told which folders were searched.
public enum ResourceFolders {
    /// The candidate paths of `item` (a file or folder name) for the target `target` ("BriefExtract").
    public static func candidates(of item: String, target: String) -> [URL] {
        var folders: [URL] = []
        if let data = ProcessInfo.processInfo.environment["BRIEF_DATA"], !data.isEmpty {
            folders.append(URL(fileURLWithPath: data))
        }
        var besides: [URL] = []
        for executable in [CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }, Bundle.main.executableURL] {
            if let executable { besides.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            besides.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in besides {
            folders.append(folder.deletingLastPathComponent().appendingPathComponent("share/brief"))
            folders.append(folder.appendingPathComponent("brief_\(target).resources"))
        }
        var seen = Set<String>()
        return folders.map { $0.appendingPathComponent(item).standardizedFileURL }.filter { seen.insert($0.path).inserted }
    }

    /// The first candidate of `item` that exists, or an error listing every path searched.
    public static func locate(_ item: String, target: String) throws -> URL {
        let candidates = candidates(of: item, target: target)
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw ResourceMissing(item: item, searched: candidates.map(\.path))
        }
        return found
    }
}

/// A shipped data file that is in none of the folders searched.
public struct ResourceMissing: Error, CustomStringConvertible, Sendable {
    public let item: String
    public let searched: [String]
    public var description: String { "\(item) is missing (searched \(searched.joined(separator: ", ")))" }
}
