; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:115:3
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
 (let ((?x909 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x909)))
 (let ((?x1948 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x2871 (bvand ?x1948 (_ bv18446744073709547520 64))))
 (let ((?x2910 (bvlshr (bvsub ?x2871 ?x2843) (_ bv16 64))))
 (let ((?x2921 (bvadd ?x2910 (_ bv1 64))))
 (let ((?x2924 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2921 (_ bv65536 64)))))
 (let (($x2930 (and (bvult ?x2921 ncpu) (or (bvult (bvsub ?x2924 ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 ?x2924) (_ bv24576 64))))))
 (let (($x2919 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2910 (_ bv0 64)) (_ bv65536 64))) ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2910 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2888 (bvlshr (bvsub ?x2871 (bvadd (_ bv18446612686364999680 64) ?x909)) (_ bv16 64))))
 (let ((?x2899 (bvadd ?x2888 (_ bv1 64))))
 (let ((?x2902 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2899 (_ bv65536 64)))))
 (let (($x2908 (and (bvult ?x2899 ncpu) (or (bvult (bvsub ?x2902 ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 ?x2902) (_ bv4096 64))))))
 (let (($x2897 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x2888 (_ bv0 64)) (_ bv65536 64))) ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x2888 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x2876 (or (bvult (bvsub (_ bv0 64) ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x2931 (or $x2876 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x2871) (_ bv4096 64)) (bvult (bvsub ?x2871 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x2888 (_ bv0 64)) ncpu) $x2897) $x2908 (and (bvult (bvadd ?x2910 (_ bv0 64)) ncpu) $x2919) $x2930)))
 (let ((?x2845 (bvlshr (bvsub (bvand ?x1948 (_ bv18446744073707454464 64)) ?x2843) (_ bv16 64))))
 (let ((?x2856 (bvadd ?x2845 (_ bv1 64))))
 (let ((?x2859 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2856 (_ bv65536 64)))))
 (let ((?x1825 (bvand ?x1948 (_ bv18446744073707454464 64))))
 (let (($x2865 (and (bvult ?x2856 ncpu) (or (bvult (bvsub ?x2859 ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 ?x2859) (_ bv24576 64))))))
 (let (($x2854 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2845 (_ bv0 64)) (_ bv65536 64))) ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2845 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1523 (bvlshr (bvsub ?x1825 (bvadd (_ bv18446612686364999680 64) ?x909)) (_ bv16 64))))
 (let ((?x2832 (bvadd ?x1523 (_ bv1 64))))
 (let ((?x2835 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2832 (_ bv65536 64)))))
 (let (($x2841 (and (bvult ?x2832 ncpu) (or (bvult (bvsub ?x2835 ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 ?x2835) (_ bv4096 64))))))
 (let (($x2830 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x1523 (_ bv0 64)) (_ bv65536 64))) ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x1523 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x860 (or (bvult (bvsub (_ bv0 64) ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x2866 (or $x860 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x1825) (_ bv2097152 64)) (bvult (bvsub ?x1825 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x1523 (_ bv0 64)) ncpu) $x2830) $x2841 (and (bvult (bvadd ?x2845 (_ bv0 64)) ncpu) $x2854) $x2865)))
 (let (($x2933 (or (and (bvult (bvsub ?x1948 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x2866) (and (bvult (bvsub ?x1948 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x2931))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x2933)))))))))))))))))))))))))))))))))
(check-sat)
