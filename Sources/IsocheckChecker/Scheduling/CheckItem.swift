import IsocheckModel

/// The unit of scheduling: one layout property, or one entry point of the code. Items of one
/// spec share nothing but the model, so each runs in its own Z3 context, on any thread, in any
/// shard; their results combine in item order, whatever order they finished in.
public enum CheckItem: Hashable, Sendable, CustomStringConvertible {
    case layout(PropertyID)
    /// An entry point by its `--entry` name: `syscall`, `vector 2 from user`, `exit sysret_path`.
    case entryPoint(String)

    public var description: String {
        switch self {
        case .layout(let property): "layout \(property.rawValue)"
        case .entryPoint(let name): name
        }
    }

    /// Every item of `model`, in the order reports list them. The `--entry` filter of `options`
    /// drops entry points, never layout properties.
    public static func items(of model: SystemModel, options: CheckOptions) -> [CheckItem] {
        var items = PropertyID.layoutProperties.map(CheckItem.layout)
        guard !model.program.isEmpty else { return items }
        let selected = entryPointNames(of: model).filter { options.entryPoints?.contains($0) ?? true }
        items += selected.map(CheckItem.entryPoint)
        return items
    }

    /// The entry points DESIGN.md §4 asks for: SYSCALL, each IDT vector from user mode and from
    /// kernel proper, each declared return path.
    public static func entryPointNames(of model: SystemModel) -> [String] {
        var names: [String] = []
        if model.entry.lstar != nil { names.append("syscall") }
        for gate in model.entry.gates.sorted(by: { $0.vector < $1.vector }) {
            names += ["vector \(gate.vector) from user", "vector \(gate.vector) from kernel"]
        }
        names += model.entry.exits.map { "exit \($0.label)" }
        return names
    }
}
