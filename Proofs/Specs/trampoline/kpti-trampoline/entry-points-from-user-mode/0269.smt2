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
 (let ((?x4822 (bvmul c!6 (_ bv65536 64))))
 (let ((?x11150 (bvadd (_ bv18446741874687344640 64) ?x4822)))
 (let ((?x63094 (bvadd ?x11150 (_ bv8168 64))))
 (let ((?x68610 (bvadd ?x63094 (_ bv7 64))))
 (let ((?x72628 (bvlshr (bvsub ?x68610 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x62763 (and (bvult ?x72628 ncpu) (bvult (bvsub ?x68610 (bvadd (_ bv18446683600570023936 64) (bvmul ?x72628 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x72541 (bvlshr (bvsub ?x68610 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x63994 (and (bvult ?x72541 ncpu) (bvult (bvsub ?x68610 (bvadd (_ bv18446741874687344640 64) (bvmul ?x72541 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x68770 (bvlshr (bvsub ?x68610 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72547 (and (bvult ?x68770 ncpu) (bvult (bvsub ?x68610 (bvadd (_ bv18446612686364999680 64) (bvmul ?x68770 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x60329 (bvlshr (bvsub ?x63094 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x50114 (and (bvult ?x60329 ncpu) (bvult (bvsub ?x63094 (bvadd (_ bv18446683600570023936 64) (bvmul ?x60329 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x61003 (bvlshr (bvsub ?x63094 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x59399 (and (bvult ?x61003 ncpu) (bvult (bvsub ?x63094 (bvadd (_ bv18446741874687344640 64) (bvmul ?x61003 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x72624 (bvlshr (bvsub ?x63094 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x74199 (and (bvult ?x72624 ncpu) (bvult (bvsub ?x63094 (bvadd (_ bv18446612686364999680 64) (bvmul ?x72624 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x74199 $x59399 $x50114 (bvult (bvsub ?x63094 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x72547 $x63994 $x62763 (bvult (bvsub ?x68610 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
