; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10962 (bvadd ?x944 (_ bv18446744073709551488 64))))
 (let ((?x10280 (bvadd ?x10962 (_ bv7 64))))
 (let (($x12623 (bvult (bvsub ?x10280 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7730 (bvlshr (bvsub ?x10280 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9640 (and (bvult ?x7730 ncpu) (bvult (bvsub ?x10280 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7730 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2318 (bvlshr (bvsub ?x10280 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9862 (and (bvult ?x2318 ncpu) (bvult (bvsub ?x10280 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2318 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12697 (bvlshr (bvsub ?x10280 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12905 (and (bvult ?x12697 ncpu) (bvult (bvsub ?x10280 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12697 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13205 (or (bvult (bvsub ?x10280 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10280 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10280 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12905 $x9862 $x9640 $x12623)))
 (let (($x11723 (bvult (bvsub ?x10962 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6009 (bvlshr (bvsub ?x10962 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8857 (and (bvult ?x6009 ncpu) (bvult (bvsub ?x10962 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6009 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11974 (bvlshr (bvsub ?x10962 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8499 (and (bvult ?x11974 ncpu) (bvult (bvsub ?x10962 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11974 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8432 (bvlshr (bvsub ?x10962 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10940 (and (bvult ?x8432 ncpu) (bvult (bvsub ?x10962 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8432 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10258 (or (bvult (bvsub ?x10962 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10962 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10962 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10940 $x8499 $x8857 $x11723)))
 (or (not $x10258) (not $x13205))))))))))))))))))))))
(check-sat)
