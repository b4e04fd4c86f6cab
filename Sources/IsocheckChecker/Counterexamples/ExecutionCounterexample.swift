import IsocheckDiagnostics
import IsocheckModel
import Z3Kit

/// Turns a symbolic path and the solver's model into a trace a person can follow.
enum ExecutionCounterexample {
    static func make(
        property: PropertyID, reason: String, location: SourceLocation, state: MachineState, model: SystemModel,
        solution: Z3Model, encoder: inout LayoutEncoder
    ) throws -> Counterexample {
        var environment = Environment()
        for (name, term) in encoder.expressions.parameters {
            if let value = try solution.bitVectorValue(term) { environment.parameters[name] = value }
        }
        for (variable, term) in encoder.expressions.indices where term.width == 64 {
            if let value = try? solution.bitVectorValue(term) { environment.indices[variable] = value }
        }
        let explainer = LayoutExplainer(model: model, environment: environment)
        var rows: [TraceRow] = []
        for (number, step) in state.trace.enumerated() {
            let cr3 = (try? explainer.value(step.cr3)) ?? 0
            let rsp = (try? explainer.value(step.rsp)) ?? 0
            let accesses = step.accesses.map { access -> String in
                let address = (try? explainer.value(access.address)).map(hex) ?? "?"
                return "\(access.kind) \(address)"
            }
            rows.append(TraceRow(
                step: number + 1, kind: step.kind.rawValue, text: step.text, location: step.location, cpl: step.cpl,
                cr3: cr3 & 0x000f_ffff_ffff_f000, table: describeTable(step.space, cr3: cr3, model: model, explainer: explainer),
                pcid: cr3 & 0xfff, rsp: rsp, stack: describeStack(rsp, model: model, explainer: explainer),
                gs: step.gsIsKernel ? "kernel" : "user", accesses: accesses))
        }
        let parameters = model.parameters.compactMap { parameter in
            environment.parameters[parameter.name].map { NamedValue(name: parameter.name, value: $0) }
        }
        var indices: [NamedValue] = []
        for binder in [model.entry.cpu].compactMap({ $0 }) + model.entry.userBinders {
            if let value = environment.indices[binder.variable] { indices.append(NamedValue(name: binder.variable.name, value: value)) }
        }
        var counterexample = Counterexample(
            property: property, reason: reason, location: location, space: rows.last?.table, derivedThrough: [],
            virtualAddress: nil, pageSize: nil, walk: [], flags: nil, physicalAddress: nil, frame: nil,
            parameters: parameters, indices: indices, trace: rows)
        // The values the solver chose for what the path left open (`@user.rsp.3`), so the run
        // can be replayed on numbers.
        counterexample.entryPoint = state.entryPoint
        counterexample.inputs = environment.parameters.filter { $0.key.hasPrefix("@") }
            .sorted { $0.key < $1.key }.map { NamedValue(name: $0.key, value: $0.value) }
        return counterexample
    }

    /// `user[0]`: the space CR3 selects, with concrete indices.
    static func describeTable(_ symbolic: String, cr3: UInt64, model: SystemModel, explainer: LayoutExplainer) -> String {
        let root = cr3 & 0x000f_ffff_ffff_f000
        for space in model.spaces {
            guard let rootExpr = space.root else { continue }
            if let binder = space.binders.first {
                guard let count = try? explainer.value(binder.count) else { continue }
                for index in 0..<min(count, 4096) {
                    var env = explainer.environment
                    env.indices[binder.variable] = index
                    let local = LayoutExplainer(model: model, environment: env)
                    if let value = try? local.value(rootExpr), value & 0x000f_ffff_ffff_f000 == root {
                        return "\(space.name)[\(index)]"
                    }
                }
            } else if let value = try? explainer.value(rootExpr), value & 0x000f_ffff_ffff_f000 == root {
                return space.name
            }
        }
        return symbolic
    }

    /// Which declared kernel stack holds the last pushed slot below `rsp`.
    static func describeStack(_ rsp: UInt64, model: SystemModel, explainer: LayoutExplainer) -> String {
        let slot = rsp &- 8
        for stack in model.stacks {
            if let binder = stack.binders.first {
                guard let count = try? explainer.value(binder.count) else { continue }
                for index in 0..<min(count, 4096) {
                    var env = explainer.environment
                    env.indices[binder.variable] = index
                    let local = LayoutExplainer(model: model, environment: env)
                    if let start = try? local.value(stack.start), let size = try? local.value(stack.size), slot &- start < size {
                        return "\(stack.name)[\(index)] + \(hex(rsp &- start))"
                    }
                }
            } else if let start = try? explainer.value(stack.start), let size = try? explainer.value(stack.size), slot &- start < size {
                return "\(stack.name) + \(hex(rsp &- start))"
            }
        }
        return "not a kernel stack"
    }
}
