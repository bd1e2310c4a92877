#!/usr/bin/env bash
# GUI smoke test: starts the real securebase window in a virtual X display twice (a few frames, then
# many frames at 32x), and checks that the room and the panel were drawn and the procedure advanced.
set -euo pipefail
app=$1; check=$2; out=$3
mkdir -p "$out"
rm -f "$out"/*.png
run() { xvfb-run -a -s "-screen 0 1280x720x24" "$app" "$@"; }

# The room census below wants the whole height for the room: narration off.
run --no-narration --frames 5 --screenshot "$out/early.png" > "$out/early.txt"
run --no-narration --speed 32 --frames 240 --screenshot "$out/late.png" > "$out/late.txt"
cat "$out/late.txt"

sim_time=$(grep -o 'sim_time=[0-9.]*' "$out/late.txt" | cut -d= -f2)
steps=$(grep -o 'steps=[0-9]*' "$out/late.txt" | cut -d= -f2)
if [ -z "$sim_time" ] || [ -z "$steps" ]; then
  echo "FAIL: the app did not report its simulated time" >&2; exit 1
fi
# 240 frames at 32x is over a minute of procedure even at 10 frames per second.
if ! awk -v t="$sim_time" 'BEGIN { exit !(t > 20) }'; then
  echo "FAIL: the simulation advanced only $sim_time s" >&2; exit 1
fi
"$check" "$out/early.png" "$out/late.png"
# Narration on (the default) draws its band at the same paused moment: a different picture.
run --at 702 --frames 3 --screenshot "$out/narrated.png" > /dev/null
run --at 702 --frames 3 --no-narration --screenshot "$out/plain.png" > /dev/null
if cmp -s "$out/narrated.png" "$out/plain.png"; then
  echo "FAIL: narration on and off drew the same picture" >&2; exit 1
fi
# The quiz opens on an item drawn from the low-risk population, and its title hides the caregiver.
run --quiz --seed 3 --frames 3 --screenshot "$out/quiz.png" > "$out/quiz.txt"
grep -q 'frames=3' "$out/quiz.txt" || { echo "FAIL: the quiz window did not run" >&2; exit 1; }

# The population tab starts a run of 500 dyads on worker threads at once; the window must keep
# drawing, and closing it while the run is going must end the process (the run is cancelled).
timeout 120 xvfb-run -a -s "-screen 0 1280x720x24" "$app" --population --no-narration --frames 20 --screenshot "$out/population.png" \
  > "$out/population.txt"
if ! grep -q 'frames=20' "$out/population.txt"; then
  echo "FAIL: the window on the population tab did not draw its frames and quit" >&2; exit 1
fi
"$check" "$out/population.png" "$out/late.png"
echo "gui smoke: ok (simulated $sim_time s in $steps steps)"
