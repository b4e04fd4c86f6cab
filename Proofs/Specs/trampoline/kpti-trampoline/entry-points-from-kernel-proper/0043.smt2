; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:207:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4202 (bvadd ?x7602 (_ bv18446744073709551496 64))))
 (let ((?x8067 (bvadd ?x4202 (_ bv7 64))))
 (let (($x5853 (bvult (bvsub ?x8067 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x268 (bvlshr (bvsub ?x8067 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2888 (and (bvult ?x268 ncpu) (bvult (bvsub ?x8067 (bvadd (_ bv18446683600570023936 64) (bvmul ?x268 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5931 (bvlshr (bvsub ?x8067 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9366 (and (bvult ?x5931 ncpu) (bvult (bvsub ?x8067 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5931 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6295 (bvlshr (bvsub ?x8067 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4005 (and (bvult ?x6295 ncpu) (bvult (bvsub ?x8067 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6295 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2566 (or (bvult (bvsub ?x8067 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8067 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8067 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4005 $x9366 $x2888 $x5853)))
 (let (($x7073 (bvult (bvsub ?x4202 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6946 (bvlshr (bvsub ?x4202 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8047 (and (bvult ?x6946 ncpu) (bvult (bvsub ?x4202 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6946 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8030 (bvlshr (bvsub ?x4202 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7644 (and (bvult ?x8030 ncpu) (bvult (bvsub ?x4202 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8030 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7326 (bvlshr (bvsub ?x4202 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3194 (and (bvult ?x7326 ncpu) (bvult (bvsub ?x4202 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7326 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2233 (or (bvult (bvsub ?x4202 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4202 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4202 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3194 $x7644 $x8047 $x7073)))
 (or (not $x2233) (not $x2566))))))))))))))))))))))
(check-sat)
