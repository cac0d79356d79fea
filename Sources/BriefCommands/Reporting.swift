import ArgumentParser
import BriefModel
import BriefRuntime

/// Runs a command body, turning failures into one line on standard error and the documented exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        if !failure.quiet { Terminal.printError("brief: error: \(failure.description)") }
        throw ExitCode(failure.kind.rawValue)
    }
}

/// The items of a feed that failed: each reported on its own line as it happens; at the end, one line
/// saying how many, with the exit code of the first.
struct FeedOutcome {
    let path: String
    let total: Int
    private(set) var failures: [Failure] = []

    init(path: String, total: Int) {
        self.path = path
        self.total = total
    }

    mutating func record(_ failure: Failure) {
        Terminal.printError("brief: error: \(failure.description)")
        failures.append(failure)
    }

    func finish() throws {
        guard let first = failures.first, total > 1 else {
            if let only = failures.first { throw Failure(only.kind, path: only.path, problem: only.problem).silenced }
            return
        }
        let rest = failures.count == total ? "none was written" : "the others were written"
        throw Failure(first.kind, path: path, problem: "\(failures.count) of \(total) articles failed; \(rest)")
    }

    /// The feed line an article came from (its origin ends in `#line`).
    static func line(of article: Article) -> Int? {
        guard let mark = article.origin.lastIndex(of: "#") else { return nil }
        return Int(article.origin[article.origin.index(after: mark)...])
    }
}

extension Failure {
    /// The same failure, not printed again.
    var silenced: Failure {
        var copy = self
        copy.quiet = true
        return copy
    }
}
