; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:209:3
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
 (let ((?x11078 (bvadd ?x944 (_ bv18446744073709551512 64))))
 (let ((?x10668 (bvadd ?x11078 (_ bv7 64))))
 (let (($x2694 (bvult (bvsub ?x10668 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4383 (bvlshr (bvsub ?x10668 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7207 (and (bvult ?x4383 ncpu) (bvult (bvsub ?x10668 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x675 (bvlshr (bvsub ?x10668 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12664 (and (bvult ?x675 ncpu) (bvult (bvsub ?x10668 (bvadd (_ bv18446741874687344640 64) (bvmul ?x675 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8197 (bvlshr (bvsub ?x10668 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2857 (and (bvult ?x8197 ncpu) (bvult (bvsub ?x10668 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8197 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12824 (or (bvult (bvsub ?x10668 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10668 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10668 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2857 $x12664 $x7207 $x2694)))
 (let (($x10873 (bvult (bvsub ?x11078 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10926 (bvlshr (bvsub ?x11078 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1959 (and (bvult ?x10926 ncpu) (bvult (bvsub ?x11078 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10926 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10979 (bvlshr (bvsub ?x11078 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11979 (and (bvult ?x10979 ncpu) (bvult (bvsub ?x11078 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10979 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13225 (bvlshr (bvsub ?x11078 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10689 (and (bvult ?x13225 ncpu) (bvult (bvsub ?x11078 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13225 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8283 (or (bvult (bvsub ?x11078 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11078 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11078 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10689 $x11979 $x1959 $x10873)))
 (or (not $x8283) (not $x12824))))))))))))))))))))))
(check-sat)
