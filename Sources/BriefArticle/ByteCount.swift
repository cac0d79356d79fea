/// Sizes in bytes as people write them: "5MB", "500 KB", "2.5M", "1GiB", "750000".
///
/// K, M and G (with or without a B) are powers of 1,000; KiB, MiB and GiB powers of 1,024.
public enum ByteCount {
    private static let units: [(suffix: String, factor: Double)] = [
        ("kib", 1_024), ("mib", 1_048_576), ("gib", 1_073_741_824),
        ("kb", 1e3), ("mb", 1e6), ("gb", 1e9), ("k", 1e3), ("m", 1e6), ("g", 1e9), ("b", 1),
    ]

    /// The byte count `text` names, or nil when it is not a size (negative, empty, too large for `Int`).
    public static func parse(_ text: String) -> Int? {
        var rest = text.lowercased().filter { $0 != " " && $0 != "_" && $0 != "," }
        var factor = 1.0
        for unit in units where rest.hasSuffix(unit.suffix) {
            factor = unit.factor
            rest.removeLast(unit.suffix.count)
            break
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let number = Double(rest) else {
            return nil
        }
        let bytes = (number * factor).rounded()
        guard bytes.isFinite, bytes >= 1, bytes < Double(Int.max) else { return nil }
        return Int(bytes)
    }

    /// "5 MB", "750 KB", "12.3 MB", "312 bytes".
    public static func describe(_ bytes: Int) -> String {
        func short(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
        if bytes >= 1_000_000_000 { return short(Double(bytes) / 1e9) + " GB" }
        if bytes >= 1_000_000 { return short(Double(bytes) / 1e6) + " MB" }
        if bytes >= 1_000 { return short(Double(bytes) / 1e3) + " KB" }
        return "\(bytes) bytes"
    }
}
