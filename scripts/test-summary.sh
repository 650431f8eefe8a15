#!/usr/bin/env bash
# Summarise the TRX files `dotnet test --logger trx` wrote under a results directory.
# Prints one line per test assembly, the names of failed tests, and as its LAST line
#     Tests: <passed> passed, <failed> failed
# Exits 1 when any test failed (failed, error, timeout or aborted) or when no test ran
# at all (an empty run is not a green run), 0 otherwise.
#
#   scripts/test-summary.sh [results-dir]      (default: TestResults)
# Only bash, grep, sed and find: runs on a bare Debian image.
set -euo pipefail

dir="${1:-TestResults}"

mapfile -t files < <(find "$dir" -name '*.trx' -type f 2>/dev/null | sort)

attr() { # attribute-name element-text
    local v
    v=$(printf '%s' "$2" | grep -oE "[[:space:]]$1=\"[^\"]*\"" | head -n 1 | sed -E 's/.*="([^"]*)"/\1/') || true
    printf '%s' "${v:-0}"
}
unxml() { sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'; }

passed=0 failed=0 skipped=0
echo
echo "Test results ($dir):"
for f in "${files[@]}"; do
    counters=$(grep -oE '<Counters [^>]*>' "$f" | head -n 1 || true)
    p=$(attr passed "$counters")
    fl=$(( $(attr failed "$counters") + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters") ))
    # Skipped tests are counted in total but not in executed.
    s=$(( $(attr total "$counters") - $(attr executed "$counters") ))
    # The test assembly, from the first test method's code base.
    codebase=$(grep -oE '<TestMethod [^>]*codeBase="[^"]*"' "$f" | head -n 1 | sed -E 's/.*codeBase="([^"]*)".*/\1/' || true)
    name=$(basename "${codebase:-$f}"); name=${name%.dll}
    outcome=$(grep -oE '<ResultSummary [^>]*outcome="[^"]*"' "$f" | head -n 1 | sed -E 's/.*outcome="([^"]*)".*/\1/' || true)
    printf '  %-50s %5d passed, %d failed, %d skipped%s\n' "$name" "$p" "$fl" "$s" \
        "$([[ -n "$outcome" && "$outcome" != Completed && "$outcome" != Passed ]] && echo "  (run outcome: $outcome)")"
    passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + s))
    grep -oE '<UnitTestResult [^>]*outcome="(Failed|Error|Timeout|Aborted)"[^>]*>' "$f" |
        grep -oE 'testName="[^"]*"' | sed -E 's/testName="(.*)"/    FAILED \1/' | unxml || true
done

status=0
if ((${#files[@]} == 0)); then
    echo "  no TRX files found: no test project ran (or dotnet test failed before running any)"
    status=1
elif ((passed + failed == 0)); then
    echo "  zero tests ran"
    status=1
fi
((failed == 0)) || status=1
((skipped == 0)) || echo "Skipped: $skipped"
echo "Tests: $passed passed, $failed failed"
exit $status
