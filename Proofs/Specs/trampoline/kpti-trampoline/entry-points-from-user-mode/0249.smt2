; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:148:3
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
 (let ((?x30466 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x56042 (bvadd ?x30466 (_ bv18446744073709551592 64))))
 (let ((?x55317 (bvadd ?x56042 (_ bv7 64))))
 (let (($x56489 (bvult (bvsub ?x55317 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x41259 (bvlshr (bvsub ?x55317 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x56485 (bvult (bvsub ?x55317 (bvadd (_ bv18446683600570023936 64) (bvmul ?x41259 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x46852 (bvult ?x41259 ncpu)))
 (let ((?x56355 (bvlshr (bvsub ?x55317 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53180 (bvult (bvsub ?x55317 (bvadd (_ bv18446741874687344640 64) (bvmul ?x56355 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x54615 (bvult ?x56355 ncpu)))
 (let ((?x37324 (bvlshr (bvsub ?x55317 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x44459 (bvult (bvsub ?x55317 (bvadd (_ bv18446612686364999680 64) (bvmul ?x37324 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x55191 (bvult ?x37324 ncpu)))
 (let (($x27151 (or (bvult (bvsub ?x55317 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x55317 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x55317 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x55191 $x44459) (and $x54615 $x53180) (and $x46852 $x56485) $x56489)))
 (let (($x44765 (bvult (bvsub ?x56042 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x51689 (bvlshr (bvsub ?x56042 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x58009 (bvult (bvsub ?x56042 (bvadd (_ bv18446683600570023936 64) (bvmul ?x51689 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x55827 (bvult ?x51689 ncpu)))
 (let (($x53739 (and $x55827 $x58009)))
 (let ((?x25766 (bvlshr (bvsub ?x56042 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52112 (bvult (bvsub ?x56042 (bvadd (_ bv18446741874687344640 64) (bvmul ?x25766 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x33994 (bvult ?x25766 ncpu)))
 (let ((?x53407 (bvlshr (bvsub ?x56042 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x56377 (bvult (bvsub ?x56042 (bvadd (_ bv18446612686364999680 64) (bvmul ?x53407 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x57796 (bvult ?x53407 ncpu)))
 (let (($x70355 (or (bvult (bvsub ?x56042 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x56042 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x56042 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x57796 $x56377) (and $x33994 $x52112) $x53739 $x44765)))
 (or (not $x70355) (not $x27151)))))))))))))))))))))))))))))
(check-sat)
