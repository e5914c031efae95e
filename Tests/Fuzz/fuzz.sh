#!/usr/bin/env bash
# Runs the libFuzzer targets, each for SECONDS (default 60), from the seed corpora committed here.
# New interesting inputs go to a work folder (the committed seeds stay as they are); a crash stops
# the run with the input saved under .build-fuzz/crashes/ — turn it into a regression test.
#   bash Tests/Fuzz/fuzz.sh [SECONDS] [TARGET...]     targets: see corpus/ (one folder each)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(jsonl csv-acled csv-viina csv-alerts csv-alerts-official csv-sitrep query theme runtime)
swift build -c release --scratch-path .build-fuzz --product sitrep-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DSITREP_FUZZ -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld 2>&1 | tail -1
bin=.build-fuzz/release/sitrep-fuzz
mkdir -p .build-fuzz/crashes
for t in "${targets[@]}"; do
  work=.build-fuzz/corpus/$t
  mkdir -p "$work"
  echo "== fuzz $t for ${seconds}s"
  # TOMLKit's bridge leaks by design (see .ci/lsan.supp); every other leak still stops the run.
  SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp:print_suppressions=0" SITREP_FUZZ=$t "$bin" -max_total_time="$seconds" -max_len=8192 -timeout="$([ "$t" = runtime ] && echo 30 || echo 10)" -dict=Tests/Fuzz/edges.dict -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=".build-fuzz/crashes/$t-" "$work" "Tests/Fuzz/corpus/$t" 2>&1 | grep -E "^(#[0-9]+ *DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|Test unit written|artifact)" || true
  if ls .build-fuzz/crashes/"$t"-* >/dev/null 2>&1; then echo "FAIL: fuzz target $t crashed: $(ls .build-fuzz/crashes/"$t"-*)"; exit 1; fi
done
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no crashes"
