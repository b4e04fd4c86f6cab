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
 (let ((?x5517 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x28866 (bvadd ?x5517 (_ bv18446744073709551488 64))))
 (let ((?x28994 (bvadd ?x28866 (_ bv7 64))))
 (let (($x9547 (bvult (bvsub ?x28994 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x32085 (bvlshr (bvsub ?x28994 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x36573 (bvult (bvsub ?x28994 (bvadd (_ bv18446683600570023936 64) (bvmul ?x32085 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x35634 (bvult ?x32085 ncpu)))
 (let ((?x33184 (bvlshr (bvsub ?x28994 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14974 (bvult (bvsub ?x28994 (bvadd (_ bv18446741874687344640 64) (bvmul ?x33184 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x29380 (bvult ?x33184 ncpu)))
 (let ((?x31014 (bvlshr (bvsub ?x28994 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37554 (bvult (bvsub ?x28994 (bvadd (_ bv18446612686364999680 64) (bvmul ?x31014 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x30996 (bvult ?x31014 ncpu)))
 (let (($x7804 (or (bvult (bvsub ?x28994 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x28994 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x28994 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x30996 $x37554) (and $x29380 $x14974) (and $x35634 $x36573) $x9547)))
 (let (($x37803 (bvult (bvsub ?x28866 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x33113 (bvlshr (bvsub ?x28866 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x30897 (bvult (bvsub ?x28866 (bvadd (_ bv18446683600570023936 64) (bvmul ?x33113 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x37906 (bvult ?x33113 ncpu)))
 (let (($x3184 (and $x37906 $x30897)))
 (let ((?x34960 (bvlshr (bvsub ?x28866 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x34858 (bvult (bvsub ?x28866 (bvadd (_ bv18446741874687344640 64) (bvmul ?x34960 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x25190 (bvult ?x34960 ncpu)))
 (let ((?x29560 (bvlshr (bvsub ?x28866 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37883 (bvult (bvsub ?x28866 (bvadd (_ bv18446612686364999680 64) (bvmul ?x29560 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x33115 (bvult ?x29560 ncpu)))
 (let (($x5737 (or (bvult (bvsub ?x28866 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x28866 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x28866 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x33115 $x37883) (and $x25190 $x34858) $x3184 $x37803)))
 (or (not $x5737) (not $x7804)))))))))))))))))))))))))))))
(check-sat)
