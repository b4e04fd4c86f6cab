; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:205:3
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
 (let ((?x21237 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x21761 (bvadd ?x21237 (_ bv18446744073709551488 64))))
 (let ((?x9849 (bvadd ?x21761 (_ bv7 64))))
 (let (($x2176 (bvult (bvsub ?x9849 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x28909 (bvlshr (bvsub ?x9849 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x21593 (bvult (bvsub ?x9849 (bvadd (_ bv18446683600570023936 64) (bvmul ?x28909 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x30259 (bvult ?x28909 ncpu)))
 (let ((?x26678 (bvlshr (bvsub ?x9849 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x25271 (bvult (bvsub ?x9849 (bvadd (_ bv18446741874687344640 64) (bvmul ?x26678 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x1892 (bvult ?x26678 ncpu)))
 (let ((?x37122 (bvlshr (bvsub ?x9849 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x28615 (bvult (bvsub ?x9849 (bvadd (_ bv18446612686364999680 64) (bvmul ?x37122 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x34506 (bvult ?x37122 ncpu)))
 (let (($x34249 (or (bvult (bvsub ?x9849 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9849 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9849 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x34506 $x28615) (and $x1892 $x25271) (and $x30259 $x21593) $x2176)))
 (let (($x28619 (bvult (bvsub ?x21761 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x19077 (bvlshr (bvsub ?x21761 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5275 (bvult (bvsub ?x21761 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19077 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x35299 (bvult ?x19077 ncpu)))
 (let (($x36723 (and $x35299 $x5275)))
 (let ((?x33508 (bvlshr (bvsub ?x21761 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x30990 (bvult (bvsub ?x21761 (bvadd (_ bv18446741874687344640 64) (bvmul ?x33508 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x27022 (bvult ?x33508 ncpu)))
 (let ((?x13109 (bvlshr (bvsub ?x21761 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x27610 (bvult (bvsub ?x21761 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13109 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x30797 (bvult ?x13109 ncpu)))
 (let (($x11002 (or (bvult (bvsub ?x21761 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x21761 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x21761 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x30797 $x27610) (and $x27022 $x30990) $x36723 $x28619)))
 (or (not $x11002) (not $x34249)))))))))))))))))))))))))))))
(check-sat)
