; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:147:3
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
 (let ((?x29990 (bvadd ?x30466 (_ bv18446744073709551600 64))))
 (let ((?x50180 (bvadd ?x29990 (_ bv7 64))))
 (let (($x55933 (bvult (bvsub ?x50180 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x55871 (bvlshr (bvsub ?x50180 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x55911 (bvult (bvsub ?x50180 (bvadd (_ bv18446683600570023936 64) (bvmul ?x55871 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x55883 (bvult ?x55871 ncpu)))
 (let ((?x52323 (bvlshr (bvsub ?x50180 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52334 (bvult (bvsub ?x50180 (bvadd (_ bv18446741874687344640 64) (bvmul ?x52323 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x46032 (bvult ?x52323 ncpu)))
 (let ((?x55678 (bvlshr (bvsub ?x50180 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55600 (bvult (bvsub ?x50180 (bvadd (_ bv18446612686364999680 64) (bvmul ?x55678 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x55706 (bvult ?x55678 ncpu)))
 (let (($x65034 (or (bvult (bvsub ?x50180 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x50180 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x50180 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x55706 $x55600) (and $x46032 $x52334) (and $x55883 $x55911) $x55933)))
 (let (($x30667 (bvult (bvsub ?x29990 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x55488 (bvlshr (bvsub ?x29990 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x55491 (bvult (bvsub ?x29990 (bvadd (_ bv18446683600570023936 64) (bvmul ?x55488 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x55515 (bvult ?x55488 ncpu)))
 (let (($x53924 (and $x55515 $x55491)))
 (let ((?x55437 (bvlshr (bvsub ?x29990 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55395 (bvult (bvsub ?x29990 (bvadd (_ bv18446741874687344640 64) (bvmul ?x55437 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x55318 (bvult ?x55437 ncpu)))
 (let ((?x52966 (bvlshr (bvsub ?x29990 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x57215 (bvult (bvsub ?x29990 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52966 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x57365 (bvult ?x52966 ncpu)))
 (let (($x37306 (or (bvult (bvsub ?x29990 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x29990 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x29990 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x57365 $x57215) (and $x55318 $x55395) $x53924 $x30667)))
 (or (not $x37306) (not $x65034)))))))))))))))))))))))))))))
(check-sat)
