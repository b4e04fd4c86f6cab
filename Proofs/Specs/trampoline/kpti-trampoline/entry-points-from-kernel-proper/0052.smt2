; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5771 (bvadd ?x4233 (_ bv18446744073709551568 64))))
 (let ((?x9248 (bvadd ?x5771 (_ bv8 64))))
 (let ((?x8216 (bvadd ?x9248 (_ bv7 64))))
 (let ((?x4176 (bvlshr (bvsub ?x8216 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8552 (and (bvult ?x4176 ncpu) (bvult (bvsub ?x8216 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4176 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6117 (bvlshr (bvsub ?x8216 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4640 (and (bvult ?x6117 ncpu) (bvult (bvsub ?x8216 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6117 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1158 (bvlshr (bvsub ?x8216 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2042 (and (bvult ?x1158 ncpu) (bvult (bvsub ?x8216 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1158 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9699 (or (bvult (bvsub ?x8216 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8216 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8216 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2042 $x4640 $x8552 (bvult (bvsub ?x8216 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x3172 (bvlshr (bvsub ?x9248 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1767 (and (bvult ?x3172 ncpu) (bvult (bvsub ?x9248 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3172 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10021 (bvlshr (bvsub ?x9248 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4791 (and (bvult ?x10021 ncpu) (bvult (bvsub ?x9248 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10021 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2426 (bvlshr (bvsub ?x9248 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5807 (and (bvult ?x2426 ncpu) (bvult (bvsub ?x9248 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2426 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8704 (or (bvult (bvsub ?x9248 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9248 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9248 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5807 $x4791 $x1767 (bvult (bvsub ?x9248 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x8704) (not $x9699)))))))))))))))))))))
(check-sat)
