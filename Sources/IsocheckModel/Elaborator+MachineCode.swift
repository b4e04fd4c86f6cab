import IsocheckDiagnostics
import IsocheckImport
import IsocheckSyntax

/// `code NAME import "code.json" blob "..."`: a capture's machine code becomes code blocks before
/// any hand-written code, so the cpu block and other code can name its symbols as labels.
extension Elaborator {
    /// Walks and lifts each imported code.json from the entry points the cpu block names, and
    /// appends the blocks and labels. Hand-offs and per-CPU fields are settled later, once the
    /// spec's own declarations are known (`checkLiftedHandoffs`, `bindLiftedPerCPUFields`).
    mutating func liftImportedCode(_ declarations: [Declaration]) {
        let imports = declarations.compactMap { if case .codeImport(let decl) = $0 { decl } else { nil } }
        guard !imports.isEmpty else { return }
        var entryNames: [String] = []
        var vectorImports: [VectorsImport] = []
        for case .cpu(let cpu) in declarations {
            for item in cpu.items {
                switch item {
                case .lstar(let label), .exit(let label): entryNames.append(label.name)
                case .vector(_, let handler, _, _): entryNames.append(handler.name)
                case .vectorsImport(let file, let excluded, let range):
                    vectorImports.append(VectorsImport(path: resolvePath(file), excluded: excluded, range: range))
                default: break
                }
            }
        }
        var groups: [(path: String, decls: [CodeImportDecl])] = []
        for decl in imports {
            let path = resolvePath(decl.file)
            if let index = groups.firstIndex(where: { $0.path == path }) { groups[index].decls.append(decl) } else { groups.append((path, [decl])) }
        }
        for vectors in vectorImports where !groups.contains(where: { $0.path == vectors.path }) {
            error(.vectorsImportWithoutCode(vectors.path), at: vectors.range)
        }
        for group in groups {
            liftGroup(group.path, group.decls, entryNames: entryNames, vectors: vectorImports.filter { $0.path == group.path }, declarations: declarations)
        }
    }

    /// A `vectors import` item of the cpu block.
    struct VectorsImport {
        let path: String
        let excluded: [(vector: UInt64, range: SourceRange)]
        let range: SourceRange
    }

    /// The captured IDT's gates but the excluded ones; a handler outside the walked blobs is an
    /// error, since no code would run there.
    private mutating func importGates(_ vectors: [VectorsImport], from code: CapturedCode, walked blobs: [CapturedCode.Blob]) -> [UInt64] {
        var entries: [UInt64] = []
        for item in vectors {
            guard !code.gates.isEmpty else {
                error(.vectorsImportWithoutIDT(item.path), at: item.range)
                continue
            }
            let excluded = Set(item.excluded.map(\.vector))
            for (vector, range) in item.excluded where !code.gates.contains(where: { $0.vector == vector }) {
                error(.exceptedVectorNotInIDT(vector), at: range)
            }
            for gate in code.gates.sorted(by: { $0.vector < $1.vector }) where !excluded.contains(UInt64(gate.vector)) {
                guard blobs.contains(where: { $0.contains(gate.handler) }) else {
                    error(.vectorHandlerOutsideCode(UInt64(gate.vector), handler: gate.handler, symbol: gate.symbol), at: item.range)
                    continue
                }
                entries.append(gate.handler)
                importedGates.append(InterruptGate(vector: UInt64(gate.vector), handler: code.describe(gate.handler), ist: UInt64(gate.ist), range: item.range))
            }
        }
        return entries
    }

    private mutating func liftGroup(_ path: String, _ decls: [CodeImportDecl], entryNames: [String], vectors: [VectorsImport], declarations: [Declaration]) {
        let code: CapturedCode
        do { code = try CapturedCode(path: path) } catch {
            importError(error, at: decls[0].file.range, reading: "the captured code")
            return
        }
        var blobNames: [String] = []
        for decl in decls {
            guard code.blobs.contains(where: { $0.name == decl.blob.path }) else {
                error(.unknownBlob(decl.blob.path, known: code.blobs.map(\.name)), at: decl.blob.range)
                return
            }
            guard !blobNames.contains(decl.blob.path) else {
                error(.duplicateBlob(decl.blob.path), at: decl.blob.range)
                return
            }
            blobNames.append(decl.blob.path)
        }
        let blobs = code.blobs.filter { blobNames.contains($0.name) }
        let gateEntries = importGates(vectors, from: code, walked: blobs)
        let entries = entryNames.compactMap { code.symbol(named: $0)?.address }.filter { address in blobs.contains { $0.contains(address) } }
            + gateEntries
        guard !entries.isEmpty else {
            error(.noLiftedEntry(blobNames), at: decls[0].range)
            return
        }
        let walk = MachineCodeWalk(code: code, walked: blobNames, entries: entries)
        let symbols = symbolMapForLifting(declarations)
        let lifted = LiftedCode(
            walk: walk, code: code, listingPath: path + " (lifted)",
            symbolName: { address in symbols?.nearestSymbol(atOrBelow: address, maximumOffset: 0x10_0000)?.description },
            blockNames: Dictionary(uniqueKeysWithValues: decls.map { ($0.blob.path, $0.name.name) }),
            trampoline: Set(decls.filter(\.isTrampoline).map(\.blob.path)))
        for problem in lifted.problems { error(.liftedCodeProblem(problem), at: decls[0].range) }
        for refusal in lifted.refusals {
            let decl = decls.first { code.blob(containing: refusal.address)?.name == $0.blob.path } ?? decls[0]
            error(.liftedInstructionNotModelled(address: refusal.address, place: refusal.place, text: refusal.text, reason: refusal.reason), at: decl.range)
        }
        let base = model.program.blocks.count
        model.program.blocks.append(contentsOf: lifted.blocks)
        liftedSources.append(lifted.listing)
        for (label, target) in lifted.labels.sorted(by: { $0.key < $1.key }) {
            guard case .instruction(let block, let index) = target else { continue }
            let decl = decls.first { $0.name.name == lifted.blocks[block].name } ?? decls[0]
            defineLabel(Identifier(label, range: decl.range), .instruction(block: base + block, index: index))
        }
        for handoff in lifted.handoffs { liftedHandoffs.append((handoff, decls[0].range)) }
        for (offset, name) in lifted.perCPUFields { liftedPerCPU[offset] = (name, decls[0].range) }
    }

    /// The spec's `symbols` map, read once here and reused by `elaborateSymbols`.
    private mutating func symbolMapForLifting(_ declarations: [Declaration]) -> SymbolMap? {
        for case .symbols(let decl) in declarations {
            if let loaded = loadedSymbolMap { return loaded }
            // A bad file is reported where `symbols` itself is elaborated.
            loadedSymbolMap = try? SymbolMap(contentsOfFile: try DecompressedInput.readablePath(resolvePath(decl.file)))
            return loadedSymbolMap
        }
        return nil
    }

    /// Every call or jump out of the imported code must land on a declared hand-off.
    mutating func checkLiftedHandoffs() {
        for (handoff, range) in liftedHandoffs {
            if case .handoff? = model.program.labels[handoff.label] { continue }
            error(.liftedHandoffUndeclared(handoff.label, address: handoff.address, from: handoff.from, returns: handoff.returns), at: range)
        }
    }

    /// `%gs:OFFSET` operands of lifted code name the declared per-CPU field at that offset, so
    /// its initial value applies; offsets the spec does not declare become fields of their own
    /// with no initial value (any value is possible).
    mutating func bindLiftedPerCPUFields() {
        guard !liftedPerCPU.isEmpty else { return }
        var renamed: [String: String] = [:]
        for (offset, lifted) in liftedPerCPU.sorted(by: { $0.key < $1.key }) {
            if let declared = model.perCPUFields.first(where: { $0.fixedBase == nil && $0.offset.constantValue == offset }) {
                renamed[lifted.name] = declared.name
            } else {
                model.perCPUFields.append(PerCPUField(name: lifted.name, fixedBase: nil, offset: .literal(offset), initialValue: nil, range: lifted.range))
            }
        }
        guard !renamed.isEmpty else { return }
        model.program.blocks = model.program.blocks.map { block in
            CodeBlock(name: block.name, address: block.address, size: block.size, isTrampoline: block.isTrampoline,
                      instructions: block.instructions.map { instruction in
                          Instruction(opcode: instruction.opcode, operands: instruction.operands.map { operand in
                              if case .perCPU(let field, let displacement) = operand, let name = renamed[field] {
                                  return .perCPU(field: name, displacement: displacement)
                              }
                              return operand
                          }, width: instruction.width, text: instruction.text, range: instruction.range)
                      }, range: block.range, instructionAddresses: block.instructionAddresses)
        }
    }
}
