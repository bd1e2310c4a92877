# `securebase-cli sweep` writes one tidy runs.csv / episodes.csv with cell, replicate and the swept
# values; the same files with one thread and with two; four shards merged are byte for byte the
# unsharded sweep (datapackage.json included; manifest.json but for the command lines: same_set.cmake),
# and so are two shards of a batch; the merged manifest records the merge's and each shard's command line; merge refuses shards
# that are missing, repeated or of another run; check describes a sweep; batch refuses one.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
file(WRITE "${OUT}/small.toml" "[scenario]
seed = 7
[population]
reactivity = { dist = \"normal\", mean = 0.5, sd = 0.15 }
[sweep]
replicates = 3
caregiver.sensitivity = { from = 2, to = 8, steps = 3 }
\"today.consistency\" = [0.2, 0.9]
")
function(cli)
  execute_process(COMMAND "${CLI}" ${ARGN} WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "securebase-cli ${ARGN} failed (${rc}): ${out} ${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()
include("${CMAKE_CURRENT_LIST_DIR}/same_set.cmake")
function(same a b)
  sb_same_set("${OUT}/${a}" "${OUT}/${b}")
endfunction()

cli(check small.toml)
if(NOT out MATCHES "sweep: grid design, caregiver.sensitivity \\(3 values\\) x today.consistency \\(2 values\\); 6 cells x 3 replicates = 18 dyads")
  message(FATAL_ERROR "check does not describe the sweep: ${out}")
endif()
cli(sweep small.toml --threads 1 -q --out full)
cli(sweep small.toml --threads 2 -q --out t2)
same(full t2)
file(STRINGS "${OUT}/full/runs.csv" rows)
list(LENGTH rows n)
list(GET rows 0 header)
list(GET rows 6 row6)
if(NOT n EQUAL 19 OR NOT header MATCHES "^run_id,cell,replicate,caregiver.sensitivity,today.consistency,seed,scenario," OR NOT row6 MATCHES "^6,2,3,2,0.9,")
  message(FATAL_ERROR "runs.csv is not one row per dyad with cell, replicate and swept values:\n${header}\n${row6}")
endif()
file(STRINGS "${OUT}/full/episodes.csv" episodes LIMIT_COUNT 1)
if(NOT episodes MATCHES "^run_id,cell,replicate,caregiver.sensitivity,today.consistency,seed,episode,")
  message(FATAL_ERROR "episodes.csv lacks the design columns: ${episodes}")
endif()
file(READ "${OUT}/full/manifest.json" manifest)
string(JSON kind GET "${manifest}" design kind)
string(JSON cells GET "${manifest}" design cells)
string(JSON dyads GET "${manifest}" design dyads)
string(JSON seeds GET "${manifest}" design seeds)
if(NOT kind STREQUAL "grid" OR NOT cells EQUAL 6 OR NOT dyads EQUAL 18 OR NOT seeds STREQUAL "independent")
  message(FATAL_ERROR "manifest.json does not record the design:\n${manifest}")
endif()

# Four shards, merged in any order, are the unsharded sweep byte for byte.
foreach(k 1 2 3 4)
  cli(sweep small.toml --shard ${k}/4 --threads 1 -q --out s${k})
endforeach()
cli(merge s3 s1 s4 s2 --out merged)
same(full merged)
cli(verify merged)
file(READ "${OUT}/merged/manifest.json" merged_manifest)
string(JSON first_arg GET "${merged_manifest}" command_line 1)
string(JSON shards GET "${merged_manifest}" shard_command_lines)
string(JSON shard3 GET "${merged_manifest}" shard_command_lines 2)
if(NOT first_arg STREQUAL "merge" OR NOT shard3 MATCHES "\"3/4\"")
  message(FATAL_ERROR "the merged manifest does not record the merge's and the shards' command lines in shard order: ${shards}")
endif()
# A batch's shards too.
cli(batch population-lowrisk --n 7 --seed 3 -q --out batch)
cli(batch population-lowrisk --n 7 --seed 3 --shard 1/2 -q --out b1)
cli(batch population-lowrisk --n 7 --seed 3 --shard 2/2 -q --out b2)
cli(merge b1 b2 --out bmerged)
same(batch bmerged)

function(refused expect)
  execute_process(COMMAND "${CLI}" ${ARGN} WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0 OR NOT err MATCHES "${expect}")
    message(FATAL_ERROR "securebase-cli ${ARGN}: expected an error matching '${expect}', got rc=${rc}: ${err}")
  endif()
endfunction()
refused("shard 3 of 4 is missing" merge s1 s2 s4 --out bad1)
refused("are both shard 2 of 4" merge s1 s2 s2 s3 s4 --out bad2)
cli(sweep small.toml --seed 8 --shard 2/4 --threads 1 -q --out other)
refused("differ in design" merge s1 other s3 s4 --out bad3)
refused("are not shards of one run" merge s1 b2 --out bad4)
refused("has a \\[sweep\\]" batch small.toml --n 3 --out bad5)
refused("has no \\[sweep\\]" sweep population-lowrisk --out bad6)
refused("--shard must be K/N" sweep small.toml --shard 0/4 --out bad7)
foreach(d bad1 bad2 bad3 bad4 bad5 bad6 bad7)
  if(EXISTS "${OUT}/${d}/manifest.json")
    message(FATAL_ERROR "a refused command wrote ${d}/manifest.json")
  endif()
endforeach()
# A shard folder whose rows were tampered with is not a complete set: merge refuses it.
file(APPEND "${OUT}/s4/runs.csv" "99,1,1\n")
refused("not a complete set" merge s1 s2 s3 s4 --out bad8)
