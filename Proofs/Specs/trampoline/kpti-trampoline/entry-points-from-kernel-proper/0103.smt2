; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9696 (bvadd ?x2156 (_ bv18446744073709551536 64))))
 (let ((?x3271 (bvadd ?x9696 (_ bv7 64))))
 (let (($x6756 (bvult (bvsub ?x3271 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6870 (bvlshr (bvsub ?x3271 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1023 (and (bvult ?x6870 ncpu) (bvult (bvsub ?x3271 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6870 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6234 (bvlshr (bvsub ?x3271 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1457 (and (bvult ?x6234 ncpu) (bvult (bvsub ?x3271 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6234 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8680 (bvlshr (bvsub ?x3271 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11088 (and (bvult ?x8680 ncpu) (bvult (bvsub ?x3271 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8680 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11155 (or (bvult (bvsub ?x3271 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3271 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3271 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11088 $x1457 $x1023 $x6756)))
 (let (($x11109 (bvult (bvsub ?x9696 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10801 (bvlshr (bvsub ?x9696 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2305 (and (bvult ?x10801 ncpu) (bvult (bvsub ?x9696 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10801 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11596 (bvlshr (bvsub ?x9696 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8666 (and (bvult ?x11596 ncpu) (bvult (bvsub ?x9696 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11596 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2986 (bvlshr (bvsub ?x9696 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11671 (and (bvult ?x2986 ncpu) (bvult (bvsub ?x9696 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2986 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12212 (or (bvult (bvsub ?x9696 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9696 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9696 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11671 $x8666 $x2305 $x11109)))
 (or (not $x12212) (not $x11155))))))))))))))))))))))
(check-sat)
