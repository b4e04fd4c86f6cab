import CZ3

/// An incremental solver: one per context and query family, reused through
/// `push`/`pop` rather than rebuilt per query, so learned state is kept.
public final class Z3Solver {
    public let context: Z3Context
    let raw: OpaquePointer
    private var paramsDirty = false
    /// What is asserted, scope by scope, as plain formulas (a tracked assertion without its
    /// label): a benchmark of the current state is then the problem itself, not Z3's encoding
    /// of it, and replays in any solver.
    private var scopes: [[Z3Term]] = [[]]

    /// Wall-clock budget for subsequent checks; nil means none. Not deterministic,
    /// so prefer `resourceLimit` where reproducibility matters.
    public var timeoutMilliseconds: UInt32? { didSet { paramsDirty = true } }

    /// Deterministic work budget (Z3's "rlimit") for subsequent checks; nil or 0 means none.
    public var resourceLimit: UInt32? { didSet { paramsDirty = true } }

    /// `logic` (e.g. "QF_BV") selects Z3's specialised tactic for that fragment.
    public init(context: Z3Context, logic: String? = nil) throws {
        let solver = if let logic {
            Z3_mk_solver_for_logic(context.raw, context.symbol(logic))
        } else {
            Z3_mk_solver(context.raw)
        }
        try context.checkError()
        guard let solver else { throw Z3Error.invalidArgument("Z3 could not create a solver") }
        Z3_solver_inc_ref(context.raw, solver)
        self.context = context
        raw = solver
    }

    deinit { Z3_solver_dec_ref(context.raw, raw) }

    public func assert(_ t: Z3Term) throws {
        try requireBool(t)
        Z3_solver_assert(context.raw, raw, t.raw)
        try context.checkError()
        scopes[scopes.count - 1].append(t)
    }

    /// Guards `t` with a fresh Bool constant named after `label`, so `unsatCore()`
    /// can say which obligations conflict. Fresh (printed `label!N`) so a label can
    /// never capture a user variable of the same name.
    public func assertTracked(_ t: Z3Term, label: String) throws {
        try requireBool(t)
        let tracker = try context.wrap(Z3_mk_fresh_const(context.raw, label, try context.boolSort()))
        Z3_solver_assert_and_track(context.raw, raw, t.raw, tracker.raw)
        try context.checkError()
        scopes[scopes.count - 1].append(t)
    }

    public func push() throws {
        Z3_solver_push(context.raw, raw)
        try context.checkError()
        scopes.append([])
    }

    public func pop(_ n: Int = 1) throws {
        let pushed = Int(Z3_solver_get_num_scopes(context.raw, raw))
        guard n >= 0, n <= pushed else {
            throw Z3Error.outOfBounds("cannot pop \(n) scopes, only \(pushed) pushed")
        }
        Z3_solver_pop(context.raw, raw, UInt32(n))
        try context.checkError()
        scopes.removeLast(n)
    }

    public func check() throws -> Z3CheckResult {
        try applyParams()
        let result = Z3_solver_check(context.raw, raw)
        try context.checkError()
        switch result {
        case Z3_L_TRUE: return .sat
        case Z3_L_FALSE: return .unsat
        default:
            let reason = Z3_solver_get_reason_unknown(context.raw, raw).map { String(cString: $0) }
            return .unknown(reason: reason ?? "unknown")
        }
    }

    /// Only meaningful after `check()` returned `.sat`; otherwise Z3 reports an error.
    public func model() throws -> Z3Model {
        let model = Z3_solver_get_model(context.raw, raw)
        try context.checkError()
        guard let model else { throw Z3Error.invalidArgument("no model available") }
        return Z3Model(context: context, raw: model)
    }

    /// Labels of the tracked assertions in the core of the last `.unsat` check, sorted
    /// and deduplicated so reports are stable across runs.
    public func unsatCore() throws -> [String] {
        let core = Z3_solver_get_unsat_core(context.raw, raw)
        try context.checkError()
        guard let core else { throw Z3Error.invalidArgument("no unsat core available") }
        Z3_ast_vector_inc_ref(context.raw, core)
        defer { Z3_ast_vector_dec_ref(context.raw, core) }
        var labels: Set<String> = []
        for i in 0..<Z3_ast_vector_size(context.raw, core) {
            let tracker = Z3_ast_vector_get(context.raw, core, i)
            let decl = Z3_get_app_decl(context.raw, Z3_to_app(context.raw, tracker))
            let name = Z3_get_symbol_string(context.raw, Z3_get_decl_name(context.raw, decl))
            try context.checkError()
            let fresh = name.map { String(cString: $0) } ?? ""
            // Strip the `!N` that Z3_mk_fresh_const appended.
            labels.insert(fresh.lastIndex(of: "!").map { String(fresh[..<$0]) } ?? fresh)
        }
        return labels.sorted()
    }

    /// Current assertions in Z3's own syntax, for debugging.
    public var smtlib2: String {
        Z3_solver_to_string(context.raw, raw).map { String(cString: $0) } ?? ""
    }

    /// Every formula asserted in the open scopes, oldest first.
    public var assertions: [Z3Term] { scopes.flatMap { $0 } }

    /// A self-contained SMT-LIB2 script of the current assertions (declarations, one `assert`
    /// each, `(check-sat)`), so a verdict can be replayed with any SMT solver outside isocheck.
    /// `status` is the expected answer, recorded as `(set-info :status ...)`.
    public func benchmarkSMTLIB2(name: String = "isocheck", logic: String = "QF_BV", status: String = "unknown") throws -> String {
        var terms = assertions.map { $0.raw as OpaquePointer? }
        // Z3 prints the assumptions and then the formula; the last assertion
        // serves as the formula so no spurious `(assert true)` appears.
        let formula = terms.popLast() ?? context.trueAST
        let text = terms.withUnsafeMutableBufferPointer { buffer in
            Z3_benchmark_to_smtlib_string(
                context.raw, name, logic, status, "", UInt32(buffer.count), buffer.baseAddress, formula
            ).map { String(cString: $0) }
        }
        try context.checkError()
        return text ?? ""
    }

    private func requireBool(_ t: Z3Term) throws {
        try context.own(t)
        guard t.sortKind == .bool else { throw Z3Error.sort("cannot assert a term of sort \(t.sortKind)") }
    }

    /// Params are pushed lazily so the setters need not throw; both are always set
    /// because Z3 merges params, and a cleared limit must really be cleared.
    private func applyParams() throws {
        guard paramsDirty else { return }
        guard let params = Z3_mk_params(context.raw) else { throw Z3Error.invalidArgument("Z3_mk_params failed") }
        Z3_params_inc_ref(context.raw, params)
        defer { Z3_params_dec_ref(context.raw, params) }
        Z3_params_set_uint(context.raw, params, context.symbol("timeout"), timeoutMilliseconds ?? UInt32.max)
        Z3_params_set_uint(context.raw, params, context.symbol("rlimit"), resourceLimit ?? 0)
        Z3_solver_set_params(context.raw, raw, params)
        try context.checkError()
        paramsDirty = false
    }
}
