; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x15133 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x35694 (bvadd ?x15133 (_ bv18446744073709551576 64))))
 (let ((?x44431 (bvadd ?x35694 (_ bv7 64))))
 (let (($x36900 (bvult (bvsub ?x44431 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x45061 (bvlshr (bvsub ?x44431 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x36557 (bvult (bvsub ?x44431 (bvadd (_ bv18446683600570023936 64) (bvmul ?x45061 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x46376 (bvult ?x45061 ncpu)))
 (let ((?x40373 (bvlshr (bvsub ?x44431 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x46564 (bvult (bvsub ?x44431 (bvadd (_ bv18446741874687344640 64) (bvmul ?x40373 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x39879 (bvult ?x40373 ncpu)))
 (let ((?x37376 (bvlshr (bvsub ?x44431 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x30092 (bvult (bvsub ?x44431 (bvadd (_ bv18446612686364999680 64) (bvmul ?x37376 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x40946 (bvult ?x37376 ncpu)))
 (let (($x69274 (or (bvult (bvsub ?x44431 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x44431 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x44431 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x40946 $x30092) (and $x39879 $x46564) (and $x46376 $x36557) $x36900)))
 (let (($x45020 (bvult (bvsub ?x35694 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x22078 (bvlshr (bvsub ?x35694 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x46544 (bvult (bvsub ?x35694 (bvadd (_ bv18446683600570023936 64) (bvmul ?x22078 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x45931 (bvult ?x22078 ncpu)))
 (let (($x50242 (and $x45931 $x46544)))
 (let ((?x41004 (bvlshr (bvsub ?x35694 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x47104 (bvult (bvsub ?x35694 (bvadd (_ bv18446741874687344640 64) (bvmul ?x41004 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x45036 (bvult ?x41004 ncpu)))
 (let ((?x29676 (bvlshr (bvsub ?x35694 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x22628 (bvult (bvsub ?x35694 (bvadd (_ bv18446612686364999680 64) (bvmul ?x29676 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x40306 (bvult ?x29676 ncpu)))
 (let (($x63524 (or (bvult (bvsub ?x35694 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x35694 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x35694 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x40306 $x22628) (and $x45036 $x47104) $x50242 $x45020)))
 (or (not $x63524) (not $x69274)))))))))))))))))))))))))))))
(check-sat)
