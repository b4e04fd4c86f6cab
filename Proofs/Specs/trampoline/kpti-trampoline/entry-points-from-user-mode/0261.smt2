; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x70055 (bvadd ?x11150 (_ bv8184 64))))
 (let ((?x64266 (bvadd ?x70055 (_ bv7 64))))
 (let ((?x73243 (bvlshr (bvsub ?x64266 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x73286 (and (bvult ?x73243 ncpu) (bvult (bvsub ?x64266 (bvadd (_ bv18446683600570023936 64) (bvmul ?x73243 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x66908 (bvlshr (bvsub ?x64266 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51789 (and (bvult ?x66908 ncpu) (bvult (bvsub ?x64266 (bvadd (_ bv18446741874687344640 64) (bvmul ?x66908 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x55626 (bvlshr (bvsub ?x64266 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69314 (and (bvult ?x55626 ncpu) (bvult (bvsub ?x64266 (bvadd (_ bv18446612686364999680 64) (bvmul ?x55626 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x57457 (bvlshr (bvsub ?x70055 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x65655 (and (bvult ?x57457 ncpu) (bvult (bvsub ?x70055 (bvadd (_ bv18446683600570023936 64) (bvmul ?x57457 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x54714 (bvlshr (bvsub ?x70055 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68929 (and (bvult ?x54714 ncpu) (bvult (bvsub ?x70055 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54714 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x74328 (bvlshr (bvsub ?x70055 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55934 (and (bvult ?x74328 ncpu) (bvult (bvsub ?x70055 (bvadd (_ bv18446612686364999680 64) (bvmul ?x74328 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x55934 $x68929 $x65655 (bvult (bvsub ?x70055 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x69314 $x51789 $x73286 (bvult (bvsub ?x64266 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
