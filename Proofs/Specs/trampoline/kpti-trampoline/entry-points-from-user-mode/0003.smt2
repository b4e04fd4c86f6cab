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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x1950 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x2873 (bvand ?x1950 (_ bv18446744073709547520 64))))
 (let ((?x2912 (bvlshr (bvsub ?x2873 ?x2845) (_ bv16 64))))
 (let ((?x2923 (bvadd ?x2912 (_ bv1 64))))
 (let ((?x2926 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2923 (_ bv65536 64)))))
 (let (($x2932 (and (bvult ?x2923 ncpu) (or (bvult (bvsub ?x2926 ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 ?x2926) (_ bv24576 64))))))
 (let (($x2921 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2912 (_ bv0 64)) (_ bv65536 64))) ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2912 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2890 (bvlshr (bvsub ?x2873 (bvadd (_ bv18446612686364999680 64) ?x920)) (_ bv16 64))))
 (let ((?x2901 (bvadd ?x2890 (_ bv1 64))))
 (let ((?x2904 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2901 (_ bv65536 64)))))
 (let (($x2910 (and (bvult ?x2901 ncpu) (or (bvult (bvsub ?x2904 ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 ?x2904) (_ bv4096 64))))))
 (let (($x2899 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x2890 (_ bv0 64)) (_ bv65536 64))) ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x2890 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x2878 (or (bvult (bvsub (_ bv0 64) ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x2933 (or $x2878 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x2873) (_ bv4096 64)) (bvult (bvsub ?x2873 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x2890 (_ bv0 64)) ncpu) $x2899) $x2910 (and (bvult (bvadd ?x2912 (_ bv0 64)) ncpu) $x2921) $x2932)))
 (let ((?x2847 (bvlshr (bvsub (bvand ?x1950 (_ bv18446744073707454464 64)) ?x2845) (_ bv16 64))))
 (let ((?x2858 (bvadd ?x2847 (_ bv1 64))))
 (let ((?x2861 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2858 (_ bv65536 64)))))
 (let ((?x1827 (bvand ?x1950 (_ bv18446744073707454464 64))))
 (let (($x2867 (and (bvult ?x2858 ncpu) (or (bvult (bvsub ?x2861 ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 ?x2861) (_ bv24576 64))))))
 (let (($x2856 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2847 (_ bv0 64)) (_ bv65536 64))) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x2847 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x892 (bvlshr (bvsub ?x1827 (bvadd (_ bv18446612686364999680 64) ?x920)) (_ bv16 64))))
 (let ((?x2834 (bvadd ?x892 (_ bv1 64))))
 (let ((?x2837 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2834 (_ bv65536 64)))))
 (let (($x2843 (and (bvult ?x2834 ncpu) (or (bvult (bvsub ?x2837 ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 ?x2837) (_ bv4096 64))))))
 (let (($x2832 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x892 (_ bv0 64)) (_ bv65536 64))) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x892 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x733 (or (bvult (bvsub (_ bv0 64) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x2868 (or $x733 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x1827) (_ bv2097152 64)) (bvult (bvsub ?x1827 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x892 (_ bv0 64)) ncpu) $x2832) $x2843 (and (bvult (bvadd ?x2847 (_ bv0 64)) ncpu) $x2856) $x2867)))
 (let (($x2935 (or (and (bvult (bvsub ?x1950 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x2868) (and (bvult (bvsub ?x1950 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x2933))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x2935)))))))))))))))))))))))))))))))))
(check-sat)
