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
 (let ((?x14265 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x13488 (bvadd ?x14265 (_ bv18446744073709551592 64))))
 (let ((?x11439 (bvadd ?x13488 (_ bv7 64))))
 (let (($x14098 (bvult (bvsub ?x11439 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5470 (bvlshr (bvsub ?x11439 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12899 (and (bvult ?x5470 ncpu) (bvult (bvsub ?x11439 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5470 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11621 (bvlshr (bvsub ?x11439 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14458 (and (bvult ?x11621 ncpu) (bvult (bvsub ?x11439 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11621 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15659 (bvlshr (bvsub ?x11439 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13216 (and (bvult ?x15659 ncpu) (bvult (bvsub ?x11439 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15659 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14454 (or (bvult (bvsub ?x11439 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11439 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11439 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13216 $x14458 $x12899 $x14098)))
 (let (($x9255 (bvult (bvsub ?x13488 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5658 (bvlshr (bvsub ?x13488 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16205 (and (bvult ?x5658 ncpu) (bvult (bvsub ?x13488 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5658 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15526 (bvlshr (bvsub ?x13488 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11360 (and (bvult ?x15526 ncpu) (bvult (bvsub ?x13488 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15526 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14091 (bvlshr (bvsub ?x13488 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11369 (and (bvult ?x14091 ncpu) (bvult (bvsub ?x13488 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14091 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8557 (or (bvult (bvsub ?x13488 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13488 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13488 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11369 $x11360 $x16205 $x9255)))
 (or (not $x8557) (not $x14454))))))))))))))))))))))
(check-sat)
