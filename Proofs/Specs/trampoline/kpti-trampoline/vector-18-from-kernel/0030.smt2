; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x6795 (bvadd ?x2989 (_ bv18446744073709551512 64))))
 (let ((?x8241 (bvadd ?x6795 (_ bv7 64))))
 (let ((?x7141 (bvlshr (bvsub ?x8241 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6697 (and (bvult ?x7141 ncpu) (bvult (bvsub ?x8241 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7141 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9007 (bvlshr (bvsub ?x8241 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5729 (and (bvult ?x9007 ncpu) (bvult (bvsub ?x8241 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9007 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3012 (bvlshr (bvsub ?x8241 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3810 (and (bvult ?x3012 ncpu) (bvult (bvsub ?x8241 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3012 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7044 (bvlshr (bvsub ?x6795 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3886 (and (bvult ?x7044 ncpu) (bvult (bvsub ?x6795 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7044 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7478 (bvlshr (bvsub ?x6795 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4910 (and (bvult ?x7478 ncpu) (bvult (bvsub ?x6795 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7478 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8051 (bvlshr (bvsub ?x6795 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6174 (and (bvult ?x8051 ncpu) (bvult (bvsub ?x6795 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8051 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6174 $x4910 $x3886 (bvult (bvsub ?x6795 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3810 $x5729 $x6697 (bvult (bvsub ?x8241 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
