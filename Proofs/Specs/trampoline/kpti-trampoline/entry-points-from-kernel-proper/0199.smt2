; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:239:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(declare-fun fetch.exit_path () (_ BitVec 64))
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
 (let (($x19817 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071578845184 64) (_ bv1048576 64)) fetch.exit_path) (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub (bvadd (bvadd (_ bv18446744071578845184 64) (_ bv1048576 64)) fetch.exit_path) (_ bv18446744071593525248 64)) (_ bv4096 64)))))
 (and (bvult fetch.exit_path (_ bv4096 64)) (not $x19817))))
(check-sat)
