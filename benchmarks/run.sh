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

: > "$out/memory.txt"
for which in baseline sdk; do
  java -Xmx64m -cp "$sdk_jar" io.github.egovsdk.benchmarks.EdxmlMemoryProbe "$which" | tee -a "$out/memory.txt"
done
# PAdES signing of a generated 200 MB PDF in a 128 MiB heap (the PDF is written and deleted by the probe).
java -Xmx128m $props -cp "$sdk_jar" io.github.egovsdk.benchmarks.PadesMemoryProbe | tee "$out/pades-memory.txt"
# The CLI cold-start section is measured separately (benchmarks/cli-startup/run.sh): keep it.
cli_section=$(awk '/^## CLI cold start/,0' docs/performance.md 2>/dev/null || true)
python3 benchmarks/report.py "$out" > docs/performance.md
if [ -n "$cli_section" ]; then printf '\n%s\n' "$cli_section" >> docs/performance.md; fi
echo "wrote docs/performance.md"
