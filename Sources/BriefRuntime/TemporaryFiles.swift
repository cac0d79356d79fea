import Foundation

/// The temporary files this process has open, removed if the process is told to stop (SIGINT, SIGTERM,
/// SIGHUP) before they are renamed into place.
///
/// The signal handler may only call async-signal-safe functions, so the paths live in a fixed table of C
/// strings that the handler walks with `unlink(2)`; then the signal's default action is restored and the
/// signal raised again, so the process still ends as the sender asked.
enum TemporaryFiles {
    static let capacity = 512
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()

    /// Notes `path` for removal on a signal; returns its slot, or nil when the table is full.
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity where table[slot] == nil {
            table[slot] = strdup(path)
            return slot
        }
        return nil
    }

    /// Forgets a slot (its file was renamed into place or removed).
    static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = table[slot]
        table[slot] = nil
        free(path)
    }

    /// The paths noted now (for tests and diagnostics).
    static func registeredPaths() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return (0..<capacity).compactMap { table[$0].map { String(cString: $0) } }
    }

    static func removeOnSignals() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in
                for slot in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.table[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
