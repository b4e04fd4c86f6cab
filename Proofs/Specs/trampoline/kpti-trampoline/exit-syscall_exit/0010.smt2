; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: exit syscall_exit
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:131:3
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
 (let ((?x1815 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x671 (bvadd (_ bv18446741874687344640 64) ?x1815)))
 (let ((?x2651 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x7828 (bvand ?x2651 (_ bv18446744073709547520 64))))
 (let ((?x5625 (bvlshr (bvsub ?x7828 ?x671) (_ bv16 64))))
 (let ((?x6679 (bvadd ?x5625 (_ bv1 64))))
 (let ((?x6683 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6679 (_ bv65536 64)))))
 (let (($x6473 (and (bvult ?x6679 ncpu) (or (bvult (bvsub ?x6683 ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 ?x6683) (_ bv24576 64))))))
 (let (($x561 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x5625 (_ bv0 64)) (_ bv65536 64))) ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x5625 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5178 (bvlshr (bvsub ?x7828 (bvadd (_ bv18446612686364999680 64) ?x1815)) (_ bv16 64))))
 (let ((?x5370 (bvadd ?x5178 (_ bv1 64))))
 (let ((?x5352 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5370 (_ bv65536 64)))))
 (let (($x7284 (and (bvult ?x5370 ncpu) (or (bvult (bvsub ?x5352 ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 ?x5352) (_ bv4096 64))))))
 (let (($x5321 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x5178 (_ bv0 64)) (_ bv65536 64))) ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x5178 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x6831 (or (bvult (bvsub (_ bv0 64) ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x6696 (or $x6831 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x7828) (_ bv4096 64)) (bvult (bvsub ?x7828 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x5178 (_ bv0 64)) ncpu) $x5321) $x7284 (and (bvult (bvadd ?x5625 (_ bv0 64)) ncpu) $x561) $x6473)))
 (let (($x1219 (bvult (bvsub ?x2651 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let ((?x5502 (bvlshr (bvsub (bvand ?x2651 (_ bv18446744073707454464 64)) ?x671) (_ bv16 64))))
 (let ((?x2591 (bvadd ?x5502 (_ bv1 64))))
 (let ((?x7823 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2591 (_ bv65536 64)))))
 (let ((?x5957 (bvand ?x2651 (_ bv18446744073707454464 64))))
 (let (($x6851 (and (bvult ?x2591 ncpu) (or (bvult (bvsub ?x7823 ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 ?x7823) (_ bv24576 64))))))
 (let (($x5783 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x5502 (_ bv0 64)) (_ bv65536 64))) ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x5502 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6612 (bvlshr (bvsub ?x5957 (bvadd (_ bv18446612686364999680 64) ?x1815)) (_ bv16 64))))
 (let ((?x5224 (bvadd ?x6612 (_ bv1 64))))
 (let ((?x5210 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5224 (_ bv65536 64)))))
 (let (($x5535 (and (bvult ?x5224 ncpu) (or (bvult (bvsub ?x5210 ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 ?x5210) (_ bv4096 64))))))
 (let (($x6602 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x6612 (_ bv0 64)) (_ bv65536 64))) ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x6612 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x6263 (or (bvult (bvsub (_ bv0 64) ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x5302 (or $x6263 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x5957) (_ bv2097152 64)) (bvult (bvsub ?x5957 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x6612 (_ bv0 64)) ncpu) $x6602) $x5535 (and (bvult (bvadd ?x5502 (_ bv0 64)) ncpu) $x5783) $x6851)))
 (let (($x1304 (bvult (bvsub ?x2651 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x2677 (bvult fetch.trampoline (_ bv4096 64))))
 (and $x2677 (not (or (and $x1304 $x5302) (and $x1219 $x6696)))))))))))))))))))))))))))))))))))))
(check-sat)
