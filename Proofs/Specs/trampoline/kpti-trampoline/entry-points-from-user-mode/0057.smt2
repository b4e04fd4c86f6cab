; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:205:3
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
 (let ((?x9593 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x17241 (bvadd ?x9593 (_ bv18446744073709551488 64))))
 (let ((?x10782 (bvadd ?x17241 (_ bv7 64))))
 (let (($x19883 (bvult (bvsub ?x10782 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17680 (bvlshr (bvsub ?x10782 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20158 (bvult (bvsub ?x10782 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17680 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x9265 (bvult ?x17680 ncpu)))
 (let ((?x16786 (bvlshr (bvsub ?x10782 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18318 (bvult (bvsub ?x10782 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16786 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x12371 (bvult ?x16786 ncpu)))
 (let ((?x18174 (bvlshr (bvsub ?x10782 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x21113 (bvult (bvsub ?x10782 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18174 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x10132 (bvult ?x18174 ncpu)))
 (let (($x19257 (or (bvult (bvsub ?x10782 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10782 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10782 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x10132 $x21113) (and $x12371 $x18318) (and $x9265 $x20158) $x19883)))
 (let (($x12983 (bvult (bvsub ?x17241 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7604 (bvlshr (bvsub ?x17241 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7218 (bvult (bvsub ?x17241 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7604 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x5177 (bvult ?x7604 ncpu)))
 (let (($x13979 (and $x5177 $x7218)))
 (let ((?x9744 (bvlshr (bvsub ?x17241 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20036 (bvult (bvsub ?x17241 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9744 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x18989 (bvult ?x9744 ncpu)))
 (let ((?x7116 (bvlshr (bvsub ?x17241 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18066 (bvult (bvsub ?x17241 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7116 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x20086 (bvult ?x7116 ncpu)))
 (let (($x4048 (or (bvult (bvsub ?x17241 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17241 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17241 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x20086 $x18066) (and $x18989 $x20036) $x13979 $x12983)))
 (or (not $x4048) (not $x19257)))))))))))))))))))))))))))))
(check-sat)
