; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x3481 (bvadd ?x2989 (_ bv18446744073709551568 64))))
 (let ((?x9398 (bvadd ?x3481 (_ bv8 64))))
 (let ((?x5875 (bvadd ?x9398 (_ bv7 64))))
 (let ((?x7161 (bvlshr (bvsub ?x5875 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7612 (and (bvult ?x7161 ncpu) (bvult (bvsub ?x5875 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7161 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3301 (bvlshr (bvsub ?x5875 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6197 (and (bvult ?x3301 ncpu) (bvult (bvsub ?x5875 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3301 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6389 (bvlshr (bvsub ?x5875 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2219 (and (bvult ?x6389 ncpu) (bvult (bvsub ?x5875 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6389 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5822 (or (bvult (bvsub ?x5875 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5875 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5875 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2219 $x6197 $x7612 (bvult (bvsub ?x5875 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x6850 (bvlshr (bvsub ?x9398 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5309 (and (bvult ?x6850 ncpu) (bvult (bvsub ?x9398 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6850 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4086 (bvlshr (bvsub ?x9398 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5824 (and (bvult ?x4086 ncpu) (bvult (bvsub ?x9398 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4086 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7457 (bvlshr (bvsub ?x9398 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8745 (and (bvult ?x7457 ncpu) (bvult (bvsub ?x9398 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7457 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6641 (or (bvult (bvsub ?x9398 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9398 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9398 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8745 $x5824 $x5309 (bvult (bvsub ?x9398 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x6641) (not $x5822)))))))))))))))))))))
(check-sat)
