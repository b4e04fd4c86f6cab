; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:143:3
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
 (let ((?x53979 (bvadd ?x30466 (_ bv18446744073709551568 64))))
 (let ((?x43166 (bvadd ?x53979 (_ bv7 64))))
 (let (($x58080 (bvult (bvsub ?x43166 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x43883 (bvlshr (bvsub ?x43166 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x57707 (bvult (bvsub ?x43166 (bvadd (_ bv18446683600570023936 64) (bvmul ?x43883 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x52157 (bvult ?x43883 ncpu)))
 (let ((?x52298 (bvlshr (bvsub ?x43166 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52425 (bvult (bvsub ?x43166 (bvadd (_ bv18446741874687344640 64) (bvmul ?x52298 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x52263 (bvult ?x52298 ncpu)))
 (let ((?x57667 (bvlshr (bvsub ?x43166 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48573 (bvult (bvsub ?x43166 (bvadd (_ bv18446612686364999680 64) (bvmul ?x57667 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x31356 (bvult ?x57667 ncpu)))
 (let (($x59101 (or (bvult (bvsub ?x43166 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x43166 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x43166 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x31356 $x48573) (and $x52263 $x52425) (and $x52157 $x57707) $x58080)))
 (let (($x54748 (bvult (bvsub ?x53979 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x53258 (bvlshr (bvsub ?x53979 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x39761 (bvult (bvsub ?x53979 (bvadd (_ bv18446683600570023936 64) (bvmul ?x53258 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x38887 (bvult ?x53258 ncpu)))
 (let (($x42048 (and $x38887 $x39761)))
 (let ((?x57370 (bvlshr (bvsub ?x53979 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x50372 (bvult (bvsub ?x53979 (bvadd (_ bv18446741874687344640 64) (bvmul ?x57370 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x57333 (bvult ?x57370 ncpu)))
 (let ((?x56574 (bvlshr (bvsub ?x53979 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51466 (bvult (bvsub ?x53979 (bvadd (_ bv18446612686364999680 64) (bvmul ?x56574 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x40246 (bvult ?x56574 ncpu)))
 (let (($x68872 (or (bvult (bvsub ?x53979 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x53979 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x53979 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x40246 $x51466) (and $x57333 $x50372) $x42048 $x54748)))
 (or (not $x68872) (not $x59101)))))))))))))))))))))))))))))
(check-sat)
