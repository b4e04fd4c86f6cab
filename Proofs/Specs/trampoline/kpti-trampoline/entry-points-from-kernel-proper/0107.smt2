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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9524 (bvadd ?x944 (_ bv18446744073709551568 64))))
 (let ((?x8871 (bvadd ?x9524 (_ bv8 64))))
 (let ((?x10993 (bvadd ?x8871 (_ bv7 64))))
 (let ((?x8104 (bvlshr (bvsub ?x10993 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10937 (and (bvult ?x8104 ncpu) (bvult (bvsub ?x10993 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8104 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12238 (bvlshr (bvsub ?x10993 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2144 (and (bvult ?x12238 ncpu) (bvult (bvsub ?x10993 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12238 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13160 (bvlshr (bvsub ?x10993 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1119 (and (bvult ?x13160 ncpu) (bvult (bvsub ?x10993 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13160 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2403 (or (bvult (bvsub ?x10993 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10993 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10993 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1119 $x2144 $x10937 (bvult (bvsub ?x10993 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x3119 (bvlshr (bvsub ?x8871 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6208 (and (bvult ?x3119 ncpu) (bvult (bvsub ?x8871 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3119 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1074 (bvlshr (bvsub ?x8871 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4783 (and (bvult ?x1074 ncpu) (bvult (bvsub ?x8871 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1074 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7825 (bvlshr (bvsub ?x8871 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2663 (and (bvult ?x7825 ncpu) (bvult (bvsub ?x8871 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7825 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12507 (or (bvult (bvsub ?x8871 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8871 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8871 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2663 $x4783 $x6208 (bvult (bvsub ?x8871 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x12507) (not $x2403)))))))))))))))))))))
(check-sat)
