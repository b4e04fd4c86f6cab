; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:151:3
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
 (let ((?x15133 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x37554 (bvadd ?x15133 (_ bv18446744073709551608 64))))
 (let ((?x34257 (bvadd ?x37554 (_ bv7 64))))
 (let (($x34324 (bvult (bvsub ?x34257 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x50467 (bvlshr (bvsub ?x34257 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x50668 (bvult (bvsub ?x34257 (bvadd (_ bv18446683600570023936 64) (bvmul ?x50467 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x39831 (bvult ?x50467 ncpu)))
 (let ((?x48760 (bvlshr (bvsub ?x34257 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x41586 (bvult (bvsub ?x34257 (bvadd (_ bv18446741874687344640 64) (bvmul ?x48760 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x50704 (bvult ?x48760 ncpu)))
 (let ((?x2600 (bvlshr (bvsub ?x34257 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x43935 (bvult (bvsub ?x34257 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2600 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x22315 (bvult ?x2600 ncpu)))
 (let (($x48063 (or (bvult (bvsub ?x34257 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x34257 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x34257 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x22315 $x43935) (and $x50704 $x41586) (and $x39831 $x50668) $x34324)))
 (let (($x50456 (bvult (bvsub ?x37554 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x39195 (bvlshr (bvsub ?x37554 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x27696 (bvult (bvsub ?x37554 (bvadd (_ bv18446683600570023936 64) (bvmul ?x39195 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x41958 (bvult ?x39195 ncpu)))
 (let (($x30698 (and $x41958 $x27696)))
 (let ((?x48381 (bvlshr (bvsub ?x37554 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x42779 (bvult (bvsub ?x37554 (bvadd (_ bv18446741874687344640 64) (bvmul ?x48381 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x41625 (bvult ?x48381 ncpu)))
 (let ((?x40284 (bvlshr (bvsub ?x37554 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x41890 (bvult (bvsub ?x37554 (bvadd (_ bv18446612686364999680 64) (bvmul ?x40284 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x40452 (bvult ?x40284 ncpu)))
 (let (($x70679 (or (bvult (bvsub ?x37554 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x37554 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x37554 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x40452 $x41890) (and $x41625 $x42779) $x30698 $x50456)))
 (or (not $x70679) (not $x48063)))))))))))))))))))))))))))))
(check-sat)
