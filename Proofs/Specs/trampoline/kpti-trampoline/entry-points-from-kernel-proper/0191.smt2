; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:167:3
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
 (let ((?x11119 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x13942 (bvadd ?x11119 (_ bv18446744073709551592 64))))
 (let ((?x11022 (bvadd ?x13942 (_ bv7 64))))
 (let (($x11602 (bvult (bvsub ?x11022 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13603 (bvlshr (bvsub ?x11022 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13636 (and (bvult ?x13603 ncpu) (bvult (bvsub ?x11022 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13603 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11704 (bvlshr (bvsub ?x11022 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13244 (and (bvult ?x11704 ncpu) (bvult (bvsub ?x11022 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11704 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13144 (bvlshr (bvsub ?x11022 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13762 (and (bvult ?x13144 ncpu) (bvult (bvsub ?x11022 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13144 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18966 (or (bvult (bvsub ?x11022 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11022 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11022 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13762 $x13244 $x13636 $x11602)))
 (let (($x9591 (bvult (bvsub ?x13942 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x233 (bvlshr (bvsub ?x13942 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2474 (and (bvult ?x233 ncpu) (bvult (bvsub ?x13942 (bvadd (_ bv18446683600570023936 64) (bvmul ?x233 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x849 (bvlshr (bvsub ?x13942 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7264 (and (bvult ?x849 ncpu) (bvult (bvsub ?x13942 (bvadd (_ bv18446741874687344640 64) (bvmul ?x849 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11496 (bvlshr (bvsub ?x13942 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x952 (and (bvult ?x11496 ncpu) (bvult (bvsub ?x13942 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11496 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13806 (or (bvult (bvsub ?x13942 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13942 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13942 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x952 $x7264 $x2474 $x9591)))
 (or (not $x13806) (not $x18966))))))))))))))))))))))
(check-sat)
