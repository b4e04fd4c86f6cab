; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:210:3
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
 (let ((?x46245 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x58202 (bvadd ?x46245 (_ bv18446744073709551488 64))))
 (let ((?x54758 (bvadd ?x58202 (_ bv7 64))))
 (let (($x57127 (bvult (bvsub ?x54758 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x58066 (bvlshr (bvsub ?x54758 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x38164 (bvult (bvsub ?x54758 (bvadd (_ bv18446683600570023936 64) (bvmul ?x58066 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x48199 (bvult ?x58066 ncpu)))
 (let ((?x58355 (bvlshr (bvsub ?x54758 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x47628 (bvult (bvsub ?x54758 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58355 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x56753 (bvult ?x58355 ncpu)))
 (let ((?x57976 (bvlshr (bvsub ?x54758 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x56903 (bvult (bvsub ?x54758 (bvadd (_ bv18446612686364999680 64) (bvmul ?x57976 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x48080 (bvult ?x57976 ncpu)))
 (let (($x46740 (or (bvult (bvsub ?x54758 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x54758 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x54758 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x48080 $x56903) (and $x56753 $x47628) (and $x48199 $x38164) $x57127)))
 (let (($x52920 (bvult (bvsub ?x58202 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x59212 (bvlshr (bvsub ?x58202 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x56177 (bvult (bvsub ?x58202 (bvadd (_ bv18446683600570023936 64) (bvmul ?x59212 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x59450 (bvult ?x59212 ncpu)))
 (let (($x23562 (and $x59450 $x56177)))
 (let ((?x56740 (bvlshr (bvsub ?x58202 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48138 (bvult (bvsub ?x58202 (bvadd (_ bv18446741874687344640 64) (bvmul ?x56740 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x57275 (bvult ?x56740 ncpu)))
 (let ((?x50475 (bvlshr (bvsub ?x58202 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x54972 (bvult (bvsub ?x58202 (bvadd (_ bv18446612686364999680 64) (bvmul ?x50475 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x42458 (bvult ?x50475 ncpu)))
 (let (($x59188 (or (bvult (bvsub ?x58202 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x58202 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x58202 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x42458 $x54972) (and $x57275 $x48138) $x23562 $x52920)))
 (or (not $x59188) (not $x46740)))))))))))))))))))))))))))))
(check-sat)
