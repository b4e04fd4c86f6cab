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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x5485 (bvadd ?x9097 (_ bv18446744073709551560 64))))
 (let ((?x10705 (bvadd ?x5485 (_ bv7 64))))
 (let (($x6460 (bvult (bvsub ?x10705 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4798 (bvlshr (bvsub ?x10705 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11738 (and (bvult ?x4798 ncpu) (bvult (bvsub ?x10705 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4798 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7301 (bvlshr (bvsub ?x10705 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2652 (and (bvult ?x7301 ncpu) (bvult (bvsub ?x10705 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7301 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11154 (bvlshr (bvsub ?x10705 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3831 (and (bvult ?x11154 ncpu) (bvult (bvsub ?x10705 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11154 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1213 (or (bvult (bvsub ?x10705 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10705 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10705 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3831 $x2652 $x11738 $x6460)))
 (let (($x1837 (bvult (bvsub ?x5485 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2337 (bvlshr (bvsub ?x5485 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3321 (and (bvult ?x2337 ncpu) (bvult (bvsub ?x5485 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2337 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11369 (bvlshr (bvsub ?x5485 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x560 (and (bvult ?x11369 ncpu) (bvult (bvsub ?x5485 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11369 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3884 (bvlshr (bvsub ?x5485 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x278 (and (bvult ?x3884 ncpu) (bvult (bvsub ?x5485 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3884 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10832 (or (bvult (bvsub ?x5485 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5485 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5485 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x278 $x560 $x3321 $x1837)))
 (or (not $x10832) (not $x1213))))))))))))))))))))))
(check-sat)
