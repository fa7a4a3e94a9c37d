#!/usr/bin/env bash
# Builds and runs the JMH benchmarks with fixed settings, then writes docs/performance.md (medians and ratios).
# Usage: benchmarks/run.sh [extra JMH args]   — a few minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"
corpus="$(cd "$root/../shared/corpus" && pwd)"

java -jar "$jar" -f 1 -wi 3 -i 5 -w 2s -r 2s -bm avgt -jvmArgsAppend "-Degov.corpus.dir=$corpus" \
  -rf json -rff "$out/avgt.json" 'PadesSigningBenchmark|VerificationBenchmark|EdxmlSampleBenchmark|HttpCallBenchmark' "$@"
java -jar "$jar" -f 1 -wi 1 -i 5 -jvmArgsAppend "-Degov.corpus.dir=$corpus" \
  -rf json -rff "$out/edxml.json" 'EdxmlBenchmark' "$@"

: > "$out/memory.txt"
for which in baseline sdk; do
  java -Xmx64m -cp "$jar" io.github.egovsdk.benchmarks.EdxmlMemoryProbe "$which" | tee -a "$out/memory.txt"
done
python3 benchmarks/report.py "$out" > docs/performance.md
echo "wrote docs/performance.md"
