; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:159:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x7189 (bvadd ?x11005 (_ bv16376 64))))
 (let ((?x7190 (bvadd ?x7189 (_ bv7 64))))
 (let (($x11329 (bvult (bvsub ?x7190 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x600 (bvlshr (bvsub ?x7190 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x484 (and (bvult ?x600 ncpu) (bvult (bvsub ?x7190 (bvadd (_ bv18446683600570023936 64) (bvmul ?x600 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11696 (bvlshr (bvsub ?x7190 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10275 (and (bvult ?x11696 ncpu) (bvult (bvsub ?x7190 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11696 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x988 (bvlshr (bvsub ?x7190 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8791 (and (bvult ?x988 ncpu) (bvult (bvsub ?x7190 (bvadd (_ bv18446612686364999680 64) (bvmul ?x988 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x52989 (or (bvult (bvsub ?x7190 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7190 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7190 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8791 $x10275 $x484 $x11329)))
 (let (($x11932 (bvult (bvsub ?x7189 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13113 (bvlshr (bvsub ?x7189 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11587 (and (bvult ?x13113 ncpu) (bvult (bvsub ?x7189 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13113 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11499 (bvlshr (bvsub ?x7189 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11409 (and (bvult ?x11499 ncpu) (bvult (bvsub ?x7189 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11499 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7191 (bvlshr (bvsub ?x7189 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2948 (and (bvult ?x7191 ncpu) (bvult (bvsub ?x7189 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7191 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x62887 (or (bvult (bvsub ?x7189 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7189 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7189 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2948 $x11409 $x11587 $x11932)))
 (or (not $x62887) (not $x52989))))))))))))))))))))))
(check-sat)
