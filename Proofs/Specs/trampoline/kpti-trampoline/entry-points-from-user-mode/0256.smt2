; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:150:3
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
 (let ((?x11111 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x55049 (bvadd ?x11111 (_ bv16344 64))))
 (let ((?x64672 (bvadd ?x55049 (_ bv7 64))))
 (let ((?x64791 (bvlshr (bvsub ?x64672 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x73788 (and (bvult ?x64791 ncpu) (bvult (bvsub ?x64672 (bvadd (_ bv18446683600570023936 64) (bvmul ?x64791 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x63782 (bvlshr (bvsub ?x64672 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55544 (and (bvult ?x63782 ncpu) (bvult (bvsub ?x64672 (bvadd (_ bv18446741874687344640 64) (bvmul ?x63782 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70151 (bvlshr (bvsub ?x64672 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x73304 (and (bvult ?x70151 ncpu) (bvult (bvsub ?x64672 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70151 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x68253 (bvlshr (bvsub ?x55049 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x67742 (and (bvult ?x68253 ncpu) (bvult (bvsub ?x55049 (bvadd (_ bv18446683600570023936 64) (bvmul ?x68253 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x74101 (bvlshr (bvsub ?x55049 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x42964 (and (bvult ?x74101 ncpu) (bvult (bvsub ?x55049 (bvadd (_ bv18446741874687344640 64) (bvmul ?x74101 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x69555 (bvlshr (bvsub ?x55049 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72253 (and (bvult ?x69555 ncpu) (bvult (bvsub ?x55049 (bvadd (_ bv18446612686364999680 64) (bvmul ?x69555 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x72253 $x42964 $x67742 (bvult (bvsub ?x55049 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x73304 $x55544 $x73788 (bvult (bvsub ?x64672 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
