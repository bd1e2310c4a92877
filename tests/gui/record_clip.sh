#!/usr/bin/env bash
# Clip recording test: records a short MP4 of one room and a GIF of a comparison in a virtual X
# display, and checks with ffprobe that each file exists with exactly the frames and the duration
# asked for (frames = span x fps / speed, independent of how fast the machine draws). Then a clip
# whose encoder fails must leave no file and a clear error.
set -euo pipefail
app=$1; out=$2
mkdir -p "$out"
rm -f "$out"/*.mp4 "$out"/*.gif "$out"/*.txt
# xvfb-run -a can pick a display number another xvfb-run on the machine takes at the same moment;
# the window then cannot open. That (and only that) is retried.
run() {
  local try rc
  for try in 1 2 3; do
    rc=0
    xvfb-run -a -s "-screen 0 1280x720x24" "$app" "$@" 2> "$out/stderr.txt" || rc=$?
    grep -q "Failed to open X11 display" "$out/stderr.txt" || break
    sleep 2
  done
  cat "$out/stderr.txt" >&2
  rm -f "$out/stderr.txt"
  return $rc
}

frames_of() {
  ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$1"
}
duration_of() {
  ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"
}
expect() {  # file frames duration
  [ -s "$1" ] || { echo "FAIL: $1 was not written" >&2; exit 1; }
  local n d
  n=$(frames_of "$1"); d=$(duration_of "$1")
  [ "$n" = "$2" ] || { echo "FAIL: $1 has $n frames, expected $2" >&2; exit 1; }
  awk -v d="$d" -v want="$3" 'BEGIN { exit !(d > want - 0.05 && d < want + 0.05) }' ||
    { echo "FAIL: $1 lasts $d s, expected $3 s" >&2; exit 1; }
  echo "$1: $n frames, $d s"
}

# 6 simulated seconds at 4x and 10 fps: 15 frames, 1.5 s.
run rejecting --size 800x480 --record "$out/room.mp4" --from-s 600 --to-s 606 --speed 4 --record-fps 10 > "$out/room.txt"
expect "$out/room.mp4" 15 1.5
# Two rooms, 4 simulated seconds at 2x and 10 fps: 20 frames, 2 s.
run --compare history-vs-today --size 800x480 --record "$out/compare.gif" --from-s 700 --to-s 704 --speed 2 --record-fps 10 > "$out/compare.txt"
expect "$out/compare.gif" 20 2

# An encoder that fails: a clear error, a failing exit code and no file. PATH points at a stand-in
# ffmpeg that reads a little and exits 1.
mkdir -p "$out/bin"
printf '#!/bin/sh\nhead -c 100 > /dev/null\necho "stand-in encoder failing" >&2\nexit 1\n' > "$out/bin/ffmpeg"
chmod +x "$out/bin/ffmpeg"
if PATH="$out/bin:$PATH" run --size 800x480 --record "$out/broken.mp4" --from-s 0 --to-s 4 --record-fps 10 2> "$out/broken.txt"; then
  echo "FAIL: a failing encoder must fail the recording" >&2; exit 1
fi
grep -q "nothing was written" "$out/broken.txt" || { echo "FAIL: no clear error:" >&2; cat "$out/broken.txt" >&2; exit 1; }
[ ! -e "$out/broken.mp4" ] || { echo "FAIL: a partial clip was left behind" >&2; exit 1; }
ls "$out" | grep -v -E '^(room\.mp4|compare\.gif|room\.txt|compare\.txt|broken\.txt|bin)$' && { echo "FAIL: stray files" >&2; exit 1; }
echo "record clip: ok"
