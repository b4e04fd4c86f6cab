; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:213:3
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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x5176 (bvadd ?x2156 (_ bv18446744073709551504 64))))
 (let ((?x11910 (bvadd ?x5176 (_ bv7 64))))
 (let (($x6502 (bvult (bvsub ?x11910 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11529 (bvlshr (bvsub ?x11910 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1008 (and (bvult ?x11529 ncpu) (bvult (bvsub ?x11910 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11529 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1942 (bvlshr (bvsub ?x11910 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11212 (and (bvult ?x1942 ncpu) (bvult (bvsub ?x11910 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1942 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5046 (bvlshr (bvsub ?x11910 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1001 (and (bvult ?x5046 ncpu) (bvult (bvsub ?x11910 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5046 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3223 (or (bvult (bvsub ?x11910 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11910 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11910 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1001 $x11212 $x1008 $x6502)))
 (let (($x4722 (bvult (bvsub ?x5176 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9248 (bvlshr (bvsub ?x5176 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11015 (and (bvult ?x9248 ncpu) (bvult (bvsub ?x5176 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9248 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2197 (bvlshr (bvsub ?x5176 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12100 (and (bvult ?x2197 ncpu) (bvult (bvsub ?x5176 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2197 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9744 (bvlshr (bvsub ?x5176 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9262 (and (bvult ?x9744 ncpu) (bvult (bvsub ?x5176 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9744 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1838 (or (bvult (bvsub ?x5176 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5176 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5176 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9262 $x12100 $x11015 $x4722)))
 (or (not $x1838) (not $x3223))))))))))))))))))))))
(check-sat)
