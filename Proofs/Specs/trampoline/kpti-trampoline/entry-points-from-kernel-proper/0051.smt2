; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:215:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x6846 (bvadd ?x4233 (_ bv18446744073709551560 64))))
 (let ((?x7764 (bvadd ?x6846 (_ bv7 64))))
 (let (($x3904 (bvult (bvsub ?x7764 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6941 (bvlshr (bvsub ?x7764 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5281 (and (bvult ?x6941 ncpu) (bvult (bvsub ?x7764 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6941 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8065 (bvlshr (bvsub ?x7764 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7181 (and (bvult ?x8065 ncpu) (bvult (bvsub ?x7764 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8065 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8470 (bvlshr (bvsub ?x7764 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7509 (and (bvult ?x8470 ncpu) (bvult (bvsub ?x7764 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8470 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3767 (or (bvult (bvsub ?x7764 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7764 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7764 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7509 $x7181 $x5281 $x3904)))
 (let (($x8465 (bvult (bvsub ?x6846 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8571 (bvlshr (bvsub ?x6846 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6146 (and (bvult ?x8571 ncpu) (bvult (bvsub ?x6846 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8571 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5387 (bvlshr (bvsub ?x6846 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6171 (and (bvult ?x5387 ncpu) (bvult (bvsub ?x6846 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5387 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5158 (bvlshr (bvsub ?x6846 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4511 (and (bvult ?x5158 ncpu) (bvult (bvsub ?x6846 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5158 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3170 (or (bvult (bvsub ?x6846 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6846 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6846 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4511 $x6171 $x6146 $x8465)))
 (or (not $x3170) (not $x3767))))))))))))))))))))))
(check-sat)
