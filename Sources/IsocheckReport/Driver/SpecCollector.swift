import Foundation
import IsocheckDiagnostics

/// Turns the command line's paths into spec sources: files as given, folders searched
/// recursively for `*.isospec`, in sorted order so runs are deterministic.
public enum SpecCollector {
    public static let fileExtension = "isospec"

    public static func collect(_ paths: [String]) -> (sources: [SourceFile], diagnostics: [Diagnostic]) {
        var sources: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error(.noSuchPath(path), at: nil))
                continue
            }
            let files: [String]
            if isDirectory.boolValue {
                files = specFiles(under: path)
                if files.isEmpty { diagnostics.append(.error(.noSpecsInFolder(path), at: nil)) }
            } else {
                files = [path]
            }
            for file in files {
                guard let data = manager.contents(atPath: file) else {
                    diagnostics.append(.error(.unreadable(file), at: nil))
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(.error(.notUTF8(file), at: nil))
                    continue
                }
                sources.append(SourceFile(path: file, text: text))
            }
        }
        return (sources, diagnostics)
    }

    static func specFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix("." + fileExtension) {
                found.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
            }
        }
        return found.sorted()
    }
}

extension Diagnostic.Message {
    static func noSuchPath(_ path: String) -> Self { Self(id: "input.no-such-path", "no such file or folder: \(path)") }
    static func noSpecsInFolder(_ path: String) -> Self {
        Self(id: "input.no-specs", "no .\(SpecCollector.fileExtension) files in folder \(path)")
    }
    static func unreadable(_ path: String) -> Self { Self(id: "input.unreadable", "cannot read \(path)") }
    static func notUTF8(_ path: String) -> Self { Self(id: "input.not-utf8", "\(path) is not UTF-8 text") }
}
