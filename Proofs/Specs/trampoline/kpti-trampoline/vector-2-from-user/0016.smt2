; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:170:3
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
 (let ((?x12855 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x14729 (bvand ?x12855 (_ bv18446744073709547520 64))))
 (let ((?x14693 (bvlshr (bvsub ?x14729 ?x2844) (_ bv16 64))))
 (let ((?x17857 (bvadd ?x14693 (_ bv1 64))))
 (let ((?x13397 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17857 (_ bv65536 64)))))
 (let (($x4336 (and (bvult ?x17857 ncpu) (or (bvult (bvsub ?x13397 ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 ?x13397) (_ bv24576 64))))))
 (let (($x7539 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x14693 (_ bv0 64)) (_ bv65536 64))) ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x14693 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12425 (bvlshr (bvsub ?x14729 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x17770 (bvadd ?x12425 (_ bv1 64))))
 (let ((?x14406 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17770 (_ bv65536 64)))))
 (let (($x16495 (and (bvult ?x17770 ncpu) (or (bvult (bvsub ?x14406 ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 ?x14406) (_ bv4096 64))))))
 (let (($x12615 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x12425 (_ bv0 64)) (_ bv65536 64))) ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x12425 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x15345 (or (bvult (bvsub (_ bv0 64) ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x5377 (or $x15345 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x14729) (_ bv4096 64)) (bvult (bvsub ?x14729 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x12425 (_ bv0 64)) ncpu) $x12615) $x16495 (and (bvult (bvadd ?x14693 (_ bv0 64)) ncpu) $x7539) $x4336)))
 (let ((?x11997 (bvlshr (bvsub (bvand ?x12855 (_ bv18446744073707454464 64)) ?x2844) (_ bv16 64))))
 (let ((?x1732 (bvadd ?x11997 (_ bv1 64))))
 (let ((?x4910 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1732 (_ bv65536 64)))))
 (let ((?x7425 (bvand ?x12855 (_ bv18446744073707454464 64))))
 (let (($x10974 (and (bvult ?x1732 ncpu) (or (bvult (bvsub ?x4910 ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 ?x4910) (_ bv24576 64))))))
 (let (($x12319 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x11997 (_ bv0 64)) (_ bv65536 64))) ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x11997 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10699 (bvlshr (bvsub ?x7425 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x12613 (bvadd ?x10699 (_ bv1 64))))
 (let ((?x4645 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12613 (_ bv65536 64)))))
 (let (($x14786 (and (bvult ?x12613 ncpu) (or (bvult (bvsub ?x4645 ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 ?x4645) (_ bv4096 64))))))
 (let (($x12214 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x10699 (_ bv0 64)) (_ bv65536 64))) ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x10699 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x12071 (or (bvult (bvsub (_ bv0 64) ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x18085 (or $x12071 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x7425) (_ bv2097152 64)) (bvult (bvsub ?x7425 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x10699 (_ bv0 64)) ncpu) $x12214) $x14786 (and (bvult (bvadd ?x11997 (_ bv0 64)) ncpu) $x12319) $x10974)))
 (let (($x7504 (or (and (bvult (bvsub ?x12855 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x18085) (and (bvult (bvsub ?x12855 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x5377))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x7504)))))))))))))))))))))))))))))))))
(check-sat)
