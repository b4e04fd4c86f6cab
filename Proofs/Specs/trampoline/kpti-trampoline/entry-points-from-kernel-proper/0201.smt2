; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x1461 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x878 (bvadd (_ bv18446741874687344640 64) ?x1461)))
 (let ((?x2933 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x17885 (bvand ?x2933 (_ bv18446744073709547520 64))))
 (let ((?x14721 (bvlshr (bvsub ?x17885 ?x878) (_ bv16 64))))
 (let ((?x17611 (bvadd ?x14721 (_ bv1 64))))
 (let ((?x19084 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17611 (_ bv65536 64)))))
 (let (($x18669 (and (bvult ?x17611 ncpu) (or (bvult (bvsub ?x19084 ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 ?x19084) (_ bv24576 64))))))
 (let (($x21002 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x14721 (_ bv0 64)) (_ bv65536 64))) ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x14721 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x21117 (bvlshr (bvsub ?x17885 (bvadd (_ bv18446612686364999680 64) ?x1461)) (_ bv16 64))))
 (let ((?x19952 (bvadd ?x21117 (_ bv1 64))))
 (let ((?x18734 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19952 (_ bv65536 64)))))
 (let (($x2592 (and (bvult ?x19952 ncpu) (or (bvult (bvsub ?x18734 ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 ?x18734) (_ bv4096 64))))))
 (let (($x16560 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x21117 (_ bv0 64)) (_ bv65536 64))) ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x21117 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x17664 (or (bvult (bvsub (_ bv0 64) ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x13458 (or $x17664 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x17885) (_ bv4096 64)) (bvult (bvsub ?x17885 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x21117 (_ bv0 64)) ncpu) $x16560) $x2592 (and (bvult (bvadd ?x14721 (_ bv0 64)) ncpu) $x21002) $x18669)))
 (let (($x4358 (bvult (bvsub ?x2933 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let ((?x4819 (bvlshr (bvsub (bvand ?x2933 (_ bv18446744073707454464 64)) ?x878) (_ bv16 64))))
 (let ((?x18893 (bvadd ?x4819 (_ bv1 64))))
 (let ((?x20714 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18893 (_ bv65536 64)))))
 (let ((?x7003 (bvand ?x2933 (_ bv18446744073707454464 64))))
 (let (($x17351 (and (bvult ?x18893 ncpu) (or (bvult (bvsub ?x20714 ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 ?x20714) (_ bv24576 64))))))
 (let (($x18400 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x4819 (_ bv0 64)) (_ bv65536 64))) ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x4819 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19897 (bvlshr (bvsub ?x7003 (bvadd (_ bv18446612686364999680 64) ?x1461)) (_ bv16 64))))
 (let ((?x21308 (bvadd ?x19897 (_ bv1 64))))
 (let ((?x16654 (bvadd (_ bv18446612686364999680 64) (bvmul ?x21308 (_ bv65536 64)))))
 (let (($x13683 (and (bvult ?x21308 ncpu) (or (bvult (bvsub ?x16654 ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 ?x16654) (_ bv4096 64))))))
 (let (($x19710 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x19897 (_ bv0 64)) (_ bv65536 64))) ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x19897 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x866 (or (bvult (bvsub (_ bv0 64) ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x20195 (or $x866 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x7003) (_ bv2097152 64)) (bvult (bvsub ?x7003 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x19897 (_ bv0 64)) ncpu) $x19710) $x13683 (and (bvult (bvadd ?x4819 (_ bv0 64)) ncpu) $x18400) $x17351)))
 (let (($x1523 (bvult (bvsub ?x2933 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x6033 (bvult fetch.trampoline (_ bv4096 64))))
 (and $x6033 (not (or (and $x1523 $x20195) (and $x4358 $x13458)))))))))))))))))))))))))))))))))))))
(check-sat)
