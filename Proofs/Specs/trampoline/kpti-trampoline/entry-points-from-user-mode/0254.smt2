; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:150:3
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
 (let ((?x31503 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x40709 (bvadd ?x31503 (_ bv18446744073709551576 64))))
 (let ((?x44438 (bvadd ?x40709 (_ bv7 64))))
 (let (($x35216 (bvult (bvsub ?x44438 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x47031 (bvlshr (bvsub ?x44438 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x48653 (bvult (bvsub ?x44438 (bvadd (_ bv18446683600570023936 64) (bvmul ?x47031 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x48845 (bvult ?x47031 ncpu)))
 (let ((?x790 (bvlshr (bvsub ?x44438 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x33673 (bvult (bvsub ?x44438 (bvadd (_ bv18446741874687344640 64) (bvmul ?x790 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x24331 (bvult ?x790 ncpu)))
 (let ((?x38823 (bvlshr (bvsub ?x44438 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48876 (bvult (bvsub ?x44438 (bvadd (_ bv18446612686364999680 64) (bvmul ?x38823 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x28669 (bvult ?x38823 ncpu)))
 (let (($x73129 (or (bvult (bvsub ?x44438 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x44438 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x44438 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x28669 $x48876) (and $x24331 $x33673) (and $x48845 $x48653) $x35216)))
 (let (($x21345 (bvult (bvsub ?x40709 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x37476 (bvlshr (bvsub ?x40709 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x48721 (bvult (bvsub ?x40709 (bvadd (_ bv18446683600570023936 64) (bvmul ?x37476 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x50909 (bvult ?x37476 ncpu)))
 (let (($x52559 (and $x50909 $x48721)))
 (let ((?x45323 (bvlshr (bvsub ?x40709 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52811 (bvult (bvsub ?x40709 (bvadd (_ bv18446741874687344640 64) (bvmul ?x45323 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x47774 (bvult ?x45323 ncpu)))
 (let ((?x53055 (bvlshr (bvsub ?x40709 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x40907 (bvult (bvsub ?x40709 (bvadd (_ bv18446612686364999680 64) (bvmul ?x53055 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x51499 (bvult ?x53055 ncpu)))
 (let (($x37071 (or (bvult (bvsub ?x40709 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40709 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40709 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x51499 $x40907) (and $x47774 $x52811) $x52559 $x21345)))
 (or (not $x37071) (not $x73129)))))))))))))))))))))))))))))
(check-sat)
