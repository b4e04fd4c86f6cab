; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:149:3
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
 (let ((?x30466 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x56585 (bvadd ?x30466 (_ bv18446744073709551584 64))))
 (let ((?x39718 (bvadd ?x56585 (_ bv7 64))))
 (let (($x57500 (bvult (bvsub ?x39718 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x31417 (bvlshr (bvsub ?x39718 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x32884 (bvult (bvsub ?x39718 (bvadd (_ bv18446683600570023936 64) (bvmul ?x31417 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x39677 (bvult ?x31417 ncpu)))
 (let ((?x57826 (bvlshr (bvsub ?x39718 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45593 (bvult (bvsub ?x39718 (bvadd (_ bv18446741874687344640 64) (bvmul ?x57826 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x53303 (bvult ?x57826 ncpu)))
 (let ((?x53406 (bvlshr (bvsub ?x39718 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x58191 (bvult (bvsub ?x39718 (bvadd (_ bv18446612686364999680 64) (bvmul ?x53406 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x52127 (bvult ?x53406 ncpu)))
 (let (($x63006 (bvult (bvsub ?x39718 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x50395 (bvult (bvsub ?x39718 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x68996 (bvult (bvsub ?x39718 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x58941 (or $x68996 $x50395 $x63006 (and $x52127 $x58191) (and $x53303 $x45593) (and $x39677 $x32884) $x57500)))
 (let (($x57892 (bvult (bvsub ?x56585 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x50506 (bvlshr (bvsub ?x56585 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x52267 (bvult (bvsub ?x56585 (bvadd (_ bv18446683600570023936 64) (bvmul ?x50506 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x45753 (bvult ?x50506 ncpu)))
 (let (($x55436 (and $x45753 $x52267)))
 (let ((?x20789 (bvlshr (bvsub ?x56585 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x43330 (bvult (bvsub ?x56585 (bvadd (_ bv18446741874687344640 64) (bvmul ?x20789 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x42063 (bvult ?x20789 ncpu)))
 (let ((?x49759 (bvlshr (bvsub ?x56585 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37007 (bvult (bvsub ?x56585 (bvadd (_ bv18446612686364999680 64) (bvmul ?x49759 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x53388 (bvult ?x49759 ncpu)))
 (let (($x67882 (bvult (bvsub ?x56585 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x53670 (bvult (bvsub ?x56585 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x63964 (bvult (bvsub ?x56585 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (or (not (or $x63964 $x53670 $x67882 (and $x53388 $x37007) (and $x42063 $x43330) $x55436 $x57892)) (not $x58941))))))))))))))))))))))))))))))))))
(check-sat)
