import IsocheckDiagnostics
import IsocheckImport
import IsocheckSyntax

/// `symbols`, `space ... import` and `policy`: real page tables and a kernel's symbols become
/// the same concrete frames and mappings a hand-written spec has, so every layout property runs
/// on them unchanged.
extension Elaborator {
    /// A path as written, relative to the spec's folder unless absolute.
    func resolvePath(_ path: PathSyntax) -> String {
        if path.path.hasPrefix("/") { return path.path }
        let spec = model.source.path
        guard let slash = spec.lastIndex(of: "/") else { return path.path }
        return String(spec[...slash]) + path.path
    }

    mutating func importError(_ error: ImportError, at range: SourceRange, reading what: String) {
        self.error(.importFailed(what, error.description), at: range)
    }

    mutating func elaborateSymbols(_ decl: SymbolsDecl) {
        if let previous = symbolsRange {
            error(.duplicateSymbols, at: decl.range, notes: [.init("first declared here", at: previous.start)])
            return
        }
        symbolsRange = decl.range
        var offsets: [UInt64] = []
        for expr in decl.perCPUOffsets {
            guard let offset = resolveConstant(expr, what: "a per-CPU offset") else { return }
            offsets.append(offset)
        }
        let path = resolvePath(decl.file)
        do {
            let map: SymbolMap
            if let loaded = loadedSymbolMap { map = loaded } else { map = try SymbolMap(contentsOfFile: try DecompressedInput.readablePath(path)) }
            model.symbolNames = SymbolNames(map: map, perCPUOffsets: offsets)
        } catch {
            importError(error, at: decl.file.range, reading: "the symbol map")
        }
    }

    /// The mappings of `space NAME ... import ...`, or nil after a diagnostic.
    mutating func importedMappings(_ decl: SpaceDecl, _ imported: SpaceImportSyntax) -> (mappings: [Mapping], root: UInt64?)? {
        if let binder = decl.binders.first {
            error(.importedSpaceFamily, at: binder.name.range)
            return nil
        }
        let path = resolvePath(imported.file)
        let runs: [ConcreteRun]
        var root: UInt64?
        switch imported.source {
        case .core(let cpuExpr, let cr3Expr):
            let core: ELFCore
            do {
                core = try ELFCore(path: try DecompressedInput.readablePath(path))
            } catch {
                importError(error, at: imported.file.range, reading: "the ELF core")
                return nil
            }
            let cr3: UInt64
            if let cpuExpr {
                guard let index = resolveConstant(cpuExpr, what: "a CPU number") else { return nil }
                guard let cpu = core.cpus.first(where: { UInt64($0.index) == index }) else {
                    error(.unknownCoreCPU(index, available: core.cpus.map(\.index)), at: cpuExpr.range)
                    return nil
                }
                guard let value = cpu.cr3 else {
                    error(.noCR3InNote(index), at: cpuExpr.range)
                    return nil
                }
                cr3 = value
            } else if let cr3Expr, let value = resolveConstant(cr3Expr, what: "a CR3 value") {
                cr3 = value
            } else {
                return nil
            }
            do {
                let walk = try PageTableWalker(memory: core, missingTables: .fail).walk(cr3: cr3)
                root = walk.rootTable
                runs = walk.runs.map(ConcreteRun.init(walked:))
            } catch {
                importError(error, at: imported.range, reading: "the page tables from CR3 \(hex(cr3))")
                return nil
            }
        case .ptdump:
            do {
                let listing = try PtdumpParser.parse(contentsOfFile: try DecompressedInput.readablePath(path))
                var converted: [ConcreteRun] = []
                for range in listing.presentRanges {
                    guard let run = ConcreteRun(ptdump: range) else {
                        error(.ptdumpTopLevelLeaf(range.location.line), at: imported.file.range)
                        return nil
                    }
                    converted.append(run)
                }
                if let skip = listing.skips.first {
                    diagnostics.append(.warning(.ptdumpSkipped(skip.count, line: skip.location.line), at: imported.file.range.start))
                }
                runs = converted
            } catch {
                importError(error, at: imported.file.range, reading: "the ptdump text")
                return nil
            }
        }
        let families = ImportedLayout.compress(runs)
        importedFamilies[decl.name.name] = families
        let mappings = families.map { family in mapping(for: family, range: imported.range) }
        return (mappings, root)
    }

    mutating func mapping(for family: ImportedLayout.Family, range: SourceRange) -> Mapping {
        let run = family.first
        var virtualBase = ValueExpr.literal(run.virtualAddress)
        var physicalBase = ValueExpr.literal(run.physicalAddress)
        var binders: [Binder] = []
        if family.count > 1 {
            let index = freshIndex("page")
            binders = [Binder(variable: index, count: .literal(family.count))]
            virtualBase = .binary(.add, virtualBase, .binary(.multiply, .index(index), .literal(family.virtualStride)))
            if family.physicalStride != 0 {
                physicalBase = .binary(.add, physicalBase, .binary(.multiply, .index(index), .literal(family.physicalStride)))
            }
        }
        return Mapping(
            virtualBase: virtualBase, size: .literal(run.byteCount), pageSize: run.pageSize, target: .physical(physicalBase),
            flags: run.flags, binders: binders, restrictions: [], range: range, derivedThrough: [], isImported: true)
    }
}

extension ConcreteRun {
    init(walked run: MappingRun) {
        var flags = MappingFlags()
        if run.writable { flags.insert(.writable) }
        if run.user { flags.insert(.user) }
        if run.noExecute { flags.insert(.noExecute) }
        if run.global { flags.insert(.global) }
        self.init(virtualAddress: run.virtualAddress, physicalAddress: run.physicalAddress, byteCount: run.byteCount,
                  pageSize: PageSize(rawValue: run.pageSize.bytes) ?? .size4K, flags: flags)
    }

    /// ptdump prints no physical addresses, so each VA gets a frame of its own at a synthetic
    /// PA above every real one (bit 63 set for the kernel half, bit 62 for the user half):
    /// labels still follow the VA, but aliases between ranges are invisible.
    init?(ptdump range: PtdumpRange) {
        let pageSize: PageSize
        switch range.level {
        case .pte: pageSize = .size4K
        case .pmd: pageSize = .size2M
        case .pud: pageSize = .size1G
        case .pgd, .p4d: return nil
        }
        var flags = MappingFlags()
        let attributes = range.attributes ?? []
        if attributes.contains(.writable) { flags.insert(.writable) }
        if attributes.contains(.user) { flags.insert(.user) }
        if attributes.contains(.noExecute) { flags.insert(.noExecute) }
        if attributes.contains(.global) { flags.insert(.global) }
        let synthetic = range.start >= AddressHalf.kernelStart ? range.start : range.start | (1 << 62)
        self.init(virtualAddress: range.start, physicalAddress: synthetic, byteCount: range.byteCount, pageSize: pageSize, flags: flags)
    }
}
