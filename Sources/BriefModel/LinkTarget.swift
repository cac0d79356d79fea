import Foundation

/// An address that may become a clickable link in a brief: `http` or `https` with a host name, or `mailto`;
/// nothing with a control character, a format character or white space. Every other address stays plain text.
///
/// `uri` is the address percent-encoded: it holds only printable ASCII and never `(`, `)`, `\`, `'`, `"`, a space,
/// or a `%` that does not start an escape, so it can be written as it is into a PDF string and into a Cairo tag
/// attribute. Building a `LinkTarget` from its own `uri` gives the same `uri`.
public struct LinkTarget: Sendable, Hashable, CustomStringConvertible {
    /// The schemes that become links.
    public static let schemes: Set<String> = ["http", "https", "mailto"]
    /// The address, percent-encoded.
    public let uri: String

    public init?(_ address: String) {
        let scalars = address.unicodeScalars
        guard !scalars.isEmpty, !scalars.contains(where: Self.isForbidden) else { return nil }
        let encoded = Self.percentEncoded(Array(address.utf8))
        guard let parts = URLComponents(string: encoded), let scheme = parts.scheme?.lowercased(),
              Self.schemes.contains(scheme) else { return nil }
        if scheme == "mailto" {
            guard parts.host == nil, !parts.percentEncodedPath.isEmpty else { return nil }
        } else {
            guard let host = parts.percentEncodedHost, !host.isEmpty,
                  host.utf8.allSatisfy({ Self.isHostByte($0) }) else { return nil }
        }
        uri = encoded
    }

    public var description: String { uri }

    /// `address` as it may be shown in a brief: control characters and white space become spaces, format
    /// characters (such as a right-to-left override) are dropped.
    public static func printable(_ address: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in address.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .format: continue
            case .control, .lineSeparator, .paragraphSeparator: out.append(" ")
            default: out.append(scalar.properties.isWhitespace ? " " : scalar)
            }
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }

    /// Control characters (C0, DEL, C1), format characters (bidirectional overrides, zero-width marks) and
    /// white space of any kind.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned,
             .privateUse:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }

    /// Bytes written as they are: letters, digits and the URI delimiters other than `'`, `(`, `)`, `[`, `]`.
    private static let kept: Set<UInt8> = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=".utf8))

    private static func percentEncoded(_ bytes: [UInt8]) -> String {
        var out = ""
        for (i, byte) in bytes.enumerated() {
            let startsEscape = byte == UInt8(ascii: "%") && i + 2 < bytes.count && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])
            if kept.contains(byte) || startsEscape {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    /// A host name's bytes: letters, digits, `-` and `.` (an internationalised name must come in its ASCII form).
    private static func isHostByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: ".")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
