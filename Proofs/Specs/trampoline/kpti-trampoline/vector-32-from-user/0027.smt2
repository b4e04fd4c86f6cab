; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:147:3
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
 (let ((?x6078 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x11377 (bvadd ?x6078 (_ bv18446744073709551600 64))))
 (let ((?x4194 (bvadd ?x11377 (_ bv7 64))))
 (let (($x12973 (bvult (bvsub ?x4194 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12993 (bvlshr (bvsub ?x4194 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12987 (bvult (bvsub ?x4194 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12993 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x13004 (bvult ?x12993 ncpu)))
 (let ((?x13022 (bvlshr (bvsub ?x4194 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13007 (bvult (bvsub ?x4194 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13022 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x13033 (bvult ?x13022 ncpu)))
 (let ((?x14549 (bvlshr (bvsub ?x4194 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15679 (bvult (bvsub ?x4194 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14549 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x14543 (bvult ?x14549 ncpu)))
 (let (($x15271 (or (bvult (bvsub ?x4194 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4194 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4194 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x14543 $x15679) (and $x13033 $x13007) (and $x13004 $x12987) $x12973)))
 (let (($x14520 (bvult (bvsub ?x11377 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14643 (bvlshr (bvsub ?x11377 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14464 (bvult (bvsub ?x11377 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14643 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x14613 (bvult ?x14643 ncpu)))
 (let (($x14797 (and $x14613 $x14464)))
 (let ((?x14393 (bvlshr (bvsub ?x11377 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14380 (bvult (bvsub ?x11377 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14393 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x14258 (bvult ?x14393 ncpu)))
 (let ((?x14173 (bvlshr (bvsub ?x11377 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15215 (bvult (bvsub ?x11377 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14173 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x14991 (bvult ?x14173 ncpu)))
 (let (($x8859 (or (bvult (bvsub ?x11377 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11377 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11377 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x14991 $x15215) (and $x14258 $x14380) $x14797 $x14520)))
 (or (not $x8859) (not $x15271)))))))))))))))))))))))))))))
(check-sat)
