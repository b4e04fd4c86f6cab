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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x15426 (bvadd ?x10437 (_ bv18446744073709551600 64))))
 (let ((?x16160 (bvadd ?x15426 (_ bv7 64))))
 (let (($x12117 (bvult (bvsub ?x16160 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11928 (bvlshr (bvsub ?x16160 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16084 (and (bvult ?x11928 ncpu) (bvult (bvsub ?x16160 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11928 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15521 (bvlshr (bvsub ?x16160 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16349 (and (bvult ?x15521 ncpu) (bvult (bvsub ?x16160 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15521 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14886 (bvlshr (bvsub ?x16160 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15632 (and (bvult ?x14886 ncpu) (bvult (bvsub ?x16160 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14886 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18203 (or (bvult (bvsub ?x16160 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16160 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16160 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15632 $x16349 $x16084 $x12117)))
 (let (($x2217 (bvult (bvsub ?x15426 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10160 (bvlshr (bvsub ?x15426 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15099 (and (bvult ?x10160 ncpu) (bvult (bvsub ?x15426 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10160 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15177 (bvlshr (bvsub ?x15426 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13173 (and (bvult ?x15177 ncpu) (bvult (bvsub ?x15426 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15177 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8794 (bvlshr (bvsub ?x15426 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12751 (and (bvult ?x8794 ncpu) (bvult (bvsub ?x15426 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8794 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13647 (or (bvult (bvsub ?x15426 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15426 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15426 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12751 $x13173 $x15099 $x2217)))
 (or (not $x13647) (not $x18203))))))))))))))))))))))
(check-sat)
