#!/usr/bin/env bash
# Runs every measurement that BENCHMARKS.md records, in one go, and keeps the
# raw output in $OUT (default /tmp/newsgraph-bench-<time>):
#   machine.txt        lscpu, memory, kernel, rustc, load
#   bench.txt          newsgraph bench (built-in corpus, 1 thread and all cores)
#   until-<layer>.json the pipeline cut after each layer (cumulative cost)
#   mem-small.json / mem-large.json   two corpus sizes, all cores: peak RSS
#   spacy.txt          bench/spacy_compare.sh (speed ratio, entity F1)
#   criterion.txt      cargo bench --bench pipeline (only with CRITERION=1)
#
#   bench/record.sh            # SMALL=1 LARGE=10 passes of the 3 MB corpus
#   SMALL=1 LARGE=52 bench/record.sh   # about 100,000 articles
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/newsgraph-bench-$(date -u +%Y%m%dT%H%M)}
SMALL=${SMALL:-1}
LARGE=${LARGE:-10}
mkdir -p "$OUT"
cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/newsgraph

{
    date -u
    lscpu
    free -m
    uname -a
    rustc --version
    cat /proc/loadavg
} > "$OUT/machine.txt"

"$BIN" bench | tee "$OUT/bench.txt"
"$BIN" bench --json > "$OUT/bench.json"
for layer in tags entities places events; do
    "$BIN" bench --until "$layer" --threads 1 --json > "$OUT/until-$layer.json"
done
"$BIN" bench --threads "$(nproc)" --repeat "$SMALL" --json > "$OUT/mem-small.json"
"$BIN" bench --threads "$(nproc)" --repeat "$LARGE" --json > "$OUT/mem-large.json"
python3 - "$OUT" <<'EOF'
import json, sys
out = sys.argv[1]
for name in ("mem-small", "mem-large"):
    d = json.load(open(f"{out}/{name}.json"))
    print(f"{name}: {d['corpus']['articles_per_run']} articles, peak RSS {d['peak_rss_mb']} MB "
          f"(after first pass {d['peak_rss_after_first_pass_mb']} MB), "
          f"{d['tokens_per_s_all']:.0f} tokens/s, load average {d['load_average_before']}")
EOF
bench/spacy_compare.sh | tee "$OUT/spacy.txt"
if [ "${CRITERION:-0}" = 1 ]; then
    cargo bench --bench pipeline 2>&1 | tee "$OUT/criterion.txt"
fi
echo "raw results in $OUT"
