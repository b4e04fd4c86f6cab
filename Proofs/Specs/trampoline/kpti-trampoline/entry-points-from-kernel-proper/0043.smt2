; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:207:3
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
 (let ((?x4654 (bvadd ?x4233 (_ bv18446744073709551496 64))))
 (let ((?x3606 (bvadd ?x4654 (_ bv7 64))))
 (let (($x4566 (bvult (bvsub ?x3606 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5679 (bvlshr (bvsub ?x3606 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6688 (and (bvult ?x5679 ncpu) (bvult (bvsub ?x3606 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5679 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6097 (bvlshr (bvsub ?x3606 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10124 (and (bvult ?x6097 ncpu) (bvult (bvsub ?x3606 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6097 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9502 (bvlshr (bvsub ?x3606 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10131 (and (bvult ?x9502 ncpu) (bvult (bvsub ?x3606 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9502 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2195 (or (bvult (bvsub ?x3606 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3606 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3606 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10131 $x10124 $x6688 $x4566)))
 (let (($x8937 (bvult (bvsub ?x4654 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9735 (bvlshr (bvsub ?x4654 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4364 (and (bvult ?x9735 ncpu) (bvult (bvsub ?x4654 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9735 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3583 (bvlshr (bvsub ?x4654 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7869 (and (bvult ?x3583 ncpu) (bvult (bvsub ?x4654 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3583 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3024 (bvlshr (bvsub ?x4654 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7063 (and (bvult ?x3024 ncpu) (bvult (bvsub ?x4654 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3024 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2133 (or (bvult (bvsub ?x4654 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4654 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4654 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7063 $x7869 $x4364 $x8937)))
 (or (not $x2133) (not $x2195))))))))))))))))))))))
(check-sat)
