; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7266 (bvadd ?x7602 (_ bv18446744073709551536 64))))
 (let ((?x40 (bvadd ?x7266 (_ bv7 64))))
 (let (($x5985 (bvult (bvsub ?x40 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5576 (bvlshr (bvsub ?x40 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6586 (and (bvult ?x5576 ncpu) (bvult (bvsub ?x40 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5576 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7543 (bvlshr (bvsub ?x40 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3615 (and (bvult ?x7543 ncpu) (bvult (bvsub ?x40 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7543 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7337 (bvlshr (bvsub ?x40 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5677 (and (bvult ?x7337 ncpu) (bvult (bvsub ?x40 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7337 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3258 (or (bvult (bvsub ?x40 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5677 $x3615 $x6586 $x5985)))
 (let (($x5769 (bvult (bvsub ?x7266 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8695 (bvlshr (bvsub ?x7266 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7751 (and (bvult ?x8695 ncpu) (bvult (bvsub ?x7266 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8695 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4316 (bvlshr (bvsub ?x7266 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8474 (and (bvult ?x4316 ncpu) (bvult (bvsub ?x7266 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4316 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6925 (bvlshr (bvsub ?x7266 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2981 (and (bvult ?x6925 ncpu) (bvult (bvsub ?x7266 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6925 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7817 (or (bvult (bvsub ?x7266 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7266 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7266 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2981 $x8474 $x7751 $x5769)))
 (or (not $x7817) (not $x3258))))))))))))))))))))))
(check-sat)
