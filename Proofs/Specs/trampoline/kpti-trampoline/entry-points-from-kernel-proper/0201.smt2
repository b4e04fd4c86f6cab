; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:136:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(declare-fun fetch.trampoline () (_ BitVec 64))
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
 (let ((?x1603 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x909 (bvadd (_ bv18446741874687344640 64) ?x1603)))
 (let ((?x5417 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x18204 (bvand ?x5417 (_ bv18446744073709547520 64))))
 (let ((?x12683 (bvlshr (bvsub ?x18204 ?x909) (_ bv16 64))))
 (let ((?x18406 (bvadd ?x12683 (_ bv1 64))))
 (let ((?x3622 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18406 (_ bv65536 64)))))
 (let (($x15701 (and (bvult ?x18406 ncpu) (or (bvult (bvsub ?x3622 ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 ?x3622) (_ bv24576 64))))))
 (let (($x19720 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x12683 (_ bv0 64)) (_ bv65536 64))) ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x12683 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1734 (bvlshr (bvsub ?x18204 (bvadd (_ bv18446612686364999680 64) ?x1603)) (_ bv16 64))))
 (let ((?x13528 (bvadd ?x1734 (_ bv1 64))))
 (let ((?x12530 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13528 (_ bv65536 64)))))
 (let (($x14867 (and (bvult ?x13528 ncpu) (or (bvult (bvsub ?x12530 ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 ?x12530) (_ bv4096 64))))))
 (let (($x13658 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x1734 (_ bv0 64)) (_ bv65536 64))) ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x1734 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x15272 (or (bvult (bvsub (_ bv0 64) ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x12445 (or $x15272 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x18204) (_ bv4096 64)) (bvult (bvsub ?x18204 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x1734 (_ bv0 64)) ncpu) $x13658) $x14867 (and (bvult (bvadd ?x12683 (_ bv0 64)) ncpu) $x19720) $x15701)))
 (let (($x4284 (bvult (bvsub ?x5417 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let ((?x17183 (bvlshr (bvsub (bvand ?x5417 (_ bv18446744073707454464 64)) ?x909) (_ bv16 64))))
 (let ((?x14183 (bvadd ?x17183 (_ bv1 64))))
 (let ((?x19189 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14183 (_ bv65536 64)))))
 (let ((?x20488 (bvand ?x5417 (_ bv18446744073707454464 64))))
 (let (($x12854 (and (bvult ?x14183 ncpu) (or (bvult (bvsub ?x19189 ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 ?x19189) (_ bv24576 64))))))
 (let (($x3352 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x17183 (_ bv0 64)) (_ bv65536 64))) ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x17183 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19191 (bvlshr (bvsub ?x20488 (bvadd (_ bv18446612686364999680 64) ?x1603)) (_ bv16 64))))
 (let ((?x20471 (bvadd ?x19191 (_ bv1 64))))
 (let ((?x20188 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20471 (_ bv65536 64)))))
 (let (($x17285 (and (bvult ?x20471 ncpu) (or (bvult (bvsub ?x20188 ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 ?x20188) (_ bv4096 64))))))
 (let (($x929 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x19191 (_ bv0 64)) (_ bv65536 64))) ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x19191 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x11323 (or (bvult (bvsub (_ bv0 64) ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x8464 (or $x11323 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x20488) (_ bv2097152 64)) (bvult (bvsub ?x20488 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x19191 (_ bv0 64)) ncpu) $x929) $x17285 (and (bvult (bvadd ?x17183 (_ bv0 64)) ncpu) $x3352) $x12854)))
 (let (($x2982 (bvult (bvsub ?x5417 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x3598 (bvult fetch.trampoline (_ bv4096 64))))
 (and $x3598 (not (or (and $x2982 $x8464) (and $x4284 $x12445)))))))))))))))))))))))))))))))))))))
(check-sat)
