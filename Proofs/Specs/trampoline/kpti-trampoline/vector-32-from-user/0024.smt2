; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
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
 (let ((?x6078 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x5978 (bvadd ?x6078 (_ bv18446744073709551608 64))))
 (let ((?x5931 (bvadd ?x5978 (_ bv7 64))))
 (let (($x6204 (bvult (bvsub ?x5931 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6184 (bvlshr (bvsub ?x5931 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6196 (bvult (bvsub ?x5931 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6184 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x6190 (bvult ?x6184 ncpu)))
 (let ((?x6167 (bvlshr (bvsub ?x5931 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6179 (bvult (bvsub ?x5931 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6167 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x6168 (bvult ?x6167 ncpu)))
 (let ((?x6159 (bvlshr (bvsub ?x5931 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5744 (bvult (bvsub ?x5931 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6159 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x6161 (bvult ?x6159 ncpu)))
 (let (($x10484 (or (bvult (bvsub ?x5931 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5931 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5931 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x6161 $x5744) (and $x6168 $x6179) (and $x6190 $x6196) $x6204)))
 (let (($x6158 (bvult (bvsub ?x5978 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6185 (bvlshr (bvsub ?x5978 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6186 (bvult (bvsub ?x5978 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6185 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x6200 (bvult ?x6185 ncpu)))
 (let (($x10408 (and $x6200 $x6186)))
 (let ((?x6212 (bvlshr (bvsub ?x5978 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6214 (bvult (bvsub ?x5978 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6212 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x6227 (bvult ?x6212 ncpu)))
 (let ((?x5951 (bvlshr (bvsub ?x5978 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5997 (bvult (bvsub ?x5978 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5951 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x5961 (bvult ?x5951 ncpu)))
 (let (($x15134 (or (bvult (bvsub ?x5978 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5978 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5978 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x5961 $x5997) (and $x6227 $x6214) $x10408 $x6158)))
 (or (not $x15134) (not $x10484)))))))))))))))))))))))))))))
(check-sat)
