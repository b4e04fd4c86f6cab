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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x11585 (bvadd ?x15367 (_ bv18446744073709551608 64))))
 (let ((?x16534 (bvadd ?x11585 (_ bv7 64))))
 (let (($x14421 (bvult (bvsub ?x16534 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14331 (bvlshr (bvsub ?x16534 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16184 (and (bvult ?x14331 ncpu) (bvult (bvsub ?x16534 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14331 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11254 (bvlshr (bvsub ?x16534 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15788 (and (bvult ?x11254 ncpu) (bvult (bvsub ?x16534 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11254 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15385 (bvlshr (bvsub ?x16534 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11073 (and (bvult ?x15385 ncpu) (bvult (bvsub ?x16534 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15385 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18848 (or (bvult (bvsub ?x16534 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16534 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16534 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11073 $x15788 $x16184 $x14421)))
 (let (($x3690 (bvult (bvsub ?x11585 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13016 (bvlshr (bvsub ?x11585 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15456 (and (bvult ?x13016 ncpu) (bvult (bvsub ?x11585 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13016 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14790 (bvlshr (bvsub ?x11585 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9544 (and (bvult ?x14790 ncpu) (bvult (bvsub ?x11585 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14790 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2979 (bvlshr (bvsub ?x11585 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15389 (and (bvult ?x2979 ncpu) (bvult (bvsub ?x11585 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2979 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18384 (or (bvult (bvsub ?x11585 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11585 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11585 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15389 $x9544 $x15456 $x3690)))
 (or (not $x18384) (not $x18848))))))))))))))))))))))
(check-sat)
