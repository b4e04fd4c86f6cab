; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:160:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x4366 (bvadd ?x11005 (_ bv16368 64))))
 (let ((?x7397 (bvadd ?x4366 (_ bv7 64))))
 (let (($x8835 (bvult (bvsub ?x7397 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x354 (bvlshr (bvsub ?x7397 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1880 (and (bvult ?x354 ncpu) (bvult (bvsub ?x7397 (bvadd (_ bv18446683600570023936 64) (bvmul ?x354 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10298 (bvlshr (bvsub ?x7397 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3805 (and (bvult ?x10298 ncpu) (bvult (bvsub ?x7397 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10298 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13074 (bvlshr (bvsub ?x7397 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x361 (and (bvult ?x13074 ncpu) (bvult (bvsub ?x7397 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13074 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x69440 (or (bvult (bvsub ?x7397 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7397 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7397 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x361 $x3805 $x1880 $x8835)))
 (let (($x12377 (bvult (bvsub ?x4366 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x1607 (bvlshr (bvsub ?x4366 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12430 (and (bvult ?x1607 ncpu) (bvult (bvsub ?x4366 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1607 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x314 (bvlshr (bvsub ?x4366 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10912 (and (bvult ?x314 ncpu) (bvult (bvsub ?x4366 (bvadd (_ bv18446741874687344640 64) (bvmul ?x314 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10487 (bvlshr (bvsub ?x4366 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1107 (and (bvult ?x10487 ncpu) (bvult (bvsub ?x4366 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10487 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x51418 (or (bvult (bvsub ?x4366 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4366 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4366 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1107 $x10912 $x12430 $x12377)))
 (or (not $x51418) (not $x69440))))))))))))))))))))))
(check-sat)
