; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 13 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:221:3
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
 (let ((?x904 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x12931 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x10480 (bvand ?x12931 (_ bv18446744073709547520 64))))
 (let ((?x14019 (bvlshr (bvsub ?x10480 ?x2844) (_ bv16 64))))
 (let ((?x13991 (bvadd ?x14019 (_ bv1 64))))
 (let ((?x8495 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13991 (_ bv65536 64)))))
 (let (($x13234 (and (bvult ?x13991 ncpu) (or (bvult (bvsub ?x8495 ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 ?x8495) (_ bv24576 64))))))
 (let (($x18576 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x14019 (_ bv0 64)) (_ bv65536 64))) ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x14019 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7834 (bvlshr (bvsub ?x10480 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x3145 (bvadd ?x7834 (_ bv1 64))))
 (let ((?x17829 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3145 (_ bv65536 64)))))
 (let (($x17710 (and (bvult ?x3145 ncpu) (or (bvult (bvsub ?x17829 ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 ?x17829) (_ bv4096 64))))))
 (let (($x9592 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x7834 (_ bv0 64)) (_ bv65536 64))) ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x7834 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x13216 (or (bvult (bvsub (_ bv0 64) ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x13869 (or $x13216 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x10480) (_ bv4096 64)) (bvult (bvsub ?x10480 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x7834 (_ bv0 64)) ncpu) $x9592) $x17710 (and (bvult (bvadd ?x14019 (_ bv0 64)) ncpu) $x18576) $x13234)))
 (let ((?x5484 (bvlshr (bvsub (bvand ?x12931 (_ bv18446744073707454464 64)) ?x2844) (_ bv16 64))))
 (let ((?x14339 (bvadd ?x5484 (_ bv1 64))))
 (let ((?x14242 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14339 (_ bv65536 64)))))
 (let ((?x5483 (bvand ?x12931 (_ bv18446744073707454464 64))))
 (let (($x14419 (and (bvult ?x14339 ncpu) (or (bvult (bvsub ?x14242 ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 ?x14242) (_ bv24576 64))))))
 (let (($x3155 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x5484 (_ bv0 64)) (_ bv65536 64))) ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x5484 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8265 (bvlshr (bvsub ?x5483 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x11732 (bvadd ?x8265 (_ bv1 64))))
 (let ((?x7787 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11732 (_ bv65536 64)))))
 (let (($x18269 (and (bvult ?x11732 ncpu) (or (bvult (bvsub ?x7787 ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 ?x7787) (_ bv4096 64))))))
 (let (($x4358 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x8265 (_ bv0 64)) (_ bv65536 64))) ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x8265 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x8512 (or (bvult (bvsub (_ bv0 64) ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x13495 (or $x8512 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x5483) (_ bv2097152 64)) (bvult (bvsub ?x5483 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x8265 (_ bv0 64)) ncpu) $x4358) $x18269 (and (bvult (bvadd ?x5484 (_ bv0 64)) ncpu) $x3155) $x14419)))
 (let (($x13013 (or (and (bvult (bvsub ?x12931 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x13495) (and (bvult (bvsub ?x12931 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x13869))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x13013)))))))))))))))))))))))))))))))))
(check-sat)
