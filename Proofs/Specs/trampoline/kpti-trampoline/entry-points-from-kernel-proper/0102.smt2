; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:214:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10631 (bvadd ?x5362 (_ bv18446744073709551512 64))))
 (let ((?x7926 (bvadd ?x10631 (_ bv7 64))))
 (let (($x7809 (bvult (bvsub ?x7926 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11148 (bvlshr (bvsub ?x7926 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4199 (and (bvult ?x11148 ncpu) (bvult (bvsub ?x7926 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11148 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11036 (bvlshr (bvsub ?x7926 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9097 (and (bvult ?x11036 ncpu) (bvult (bvsub ?x7926 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11036 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2654 (bvlshr (bvsub ?x7926 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11108 (and (bvult ?x2654 ncpu) (bvult (bvsub ?x7926 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2654 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5181 (or (bvult (bvsub ?x7926 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7926 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7926 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11108 $x9097 $x4199 $x7809)))
 (let (($x12044 (bvult (bvsub ?x10631 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12175 (bvlshr (bvsub ?x10631 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12029 (and (bvult ?x12175 ncpu) (bvult (bvsub ?x10631 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12175 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11503 (bvlshr (bvsub ?x10631 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11911 (and (bvult ?x11503 ncpu) (bvult (bvsub ?x10631 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11503 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x730 (bvlshr (bvsub ?x10631 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2443 (and (bvult ?x730 ncpu) (bvult (bvsub ?x10631 (bvadd (_ bv18446612686364999680 64) (bvmul ?x730 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12982 (or (bvult (bvsub ?x10631 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10631 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10631 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2443 $x11911 $x12029 $x12044)))
 (or (not $x12982) (not $x5181))))))))))))))))))))))
(check-sat)
