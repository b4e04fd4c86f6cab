; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:167:3
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
 (let ((?x11119 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x15789 (bvadd ?x11119 (_ bv18446744073709551608 64))))
 (let ((?x8858 (bvadd ?x15789 (_ bv7 64))))
 (let (($x12953 (bvult (bvsub ?x8858 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13132 (bvlshr (bvsub ?x8858 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2138 (and (bvult ?x13132 ncpu) (bvult (bvsub ?x8858 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13132 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5577 (bvlshr (bvsub ?x8858 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14331 (and (bvult ?x5577 ncpu) (bvult (bvsub ?x8858 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5577 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8468 (bvlshr (bvsub ?x8858 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11385 (and (bvult ?x8468 ncpu) (bvult (bvsub ?x8858 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8468 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18362 (or (bvult (bvsub ?x8858 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8858 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8858 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11385 $x14331 $x2138 $x12953)))
 (let (($x13990 (bvult (bvsub ?x15789 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14171 (bvlshr (bvsub ?x15789 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14214 (and (bvult ?x14171 ncpu) (bvult (bvsub ?x15789 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14171 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13589 (bvlshr (bvsub ?x15789 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15217 (and (bvult ?x13589 ncpu) (bvult (bvsub ?x15789 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13589 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13867 (bvlshr (bvsub ?x15789 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11237 (and (bvult ?x13867 ncpu) (bvult (bvsub ?x15789 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13867 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15925 (or (bvult (bvsub ?x15789 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15789 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15789 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11237 $x15217 $x14214 $x13990)))
 (or (not $x15925) (not $x18362))))))))))))))))))))))
(check-sat)
