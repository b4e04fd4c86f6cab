; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:234:3
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
 (let ((?x14017 (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64))))
 (let ((?x11319 (bvadd ?x14017 (_ bv7 64))))
 (let ((?x21494 (bvlshr (bvsub ?x11319 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20048 (and (bvult ?x21494 ncpu) (bvult (bvsub ?x11319 (bvadd (_ bv18446683600570023936 64) (bvmul ?x21494 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19192 (bvlshr (bvsub ?x11319 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14079 (and (bvult ?x19192 ncpu) (bvult (bvsub ?x11319 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19192 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x20540 (bvlshr (bvsub ?x11319 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6141 (and (bvult ?x20540 ncpu) (bvult (bvsub ?x11319 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20540 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19499 (or (bvult (bvsub ?x11319 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11319 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11319 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6141 $x14079 $x20048 (bvult (bvsub ?x11319 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x20363 (bvlshr (bvsub ?x14017 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10974 (and (bvult ?x20363 ncpu) (bvult (bvsub ?x14017 (bvadd (_ bv18446683600570023936 64) (bvmul ?x20363 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1207 (bvlshr (bvsub ?x14017 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17729 (and (bvult ?x1207 ncpu) (bvult (bvsub ?x14017 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1207 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19264 (bvlshr (bvsub ?x14017 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19325 (and (bvult ?x19264 ncpu) (bvult (bvsub ?x14017 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19264 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7001 (or (bvult (bvsub ?x14017 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14017 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14017 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x19325 $x17729 $x10974 (bvult (bvsub ?x14017 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7001) (not $x19499)))))))))))))))))))
(check-sat)
