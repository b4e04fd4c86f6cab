import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import IsocheckReference
import XCTest

/// Issue 7: on every CI run, generated systems are checked by the SMT encoding and by the
/// brute-force reference, property by property, and every SMT counterexample is replayed in the
/// reference. A disagreement fails with the shrunk system printed as a spec.
///
/// Locally: ISOCHECK_DIFFERENTIAL_SYSTEMS=20000 ISOCHECK_DIFFERENTIAL_SEED=7 swift test --filter DifferentialTests
final class DifferentialTests: XCTestCase {
    static let environment = ProcessInfo.processInfo.environment
    static let systems = Int(environment["ISOCHECK_DIFFERENTIAL_SYSTEMS"] ?? "") ?? 500
    static let firstSeed = UInt64(environment["ISOCHECK_DIFFERENTIAL_SEED"] ?? "") ?? 1
    nonisolated(unsafe) static var smtTime = Duration.zero
    nonisolated(unsafe) static var referenceTime = Duration.zero

    func testSMTVerdictsEqualTheBruteForceReference() throws {
        var violatedCount: [PropertyID: Int] = [:]
        var heldCount: [PropertyID: Int] = [:]
        var replayed = 0
        var failures = 0
        for seed in Self.firstSeed..<(Self.firstSeed + UInt64(Self.systems)) {
            let system = RandomSystem.generate(seed: seed)
            let outcome = compare(system)
            switch outcome {
            case .agree(let verdicts, let replays):
                for (property, violated) in verdicts {
                    if violated { violatedCount[property, default: 0] += 1 } else { heldCount[property, default: 0] += 1 }
                }
                replayed += replays
            case .disagree(let problem):
                failures += 1
                let shrunk = shrink(system)
                XCTFail("seed \(seed): \(problem)\n--- shrunk system (seed \(seed)) ---\n\(shrunk.text)--- domains: \(shrunk.domains.sorted { $0.key < $1.key })")
                if failures >= 3 { return }
            }
        }
        // The comparison can only catch a bug where both verdicts occur: the generator must
        // produce systems that violate and systems that satisfy each property.
        for property in PropertyID.layoutProperties {
            XCTAssertGreaterThan(violatedCount[property] ?? 0, Self.systems / 50, "too few systems violate \(property.rawValue)")
            XCTAssertGreaterThan(heldCount[property] ?? 0, Self.systems / 50, "too few systems satisfy \(property.rawValue)")
        }
        XCTAssertGreaterThan(replayed, Self.systems / 2, "counterexamples replayed")
        print("differential: \(Self.systems) systems from seed \(Self.firstSeed); violated \(violatedCount.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }); \(replayed) counterexamples replayed; SMT \(Self.smtTime), reference and replays \(Self.referenceTime)")
    }

    /// The reference finds what the encoding finds when the bug is planted by hand.
    func testReferenceFindsAPlantedLeakAndClearsTheFix() throws {
        let leak = RandomSystem(lines: [
            "param a : u64 where a <= 1",
            "principal task",
            "frame key at 0x100000 size 4K secret",
            "frame page at 0x200000 size 4K owned by task",
            "space user user of task {",
            "  map 0x400000 + a * 4K .. +4K -> page user rw",
            "  map 0x600000 .. +4K -> key",
            "}",
        ], domains: ["a": [0, 1]])
        let model = try elaborate(leak)
        let result = try ReferenceEvaluator(model: model, domains: leak.domains).evaluate()
        XCTAssertEqual(result.valuations, 2)
        XCTAssertTrue(result.isViolated(.noSecretInUser))
        XCTAssertEqual(result.violations[.noSecretInUser]?.first?.virtualAddress, 0x600000)
        XCTAssertFalse(result.isViolated(.noUserAccessToKernel))
        XCTAssertTrue(result.isViolated(.wellFormedLayout) == false)
        var fixed = leak
        fixed.lines.remove(at: 6)
        XCTAssertFalse(try ReferenceEvaluator(model: elaborate(fixed), domains: fixed.domains).evaluate().isViolated(.noSecretInUser))
        guard case .agree = compare(leak) else { return XCTFail("SMT and reference disagree on the planted leak") }
    }

    // MARK: comparison

    enum Outcome {
        case agree([(PropertyID, Bool)], replays: Int)
        case disagree(String)
    }

    struct ElaborationFailed: Error, CustomStringConvertible { let description: String }

    func elaborate(_ system: RandomSystem) throws -> SystemModel {
        let source = SourceFile(path: "generated.isospec", text: system.text)
        let (model, diagnostics) = Elaborator.load(source)
        guard let model, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw ElaborationFailed(description: DiagnosticRenderer(sources: [source]).render(diagnostics))
        }
        return model
    }

    func compare(_ system: RandomSystem) -> Outcome {
        let model: SystemModel
        do { model = try elaborate(system) } catch { return .disagree("the generated spec does not elaborate: \(error)") }
        let clock = ContinuousClock()
        let smtStart = clock.now
        let smt = Checker.check(model, options: CheckOptions(timeoutMilliseconds: 60_000, eventDepth: 0), jobs: 2)
        Self.smtTime += clock.now - smtStart
        if smt.hasErrors {
            return .disagree("the checker reported errors: \(smt.diagnostics.map(\.message.text))")
        }
        let reference: ReferenceResult
        let referenceStart = clock.now
        defer { Self.referenceTime += clock.now - referenceStart }
        do { reference = try ReferenceEvaluator(model: model, domains: system.domains).evaluate() } catch {
            return .disagree("the reference could not evaluate: \(error)")
        }
        var verdicts: [(PropertyID, Bool)] = []
        var replays = 0
        let malformed = reference.isViolated(.wellFormedLayout)
        for property in PropertyID.layoutProperties {
            let status = smt.properties.first { $0.property == property }?.status ?? .notApplicable
            let referenceViolated = reference.isViolated(property)
            // On a malformed layout the other verdicts may be left undecided (never proved).
            if status == .unknown, malformed, property != .wellFormedLayout { continue }
            if status == .unknown { return .disagree("\(property.rawValue): the SMT verdict is unknown") }
            let smtViolated = status == .violated
            if smtViolated != referenceViolated {
                let witness = reference.violations[property]?.first.map { "; reference: \($0)" } ?? ""
                let counterexample = smt.properties.first { $0.property == property }?.counterexamples.first.map { "; SMT: \($0.reason)" } ?? ""
                return .disagree("\(property.rawValue): SMT says \(status.rawValue), reference says \(referenceViolated ? "violated" : "holds")\(witness)\(counterexample)")
            }
            verdicts.append((property, smtViolated))
            // Each SMT counterexample, with its parameter values, must be a violation in the reference too.
            for counterexample in smt.properties.first(where: { $0.property == property })?.counterexamples ?? [] {
                var pinned = system.domains
                for value in counterexample.parameters { pinned[value.name] = [value.value] }
                guard let replay = try? ReferenceEvaluator(model: model, domains: pinned).evaluate() else {
                    return .disagree("\(property.rawValue): the counterexample could not be replayed")
                }
                guard replay.valuations == 1 else {
                    return .disagree("\(property.rawValue): the counterexample's parameters \(counterexample.parameters.map { "\($0.name)=\($0.value)" }) violate the assumptions")
                }
                guard replay.isViolated(property) else {
                    return .disagree("\(property.rawValue): the SMT counterexample (\(counterexample.reason)) does not replay in the reference")
                }
                replays += 1
            }
        }
        return .agree(verdicts, replays: replays)
    }

    /// Greedy shrinking: drop lines one at a time while the system still elaborates and the
    /// disagreement persists.
    func shrink(_ system: RandomSystem) -> RandomSystem {
        var current = system
        var progress = true
        while progress {
            progress = false
            for index in current.lines.indices.reversed() where !current.lines[index].hasPrefix("param") {
                var candidate = current
                candidate.lines.remove(at: index)
                if (try? elaborate(candidate)) != nil, case .disagree = compare(candidate) {
                    current = candidate
                    progress = true
                    break
                }
            }
        }
        return current
    }
}
