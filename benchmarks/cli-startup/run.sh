#!/usr/bin/env bash
# Cold start of the `egov` command, whole process (JVM start to exit): the median and min/max of N runs (default 11)
# of `egov id parse NUMBER --json`, launched (a) as a plain `java -jar`, (b) through the ./egov launcher, which uses
# the AppCDS archive and the quick-command JVM flags. Usage: benchmarks/cli-startup/run.sh [N]
# Builds the CLI first if needed (through ./egov). Prints one line per variant; exits 1 if a run fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-11}"
jar="$root/sdk-cli/target/egov.jar"
"$root/egov" id parse 001099012345 --json >/dev/null # builds the jar and the archive when missing or stale

measure() { # label command...
  local log wall cpu
  log=$(mktemp)
  for ((i = 0; i < n; i++)); do
    # bash's `time`: wall, user and system seconds of the whole process.
    { TIMEFORMAT='%R %U %S'; time "${@:2}" >/dev/null 2>&1 || { echo "cli-startup: $1 failed"; exit 1; }; } 2>>"$log"
  done
  wall=($(awk '{ printf "%d\n", $1 * 1000 }' "$log" | sort -n))
  cpu=($(awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$log" | sort -n))
  rm -f "$log"
  echo "$1: wall median ${wall[$((n / 2))]} ms (min ${wall[0]}, max ${wall[$((n - 1))]}); CPU (user+sys) median" \
    "${cpu[$((n / 2))]} ms; n=$n"
}
measure "java -jar (no archive)" java -jar "$jar" id parse 001099012345 --json
measure "./egov (AppCDS + quick flags)" "$root/egov" id parse 001099012345 --json
# What a start loads (CPU follows it): classes in all, and how many the AppCDS archive maps instead of parsing them.
cl=$(mktemp)
JAVA_OPTS="-Xlog:class+load:file=$cl" "$root/egov" id parse 001099012345 --json >/dev/null
echo "./egov classes loaded: $(wc -l <"$cl"), from the AppCDS archive: $(grep -c 'shared objects file' "$cl")"
rm -f "$cl"
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
