#!/usr/bin/env bash
# Fuzzing with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer
# (docs/fuzzing.md). Builds the targets of tests/fuzz/ with clang++ in
# build-fuzz/ (only what is missing or out of date) and runs them.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]          fuzz each target SECONDS (default 60)
#   scripts/fuzz.sh --smoke [SECONDS] [TARGET...]  each target over its seed corpus, then
#                                                  SECONDS (default 5) of fuzzing
#   scripts/fuzz.sh --build-only [TARGET...]       build, run nothing
#
# Targets: model yaml formula csv buildup chain analyses reports (default: all,
# in that order).
# Each run starts from build-fuzz/corpus/TARGET, a copy of tests/fuzz/corpus/TARGET
# that keeps what the fuzzer finds (the repository's seeds are never written);
# a smoke run uses a fresh copy in build-fuzz/smoke/ instead. A crash, a sanitizer
# report or an uncaught exception leaves its input in build-fuzz/artifacts/TARGET/;
# libFuzzer's output is in build-fuzz/logs/TARGET.log (build-fuzz/smoke/TARGET.log
# for a smoke run); on a failure both paths are printed.
#
# Exit: 0 every target ran clean; 1 a target failed (or the build did); 2 wrong
# usage; 77 no clang++ that can link libFuzzer (ctest reports the test skipped).
# Environment: FUZZ_CXX (default clang++), FUZZ_JOBS (build jobs, default 2),
# FUZZ_ARGS (more libFuzzer flags, e.g. "-use_value_profile=1").
set -uo pipefail

# The whole script is one block, read before it runs: an edit to this file
# while a run is under way does not change the run.
{
cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
build=$root/build-fuzz
all_targets=(model yaml formula csv buildup chain analyses reports)

usage() {
    sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

mode=fuzz
seconds=
targets=()
for arg in "$@"; do
    case $arg in
        --smoke) mode=smoke ;;
        --build-only) mode=build ;;
        -h|--help) usage ;;
        -*) echo "scripts/fuzz.sh: unknown option $arg" >&2; usage ;;
        *)
            if [[ $arg =~ ^[0-9]+$ ]] && [ -z "$seconds" ] && [ ${#targets[@]} -eq 0 ]; then
                seconds=$arg
            elif [[ " ${all_targets[*]} " == *" $arg "* ]]; then
                targets+=("$arg")
            else
                echo "scripts/fuzz.sh: no target \`$arg\`; the targets are ${all_targets[*]}" >&2
                exit 2
            fi
            ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
if [ -z "$seconds" ]; then
    if [ $mode = smoke ]; then seconds=5; else seconds=60; fi
fi
if [ "$seconds" -lt 1 ]; then
    echo "scripts/fuzz.sh: SECONDS must be at least 1" >&2
    exit 2
fi

# ---- clang++ and libFuzzer ------------------------------------------------------
cxx=${FUZZ_CXX:-clang++}
if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "scripts/fuzz.sh: $cxx not found: the fuzz targets need clang with libFuzzer (Debian: apt-get install clang)" >&2
    exit 77
fi
mkdir -p "$build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    # A clang without its runtime libraries (compiler-rt) cannot link a fuzz target.
    probe=$build/probe
    printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
        'extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }' >"$probe.cpp"
    if ! "$cxx" -fsanitize=fuzzer,address,undefined "$probe.cpp" -o "$probe" >"$probe.log" 2>&1; then
        echo "scripts/fuzz.sh: $cxx cannot link -fsanitize=fuzzer,address,undefined (see $probe.log);" \
             "install clang's runtime libraries (Debian: libclang-rt-dev or clang's own package)" >&2
        exit 77
    fi
    rm -f "$probe" "$probe.cpp" "$probe.log"
fi

# ---- build ------------------------------------------------------------------------
# One build at a time (ctest's smoke tests, a run by hand); the build makes only
# what is missing or out of date.
build_targets() {
    local started=$SECONDS status=0
    if [ ! -f "$build/CMakeCache.txt" ]; then
        echo "build-fuzz: configuring with $cxx"
        # ccache, where there is one, shares the objects between worktrees.
        local launcher=()
        command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        nice cmake -S "$root/tests/fuzz" -B "$build" -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" >"$build/configure.log" 2>&1 || {
            cat "$build/configure.log" >&2
            rm -f "$build/CMakeCache.txt"
            return 1
        }
    fi
    local names=()
    for target in "${targets[@]}"; do names+=("fuzz_$target"); done
    CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")} nice cmake --build "$build" -j"${FUZZ_JOBS:-2}" --target "${names[@]}" >"$build/build.log" 2>&1 || status=1
    if [ $status -ne 0 ]; then
        grep -E 'error|Error' "$build/build.log" | head -n 40 >&2
        echo "build-fuzz: the build failed; the whole output is in $build/build.log" >&2
        return 1
    fi
    if grep -q 'Building CXX' "$build/build.log"; then
        echo "build-fuzz: built ${names[*]} in $((SECONDS - started)) s"
    fi
}
if command -v flock >/dev/null 2>&1; then
    exec 9>"$build/.build.lock"
    flock 9
    build_targets || exit 1
    flock -u 9
else
    build_targets || exit 1
fi
[ $mode = build ] && exit 0

# ---- run ----------------------------------------------------------------------------
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for target in "${targets[@]}"; do
    seeds=$root/tests/fuzz/corpus/$target
    if [ $mode = smoke ]; then
        corpus=$build/smoke/$target
        log=$build/smoke/$target.log
        rm -rf "$corpus"
    else
        corpus=$build/corpus/$target
        log=$build/logs/$target.log
    fi
    artifacts=$build/artifacts/$target
    tmp=$build/tmp/$target.$$
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")" "$tmp"
    # Seeds the copy lacks (a new seed, or the first run); what it found stays.
    cp -n "$seeds"/* "$corpus"/ 2>/dev/null
    before=$(find "$corpus" -type f | wc -l)

    # shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
    TMPDIR=$tmp nice "$build/fuzz_$target" \
        -max_total_time="$seconds" \
        -dict="$root/tests/fuzz/tariff.dict" \
        -rss_limit_mb=2048 \
        -timeout=10 \
        -print_final_stats=1 \
        -artifact_prefix="$artifacts/" \
        ${FUZZ_ARGS:-} \
        "$corpus" >"$log" 2>&1
    status=$?
    rm -rf "$tmp"

    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d ' ' -f 2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d ' ' -f 2)
    after=$(find "$corpus" -type f | wc -l)
    if [ $status -eq 0 ]; then
        printf '%-8s ok     %s runs in %s s (%s/s), cov %s, ft %s, corpus %s (%s new), peak rss %s MB\n' \
            "$target" "${runs:-?}" "$seconds" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$after" "$((after - before))" "${rss:-?}"
        continue
    fi
    failed=1
    crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    # The first line that says what went wrong: a sanitizer's summary, our own
    # finding, an exception that nothing caught, a timeout or running out of memory.
    what=$(grep -m 1 -E 'runtime error: |^SUMMARY: |^==fuzz finding==|terminate called|ERROR: libFuzzer|ALARM: working on the last Unit' "$log")
    printf '%-8s FAILED (exit %s) after %s runs: %s\n' "$target" "$status" "${runs:-?}" "${what:-see the log}"
    printf '         input: %s\n         log:   %s\n' "${crash:-none written}" "$log"
    if [ -n "$crash" ]; then
        printf '         again: %s %s\n' "build-fuzz/fuzz_$target" "${crash#"$root"/}"
    fi
done
exit $failed
}
