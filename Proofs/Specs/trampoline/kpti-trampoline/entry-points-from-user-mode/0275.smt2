; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:158:3
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
 (let ((?x3688 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x71115 (bvadd ?x3688 (_ bv16344 64))))
 (let ((?x48152 (bvadd ?x71115 (_ bv7 64))))
 (let (($x68555 (bvult (bvsub ?x48152 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x64204 (bvlshr (bvsub ?x48152 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x61539 (and (bvult ?x64204 ncpu) (bvult (bvsub ?x48152 (bvadd (_ bv18446683600570023936 64) (bvmul ?x64204 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x70103 (bvlshr (bvsub ?x48152 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68389 (and (bvult ?x70103 ncpu) (bvult (bvsub ?x48152 (bvadd (_ bv18446741874687344640 64) (bvmul ?x70103 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x56031 (bvlshr (bvsub ?x48152 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67975 (and (bvult ?x56031 ncpu) (bvult (bvsub ?x48152 (bvadd (_ bv18446612686364999680 64) (bvmul ?x56031 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x41304 (or (bvult (bvsub ?x48152 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x48152 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x48152 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x67975 $x68389 $x61539 $x68555)))
 (let (($x56765 (bvult (bvsub ?x71115 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x56853 (bvlshr (bvsub ?x71115 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x60978 (and (bvult ?x56853 ncpu) (bvult (bvsub ?x71115 (bvadd (_ bv18446683600570023936 64) (bvmul ?x56853 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x66925 (bvlshr (bvsub ?x71115 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65347 (and (bvult ?x66925 ncpu) (bvult (bvsub ?x71115 (bvadd (_ bv18446741874687344640 64) (bvmul ?x66925 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x33277 (bvlshr (bvsub ?x71115 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x35292 (and (bvult ?x33277 ncpu) (bvult (bvsub ?x71115 (bvadd (_ bv18446612686364999680 64) (bvmul ?x33277 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x64395 (or (bvult (bvsub ?x71115 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x71115 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x71115 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x35292 $x65347 $x60978 $x56765)))
 (or (not $x64395) (not $x41304))))))))))))))))))))))
(check-sat)
