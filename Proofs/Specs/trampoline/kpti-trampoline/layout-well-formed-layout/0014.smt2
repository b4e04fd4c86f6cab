; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:56:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!27 () (_ BitVec 64))
(declare-fun page!25 () (_ BitVec 64))
(declare-fun c!26 () (_ BitVec 64))
(declare-fun p!24 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x753 (or (and (bvult (_ bv18446741874686296064 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv18446741874686296064 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv18446741874686296064 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv18446741874686296064 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x756 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv18446741874686296064 64)) ((_ zero_extend 1) (bvsub (_ bv4096 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x1363 (or (not (= (bvand (_ bv18446741874686296064 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv50331648 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not $x756) (not $x753))))
 (let ((?x1197 (bvadd (_ bv18446741874687344640 64) (bvmul c!27 (_ bv65536 64)))))
 (let ((?x245 (bvand (bvadd (_ bv18446741874686296064 64) page!25) (_ bv18446744073709547520 64))))
 (let (($x952 (and (bvult c!27 ncpu) (or (bvult (bvsub ?x1197 ?x245) (_ bv4096 64)) (bvult (bvsub ?x245 ?x1197) (_ bv24576 64))))))
 (let (($x609 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!26 (_ bv65536 64))) ?x245) (_ bv4096 64)) (bvult (bvsub ?x245 (bvadd (_ bv18446612686364999680 64) (bvmul c!26 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x1262 (or (bvult (bvsub (_ bv0 64) ?x245) (_ bv4096 64)) (bvult (bvsub ?x245 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x1003 (or $x1262 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x245) (_ bv4096 64)) (bvult (bvsub ?x245 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x245) (_ bv4096 64)) (bvult (bvsub ?x245 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!26 ncpu) $x609) $x952)))
 (and (bvult p!24 nproc) (bvugt (_ bv4096 64) (_ bv0 64)) (bvult page!25 (_ bv4096 64)) $x1003 $x1363)))))))))))
(check-sat)
