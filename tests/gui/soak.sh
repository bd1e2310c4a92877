#!/usr/bin/env bash
# GUI soak test: starts the real securebase window in a virtual X display and, for SECONDS, sends it
# random key presses, clicks, ctrl+clicks with typed numbers, drags, scroll-wheel turns and window
# resizes with xdotool, drawn from bash's generator seeded with SEED so a run can be repeated. Then
# it checks that the window is still running, stops it with SIGTERM, and checks that it exits with 0
# and that every parameter it wrote on exit (--dump-params) is inside its registry range.
#   tests/gui/soak.sh APP OUT_DIR [SECONDS=60] [SEED=1]
set -euo pipefail
app=$1; out=$2; seconds=${3:-60}; seed=${4:-1}
here=$(cd "$(dirname "$0")" && pwd)
# xdotool needs an X display: the script runs itself again inside a fresh virtual one.
if [ -z "${SOAK_IN_XVFB:-}" ]; then
  SOAK_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1200x24" bash "$here/soak.sh" "$@"
fi
command -v xdotool >/dev/null || { echo "FAIL: xdotool is missing (scripts/setup installs it)" >&2; exit 1; }
mkdir -p "$out"
rm -f "$out/params.tsv"

# A high speed runs the procedure (and its restarts and jumps) through many episodes in the time;
# no multisampling keeps software rendering fast.
"$app" --size 1280x720 --speed 16 --antialias 0 --dump-params "$out/params.tsv" >"$out/stdout.txt" 2>"$out/stderr.txt" &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null || true; }
trap stop EXIT

window=""
for _ in $(seq 100); do
  window=$(xdotool search --pid "$pid" --name SecureBase 2>/dev/null | head -n 1 || true)
  [ -n "$window" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$out/stderr.txt" >&2; echo "FAIL: the app exited before its window opened" >&2; exit 1; }
  sleep 0.2
done
[ -n "$window" ] || { echo "FAIL: no SecureBase window appeared" >&2; exit 1; }
xdotool windowfocus "$window" 2>/dev/null || true

RANDOM=$seed
keys=(space s Right Left Up Down r c i plus minus equal 1 2 3 4 5 6 7 8 9 Tab Return Escape BackSpace Delete
      Home End Page_Up Page_Down a x z q w F1 F11 ctrl+a ctrl+z ctrl+c KP_Add KP_Subtract KP_1 KP_5)
typed=(0 1 5 9 10 -3 0.5 99999 -1e308 1e308 nan inf 3.14159 abc "" 7e-320 0x10)
declare -A done_count=()
width=1280; height=720
# A point: most actions aim at the control panel on the right, where the sliders are.
point() {
  if (( RANDOM % 10 < 7 )); then x=$(( width * 55 / 100 + RANDOM % (width * 45 / 100) )); else x=$(( RANDOM % width )); fi
  y=$(( RANDOM % height ))
}
# Each xdotool call is allowed to fail (the window may be mid-resize); only the app's survival counts.
act() {
  local kind
  case $(( RANDOM % 20 )) in
    0|1|2|3|4)   kind=key;    xdotool key --clearmodifiers "${keys[RANDOM % ${#keys[@]}]}" ;;
    5|6|7|8|9)   kind=click;  point; xdotool mousemove --window "$window" "$x" "$y" click 1 ;;
    10|11|12)    kind=drag;   point; local x0=$x y0=$y; point
                 xdotool mousemove --window "$window" "$x0" "$y0" mousedown 1 mousemove --window "$window" "$x" "$y" \
                   mousemove --window "$window" $(( x + 40 )) "$y" mouseup 1 ;;
    13|14|15)    kind=scroll; point; xdotool mousemove --window "$window" "$x" "$y" click --repeat $(( 1 + RANDOM % 5 )) $(( 4 + RANDOM % 2 )) ;;
    16|17)       kind=typed;  point; xdotool mousemove --window "$window" "$x" "$y" keydown ctrl click 1 keyup ctrl \
                   key ctrl+a type "${typed[RANDOM % ${#typed[@]}]}"; xdotool key Return ;;
    18|19)       kind=resize; width=$(( 400 + RANDOM % 1500 )); height=$(( 300 + RANDOM % 880 ))
                 xdotool windowsize "$window" "$width" "$height" ;;
  esac >/dev/null 2>&1 || true
  done_count[$kind]=$(( ${done_count[$kind]:-0} + 1 ))
}

end=$(( SECONDS + seconds ))
actions=0
while (( SECONDS < end )); do
  act
  actions=$(( actions + 1 ))
  sleep 0.02
  if (( actions % 50 == 0 )) && ! kill -0 "$pid" 2>/dev/null; then break; fi
done

summary=""
for kind in key click drag scroll typed resize; do summary+=" $kind=${done_count[$kind]:-0}"; done
if ! kill -0 "$pid" 2>/dev/null; then
  status=0; wait "$pid" || status=$?
  cat "$out/stderr.txt" >&2
  echo "FAIL: the app ended (exit status $status) during the soak after $actions actions (seed $seed):$summary" >&2
  exit 1
fi
trap - EXIT
kill -TERM "$pid"
status=0
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
  kill -KILL "$pid"; echo "FAIL: the app did not exit within 10 s of SIGTERM" >&2; exit 1
fi
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then cat "$out/stderr.txt" >&2; echo "FAIL: the app exited with $status after SIGTERM" >&2; exit 1; fi
[ -s "$out/params.tsv" ] || { echo "FAIL: the app wrote no parameter dump on exit" >&2; exit 1; }

# Every value finite and in [min, max]; whole numbers whole; flags 0 or 1.
if ! awk -F'\t' 'NR == 1 { next }
  { v = $2 + 0; bad = "" }
  $2 !~ /^-?[0-9.e+-]+$/ { bad = "is not a finite number" }
  bad == "" && (v < $3 + 0 || v > $4 + 0) { bad = "is outside " $3 " to " $4 }
  bad == "" && $5 == "whole" && v != int(v) { bad = "is not whole" }
  bad == "" && $5 == "flag" && v != 0 && v != 1 { bad = "is not 0 or 1" }
  bad != "" { print "FAIL: " $1 " = " $2 " " bad > "/dev/stderr"; failed = 1 }
  END { n = NR - 1; if (n < 100) { print "FAIL: only " n " parameters in the dump" > "/dev/stderr"; failed = 1 }
        if (!failed) print n " parameters, all in range"; exit failed }' "$out/params.tsv" > "$out/check.txt"; then
  exit 1
fi
echo "gui soak: ok ($seconds s, seed $seed, $actions actions:$summary; $(cat "$out/check.txt"))"
