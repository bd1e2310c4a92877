#!/usr/bin/env bash
# A sweep in shards on one machine with GNU parallel, then merged (docs/cluster.md quotes this file).
# Usage: scripts/sweep-parallel.sh SCENARIO SHARDS OUT [SECUREBASE_CLI]
# Writes OUT/shard-1 ... OUT/shard-SHARDS and OUT/merged, the files of the unsharded sweep.
set -euo pipefail
scenario=$1
shards=$2
out=$3
cli=${4:-securebase-cli}

# One single-threaded process per shard, as many at once as there are cores; stop at the first failure.
seq 1 "$shards" | parallel --halt now,fail=1 \
  "$cli" sweep "$scenario" --shard {}/"$shards" --threads 1 -q --out "$out"/shard-{}

# Checks that the shards belong together and that every dyad is there once.
"$cli" merge "$out"/shard-* --out "$out"/merged
