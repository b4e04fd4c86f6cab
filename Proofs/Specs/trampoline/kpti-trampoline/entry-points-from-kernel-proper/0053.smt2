; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5585 (bvadd ?x3058 (_ bv18446744073709551568 64))))
 (let ((?x2404 (bvadd ?x5585 (_ bv8 64))))
 (let ((?x2645 (bvadd ?x2404 (_ bv7 64))))
 (let ((?x8275 (bvlshr (bvsub ?x2645 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x319 (and (bvult ?x8275 ncpu) (bvult (bvsub ?x2645 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8275 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3061 (bvlshr (bvsub ?x2645 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7671 (and (bvult ?x3061 ncpu) (bvult (bvsub ?x2645 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3061 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6863 (bvlshr (bvsub ?x2645 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1011 (and (bvult ?x6863 ncpu) (bvult (bvsub ?x2645 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6863 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8698 (or (bvult (bvsub ?x2645 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2645 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2645 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1011 $x7671 $x319 (bvult (bvsub ?x2645 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x3972 (bvlshr (bvsub ?x2404 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2794 (and (bvult ?x3972 ncpu) (bvult (bvsub ?x2404 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3972 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5726 (bvlshr (bvsub ?x2404 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3018 (and (bvult ?x5726 ncpu) (bvult (bvsub ?x2404 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5726 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3881 (bvlshr (bvsub ?x2404 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2358 (and (bvult ?x3881 ncpu) (bvult (bvsub ?x2404 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3881 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3522 (or (bvult (bvsub ?x2404 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2404 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2404 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2358 $x3018 $x2794 (bvult (bvsub ?x2404 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x3522) (not $x8698)))))))))))))))))))))
(check-sat)
