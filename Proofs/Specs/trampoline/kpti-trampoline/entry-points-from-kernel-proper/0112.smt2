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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x2927 (bvadd ?x5362 (_ bv18446744073709551600 64))))
 (let ((?x7830 (bvadd ?x2927 (_ bv7 64))))
 (let (($x7933 (bvult (bvsub ?x7830 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5094 (bvlshr (bvsub ?x7830 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5791 (and (bvult ?x5094 ncpu) (bvult (bvsub ?x7830 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5094 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5132 (bvlshr (bvsub ?x7830 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2489 (and (bvult ?x5132 ncpu) (bvult (bvsub ?x7830 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5132 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3846 (bvlshr (bvsub ?x7830 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8082 (and (bvult ?x3846 ncpu) (bvult (bvsub ?x7830 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3846 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12058 (or (bvult (bvsub ?x7830 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7830 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7830 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8082 $x2489 $x5791 $x7933)))
 (let (($x9235 (bvult (bvsub ?x2927 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7882 (bvlshr (bvsub ?x2927 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8572 (and (bvult ?x7882 ncpu) (bvult (bvsub ?x2927 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7882 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2365 (bvlshr (bvsub ?x2927 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5115 (and (bvult ?x2365 ncpu) (bvult (bvsub ?x2927 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2365 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2859 (bvlshr (bvsub ?x2927 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3524 (and (bvult ?x2859 ncpu) (bvult (bvsub ?x2927 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2859 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1953 (or (bvult (bvsub ?x2927 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2927 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2927 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3524 $x5115 $x8572 $x9235)))
 (or (not $x1953) (not $x12058))))))))))))))))))))))
(check-sat)
