; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x12711 (bvadd ?x15984 (_ bv18446744073709551608 64))))
 (let ((?x775 (bvadd ?x12711 (_ bv7 64))))
 (let (($x15862 (bvult (bvsub ?x775 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17786 (bvlshr (bvsub ?x775 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17382 (and (bvult ?x17786 ncpu) (bvult (bvsub ?x775 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17786 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17763 (bvlshr (bvsub ?x775 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17779 (and (bvult ?x17763 ncpu) (bvult (bvsub ?x775 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17763 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13822 (bvlshr (bvsub ?x775 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17712 (and (bvult ?x13822 ncpu) (bvult (bvsub ?x775 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13822 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18011 (or (bvult (bvsub ?x775 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x775 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x775 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17712 $x17779 $x17382 $x15862)))
 (let (($x13606 (bvult (bvsub ?x12711 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14448 (bvlshr (bvsub ?x12711 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11079 (and (bvult ?x14448 ncpu) (bvult (bvsub ?x12711 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14448 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11308 (bvlshr (bvsub ?x12711 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14480 (and (bvult ?x11308 ncpu) (bvult (bvsub ?x12711 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11308 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14968 (bvlshr (bvsub ?x12711 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17761 (and (bvult ?x14968 ncpu) (bvult (bvsub ?x12711 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14968 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13299 (or (bvult (bvsub ?x12711 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12711 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12711 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17761 $x14480 $x11079 $x13606)))
 (or (not $x13299) (not $x18011))))))))))))))))))))))
(check-sat)
