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
 (let ((?x15516 (bvand ?x5417 (_ bv18446744073709547520 64))))
 (let ((?x19182 (bvlshr (bvsub ?x15516 ?x909) (_ bv16 64))))
 (let ((?x18919 (bvadd ?x19182 (_ bv1 64))))
 (let ((?x16758 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18919 (_ bv65536 64)))))
 (let (($x5977 (and (bvult ?x18919 ncpu) (or (bvult (bvsub ?x16758 ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 ?x16758) (_ bv24576 64))))))
 (let (($x19723 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x19182 (_ bv0 64)) (_ bv65536 64))) ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x19182 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8619 (bvlshr (bvsub ?x15516 (bvadd (_ bv18446612686364999680 64) ?x1603)) (_ bv16 64))))
 (let ((?x19270 (bvadd ?x8619 (_ bv1 64))))
 (let ((?x16432 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19270 (_ bv65536 64)))))
 (let (($x19719 (and (bvult ?x19270 ncpu) (or (bvult (bvsub ?x16432 ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 ?x16432) (_ bv4096 64))))))
 (let (($x13547 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x8619 (_ bv0 64)) (_ bv65536 64))) ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x8619 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x13327 (or (bvult (bvsub (_ bv0 64) ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x7532 (or $x13327 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x15516) (_ bv4096 64)) (bvult (bvsub ?x15516 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x8619 (_ bv0 64)) ncpu) $x13547) $x19719 (and (bvult (bvadd ?x19182 (_ bv0 64)) ncpu) $x19723) $x5977)))
 (let (($x4284 (bvult (bvsub ?x5417 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let ((?x11400 (bvlshr (bvsub (bvand ?x5417 (_ bv18446744073707454464 64)) ?x909) (_ bv16 64))))
 (let ((?x18026 (bvadd ?x11400 (_ bv1 64))))
 (let ((?x18590 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18026 (_ bv65536 64)))))
 (let ((?x8887 (bvand ?x5417 (_ bv18446744073707454464 64))))
 (let (($x19405 (and (bvult ?x18026 ncpu) (or (bvult (bvsub ?x18590 ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 ?x18590) (_ bv24576 64))))))
 (let (($x9382 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x11400 (_ bv0 64)) (_ bv65536 64))) ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x11400 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18084 (bvlshr (bvsub ?x8887 (bvadd (_ bv18446612686364999680 64) ?x1603)) (_ bv16 64))))
 (let ((?x20471 (bvadd ?x18084 (_ bv1 64))))
 (let ((?x18795 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20471 (_ bv65536 64)))))
 (let (($x14813 (and (bvult ?x20471 ncpu) (or (bvult (bvsub ?x18795 ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 ?x18795) (_ bv4096 64))))))
 (let (($x14501 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x18084 (_ bv0 64)) (_ bv65536 64))) ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x18084 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x18378 (or (bvult (bvsub (_ bv0 64) ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x11633 (or $x18378 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x8887) (_ bv2097152 64)) (bvult (bvsub ?x8887 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x18084 (_ bv0 64)) ncpu) $x14501) $x14813 (and (bvult (bvadd ?x11400 (_ bv0 64)) ncpu) $x9382) $x19405)))
 (let (($x2982 (bvult (bvsub ?x5417 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x3598 (bvult fetch.trampoline (_ bv4096 64))))
 (and $x3598 (not (or (and $x2982 $x11633) (and $x4284 $x7532)))))))))))))))))))))))))))))))))))))
(check-sat)
