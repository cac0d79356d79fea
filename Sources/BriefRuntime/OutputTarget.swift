import Foundation
import SystemPackage

/// Where a command's result goes: a regular file, or standard output (`-`).
///
/// A file is never written in place. Its bytes go to a new temporary file in the same folder, created
/// exclusively under a random name (`O_CREAT | O_EXCL | O_NOFOLLOW`, so a planted file or symlink is never
/// opened), removed on every error and on SIGINT, SIGTERM and SIGHUP, and renamed over the final name only
/// when complete: a reader sees the old file or the new one, concurrent writers each rename a whole file,
/// and a failure leaves what was there before. A final name that exists and is not a regular file (a
/// device, FIFO, socket or folder, or a symlink to one) is refused with exit 73, and an output that is one
/// of the command's inputs (the same file, by device and inode) with exit 64.
public struct OutputTarget: Sendable, Equatable {
    public enum Destination: Sendable, Equatable {
        case file(FilePath)
        case standardOutput
    }

    public let destination: Destination

    /// The name as given on the command line (`-` for standard output), for messages.
    public var name: String {
        switch destination {
        case .file(let path): return path.string
        case .standardOutput: return "-"
        }
    }

    /// The target `name` names (`-` is standard output), checked against what is at that name now and
    /// against `inputs`, the files the command reads.
    public init(_ name: String, inputs: [String] = []) throws {
        guard !name.isEmpty else { throw Failure(.usage, path: "-o", problem: "the output name is empty") }
        if name == "-" {
            destination = .standardOutput
            return
        }
        guard !name.hasSuffix("/"), !name.utf8.contains(0) else {
            throw Failure(.cannotWrite, path: name, problem: "is a folder name, not a file name")
        }
        destination = .file(FilePath(name))
        try check(against: inputs)
    }

    /// The extension of the file `name`, lowercased ("" for a name without one).
    public static func fileExtension(of name: String) -> String {
        FilePath(name).extension?.lowercased() ?? ""
    }

    /// Refuses a final name that is not a regular file, or that is one of `inputs`.
    func check(against inputs: [String]) throws {
        guard case .file(let path) = destination else { return }
        var link = stat()
        guard lstat(path.string, &link) == 0 else { return }   // nothing there yet
        var target = stat()
        let isDangling = stat(path.string, &target) != 0
        if isDangling { return }                                // a broken symlink: the rename replaces the link
        if (target.st_mode & S_IFMT) != S_IFREG {
            let what = Self.describe(mode: target.st_mode)
            let through = (link.st_mode & S_IFMT) == S_IFLNK ? "is a symlink to \(what)" : "is \(what)"
            throw Failure(.cannotWrite, path: name,
                          problem: "\(through), not a regular file (brief replaces files only; -o - writes to standard output)")
        }
        for input in inputs where input != "-" {
            var other = stat()
            if stat(input, &other) == 0, other.st_dev == target.st_dev, other.st_ino == target.st_ino {
                throw Failure(.usage, path: name, problem: "is the input \(input); choose another output name")
            }
        }
    }

    private static func describe(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }

    /// Writes each file to its target, all or nothing: every file goes to its own temporary file first, and
    /// only when all are complete are they renamed into place. Standard output, which cannot be taken back,
    /// is written last. Returns the names written.
    @discardableResult
    public static func write(_ files: [(target: OutputTarget, bytes: Data)], inputs: [String] = []) throws -> [String] {
        var pending: [(temporary: FilePath, final: FilePath, slot: Int?)] = []
        func discard() {
            for file in pending {
                _ = unlink(file.temporary.string)
                TemporaryFiles.release(file.slot)
            }
        }
        do {
            for (target, bytes) in files {
                guard case .file(let final) = target.destination else { continue }
                try target.check(against: inputs)
                try makeFolder(for: final, name: target.name)
                let (temporary, slot, descriptor) = try createTemporary(beside: final, name: target.name)
                pending.append((temporary, final, slot))
                do {
                    defer { try? descriptor.close() }
                    try descriptor.writeAll(bytes)
                } catch let error as Errno {
                    throw Failure(.cannotWrite, path: target.name, problem: "cannot be written (\(describe(error)))")
                }
            }
            for file in pending {
                guard rename(file.temporary.string, file.final.string) == 0 else {
                    let error = Errno(rawValue: errno)
                    throw Failure(.cannotWrite, path: file.final.string, problem: "cannot be put in place (\(describe(error)))")
                }
            }
        } catch {
            discard()
            throw error
        }
        for file in pending { TemporaryFiles.release(file.slot) }
        var written = pending.map(\.final.string)
        for (target, bytes) in files where target.destination == .standardOutput {
            try Terminal.writeOutput(bytes)
            written.append("-")
        }
        return written
    }

    /// Makes the folder a file goes in, with its parents.
    private static func makeFolder(for path: FilePath, name: String) throws {
        let folder = path.removingLastComponent()
        guard !folder.isEmpty else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.string, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Failure(.cannotWrite, path: name, problem: "\(folder.string) is not a folder")
            }
            return
        }
        do { try FileManager.default.createDirectory(atPath: folder.string, withIntermediateDirectories: true) } catch {
            throw Failure(.cannotWrite, path: name, problem: "its folder cannot be created")
        }
    }

    /// A new, empty file beside `final`, created exclusively under a random name, noted for removal on a signal.
    private static func createTemporary(beside final: FilePath,
                                        name: String) throws -> (FilePath, Int?, FileDescriptor) {
        let folder = final.removingLastComponent()
        let base = final.lastComponent?.string ?? "brief"
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<64 {
            let random = String((0..<12).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            let temporary = folder.appending(".\(base).\(random).tmp")
            let slot = TemporaryFiles.register(temporary.string)
            do {
                return (temporary, slot, try openExclusively(temporary))
            } catch Errno.fileExists {
                TemporaryFiles.release(slot)
                continue
            } catch let error as Errno {
                TemporaryFiles.release(slot)
                let problem = error == .permissionDenied ? "its folder is not writable" : "cannot be created (\(describe(error)))"
                throw Failure(.cannotWrite, path: name, problem: problem)
            }
        }
        throw Failure(.cannotWrite, path: name, problem: "no temporary file could be created beside it")
    }

    /// Creates and opens a new file at `path`: fails (`Errno.fileExists`) if anything is there, a symlink
    /// included, so nothing planted is ever written through.
    static func openExclusively(_ path: FilePath) throws -> FileDescriptor {
        try FileDescriptor.open(path, .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                                permissions: [.ownerReadWrite, .groupReadWrite, .otherReadWrite])
    }

    private static func describe(_ error: Errno) -> String {
        switch error {
        case .noSpace: return "the disk is full"
        case .fileTooLarge: return "over the file-size limit"
        case .diskQuotaExceeded: return "over the disk quota"
        case .readOnlyFileSystem: return "the file system is read-only"
        default: return String(cString: strerror(error.rawValue))
        }
    }
}
