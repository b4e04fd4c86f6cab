; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 1 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:176:3
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
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x7628 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x3404 (bvand ?x7628 (_ bv18446744073709547520 64))))
 (let ((?x9042 (bvlshr (bvsub ?x3404 ?x2843) (_ bv16 64))))
 (let ((?x4572 (bvadd ?x9042 (_ bv1 64))))
 (let ((?x4549 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4572 (_ bv65536 64)))))
 (let (($x4517 (and (bvult ?x4572 ncpu) (or (bvult (bvsub ?x4549 ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 ?x4549) (_ bv24576 64))))))
 (let (($x4583 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x9042 (_ bv0 64)) (_ bv65536 64))) ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x9042 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x539 (bvlshr (bvsub ?x3404 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x180 (bvadd ?x539 (_ bv1 64))))
 (let ((?x9615 (bvadd (_ bv18446612686364999680 64) (bvmul ?x180 (_ bv65536 64)))))
 (let (($x10302 (and (bvult ?x180 ncpu) (or (bvult (bvsub ?x9615 ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 ?x9615) (_ bv4096 64))))))
 (let (($x8741 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x539 (_ bv0 64)) (_ bv65536 64))) ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x539 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x9964 (or (bvult (bvsub (_ bv0 64) ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x4505 (or $x9964 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x3404) (_ bv4096 64)) (bvult (bvsub ?x3404 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x539 (_ bv0 64)) ncpu) $x8741) $x10302 (and (bvult (bvadd ?x9042 (_ bv0 64)) ncpu) $x4583) $x4517)))
 (let ((?x17829 (bvlshr (bvsub (bvand ?x7628 (_ bv18446744073707454464 64)) ?x2843) (_ bv16 64))))
 (let ((?x8259 (bvadd ?x17829 (_ bv1 64))))
 (let ((?x7571 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8259 (_ bv65536 64)))))
 (let ((?x15478 (bvand ?x7628 (_ bv18446744073707454464 64))))
 (let (($x12711 (and (bvult ?x8259 ncpu) (or (bvult (bvsub ?x7571 ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 ?x7571) (_ bv24576 64))))))
 (let (($x4335 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x17829 (_ bv0 64)) (_ bv65536 64))) ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x17829 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18015 (bvlshr (bvsub ?x15478 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x17788 (bvadd ?x18015 (_ bv1 64))))
 (let ((?x17989 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17788 (_ bv65536 64)))))
 (let (($x10447 (and (bvult ?x17788 ncpu) (or (bvult (bvsub ?x17989 ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 ?x17989) (_ bv4096 64))))))
 (let (($x8093 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x18015 (_ bv0 64)) (_ bv65536 64))) ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x18015 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x10521 (or (bvult (bvsub (_ bv0 64) ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x9876 (or $x10521 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x15478) (_ bv2097152 64)) (bvult (bvsub ?x15478 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x18015 (_ bv0 64)) ncpu) $x8093) $x10447 (and (bvult (bvadd ?x17829 (_ bv0 64)) ncpu) $x4335) $x12711)))
 (let (($x4494 (or (and (bvult (bvsub ?x7628 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x9876) (and (bvult (bvsub ?x7628 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x4505))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x4494)))))))))))))))))))))))))))))))))
(check-sat)
