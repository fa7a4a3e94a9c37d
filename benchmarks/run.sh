#!/usr/bin/env bash
# Builds and runs the JMH benchmarks with fixed settings, then writes docs/performance.md (medians and ratios).
# Each side runs on its own class path: benchmarks/dss (EU DSS with the Santuario/BouncyCastle it is built on) and
# benchmarks/sdk (the SDK as users get it, plus the hand-written baselines). Both work on the same fixture files,
# written first by the DSS side, in the same run.
# Usage: benchmarks/run.sh [extra JMH args]   — several minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q -ntp -pl benchmarks/sdk,benchmarks/dss -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
sdk_jar=benchmarks/sdk/target/benchmarks.jar
dss_jar=benchmarks/dss/target/benchmarks-dss.jar
out=benchmarks/target/results
mkdir -p "$out"
corpus="$(cd "$root/../shared/corpus" && pwd)"
fixtures="$out/fixtures"
java -cp "$dss_jar" io.github.egovsdk.benchmarks.dss.FixtureWriter "$fixtures"
props="-Degov.corpus.dir=$corpus -Degov.bench.fixtures=$fixtures"

java -jar "$dss_jar" -f 1 -wi 3 -i 5 -w 2s -r 2s -bm avgt -jvmArgsAppend "$props" \
  -rf json -rff "$out/dss.json" 'DssSigningBenchmark|DssVerificationBenchmark' "$@"
java -jar "$sdk_jar" -f 1 -wi 3 -i 5 -w 2s -r 2s -bm avgt -jvmArgsAppend "$props" \
  -rf json -rff "$out/avgt.json" 'PadesSigningBenchmark|VerificationBenchmark|ParallelVerificationBenchmark|EdxmlSampleBenchmark|HttpCallBenchmark' "$@"
java -jar "$sdk_jar" -f 1 -wi 1 -i 5 -jvmArgsAppend "$props" \
  -rf json -rff "$out/edxml.json" 'EdxmlBenchmark' "$@"

# Receive throughput needs PostgreSQL (the lease store): EGOV_PG_URL, or the throwaway cluster of .ci/start-postgres.
pg_url="${EGOV_PG_URL:-}"
if [ -z "$pg_url" ]; then
  pg_url=$(.ci/start-postgres 2>/dev/null | tail -1) || pg_url=""
fi
rm -f "$out/receive.json" "$out/receive-cpu.jsonl"
if [ -n "$pg_url" ]; then
  java -jar "$sdk_jar" -f 1 -wi 2 -i 5 -bm ss -tu ms -jvmArgsAppend \
    "$props -Degov.bench.pg=$pg_url -Degov.bench.receiveCpu=$out/receive-cpu.jsonl" \
    -rf json -rff "$out/receive.json" 'ReceiveThroughputBenchmark' "$@"
else
  echo "run.sh: no PostgreSQL (set EGOV_PG_URL or install postgresql for .ci/start-postgres): receive rows not run" >&2
fi

# edXML memory: 100 MiB at -Xmx64m and 1 GiB at -Xmx16m, each run in a forked JVM with that heap (files in /dev/shm
# when it has room for the ~3.5 GiB the 1 GiB case writes, else under benchmarks/target; deleted by the probe).
edxml_tmp=/dev/shm
if [ "$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2{print $4}')" -lt 4000000 ] 2>/dev/null; then edxml_tmp="$out/edxml-tmp"; fi
: > "$out/memory.txt"
for size_heap in "100MiB 64m" "1GiB 16m"; do
  for which in baseline sdk; do
    # shellcheck disable=SC2086
    java -Degov.bench.tmp="$edxml_tmp" -cp "$sdk_jar" io.github.egovsdk.benchmarks.EdxmlMemoryProbe "$which" $size_heap \
      | tee -a "$out/memory.txt" || echo "$which $size_heap failed" | tee -a "$out/memory.txt"
  done
done
# PAdES signing of a generated 200 MB PDF in a 128 MiB heap (the PDF is written and deleted by the probe).
java -Xmx128m $props -cp "$sdk_jar" io.github.egovsdk.benchmarks.PadesMemoryProbe | tee "$out/pades-memory.txt"
# The CLI cold-start section is measured separately (benchmarks/cli-startup/run.sh): keep it.
cli_section=$(awk '/^## CLI cold start/,0' docs/performance.md 2>/dev/null || true)
python3 benchmarks/report.py "$out" > docs/performance.md
if [ -n "$cli_section" ]; then printf '\n%s\n' "$cli_section" >> docs/performance.md; fi
echo "wrote docs/performance.md"
