; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x9839 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x11955 (bvadd ?x9839 (_ bv7 64))))
 (let ((?x11571 (bvlshr (bvsub ?x11955 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3248 (and (bvult ?x11571 ncpu) (bvult (bvsub ?x11955 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11571 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12433 (bvlshr (bvsub ?x11955 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6220 (and (bvult ?x12433 ncpu) (bvult (bvsub ?x11955 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12433 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10535 (bvlshr (bvsub ?x11955 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10704 (and (bvult ?x10535 ncpu) (bvult (bvsub ?x11955 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10535 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10961 (bvlshr (bvsub ?x9839 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12990 (and (bvult ?x10961 ncpu) (bvult (bvsub ?x9839 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10961 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12165 (bvlshr (bvsub ?x9839 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2257 (and (bvult ?x12165 ncpu) (bvult (bvsub ?x9839 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12165 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2870 (bvlshr (bvsub ?x9839 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6154 (and (bvult ?x2870 ncpu) (bvult (bvsub ?x9839 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2870 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6154 $x2257 $x12990 (bvult (bvsub ?x9839 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10704 $x6220 $x3248 (bvult (bvsub ?x11955 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
