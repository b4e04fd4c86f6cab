; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x9283 (bvadd ?x10437 (_ bv18446744073709551496 64))))
 (let ((?x18705 (bvadd ?x9283 (_ bv7 64))))
 (let (($x18275 (bvult (bvsub ?x18705 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x18289 (bvlshr (bvsub ?x18705 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18409 (and (bvult ?x18289 ncpu) (bvult (bvsub ?x18705 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18289 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15908 (bvlshr (bvsub ?x18705 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18253 (and (bvult ?x15908 ncpu) (bvult (bvsub ?x18705 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15908 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13069 (bvlshr (bvsub ?x18705 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18006 (and (bvult ?x13069 ncpu) (bvult (bvsub ?x18705 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13069 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4127 (or (bvult (bvsub ?x18705 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18705 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18705 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18006 $x18253 $x18409 $x18275)))
 (let (($x18195 (bvult (bvsub ?x9283 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14856 (bvlshr (bvsub ?x9283 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18507 (and (bvult ?x14856 ncpu) (bvult (bvsub ?x9283 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14856 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18165 (bvlshr (bvsub ?x9283 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18408 (and (bvult ?x18165 ncpu) (bvult (bvsub ?x9283 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18165 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18591 (bvlshr (bvsub ?x9283 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18572 (and (bvult ?x18591 ncpu) (bvult (bvsub ?x9283 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18591 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13428 (or (bvult (bvsub ?x9283 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9283 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9283 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18572 $x18408 $x18507 $x18195)))
 (or (not $x13428) (not $x4127))))))))))))))))))))))
(check-sat)
