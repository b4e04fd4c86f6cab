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
 (let ((?x2599 (bvadd ?x5362 (_ bv18446744073709551592 64))))
 (let ((?x7669 (bvadd ?x2599 (_ bv7 64))))
 (let (($x4808 (bvult (bvsub ?x7669 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x1391 (bvlshr (bvsub ?x7669 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2137 (and (bvult ?x1391 ncpu) (bvult (bvsub ?x7669 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1391 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7893 (bvlshr (bvsub ?x7669 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2234 (and (bvult ?x7893 ncpu) (bvult (bvsub ?x7669 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7893 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2515 (bvlshr (bvsub ?x7669 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8466 (and (bvult ?x2515 ncpu) (bvult (bvsub ?x7669 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2515 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9549 (or (bvult (bvsub ?x7669 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7669 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7669 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8466 $x2234 $x2137 $x4808)))
 (let (($x5005 (bvult (bvsub ?x2599 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8417 (bvlshr (bvsub ?x2599 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8158 (and (bvult ?x8417 ncpu) (bvult (bvsub ?x2599 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8417 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4592 (bvlshr (bvsub ?x2599 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2377 (and (bvult ?x4592 ncpu) (bvult (bvsub ?x2599 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4592 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1083 (bvlshr (bvsub ?x2599 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3579 (and (bvult ?x1083 ncpu) (bvult (bvsub ?x2599 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1083 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9133 (or (bvult (bvsub ?x2599 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2599 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2599 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3579 $x2377 $x8158 $x5005)))
 (or (not $x9133) (not $x9549))))))))))))))))))))))
(check-sat)
