import CZ3
import Foundation

/// Z3's global configuration/context bootstrap and teardown are not known to be
/// thread-safe, so both are serialised; everything in between is per context.
private let creationLock = NSLock()

/// Process-wide solver settings, applied once before the first context exists.
/// `rewriter.mul2concat` turns a product with a power of two (`c * 64K`, the stride of every
/// per-CPU array) into a shift before bit-blasting, instead of a 64-bit multiplier circuit:
/// measured 2.2x faster on the trampoline's event-depth-1 run, with the same answers.
private let globalParameters: Void = {
    Z3_global_param_set("rewriter.mul2concat", "true")
}()

/// Owner of one Z3 context; every term, solver and model keeps it alive.
///
/// Concurrency rule: one context per task/thread. A context and everything made
/// from it (terms, solvers, models) must never be shared across threads; that is
/// why none of these types is `Sendable`. Distinct contexts are fully independent,
/// so parallel checking means one `Z3Context` per worker.
public final class Z3Context {
    let raw: OpaquePointer
    /// Created once so `bool(_:)` has no failure path and needs no `try`.
    let trueAST: OpaquePointer
    let falseAST: OpaquePointer

    /// Throws rather than traps so a broken Z3 install is a reportable failure.
    public init() throws {
        creationLock.lock()
        defer { creationLock.unlock() }
        globalParameters
        guard let config = Z3_mk_config() else {
            throw Z3Error.invalidArgument("Z3_mk_config failed")
        }
        defer { Z3_del_config(config) }
        guard let context = Z3_mk_context_rc(config) else {
            throw Z3Error.invalidArgument("Z3_mk_context_rc failed")
        }
        // The default handler exits the process; we poll error codes instead.
        Z3_set_error_handler(context, nil)
        guard let t = Z3_mk_true(context), let f = Z3_mk_false(context) else {
            Z3_del_context(context)
            throw Z3Error.invalidArgument("Z3 could not build Boolean literals")
        }
        Z3_inc_ref(context, t)
        Z3_inc_ref(context, f)
        raw = context
        trueAST = t
        falseAST = f
    }

    deinit {
        Z3_dec_ref(raw, trueAST)
        Z3_dec_ref(raw, falseAST)
        creationLock.lock()
        defer { creationLock.unlock() }
        Z3_del_context(raw)
    }

    /// Asks a running check to stop; it then returns `.unknown`. Under the rule
    /// above only the owning thread may call it, so budgets from another thread
    /// belong in `Z3Solver.timeoutMilliseconds` / `resourceLimit` instead.
    public func interrupt() { Z3_interrupt(raw) }

    /// Converts Z3's sticky error code into a Swift error after each call.
    func checkError() throws {
        let code = Z3_get_error_code(raw)
        guard code != Z3_OK else { return }
        let message = Z3_get_error_msg(raw, code).map { String(cString: $0) } ?? "unknown Z3 error"
        throw Z3Error(code: Int(code.rawValue), message: message)
    }

    /// Takes ownership of a freshly returned AST, failing on any pending error.
    func wrap(_ ast: OpaquePointer?) throws -> Z3Term {
        try checkError()
        guard let ast else { throw Z3Error.invalidArgument("Z3 returned no term") }
        return Z3Term(context: self, raw: ast)
    }

    /// Terms from a foreign context would be undefined behaviour inside Z3.
    func own(_ terms: Z3Term...) throws {
        try own(terms)
    }

    func own(_ terms: [Z3Term]) throws {
        for term in terms where term.context !== self {
            throw Z3Error.invalidArgument("term \(term.smtlib) belongs to another Z3Context")
        }
    }

    func symbol(_ name: String) -> OpaquePointer? {
        Z3_mk_string_symbol(raw, name)
    }
}
