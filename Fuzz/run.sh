#!/usr/bin/env bash
# Builds and runs isocheck's libFuzzer harnesses. See Fuzz/README.md.
#
#   Fuzz/run.sh HARNESS SECONDS [LIBFUZZER_FLAG...]   fuzz one harness for SECONDS
#   Fuzz/run.sh all SECONDS [LIBFUZZER_FLAG...]       each harness in turn, SECONDS each
#   Fuzz/run.sh build [HARNESS|all]                   only build
#   Fuzz/run.sh replay HARNESS FILE...                run the harness once on each FILE
#
# HARNESS is one of: spec elf ptdump symbols. Exit status: 0 when nothing was found, 1 on a
# finding (crash, sanitizer report, timeout, out-of-memory, leak), 2 on a usage or build error.
#
# Environment: ISOCHECK_FUZZ_OUT (default .build-fuzz in the repository) holds the binaries,
# the growing corpus and the findings; SWIFTC (default swiftc on PATH).
set -uo pipefail

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$fuzz_dir")
out=${ISOCHECK_FUZZ_OUT:-$repo/.build-fuzz}
swiftc=${SWIFTC:-swiftc}
all_harnesses=(spec elf ptdump symbols)

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

die() {
    echo "Fuzz/run.sh: $*" >&2
    exit 2
}

# The modules a harness links, in dependency order.
modules_of() {
    case $1 in
        spec) echo IsocheckDiagnostics IsocheckSyntax IsocheckImport X86Decoding IsocheckModel ;;
        elf | ptdump | symbols) echo IsocheckDiagnostics IsocheckImport ;;
        *) die "unknown harness '$1' (expected one of: ${all_harnesses[*]})" ;;
    esac
}

# Direct dependencies of a module, as Package.swift declares them.
dependencies_of() {
    case $1 in
        IsocheckDiagnostics | X86Decoding) ;;
        IsocheckSyntax | IsocheckImport) echo IsocheckDiagnostics ;;
        IsocheckModel) echo IsocheckDiagnostics IsocheckSyntax IsocheckImport X86Decoding ;;
    esac
}

# Everything is instrumented: -sanitize=fuzzer gives the coverage libFuzzer steers by (and,
# at link time, libFuzzer's main), -sanitize=address the memory checks. -O keeps Swift's
# overflow and bounds checks (they trap, which libFuzzer reports as a crash) but runs fast.
# X86Decoding imports CZydis, whose module map is in Sources/CZydis (SwiftPM's system library).
swift_flags=(-O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address -I "$repo/Sources/CZydis")

check_toolchain() {
    command -v "$swiftc" > /dev/null || die "no swiftc on PATH (install a Swift 6 toolchain or set SWIFTC)"
    local bin runtime
    bin=$(dirname "$(readlink -f "$(command -v "$swiftc")")")
    runtime=$(ls "$bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2> /dev/null | head -n 1)
    [[ -n $runtime ]] || die "the toolchain at $bin/.. has no libclang_rt.fuzzer (use a swift.org Linux toolchain)"
}

# Compiles one module into $out/modules/NAME.o and NAME.swiftmodule, unless they are newer
# than its sources and its dependencies.
build_module() {
    local module=$1 object=$out/modules/$1.o stale=0 dependency
    if [[ ! -f $object ]] || [[ -n $(find "$repo/Sources/$module" -name '*.swift' -newer "$object" -print -quit) ]] \
        || [[ -n $(find "$repo/Sources/$module" -newer "$object" -type d -print -quit) ]]; then
        stale=1
    fi
    for dependency in $(dependencies_of "$module"); do
        [[ $out/modules/$dependency.o -nt $object ]] && stale=1
    done
    ((stale)) || return 0
    echo "building $module" >&2
    mkdir -p "$out/modules"
    # One object per module (-wmo without -num-threads); -j 1 so a build next to other work
    # takes one core.
    "$swiftc" -j 1 -wmo "${swift_flags[@]}" -module-name "$module" -I "$out/modules" \
        -emit-module -emit-module-path "$out/modules/$module.swiftmodule" \
        -c -o "$object.tmp" $(find "$repo/Sources/$module" -name '*.swift' | sort) 2>&1 | filter_linker_noise
    [[ ${PIPESTATUS[0]} -eq 0 ]] || die "building $module failed"
    mv "$object.tmp" "$object"
}

# gold warns about every ASan helper symbol it cannot export; the warnings are harmless.
filter_linker_noise() {
    grep -v "Cannot export local symbol" || true
}

build_harness() {
    local harness=$1 module objects=() binary=$out/bin/$1 stale=0
    for module in $(modules_of "$harness"); do
        build_module "$module"
        objects+=("$out/modules/$module.o")
        [[ $out/modules/$module.o -nt $binary ]] && stale=1
    done
    local support=$fuzz_dir/Harnesses/Support/FuzzOutput.swift
    [[ ! -f $binary || $fuzz_dir/Harnesses/$harness.swift -nt $binary || $support -nt $binary ]] && stale=1
    ((stale)) || return 0
    echo "linking $harness" >&2
    mkdir -p "$out/bin"
    "$swiftc" "${swift_flags[@]}" -I "$out/modules" "$fuzz_dir/Harnesses/$harness.swift" "$support" "${objects[@]}" \
        -lZydis -o "$binary.tmp" 2>&1 | filter_linker_noise
    [[ ${PIPESTATUS[0]} -eq 0 ]] || die "linking $harness failed"
    mv "$binary.tmp" "$binary"
}

# A tmpfs folder for the files the elf harness writes, removed when the run ends. The spec
# harness elaborates its input as SCRATCH/spec/fuzz.isospec, so the dumps a spec imports by a
# relative path come from the fixtures copied beside it, never from the repository or ../shared.
make_scratch() {
    local base=/dev/shm scratch
    [[ -d $base && -w $base ]] || base=${TMPDIR:-/tmp}
    scratch=$(mktemp -d "$base/isocheck-fuzz.XXXXXX") || return 1
    mkdir "$scratch/spec" && cp -L "$fuzz_dir"/Fixtures/spec/* "$scratch/spec/" || return 1
    echo "$scratch"
}

# Runs one harness for $2 seconds, one process, niced; returns 1 on a finding.
fuzz() {
    local harness=$1 seconds=$2
    shift 2
    local work=$out/$harness
    local seeds=("$fuzz_dir/Corpus/$harness") dictionary=$fuzz_dir/Dictionaries/$harness.dict
    # The spec front end also starts from every bundled spec (libFuzzer reads folders
    # recursively), so the seeds follow Specs/ without a copy.
    [[ $harness == spec ]] && seeds+=("$repo/Specs")
    mkdir -p "$work/corpus" "$work/findings" "$work/logs"
    local flags=(-jobs=1 -workers=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix="$work/findings/")
    [[ -f $dictionary ]] && flags+=(-dict="$dictionary")
    local scratch marker status
    scratch=$(make_scratch) || die "cannot make a scratch folder with the spec fixtures"
    marker=$(mktemp "$scratch/started.XXXXXX")
    echo "fuzzing $harness for ${seconds}s: corpus $work/corpus (seeds ${seeds[*]}), findings $work/findings" >&2
    # With -jobs=1 the fuzzing runs in a child process that logs to fuzz-0.log in the
    # current directory; the parent copies that log to its own output when the child ends,
    # and exits non-zero if the child found something. Both are kept; a summary is printed.
    local log=$work/logs/$(date +%Y%m%d-%H%M%S).log findings
    (cd "$work/logs" && rm -f fuzz-0.log \
        && ISOCHECK_FUZZ_TMPDIR=$scratch nice -n 19 "$out/bin/$harness" "${flags[@]}" "$@" \
            "$work/corpus" "${seeds[@]}" > "$log" 2>&1)
    status=$?
    grep -E '^(INFO: +[0-9]+ files found|#[0-9]+[[:space:]]+(INITED|DONE)|stat::|Done )' "$log" | awk '!seen[$0]++' >&2
    findings=$(find "$work/findings" -type f -newer "$marker" \( -name 'crash-*' -o -name 'leak-*' \
        -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    rm -rf "$scratch"
    if [[ $status -ne 0 || -n $findings ]]; then
        echo "FINDING in $harness (libFuzzer exit status $status); the log is $log" >&2
        grep -E -m 5 'ERROR: |Fatal error|SUMMARY: |ALARM' "$log" >&2
        [[ -n $findings ]] && echo "$findings" >&2
        echo "reproduce: Fuzz/run.sh replay $harness FILE" >&2
        return 1
    fi
    echo "$harness: no finding" >&2
    return 0
}

# Expands HARNESS|all into harness names, rejecting unknown ones.
harnesses_of() {
    local name
    if [[ $1 == all ]]; then echo "${all_harnesses[*]}"; return; fi
    for name in "${all_harnesses[@]}"; do [[ $1 == "$name" ]] && { echo "$1"; return; }; done
    die "unknown harness '$1' (expected all or one of: ${all_harnesses[*]})"
}

[[ $# -ge 1 ]] || usage
check_toolchain
case $1 in
    build)
        targets=$(harnesses_of "${2:-all}") || exit 2
        for harness in $targets; do build_harness "$harness"; done
        ;;
    replay)
        [[ $# -ge 3 ]] || usage
        harness=$(harnesses_of "$2") || exit 2
        [[ $harness != *" "* ]] || usage
        shift 2
        build_harness "$harness"
        scratch=$(make_scratch) || die "cannot make a scratch folder with the spec fixtures"
        ISOCHECK_FUZZ_TMPDIR=$scratch "$out/bin/$harness" -timeout=10 -rss_limit_mb=2048 "$@"
        status=$?
        rm -rf "$scratch"
        exit $status
        ;;
    -h | --help | help) usage ;;
    *)
        [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
        targets=$(harnesses_of "$1") || exit 2
        seconds=$2
        shift 2
        for harness in $targets; do build_harness "$harness"; done
        found=0
        # One at a time: each harness gets the whole budget of one core.
        for harness in $targets; do fuzz "$harness" "$seconds" "$@" || found=1; done
        exit $found
        ;;
esac
