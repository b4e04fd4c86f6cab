; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:62:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun p!43 () (_ BitVec 64))
(declare-fun c!46 () (_ BitVec 64))
(declare-fun page!44 () (_ BitVec 64))
(declare-fun c!45 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x1383 (or (and (bvult (_ bv4194304 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv4194304 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv4194304 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv4194304 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x253 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv4194304 64)) ((_ zero_extend 1) (bvsub (_ bv4096 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x40 (not (= (bvand (bvadd (bvadd (_ bv4294967296 64) (bvmul p!43 (_ bv4096 64))) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64)))))
 (let (($x1730 (or (not (= (bvand (_ bv4194304 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) $x40 (not $x253) (not $x1383) (bvuge p!43 nproc))))
 (let ((?x1538 (bvadd (_ bv18446741874687344640 64) (bvmul c!46 (_ bv65536 64)))))
 (let ((?x1098 (bvand (bvadd (_ bv4194304 64) page!44) (_ bv18446744073709547520 64))))
 (let (($x734 (and (bvult c!46 ncpu) (or (bvult (bvsub ?x1538 ?x1098) (_ bv4096 64)) (bvult (bvsub ?x1098 ?x1538) (_ bv24576 64))))))
 (let (($x1555 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!45 (_ bv65536 64))) ?x1098) (_ bv4096 64)) (bvult (bvsub ?x1098 (bvadd (_ bv18446612686364999680 64) (bvmul c!45 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x255 (or (bvult (bvsub (_ bv0 64) ?x1098) (_ bv4096 64)) (bvult (bvsub ?x1098 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x952 (or $x255 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x1098) (_ bv4096 64)) (bvult (bvsub ?x1098 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x1098) (_ bv4096 64)) (bvult (bvsub ?x1098 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!45 ncpu) $x1555) $x734)))
 (and (bvult p!43 nproc) (bvugt (_ bv4096 64) (_ bv0 64)) (bvult page!44 (_ bv4096 64)) $x952 $x1730))))))))))))
(check-sat)
