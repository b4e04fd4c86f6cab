; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:205:3
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x9748 (bvadd ?x2989 (_ bv18446744073709551488 64))))
 (let ((?x6860 (bvadd ?x9748 (_ bv7 64))))
 (let (($x9911 (bvult (bvsub ?x6860 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4980 (bvlshr (bvsub ?x6860 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6670 (and (bvult ?x4980 ncpu) (bvult (bvsub ?x6860 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4980 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3790 (bvlshr (bvsub ?x6860 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4504 (and (bvult ?x3790 ncpu) (bvult (bvsub ?x6860 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3790 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9106 (bvlshr (bvsub ?x6860 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5976 (and (bvult ?x9106 ncpu) (bvult (bvsub ?x6860 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9106 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5552 (or (bvult (bvsub ?x6860 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6860 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6860 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5976 $x4504 $x6670 $x9911)))
 (let (($x2926 (bvult (bvsub ?x9748 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8324 (bvlshr (bvsub ?x9748 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5207 (and (bvult ?x8324 ncpu) (bvult (bvsub ?x9748 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8324 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6711 (bvlshr (bvsub ?x9748 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6018 (and (bvult ?x6711 ncpu) (bvult (bvsub ?x9748 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6711 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4560 (bvlshr (bvsub ?x9748 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9424 (and (bvult ?x4560 ncpu) (bvult (bvsub ?x9748 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4560 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9308 (or (bvult (bvsub ?x9748 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9748 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9748 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9424 $x6018 $x5207 $x2926)))
 (or (not $x9308) (not $x5552))))))))))))))))))))))
(check-sat)
