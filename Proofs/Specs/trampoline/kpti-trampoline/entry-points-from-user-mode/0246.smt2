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
 (let ((?x35786 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x45343 (bvadd ?x35786 (_ bv18446744073709551608 64))))
 (let ((?x28751 (bvadd ?x45343 (_ bv7 64))))
 (let (($x49515 (bvult (bvsub ?x28751 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x46444 (bvlshr (bvsub ?x28751 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x45408 (bvult (bvsub ?x28751 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46444 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x41457 (bvult ?x46444 ncpu)))
 (let ((?x23986 (bvlshr (bvsub ?x28751 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51060 (bvult (bvsub ?x28751 (bvadd (_ bv18446741874687344640 64) (bvmul ?x23986 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x35049 (bvult ?x23986 ncpu)))
 (let ((?x43264 (bvlshr (bvsub ?x28751 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45075 (bvult (bvsub ?x28751 (bvadd (_ bv18446612686364999680 64) (bvmul ?x43264 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x42210 (bvult ?x43264 ncpu)))
 (let (($x48904 (or (bvult (bvsub ?x28751 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x28751 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x28751 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x42210 $x45075) (and $x35049 $x51060) (and $x41457 $x45408) $x49515)))
 (let (($x49816 (bvult (bvsub ?x45343 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x37501 (bvlshr (bvsub ?x45343 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x44657 (bvult (bvsub ?x45343 (bvadd (_ bv18446683600570023936 64) (bvmul ?x37501 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x48959 (bvult ?x37501 ncpu)))
 (let (($x39820 (and $x48959 $x44657)))
 (let ((?x34855 (bvlshr (bvsub ?x45343 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x43205 (bvult (bvsub ?x45343 (bvadd (_ bv18446741874687344640 64) (bvmul ?x34855 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x49613 (bvult ?x34855 ncpu)))
 (let ((?x39088 (bvlshr (bvsub ?x45343 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45058 (bvult (bvsub ?x45343 (bvadd (_ bv18446612686364999680 64) (bvmul ?x39088 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x39954 (bvult ?x39088 ncpu)))
 (let (($x62352 (or (bvult (bvsub ?x45343 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x45343 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x45343 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x39954 $x45058) (and $x49613 $x43205) $x39820 $x49816)))
 (or (not $x62352) (not $x48904)))))))))))))))))))))))))))))
(check-sat)
