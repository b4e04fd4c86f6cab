import IsocheckModel

/// The unit of scheduling: one layout property, or one group of entry points of the code.
/// Items of one spec share nothing but the model, so each runs in its own Z3 context, on any
/// thread, in any shard; their results combine in item order, whatever order they finished in.
///
/// Entry points are grouped by where they start (user mode, kernel proper) rather than run one
/// per item: the entry points of a group ask the solver mostly the same questions about the
/// same tables, and one context answers each once (measured on the trampoline: 12 items of one
/// entry point each took 3.2 times as long as one context for all).
public enum CheckItem: Hashable, Sendable, CustomStringConvertible {
    case layout(PropertyID)
    /// Entry points by their `--entry` names (`syscall`, `vector 2 from user`, `exit sysret_path`),
    /// run in one context; `group` names them in reports.
    case entryPoints(group: String, names: [String])

    public var description: String {
        switch self {
        case .layout(let property): "layout \(property.rawValue)"
        case .entryPoints(let group, _): "entry points \(group)"
        }
    }

    /// Every item of `model`, in the order reports list them. The `--entry` filter of `options`
    /// drops entry points, never layout properties; its `onlyProperties` drops both.
    public static func items(of model: SystemModel, options: CheckOptions) -> [CheckItem] {
        let wanted = { (property: PropertyID) in options.onlyProperties.map { $0.contains(property) || property == .wellFormedLayout } ?? true }
        var items = PropertyID.layoutProperties.filter(wanted).map(CheckItem.layout)
        guard !model.program.isEmpty, PropertyID.executionProperties.contains(where: wanted) else { return items }
        let selected = entryPointNames(of: model).filter { options.entryPoints?.contains($0) ?? true }
        let fromUser = selected.filter { $0 == "syscall" || $0.hasSuffix(" from user") }
        let fromKernel = selected.filter { !fromUser.contains($0) }
        if !fromUser.isEmpty { items.append(.entryPoints(group: "from user mode", names: fromUser)) }
        if !fromKernel.isEmpty { items.append(.entryPoints(group: "from kernel proper", names: fromKernel)) }
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
