; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:208:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7446 (bvadd ?x7602 (_ bv18446744073709551504 64))))
 (let ((?x7989 (bvadd ?x7446 (_ bv7 64))))
 (let (($x5562 (bvult (bvsub ?x7989 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2906 (bvlshr (bvsub ?x7989 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5418 (and (bvult ?x2906 ncpu) (bvult (bvsub ?x7989 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2906 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9412 (bvlshr (bvsub ?x7989 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9403 (and (bvult ?x9412 ncpu) (bvult (bvsub ?x7989 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9412 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3502 (bvlshr (bvsub ?x7989 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5962 (and (bvult ?x3502 ncpu) (bvult (bvsub ?x7989 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3502 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6190 (or (bvult (bvsub ?x7989 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7989 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7989 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5962 $x9403 $x5418 $x5562)))
 (let (($x8299 (bvult (bvsub ?x7446 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7307 (bvlshr (bvsub ?x7446 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9847 (and (bvult ?x7307 ncpu) (bvult (bvsub ?x7446 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7307 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8673 (bvlshr (bvsub ?x7446 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9354 (and (bvult ?x8673 ncpu) (bvult (bvsub ?x7446 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8673 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3466 (bvlshr (bvsub ?x7446 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x286 (and (bvult ?x3466 ncpu) (bvult (bvsub ?x7446 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3466 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6301 (or (bvult (bvsub ?x7446 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7446 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7446 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x286 $x9354 $x9847 $x8299)))
 (or (not $x6301) (not $x6190))))))))))))))))))))))
(check-sat)
