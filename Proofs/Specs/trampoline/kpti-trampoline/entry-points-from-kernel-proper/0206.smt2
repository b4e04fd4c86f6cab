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
 (let ((?x7050 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x19433 (bvand ?x7050 (_ bv18446744073709547520 64))))
 (let ((?x17051 (bvlshr (bvsub ?x19433 ?x909) (_ bv16 64))))
 (let ((?x16495 (bvadd ?x17051 (_ bv1 64))))
 (let ((?x13677 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16495 (_ bv65536 64)))))
 (let (($x15720 (and (bvult ?x16495 ncpu) (or (bvult (bvsub ?x13677 ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 ?x13677) (_ bv24576 64))))))
 (let (($x19725 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x17051 (_ bv0 64)) (_ bv65536 64))) ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x17051 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13307 (bvlshr (bvsub ?x19433 (bvadd (_ bv18446612686364999680 64) ?x1603)) (_ bv16 64))))
 (let ((?x17131 (bvadd ?x13307 (_ bv1 64))))
 (let ((?x14027 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17131 (_ bv65536 64)))))
 (let (($x19721 (and (bvult ?x17131 ncpu) (or (bvult (bvsub ?x14027 ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 ?x14027) (_ bv4096 64))))))
 (let (($x20178 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x13307 (_ bv0 64)) (_ bv65536 64))) ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x13307 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x19934 (or (bvult (bvsub (_ bv0 64) ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x11606 (or $x19934 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x19433) (_ bv4096 64)) (bvult (bvsub ?x19433 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x13307 (_ bv0 64)) ncpu) $x20178) $x19721 (and (bvult (bvadd ?x17051 (_ bv0 64)) ncpu) $x19725) $x15720)))
 (let (($x5799 (bvult (bvsub ?x7050 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let ((?x18652 (bvlshr (bvsub (bvand ?x7050 (_ bv18446744073707454464 64)) ?x909) (_ bv16 64))))
 (let ((?x20112 (bvadd ?x18652 (_ bv1 64))))
 (let ((?x11751 (bvadd (_ bv18446741874687344640 64) (bvmul ?x20112 (_ bv65536 64)))))
 (let ((?x18722 (bvand ?x7050 (_ bv18446744073707454464 64))))
 (let (($x19385 (and (bvult ?x20112 ncpu) (or (bvult (bvsub ?x11751 ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 ?x11751) (_ bv24576 64))))))
 (let (($x14314 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x18652 (_ bv0 64)) (_ bv65536 64))) ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x18652 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13250 (bvlshr (bvsub ?x18722 (bvadd (_ bv18446612686364999680 64) ?x1603)) (_ bv16 64))))
 (let ((?x20364 (bvadd ?x13250 (_ bv1 64))))
 (let ((?x19146 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20364 (_ bv65536 64)))))
 (let (($x16195 (and (bvult ?x20364 ncpu) (or (bvult (bvsub ?x19146 ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 ?x19146) (_ bv4096 64))))))
 (let (($x15634 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x13250 (_ bv0 64)) (_ bv65536 64))) ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x13250 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x14811 (or (bvult (bvsub (_ bv0 64) ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x15708 (or $x14811 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x18722) (_ bv2097152 64)) (bvult (bvsub ?x18722 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x13250 (_ bv0 64)) ncpu) $x15634) $x16195 (and (bvult (bvadd ?x18652 (_ bv0 64)) ncpu) $x14314) $x19385)))
 (let (($x7338 (bvult (bvsub ?x7050 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x459 (bvult fetch.trampoline (_ bv4096 64))))
 (and $x459 (not (or (and $x7338 $x15708) (and $x5799 $x11606)))))))))))))))))))))))))))))))))))))
(check-sat)
