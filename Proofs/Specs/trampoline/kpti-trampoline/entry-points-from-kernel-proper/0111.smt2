; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x7973 (bvadd ?x944 (_ bv18446744073709551608 64))))
 (let ((?x7134 (bvadd ?x7973 (_ bv7 64))))
 (let (($x7324 (bvult (bvsub ?x7134 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3824 (bvlshr (bvsub ?x7134 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6994 (and (bvult ?x3824 ncpu) (bvult (bvsub ?x7134 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3824 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6662 (bvlshr (bvsub ?x7134 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9805 (and (bvult ?x6662 ncpu) (bvult (bvsub ?x7134 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6662 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11623 (bvlshr (bvsub ?x7134 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11634 (and (bvult ?x11623 ncpu) (bvult (bvsub ?x7134 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11623 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7769 (or (bvult (bvsub ?x7134 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7134 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7134 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11634 $x9805 $x6994 $x7324)))
 (let (($x8721 (bvult (bvsub ?x7973 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11591 (bvlshr (bvsub ?x7973 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1388 (and (bvult ?x11591 ncpu) (bvult (bvsub ?x7973 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11591 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6721 (bvlshr (bvsub ?x7973 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6723 (and (bvult ?x6721 ncpu) (bvult (bvsub ?x7973 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6721 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5500 (bvlshr (bvsub ?x7973 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3997 (and (bvult ?x5500 ncpu) (bvult (bvsub ?x7973 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5500 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10612 (or (bvult (bvsub ?x7973 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7973 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7973 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3997 $x6723 $x1388 $x8721)))
 (or (not $x10612) (not $x7769))))))))))))))))))))))
(check-sat)
