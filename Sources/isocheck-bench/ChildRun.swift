import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of the `isocheck` binary as a child process: wall time, peak resident memory (from
/// wait4's rusage, so each run's peak is its own) and what its JSON report says.
struct ChildRun {
    let seconds: Double
    let peakKilobytes: Int
    let exitStatus: Int32
    let queries: Int
    let obligations: Int

    struct Failed: Error, CustomStringConvertible { let description: String }

    static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-bench-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failed(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw Failed(description: "wait4 failed for \(executable)") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // WIFEXITED/WEXITSTATUS are macros; a normal exit has the low 7 bits clear.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : -1
        var queries = 0
        var obligations = 0
        if let data = FileManager.default.contents(atPath: output),
           let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let specs = report["specs"] as? [[String: Any]] {
            for spec in specs {
                queries += spec["queries"] as? Int ?? 0
                for property in spec["properties"] as? [[String: Any]] ?? [] { obligations += property["obligations"] as? Int ?? 0 }
            }
        }
        // 0 proved, 1 violated; anything else (bad input, unknown, a crash) is not a measurement.
        guard exitStatus == 0 || exitStatus == 1 else {
            throw Failed(description: "isocheck \(arguments.joined(separator: " ")) exited with \(exitStatus)")
        }
        return ChildRun(seconds: seconds, peakKilobytes: Int(usage.ru_maxrss), exitStatus: exitStatus, queries: queries, obligations: obligations)
    }
}
