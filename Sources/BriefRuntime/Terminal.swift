import Foundation

/// Text for a person: lines on standard output and standard error, written with `write(2)` so that a
/// closed, full or broken stream gives an error (exit 74) instead of a trap, with control characters from
/// articles shown as escapes (`\u{1B}`) so that no article can drive the terminal.
public enum Terminal {
    /// Call once at start: ignores SIGPIPE (a closed pipe becomes EPIPE) and SIGXFSZ (a file-size limit
    /// becomes EFBIG), holds descriptors 0–2 open (so no output file is ever opened as a closed standard
    /// stream), and removes temporary files on SIGINT, SIGTERM and SIGHUP.
    public static func setUp() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // Read-only, so a write to a closed stdout or stderr still fails (EBADF) as it would have.
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor { dup2(opened, descriptor); close(opened) }
        }
        TemporaryFiles.removeOnSignals()
    }

    /// Writes `line` and a newline to standard output; throws a `Failure` (exit 74) when it cannot.
    public static func print(_ line: String) throws {
        try write(Data((escaped(line) + "\n").utf8), to: STDOUT_FILENO)
    }

    /// Writes `line` and a newline to standard error; nothing is reported when that fails.
    public static func printError(_ line: String) {
        try? write(Data((escaped(line) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Writes bytes to standard output as they are (a PDF, JSON).
    public static func writeOutput(_ data: Data) throws {
        try write(data, to: STDOUT_FILENO)
    }

    /// Reads standard input to its end, or up to `limit` bytes and one more (so that the caller can tell
    /// that it is over the limit).
    public static func readStandardInput(limit: Int) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(.badInput, path: "standard input", problem: "cannot be read (\(String(cString: strerror(errno))))")
            }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    static func write(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    var failure = Failure(.streamFailed, path: descriptor == STDOUT_FILENO ? "standard output" : "standard error",
                                          problem: String(cString: strerror(code)))
                    failure.quiet = code == EPIPE
                    throw failure
                }
                offset += written
            }
        }
    }

    /// `text` with every control character except newline and tab written as `\u{XX}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional overrides and isolates reorder what a terminal shows.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
