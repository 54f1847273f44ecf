#!/usr/bin/env bash
# The spec and partition-filter fuzzer of the test suite (src/test/java/dev/mms/jobs/SpecFuzzTest.java), run longer:
# ITERATIONS mutated specs and as many filters (default 200,000 each) from SEED (default: the time), so that each run
# explores new inputs. A failure prints the seed and iteration that reproduce it:
#   mvn -o -q test -Dtest=SpecFuzzTest -Dfuzz.seed=SEED -Dfuzz.iterations=N
# Usage: bench/fuzz.sh [ITERATIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS=${1:-200000}
SEED=${2:-$(date +%s)}
echo "fuzzing $ITERATIONS specs and $ITERATIONS partition filters from seed $SEED"
mvn -B -o -q test -Dtest=SpecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.iterations="$ITERATIONS" -Dfuzz.seed="$SEED" && echo "no uncaught exception, every error with a message"
