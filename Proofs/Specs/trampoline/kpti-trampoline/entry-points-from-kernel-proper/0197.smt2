; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:241:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
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
 (let ((?x9321 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x12258 (bvadd ?x9321 (_ bv16376 64))))
 (let ((?x14365 (bvadd ?x12258 (_ bv7 64))))
 (let ((?x17842 (bvlshr (bvsub ?x14365 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11764 (and (bvult ?x17842 ncpu) (bvult (bvsub ?x14365 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17842 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17005 (bvlshr (bvsub ?x14365 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6347 (and (bvult ?x17005 ncpu) (bvult (bvsub ?x14365 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17005 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18737 (bvlshr (bvsub ?x14365 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11323 (and (bvult ?x18737 ncpu) (bvult (bvsub ?x14365 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18737 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10683 (or (bvult (bvsub ?x14365 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14365 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14365 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11323 $x6347 $x11764 (bvult (bvsub ?x14365 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x14567 (bvlshr (bvsub ?x12258 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16070 (and (bvult ?x14567 ncpu) (bvult (bvsub ?x12258 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14567 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19121 (bvlshr (bvsub ?x12258 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16450 (and (bvult ?x19121 ncpu) (bvult (bvsub ?x12258 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19121 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19265 (bvlshr (bvsub ?x12258 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18641 (and (bvult ?x19265 ncpu) (bvult (bvsub ?x12258 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19265 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12893 (or (bvult (bvsub ?x12258 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12258 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12258 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18641 $x16450 $x16070 (bvult (bvsub ?x12258 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x12893) (not $x10683))))))))))))))))))))
(check-sat)
