; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:146:3
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
 (let ((?x44172 (bvadd ?x30466 (_ bv18446744073709551608 64))))
 (let ((?x37598 (bvadd ?x44172 (_ bv7 64))))
 (let (($x22148 (bvult (bvsub ?x37598 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x47701 (bvlshr (bvsub ?x37598 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x21945 (bvult (bvsub ?x37598 (bvadd (_ bv18446683600570023936 64) (bvmul ?x47701 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x47695 (bvult ?x47701 ncpu)))
 (let ((?x21556 (bvlshr (bvsub ?x37598 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x21522 (bvult (bvsub ?x37598 (bvadd (_ bv18446741874687344640 64) (bvmul ?x21556 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x45157 (bvult ?x21556 ncpu)))
 (let ((?x28044 (bvlshr (bvsub ?x37598 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x46376 (bvult (bvsub ?x37598 (bvadd (_ bv18446612686364999680 64) (bvmul ?x28044 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x38386 (bvult ?x28044 ncpu)))
 (let (($x58340 (or (bvult (bvsub ?x37598 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x37598 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x37598 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x38386 $x46376) (and $x45157 $x21522) (and $x47695 $x21945) $x22148)))
 (let (($x24124 (bvult (bvsub ?x44172 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x45905 (bvlshr (bvsub ?x44172 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9749 (bvult (bvsub ?x44172 (bvadd (_ bv18446683600570023936 64) (bvmul ?x45905 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x47494 (bvult ?x45905 ncpu)))
 (let (($x57349 (and $x47494 $x9749)))
 (let ((?x50419 (bvlshr (bvsub ?x44172 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x31486 (bvult (bvsub ?x44172 (bvadd (_ bv18446741874687344640 64) (bvmul ?x50419 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x38701 (bvult ?x50419 ncpu)))
 (let ((?x36838 (bvlshr (bvsub ?x44172 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15013 (bvult (bvsub ?x44172 (bvadd (_ bv18446612686364999680 64) (bvmul ?x36838 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x44161 (bvult ?x36838 ncpu)))
 (let (($x56173 (or (bvult (bvsub ?x44172 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x44172 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x44172 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x44161 $x15013) (and $x38701 $x31486) $x57349 $x24124)))
 (or (not $x56173) (not $x58340)))))))))))))))))))))))))))))
(check-sat)
