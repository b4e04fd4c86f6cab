; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:215:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x11187 (bvadd ?x10437 (_ bv18446744073709551520 64))))
 (let ((?x16231 (bvadd ?x11187 (_ bv7 64))))
 (let (($x10252 (bvult (bvsub ?x16231 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14055 (bvlshr (bvsub ?x16231 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18023 (and (bvult ?x14055 ncpu) (bvult (bvsub ?x16231 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14055 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17145 (bvlshr (bvsub ?x16231 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17172 (and (bvult ?x17145 ncpu) (bvult (bvsub ?x16231 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17145 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17873 (bvlshr (bvsub ?x16231 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15386 (and (bvult ?x17873 ncpu) (bvult (bvsub ?x16231 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17873 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12566 (or (bvult (bvsub ?x16231 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16231 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16231 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15386 $x17172 $x18023 $x10252)))
 (let (($x11613 (bvult (bvsub ?x11187 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16082 (bvlshr (bvsub ?x11187 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12302 (and (bvult ?x16082 ncpu) (bvult (bvsub ?x11187 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16082 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17764 (bvlshr (bvsub ?x11187 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14488 (and (bvult ?x17764 ncpu) (bvult (bvsub ?x11187 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17764 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17844 (bvlshr (bvsub ?x11187 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12143 (and (bvult ?x17844 ncpu) (bvult (bvsub ?x11187 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17844 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18132 (or (bvult (bvsub ?x11187 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11187 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11187 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12143 $x14488 $x12302 $x11613)))
 (or (not $x18132) (not $x12566))))))))))))))))))))))
(check-sat)
