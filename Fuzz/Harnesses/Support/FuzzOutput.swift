import Glibc

// Compiled into every harness by run.sh: what an input came to, and a sink the optimiser keeps.

/// `ISOCHECK_FUZZ_VERBOSE=1 Fuzz/run.sh replay ...` prints what each input came to.
let verbose = getenv("ISOCHECK_FUZZ_VERBOSE") != nil

func report(_ text: @autoclosure () -> String) {
    if verbose {
        print(text())
        fflush(nil)
    }
}

@inline(never)
func blackHole(_ value: UInt64) {
    if value == 0x5eed_5eed_5eed_5eed { print("unlikely") }
}
