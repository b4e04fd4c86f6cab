; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x43801 (bvadd ?x15133 (_ bv18446744073709551584 64))))
 (let ((?x43743 (bvadd ?x43801 (_ bv7 64))))
 (let (($x37394 (bvult (bvsub ?x43743 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x39583 (bvlshr (bvsub ?x43743 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x37124 (bvult (bvsub ?x43743 (bvadd (_ bv18446683600570023936 64) (bvmul ?x39583 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x41683 (bvult ?x39583 ncpu)))
 (let ((?x50336 (bvlshr (bvsub ?x43743 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x40770 (bvult (bvsub ?x43743 (bvadd (_ bv18446741874687344640 64) (bvmul ?x50336 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x44092 (bvult ?x50336 ncpu)))
 (let ((?x44761 (bvlshr (bvsub ?x43743 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x28639 (bvult (bvsub ?x43743 (bvadd (_ bv18446612686364999680 64) (bvmul ?x44761 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x33969 (bvult ?x44761 ncpu)))
 (let (($x62691 (bvult (bvsub ?x43743 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x24158 (bvult (bvsub ?x43743 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x64298 (bvult (bvsub ?x43743 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x59949 (or $x64298 $x24158 $x62691 (and $x33969 $x28639) (and $x44092 $x40770) (and $x41683 $x37124) $x37394)))
 (let (($x44876 (bvult (bvsub ?x43801 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x46460 (bvlshr (bvsub ?x43801 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x44870 (bvult (bvsub ?x43801 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46460 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x44862 (bvult ?x46460 ncpu)))
 (let (($x34094 (and $x44862 $x44870)))
 (let ((?x46742 (bvlshr (bvsub ?x43801 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45377 (bvult (bvsub ?x43801 (bvadd (_ bv18446741874687344640 64) (bvmul ?x46742 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x46247 (bvult ?x46742 ncpu)))
 (let ((?x30162 (bvlshr (bvsub ?x43801 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x36115 (bvult (bvsub ?x43801 (bvadd (_ bv18446612686364999680 64) (bvmul ?x30162 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x42624 (bvult ?x30162 ncpu)))
 (let (($x64364 (bvult (bvsub ?x43801 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x50204 (bvult (bvsub ?x43801 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x58064 (bvult (bvsub ?x43801 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (or (not (or $x58064 $x50204 $x64364 (and $x42624 $x36115) (and $x46247 $x45377) $x34094 $x44876)) (not $x59949))))))))))))))))))))))))))))))))))
(check-sat)
