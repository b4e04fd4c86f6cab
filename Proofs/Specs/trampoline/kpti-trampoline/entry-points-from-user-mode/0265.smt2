; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x73065 (bvadd ?x11150 (_ bv8176 64))))
 (let ((?x32446 (bvadd ?x73065 (_ bv7 64))))
 (let ((?x58569 (bvlshr (bvsub ?x32446 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x38465 (and (bvult ?x58569 ncpu) (bvult (bvsub ?x32446 (bvadd (_ bv18446683600570023936 64) (bvmul ?x58569 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x62458 (bvlshr (bvsub ?x32446 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x74223 (and (bvult ?x62458 ncpu) (bvult (bvsub ?x32446 (bvadd (_ bv18446741874687344640 64) (bvmul ?x62458 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x57976 (bvlshr (bvsub ?x32446 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x43750 (and (bvult ?x57976 ncpu) (bvult (bvsub ?x32446 (bvadd (_ bv18446612686364999680 64) (bvmul ?x57976 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x42361 (bvlshr (bvsub ?x73065 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x74136 (and (bvult ?x42361 ncpu) (bvult (bvsub ?x73065 (bvadd (_ bv18446683600570023936 64) (bvmul ?x42361 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x46125 (bvlshr (bvsub ?x73065 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x73876 (and (bvult ?x46125 ncpu) (bvult (bvsub ?x73065 (bvadd (_ bv18446741874687344640 64) (bvmul ?x46125 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x53857 (bvlshr (bvsub ?x73065 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x29328 (and (bvult ?x53857 ncpu) (bvult (bvsub ?x73065 (bvadd (_ bv18446612686364999680 64) (bvmul ?x53857 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x29328 $x73876 $x74136 (bvult (bvsub ?x73065 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x43750 $x74223 $x38465 (bvult (bvsub ?x32446 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
