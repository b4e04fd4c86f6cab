; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:220:3
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
 (let ((?x10771 (bvadd ?x5362 (_ bv18446744073709551560 64))))
 (let ((?x9705 (bvadd ?x10771 (_ bv7 64))))
 (let (($x10543 (bvult (bvsub ?x9705 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8496 (bvlshr (bvsub ?x9705 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11011 (and (bvult ?x8496 ncpu) (bvult (bvsub ?x9705 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8496 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11170 (bvlshr (bvsub ?x9705 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9357 (and (bvult ?x11170 ncpu) (bvult (bvsub ?x9705 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11170 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x147 (bvlshr (bvsub ?x9705 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2345 (and (bvult ?x147 ncpu) (bvult (bvsub ?x9705 (bvadd (_ bv18446612686364999680 64) (bvmul ?x147 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11443 (or (bvult (bvsub ?x9705 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9705 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9705 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2345 $x9357 $x11011 $x10543)))
 (let (($x11217 (bvult (bvsub ?x10771 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x570 (bvlshr (bvsub ?x10771 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9184 (and (bvult ?x570 ncpu) (bvult (bvsub ?x10771 (bvadd (_ bv18446683600570023936 64) (bvmul ?x570 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2250 (bvlshr (bvsub ?x10771 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7457 (and (bvult ?x2250 ncpu) (bvult (bvsub ?x10771 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2250 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11084 (bvlshr (bvsub ?x10771 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9479 (and (bvult ?x11084 ncpu) (bvult (bvsub ?x10771 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11084 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8397 (or (bvult (bvsub ?x10771 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10771 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10771 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9479 $x7457 $x9184 $x11217)))
 (or (not $x8397) (not $x11443))))))))))))))))))))))
(check-sat)
