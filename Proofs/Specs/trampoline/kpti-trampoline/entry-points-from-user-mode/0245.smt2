; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:148:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (bvult c!6 ncpu))
(assert
 (bvult p!7 nproc))
(assert
 (bvult $user.gs_base (_ bv140737488355328 64)))
(assert
 (let ((?x35786 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x45023 (bvadd ?x35786 (_ bv18446744073709551568 64))))
 (let ((?x31522 (bvadd ?x45023 (_ bv7 64))))
 (let (($x51374 (bvult (bvsub ?x31522 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x54051 (bvlshr (bvsub ?x31522 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x41276 (bvult (bvsub ?x31522 (bvadd (_ bv18446683600570023936 64) (bvmul ?x54051 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x51660 (bvult ?x54051 ncpu)))
 (let ((?x48174 (bvlshr (bvsub ?x31522 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51862 (bvult (bvsub ?x31522 (bvadd (_ bv18446741874687344640 64) (bvmul ?x48174 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x40983 (bvult ?x48174 ncpu)))
 (let ((?x51524 (bvlshr (bvsub ?x31522 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x28495 (bvult (bvsub ?x31522 (bvadd (_ bv18446612686364999680 64) (bvmul ?x51524 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x51503 (bvult ?x51524 ncpu)))
 (let (($x58288 (or (bvult (bvsub ?x31522 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x31522 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x31522 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x51503 $x28495) (and $x40983 $x51862) (and $x51660 $x41276) $x51374)))
 (let (($x53689 (bvult (bvsub ?x45023 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x53657 (bvlshr (bvsub ?x45023 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53672 (bvult (bvsub ?x45023 (bvadd (_ bv18446683600570023936 64) (bvmul ?x53657 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x53662 (bvult ?x53657 ncpu)))
 (let (($x48493 (and $x53662 $x53672)))
 (let ((?x53625 (bvlshr (bvsub ?x45023 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53646 (bvult (bvsub ?x45023 (bvadd (_ bv18446741874687344640 64) (bvmul ?x53625 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x53624 (bvult ?x53625 ncpu)))
 (let ((?x53569 (bvlshr (bvsub ?x45023 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x36625 (bvult (bvsub ?x45023 (bvadd (_ bv18446612686364999680 64) (bvmul ?x53569 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x53459 (bvult ?x53569 ncpu)))
 (let (($x64860 (or (bvult (bvsub ?x45023 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x45023 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x45023 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x53459 $x36625) (and $x53624 $x53646) $x48493 $x53689)))
 (or (not $x64860) (not $x58288)))))))))))))))))))))))))))))
(check-sat)
