import ArgumentParser
import Foundation

/// A failure the user can act on: one line naming the file and the problem, and an exit code.
///
/// Exit codes (also in the README): 0 success; 64 bad command line; 65 bad input (empty, binary or
/// unreadable article, malformed facts file); 66 input file missing; 70 the brief could not be laid out;
/// 73 the output file cannot be written.
public struct Failure: Error, CustomStringConvertible {
    public enum Kind: Int32, Sendable {
        case badInput = 65, missingInput = 66, layout = 70, cannotWrite = 73
    }
    public let kind: Kind
    public let path: String
    public let problem: String

    public init(_ kind: Kind, path: String, problem: String) {
        self.kind = kind
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}

/// Runs a command body, turning failures into one line on standard error and the documented exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        printError("brief: error: \(failure.description)")
        throw ExitCode(failure.kind.rawValue)
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
