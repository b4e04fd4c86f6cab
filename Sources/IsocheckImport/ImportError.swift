import IsocheckDiagnostics

/// Why an input file could not be read, and where: a byte offset for binary files (ELF cores),
/// a line and column for text (ptdump, symbol maps). Thrown by every reader in this module so
/// the CLI can render it and exit with status 2.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Position: Hashable, Sendable {
        /// A byte offset into a binary file.
        case byteOffset(UInt64)
        /// A place in a text file.
        case text(SourceLocation)
    }

    public let file: String
    /// Nil when the problem is not at one place (the file cannot be opened, an address is in no
    /// segment).
    public let position: Position?
    public let message: Diagnostic.Message

    public init(file: String, position: Position?, _ message: Diagnostic.Message) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var byteOffset: UInt64? {
        switch position {
        case .byteOffset(let offset): offset
        case .text(let location): UInt64(location.offset)
        case nil: nil
        }
    }

    public var location: SourceLocation? {
        if case .text(let location) = position { return location }
        return nil
    }

    /// `file:line:col: message` for text, `file: byte 0x40: message` for binary files.
    public var description: String {
        switch position {
        case .text(let location): "\(location): \(message.text)"
        case .byteOffset(let offset): "\(file): byte \(hex(offset)): \(message.text)"
        case nil: "\(file): \(message.text)"
        }
    }

    /// The same error as the diagnostic every other front end emits. A binary file has no line
    /// and column, so its offset goes into the text rather than into a misleading location.
    public var diagnostic: Diagnostic {
        switch position {
        case .text(let location):
            return .error(message, at: location)
        case .byteOffset, nil:
            return .error(Diagnostic.Message(id: message.id, description), at: nil)
        }
    }
}

/// `0x`-prefixed lower-case hex, the way the kernel and the data's listings print addresses.
func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
