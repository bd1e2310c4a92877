#!/usr/bin/env bash
# The lecture tour of docs/teaching.md, step by step: each step opens the window in the state the
# lecture plan reaches with its keys and clicks, and saves a screenshot. The test checks that every
# step's screenshot is produced at the size asked for; docs/teaching.md's pictures are made with it.
#   tests/gui/tour.sh SECUREBASE OUT_DIR [WxH] [--docs]
# --docs waits longer where a step shows work in progress (the population view's 500 dyads).
set -euo pipefail
app=$1; out=$2; size=${3:-1280x720}; docs=${4:-}
width=${size%x*}; height=${size#*x}
mkdir -p "$out"
rm -f "$out"/*.png
population_frames=60
[ "$docs" = "--docs" ] && population_frames=400

# One step: a name, then the window's arguments. xvfb-run -a picks a free display each time; the
# screen is larger than the window so nothing is clipped.
step() {
  local name=$1; shift
  xvfb-run -a -s "-screen 0 $((width + 64))x$((height + 64))x24" \
    "$app" --size "$size" "$@" --screenshot "$out/$name.png" > "$out/$name.log" 2>&1 ||
    { echo "FAIL: step $name: the window exited with an error" >&2; cat "$out/$name.log" >&2; exit 1; }
}

# L1: a secure dyad at 16x with the narration (on by default): one click on 16x.
step l1-secure-16x sensitive --speed 16 --frames 240
# L2: the first reunion, paused: keys 5 and Space.
step l2-first-reunion sensitive --episode 5 --paused --frames 8
# L3: the same infant with four caregivers, side by side: Compare..., then the preset.
step l3-same-infant --compare same-infant-different-caregivers --at 700 --frames 8
# L4: hidden arousal in the second separation, after a rejecting and after a sensitive first year.
step l4-hidden-arousal --compare history-vs-today --at 870 --frames 8
# L5: a disorganized lapse at the reunion (click it in Key moments), then the classification with
# its best fit at the end (C).
step l5-d-lapse frightening --at 690 --frames 8
step l5-d-classified frightening --at 1400 --scorecard --frames 8
# L6: the population view with an inconsistent caregiver: P, then the preset.
step l6-population inconsistent --population --frames "$population_frames"
# S1: a quiz item (the student codes it on the Quiz tab).
step s1-quiz --quiz --seed 7 --frames 8

# Every step's picture exists, is a PNG and has the window's size (bytes 16-23 of a PNG hold the
# width and height, big-endian).
status=0
for name in l1-secure-16x l2-first-reunion l3-same-infant l4-hidden-arousal l5-d-lapse l5-d-classified \
            l6-population s1-quiz; do
  f="$out/$name.png"
  if [ ! -s "$f" ] || [ "$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "FAIL: $name: no PNG screenshot at $f" >&2; status=1; continue
  fi
  read -r w h < <(od -An -tu1 -j16 -N8 "$f" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  if [ "$w" != "$width" ] || [ "$h" != "$height" ]; then
    echo "FAIL: $name: screenshot is ${w}x${h}, expected $size" >&2; status=1
  fi
done
[ $status -eq 0 ] && echo "tour: ok (8 screenshots at $size in $out)"
exit $status
