import Foundation
import IsocheckDiagnostics

/// Inputs as captures ship them: `.xz`-compressed cores, symbol maps and listings. An xz file
/// (recognised by its magic bytes, not its name) is decompressed once per process with the
/// system's `xz` into a private temporary folder, and the readers get that copy's path: they
/// memory-map plain files, and a stream cannot be mapped. The copies go when the process exits.
public enum DecompressedInput {
    /// `path` itself for a plain file, else the path of its decompressed copy.
    public static func readablePath(_ path: String) throws(ImportError) -> String {
        guard isXZ(path) else { return path }
        do {
            return try cache.copy(of: path)
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(file: path, position: nil, .cannotDecompress(String(describing: error)))
        }
    }

    static let xzMagic: [UInt8] = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]

    static func isXZ(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: xzMagic.count)) ?? Data()
        return Array(head) == xzMagic
    }

    private static let cache = DecompressionCache()
}

/// One decompressed copy per (path, size, modification time); a lock because checks of several
/// specs elaborate on several threads.
private final class DecompressionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var copies: [String: String] = [:]
    private var folder: URL?

    func copy(of path: String) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let key = "\(URL(fileURLWithPath: path).standardizedFileURL.path)|\(attributes[.size] ?? 0)|\(attributes[.modificationDate] ?? 0)"
        if let known = copies[key], FileManager.default.fileExists(atPath: known) { return known }
        let destination = try makeFolder().appendingPathComponent("\(copies.count)-\(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)").path
        try Self.runXZ(source: path, destination: destination)
        copies[key] = destination
        return destination
    }

    private func makeFolder() throws -> URL {
        if let folder { return folder }
        let made = FileManager.default.temporaryDirectory
            .appendingPathComponent("isocheck-xz-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        decompressionFolderToRemove = made.path
        atexit { if let path = decompressionFolderToRemove { try? FileManager.default.removeItem(atPath: path) } }
        folder = made
        return made
    }

    private static func runXZ(source: String, destination: String) throws {
        guard let xz = ["/usr/bin/xz", "/bin/xz", "/usr/local/bin/xz"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ImportError(file: source, position: nil, .cannotDecompress("no xz program found; install xz-utils or decompress it with `xz -dk`"))
        }
        guard FileManager.default.createFile(atPath: destination, contents: nil),
            let output = FileHandle(forWritingAtPath: destination)
        else {
            throw ImportError(file: source, position: nil, .cannotDecompress("cannot create \(destination)"))
        }
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xz)
        process.arguments = ["-dc", "--", source]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            try? FileManager.default.removeItem(atPath: destination)
            throw ImportError(file: source, position: nil,
                              .cannotDecompress("xz -dc exited with status \(process.terminationStatus) (corrupt or truncated .xz file?)"))
        }
    }
}

/// The folder the exit handler removes (a C callback cannot capture context).
nonisolated(unsafe) private var decompressionFolderToRemove: String?
