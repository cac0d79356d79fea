import Foundation

/// A failure the user can act on: one line naming the file and the problem, and an exit code.
///
/// Exit codes (also in the README): 0 success; 64 bad command line (including an output that is an input);
/// 65 bad input (empty, binary or unreadable article, malformed facts file, a feed item that cannot be
/// read); 66 input file missing; 69 a resource (fonts, hyphenation patterns, data) is missing; 70 the brief
/// could not be laid out; 73 the output cannot be written (including a device, FIFO or folder named as the
/// output file); 74 standard output or standard error failed (closed, full, a broken pipe).
public struct Failure: Error, CustomStringConvertible, Sendable {
    public enum Kind: Int32, Sendable {
        case usage = 64, badInput = 65, missingInput = 66, unavailable = 69, layout = 70, cannotWrite = 73,
             streamFailed = 74
    }
    public let kind: Kind
    public let path: String
    public let problem: String
    /// Print nothing (a broken pipe: the reader has gone, and there is nobody to tell).
    public var quiet = false

    public init(_ kind: Kind, path: String, problem: String) {
        self.kind = kind
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
