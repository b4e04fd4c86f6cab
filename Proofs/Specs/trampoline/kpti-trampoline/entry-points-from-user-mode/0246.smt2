; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:146:3
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
 (let ((?x31503 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x38635 (bvadd ?x31503 (_ bv18446744073709551608 64))))
 (let ((?x29254 (bvadd ?x38635 (_ bv7 64))))
 (let (($x35757 (bvult (bvsub ?x29254 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x43661 (bvlshr (bvsub ?x29254 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x44240 (bvult (bvsub ?x29254 (bvadd (_ bv18446683600570023936 64) (bvmul ?x43661 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x30807 (bvult ?x43661 ncpu)))
 (let ((?x45161 (bvlshr (bvsub ?x29254 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x39840 (bvult (bvsub ?x29254 (bvadd (_ bv18446741874687344640 64) (bvmul ?x45161 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x32566 (bvult ?x45161 ncpu)))
 (let ((?x18244 (bvlshr (bvsub ?x29254 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15183 (bvult (bvsub ?x29254 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18244 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x39443 (bvult ?x18244 ncpu)))
 (let (($x69546 (or (bvult (bvsub ?x29254 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x29254 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x29254 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x39443 $x15183) (and $x32566 $x39840) (and $x30807 $x44240) $x35757)))
 (let (($x46099 (bvult (bvsub ?x38635 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x43874 (bvlshr (bvsub ?x38635 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x39011 (bvult (bvsub ?x38635 (bvadd (_ bv18446683600570023936 64) (bvmul ?x43874 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x2077 (bvult ?x43874 ncpu)))
 (let (($x48849 (and $x2077 $x39011)))
 (let ((?x45801 (bvlshr (bvsub ?x38635 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x44556 (bvult (bvsub ?x38635 (bvadd (_ bv18446741874687344640 64) (bvmul ?x45801 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x30903 (bvult ?x45801 ncpu)))
 (let ((?x41403 (bvlshr (bvsub ?x38635 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45532 (bvult (bvsub ?x38635 (bvadd (_ bv18446612686364999680 64) (bvmul ?x41403 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x31722 (bvult ?x41403 ncpu)))
 (let (($x66524 (or (bvult (bvsub ?x38635 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x38635 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x38635 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x31722 $x45532) (and $x30903 $x44556) $x48849 $x46099)))
 (or (not $x66524) (not $x69546)))))))))))))))))))))))))))))
(check-sat)
