#!/usr/bin/env bash
# First-frame test: a paused window's first frame must be laid out exactly like its later ones, so
# `--frames 1 --screenshot` saves the picture a lecturer would see. ImGui sizes a window and its tab
# bar from the frame before, so without the unseen layout frames frame 1 lacks its tabs (and with
# --scorecard, the panel its width; compare mode's panel the same). Paused, nothing moves: the PNGs
# must be identical.
set -euo pipefail
app=$1; out=$2
mkdir -p "$out"
rm -f "$out"/*.png
shot() { xvfb-run -a -s "-screen 0 1280x1024x24" "$app" --size 1024x768 --paused "$@" > /dev/null; }
# Compare mode has a panel of its own, laid out by the same unseen frames.
for tab in "" --scorecard --inside "--compare same-infant-different-caregivers"; do
  name=${tab:-run}; name=${name#--}; name=${name%% *}
  shot $tab --frames 1 --screenshot "$out/$name-1.png"
  shot $tab --frames 4 --screenshot "$out/$name-4.png"
  if ! cmp -s "$out/$name-1.png" "$out/$name-4.png"; then
    echo "FAIL: the first frame of the $name view differs from the fourth ($out/$name-1.png, $out/$name-4.png)" >&2
    exit 1
  fi
done
echo "first frame: ok (run, scorecard and inside tabs and compare mode laid out at frame 1 as at frame 4)"
