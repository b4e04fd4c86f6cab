; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
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
 (let ((?x904 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x13399 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x11158 (bvand ?x13399 (_ bv18446744073709547520 64))))
 (let ((?x13474 (bvlshr (bvsub ?x11158 ?x2844) (_ bv16 64))))
 (let ((?x13902 (bvadd ?x13474 (_ bv1 64))))
 (let ((?x14357 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13902 (_ bv65536 64)))))
 (let (($x14139 (and (bvult ?x13902 ncpu) (or (bvult (bvsub ?x14357 ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 ?x14357) (_ bv24576 64))))))
 (let (($x14595 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x13474 (_ bv0 64)) (_ bv65536 64))) ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x13474 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12007 (bvlshr (bvsub ?x11158 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x5048 (bvadd ?x12007 (_ bv1 64))))
 (let ((?x5146 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5048 (_ bv65536 64)))))
 (let (($x5047 (and (bvult ?x5048 ncpu) (or (bvult (bvsub ?x5146 ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 ?x5146) (_ bv4096 64))))))
 (let (($x10865 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x12007 (_ bv0 64)) (_ bv65536 64))) ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x12007 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x12968 (or (bvult (bvsub (_ bv0 64) ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x13926 (or $x12968 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x11158) (_ bv4096 64)) (bvult (bvsub ?x11158 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x12007 (_ bv0 64)) ncpu) $x10865) $x5047 (and (bvult (bvadd ?x13474 (_ bv0 64)) ncpu) $x14595) $x14139)))
 (let ((?x16398 (bvlshr (bvsub (bvand ?x13399 (_ bv18446744073707454464 64)) ?x2844) (_ bv16 64))))
 (let ((?x10302 (bvadd ?x16398 (_ bv1 64))))
 (let ((?x15570 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10302 (_ bv65536 64)))))
 (let ((?x17189 (bvand ?x13399 (_ bv18446744073707454464 64))))
 (let (($x16861 (and (bvult ?x10302 ncpu) (or (bvult (bvsub ?x15570 ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 ?x15570) (_ bv24576 64))))))
 (let (($x4839 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x16398 (_ bv0 64)) (_ bv65536 64))) ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x16398 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4045 (bvlshr (bvsub ?x17189 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x10368 (bvadd ?x4045 (_ bv1 64))))
 (let ((?x11731 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10368 (_ bv65536 64)))))
 (let (($x11296 (and (bvult ?x10368 ncpu) (or (bvult (bvsub ?x11731 ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 ?x11731) (_ bv4096 64))))))
 (let (($x4944 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x4045 (_ bv0 64)) (_ bv65536 64))) ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x4045 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x3221 (or (bvult (bvsub (_ bv0 64) ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x4355 (or $x3221 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x17189) (_ bv2097152 64)) (bvult (bvsub ?x17189 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x4045 (_ bv0 64)) ncpu) $x4944) $x11296 (and (bvult (bvadd ?x16398 (_ bv0 64)) ncpu) $x4839) $x16861)))
 (let (($x14095 (or (and (bvult (bvsub ?x13399 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x4355) (and (bvult (bvsub ?x13399 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x13926))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x14095)))))))))))))))))))))))))))))))))
(check-sat)
