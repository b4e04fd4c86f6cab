; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:55:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!23 () (_ BitVec 64))
(declare-fun page!21 () (_ BitVec 64))
(declare-fun c!22 () (_ BitVec 64))
(declare-fun p!20 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x1383 (or (and (bvult (_ bv18446744071593525248 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv18446744071593525248 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv18446744071593525248 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv18446744071593525248 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x253 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv18446744071593525248 64)) ((_ zero_extend 1) (bvsub (_ bv4096 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x410 (or (not (= (bvand (_ bv18446744071593525248 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv48234496 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not $x253) (not $x1383))))
 (let ((?x1033 (bvadd (_ bv18446741874687344640 64) (bvmul c!23 (_ bv65536 64)))))
 (let ((?x255 (bvand (bvadd (_ bv18446744071593525248 64) page!21) (_ bv18446744073709547520 64))))
 (let (($x1003 (and (bvult c!23 ncpu) (or (bvult (bvsub ?x1033 ?x255) (_ bv4096 64)) (bvult (bvsub ?x255 ?x1033) (_ bv24576 64))))))
 (let (($x1536 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!22 (_ bv65536 64))) ?x255) (_ bv4096 64)) (bvult (bvsub ?x255 (bvadd (_ bv18446612686364999680 64) (bvmul c!22 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x1225 (or (bvult (bvsub (_ bv0 64) ?x255) (_ bv4096 64)) (bvult (bvsub ?x255 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x1118 (or $x1225 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x255) (_ bv4096 64)) (bvult (bvsub ?x255 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x255) (_ bv4096 64)) (bvult (bvsub ?x255 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!22 ncpu) $x1536) $x1003)))
 (and (bvult p!20 nproc) (bvugt (_ bv4096 64) (_ bv0 64)) (bvult page!21 (_ bv4096 64)) $x1118 $x410)))))))))))
(check-sat)
