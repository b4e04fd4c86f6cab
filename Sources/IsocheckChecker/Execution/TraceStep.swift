import IsocheckDiagnostics
import IsocheckModel

/// One row of a counterexample trace, still symbolic: the counterexample evaluates it under the
/// solver's model.
struct TraceStep {
    enum Kind: String {
        case start, instruction, event, handoff, returnToUser = "return"
    }
    let kind: Kind
    let text: String
    let location: SourceLocation?
    let cpl: Int
    let cr3: ValueExpr
    let space: String
    let rsp: ValueExpr
    let gsIsKernel: Bool
    var accesses: [(kind: String, address: ValueExpr)]
}
