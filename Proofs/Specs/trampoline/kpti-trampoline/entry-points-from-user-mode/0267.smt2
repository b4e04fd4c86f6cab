; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:156:3
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
 (let ((?x3688 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x11727 (bvadd ?x3688 (_ bv16360 64))))
 (let ((?x8560 (bvadd ?x11727 (_ bv7 64))))
 (let (($x13770 (bvult (bvsub ?x8560 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x434 (bvlshr (bvsub ?x8560 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13536 (and (bvult ?x434 ncpu) (bvult (bvsub ?x8560 (bvadd (_ bv18446683600570023936 64) (bvmul ?x434 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4133 (bvlshr (bvsub ?x8560 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14349 (and (bvult ?x4133 ncpu) (bvult (bvsub ?x8560 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4133 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4081 (bvlshr (bvsub ?x8560 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4287 (and (bvult ?x4081 ncpu) (bvult (bvsub ?x8560 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4081 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x70311 (or (bvult (bvsub ?x8560 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8560 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8560 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4287 $x14349 $x13536 $x13770)))
 (let (($x3974 (bvult (bvsub ?x11727 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3795 (bvlshr (bvsub ?x11727 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8053 (and (bvult ?x3795 ncpu) (bvult (bvsub ?x11727 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3795 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x817 (bvlshr (bvsub ?x11727 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x505 (and (bvult ?x817 ncpu) (bvult (bvsub ?x11727 (bvadd (_ bv18446741874687344640 64) (bvmul ?x817 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4005 (bvlshr (bvsub ?x11727 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1131 (and (bvult ?x4005 ncpu) (bvult (bvsub ?x11727 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4005 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x62504 (or (bvult (bvsub ?x11727 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11727 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11727 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1131 $x505 $x8053 $x3974)))
 (or (not $x62504) (not $x70311))))))))))))))))))))))
(check-sat)
