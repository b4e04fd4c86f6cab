; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:153:3
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
 (let ((?x35786 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x47579 (bvadd ?x35786 (_ bv18446744073709551592 64))))
 (let ((?x48062 (bvadd ?x47579 (_ bv7 64))))
 (let (($x49738 (bvult (bvsub ?x48062 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x46088 (bvlshr (bvsub ?x48062 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x41589 (bvult (bvsub ?x48062 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46088 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x46359 (bvult ?x46088 ncpu)))
 (let ((?x35412 (bvlshr (bvsub ?x48062 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x40969 (bvult (bvsub ?x48062 (bvadd (_ bv18446741874687344640 64) (bvmul ?x35412 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x30931 (bvult ?x35412 ncpu)))
 (let ((?x47099 (bvlshr (bvsub ?x48062 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x47022 (bvult (bvsub ?x48062 (bvadd (_ bv18446612686364999680 64) (bvmul ?x47099 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x47148 (bvult ?x47099 ncpu)))
 (let (($x43224 (or (bvult (bvsub ?x48062 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x48062 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x48062 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x47148 $x47022) (and $x30931 $x40969) (and $x46359 $x41589) $x49738)))
 (let (($x46125 (bvult (bvsub ?x47579 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x47651 (bvlshr (bvsub ?x47579 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x46294 (bvult (bvsub ?x47579 (bvadd (_ bv18446683600570023936 64) (bvmul ?x47651 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x47222 (bvult ?x47651 ncpu)))
 (let (($x48123 (and $x47222 $x46294)))
 (let ((?x47414 (bvlshr (bvsub ?x47579 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x47400 (bvult (bvsub ?x47579 (bvadd (_ bv18446741874687344640 64) (bvmul ?x47414 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x47469 (bvult ?x47414 ncpu)))
 (let ((?x52272 (bvlshr (bvsub ?x47579 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x39918 (bvult (bvsub ?x47579 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52272 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x13676 (bvult ?x52272 ncpu)))
 (let (($x67928 (or (bvult (bvsub ?x47579 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x47579 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x47579 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x13676 $x39918) (and $x47469 $x47400) $x48123 $x46125)))
 (or (not $x67928) (not $x43224)))))))))))))))))))))))))))))
(check-sat)
