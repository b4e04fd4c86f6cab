; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:214:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x13144 (bvadd ?x14394 (_ bv18446744073709551552 64))))
 (let ((?x16609 (bvadd ?x13144 (_ bv7 64))))
 (let (($x17007 (bvult (bvsub ?x16609 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16906 (bvlshr (bvsub ?x16609 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12132 (and (bvult ?x16906 ncpu) (bvult (bvsub ?x16609 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16906 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17954 (bvlshr (bvsub ?x16609 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18692 (and (bvult ?x17954 ncpu) (bvult (bvsub ?x16609 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17954 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10094 (bvlshr (bvsub ?x16609 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17982 (and (bvult ?x10094 ncpu) (bvult (bvsub ?x16609 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10094 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19336 (or (bvult (bvsub ?x16609 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16609 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16609 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17982 $x18692 $x12132 $x17007)))
 (let (($x12520 (bvult (bvsub ?x13144 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10324 (bvlshr (bvsub ?x13144 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18695 (and (bvult ?x10324 ncpu) (bvult (bvsub ?x13144 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10324 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2911 (bvlshr (bvsub ?x13144 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11554 (and (bvult ?x2911 ncpu) (bvult (bvsub ?x13144 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2911 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14293 (bvlshr (bvsub ?x13144 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1386 (and (bvult ?x14293 ncpu) (bvult (bvsub ?x13144 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14293 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18373 (or (bvult (bvsub ?x13144 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13144 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13144 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1386 $x11554 $x18695 $x12520)))
 (or (not $x18373) (not $x19336))))))))))))))))))))))
(check-sat)
