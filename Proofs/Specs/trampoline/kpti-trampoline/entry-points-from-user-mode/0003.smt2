; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:120:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(declare-fun fetch.trampoline () (_ BitVec 64))
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
 (let ((?x733 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x733)))
 (let ((?x1949 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x2872 (bvand ?x1949 (_ bv18446744073709547520 64))))
 (let ((?x2911 (bvlshr (bvsub ?x2872 ?x2844) (_ bv16 64))))
 (let ((?x2922 (bvadd ?x2911 (_ bv1 64))))
 (let ((?x2925 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2922 (_ bv65536 64)))))
 (let (($x2931 (and (bvult ?x2922 ncpu) (or (bvult (bvsub ?x2925 ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 ?x2925) (_ bv24576 64))))))
 (let (($x2920 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2911 (_ bv0 64)) (_ bv65536 64))) ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2911 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2889 (bvlshr (bvsub ?x2872 (bvadd (_ bv18446612686364999680 64) ?x733)) (_ bv16 64))))
 (let ((?x2900 (bvadd ?x2889 (_ bv1 64))))
 (let ((?x2903 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2900 (_ bv65536 64)))))
 (let (($x2909 (and (bvult ?x2900 ncpu) (or (bvult (bvsub ?x2903 ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 ?x2903) (_ bv4096 64))))))
 (let (($x2898 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x2889 (_ bv0 64)) (_ bv65536 64))) ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x2889 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x2877 (or (bvult (bvsub (_ bv0 64) ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x2932 (or $x2877 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x2872) (_ bv4096 64)) (bvult (bvsub ?x2872 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x2889 (_ bv0 64)) ncpu) $x2898) $x2909 (and (bvult (bvadd ?x2911 (_ bv0 64)) ncpu) $x2920) $x2931)))
 (let ((?x2846 (bvlshr (bvsub (bvand ?x1949 (_ bv18446744073707454464 64)) ?x2844) (_ bv16 64))))
 (let ((?x2857 (bvadd ?x2846 (_ bv1 64))))
 (let ((?x2860 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2857 (_ bv65536 64)))))
 (let ((?x1827 (bvand ?x1949 (_ bv18446744073707454464 64))))
 (let (($x2866 (and (bvult ?x2857 ncpu) (or (bvult (bvsub ?x2860 ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 ?x2860) (_ bv24576 64))))))
 (let (($x2855 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2846 (_ bv0 64)) (_ bv65536 64))) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2846 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1603 (bvlshr (bvsub ?x1827 (bvadd (_ bv18446612686364999680 64) ?x733)) (_ bv16 64))))
 (let ((?x2833 (bvadd ?x1603 (_ bv1 64))))
 (let ((?x2836 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2833 (_ bv65536 64)))))
 (let (($x2842 (and (bvult ?x2833 ncpu) (or (bvult (bvsub ?x2836 ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 ?x2836) (_ bv4096 64))))))
 (let (($x2831 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x1603 (_ bv0 64)) (_ bv65536 64))) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x1603 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x664 (or (bvult (bvsub (_ bv0 64) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x2867 (or $x664 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x1603 (_ bv0 64)) ncpu) $x2831) $x2842 (and (bvult (bvadd ?x2846 (_ bv0 64)) ncpu) $x2855) $x2866)))
 (let (($x2934 (or (and (bvult (bvsub ?x1949 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x2867) (and (bvult (bvsub ?x1949 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x2932))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x2934)))))))))))))))))))))))))))))))))
(check-sat)
