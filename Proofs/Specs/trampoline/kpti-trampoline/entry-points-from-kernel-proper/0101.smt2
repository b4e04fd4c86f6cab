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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x8931 (bvadd ?x2156 (_ bv18446744073709551520 64))))
 (let ((?x8343 (bvadd ?x8931 (_ bv7 64))))
 (let (($x11956 (bvult (bvsub ?x8343 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11968 (bvlshr (bvsub ?x8343 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4388 (and (bvult ?x11968 ncpu) (bvult (bvsub ?x8343 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11968 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1102 (bvlshr (bvsub ?x8343 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11976 (and (bvult ?x1102 ncpu) (bvult (bvsub ?x8343 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1102 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11930 (bvlshr (bvsub ?x8343 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11975 (and (bvult ?x11930 ncpu) (bvult (bvsub ?x8343 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11930 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5053 (or (bvult (bvsub ?x8343 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8343 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8343 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11975 $x11976 $x4388 $x11956)))
 (let (($x11943 (bvult (bvsub ?x8931 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6454 (bvlshr (bvsub ?x8931 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11435 (and (bvult ?x6454 ncpu) (bvult (bvsub ?x8931 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6454 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9942 (bvlshr (bvsub ?x8931 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11904 (and (bvult ?x9942 ncpu) (bvult (bvsub ?x8931 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9942 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10343 (bvlshr (bvsub ?x8931 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4621 (and (bvult ?x10343 ncpu) (bvult (bvsub ?x8931 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10343 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11962 (or (bvult (bvsub ?x8931 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8931 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8931 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4621 $x11904 $x11435 $x11943)))
 (or (not $x11962) (not $x5053))))))))))))))))))))))
(check-sat)
