# Provenance, codebook and exact replay, end to end:
# - a batch records its scenario (text and SHA-256, source as given), build, command line and every
#   parameter as used (a protocol change included); its seeds span the whole uint64 range;
# - `replay` rebuilds every row from the folder alone and reproduces its trace digest; a row whose
#   parameter was altered is caught; `run --seed` takes a seed above 2^63 - 1 and replays too;
# - sweeps (merged from shards) and trials: the codebook describes the design and trial columns, and
#   rows replay through the Experiment that made them; an altered swept value is caught;
# - every CSV of a run, a batch, a sweep and a trial satisfies its datapackage.json (check_datapackage),
#   and a broken cell is caught; exported files honour the umask;
# - `run` of a population scenario says it does not draw; `securebase-bench --help` prints help.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

function(cli expect_rc)
  execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc STREQUAL "${expect_rc}")
    message(FATAL_ERROR "securebase-cli ${ARGN}: exit ${rc}, expected ${expect_rc}:\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

file(WRITE "${OUT}/hard.toml" "[scenario]
name = \"Hard-cry 30\"
[protocol]
hard_cry_s = 30
[population]
sensitivity = { dist = \"normal\", mean = 6.0, sd = 1.6 }
curiosity = { dist = \"uniform\", min = 0.2, max = 0.8 }
\"model.infant.cry_onset\" = { dist = \"uniform\", min = 0.3, max = 0.6 }
")
cli(0 batch "${OUT}/hard.toml" --n 8 --seed 11 --threads 2 -q --out "${OUT}/batch")

# The manifest.
file(READ "${OUT}/batch/manifest.json" m)
file(READ "${OUT}/hard.toml" text)
file(SHA256 "${OUT}/hard.toml" sha)
string(JSON got_text GET "${m}" scenario text)
string(JSON got_sha GET "${m}" scenario sha256)
string(JSON got_source GET "${m}" scenario source)
string(JSON hard GET "${m}" parameters protocol.hard_cry_s)
string(JSON hard2 GET "${m}" protocol curtailment hard_cry_s)
string(JSON n_params LENGTH "${m}" parameters)
string(JSON compiler GET "${m}" build compiler)
string(JSON version GET "${m}" build version)
string(JSON argv1 GET "${m}" command_line 1)
string(JSON n_files LENGTH "${m}" files)
string(JSON listed GET "${m}" files 2 name)
if(NOT got_text STREQUAL text OR NOT got_sha STREQUAL sha OR NOT got_source STREQUAL "${OUT}/hard.toml")
  message(FATAL_ERROR "the manifest does not record the scenario as given (source ${got_source}, sha256 ${got_sha} vs ${sha})")
endif()
if(NOT hard EQUAL 30 OR NOT hard2 EQUAL 30 OR n_params LESS 100)
  message(FATAL_ERROR "the batch manifest does not record every parameter as used (hard_cry_s ${hard}/${hard2}, ${n_params} parameters)")
endif()
if(compiler STREQUAL "" OR version STREQUAL "" OR NOT argv1 STREQUAL "batch" OR NOT n_files EQUAL 3 OR NOT listed STREQUAL "datapackage.json")
  message(FATAL_ERROR "build, command line or files list missing: ${compiler} ${version} ${argv1} ${n_files} ${listed}")
endif()
cli(0 verify "${OUT}/batch")

# Every row replays from the folder alone; the seeds go past 2^63 - 1 (20 digits: at least 10^19).
file(STRINGS "${OUT}/batch/runs.csv" rows)
set(big 0)
foreach(id RANGE 1 8)
  list(GET rows ${id} row)
  string(REPLACE "," ";" cells "${row}")
  list(GET cells 1 seed)
  string(LENGTH "${seed}" digits)
  if(digits EQUAL 20)
    math(EXPR big "${big} + 1")
  endif()
  cli(0 replay "${OUT}/batch" --run-id ${id} -q)
  list(GET cells -1 digest)
  if(NOT out MATCHES "^reproduced: trace ${digest}, recorded ${digest}")
    message(FATAL_ERROR "run ${id} did not reproduce its digest ${digest}: ${out}")
  endif()
endforeach()
if(big EQUAL 0)
  message(FATAL_ERROR "no seed above 2^63 - 1 among the 8 dyads; the test does not test the full range")
endif()
cli(0 replay "${OUT}/batch" --run-id 3 --trace "${OUT}/replayed.csv" -q)
if(NOT EXISTS "${OUT}/replayed.csv")
  message(FATAL_ERROR "replay --trace wrote no trace")
endif()
cli(2 replay "${OUT}/batch" --run-id 9)
if(NOT err MATCHES "no row with run_id 9")
  message(FATAL_ERROR "a missing row is not named: ${err}")
endif()

# With [today], today's caregiver does not follow the drawn first-year one, so the drawn value gets a
# column of its own — and the row still replays exactly.
file(WRITE "${OUT}/today.toml" "[today]
acceptance = 3
[population]
acceptance = { dist = \"normal\", mean = 6.0, sd = 1.5 }
")
cli(0 batch "${OUT}/today.toml" --n 3 --seed 4 -q --out "${OUT}/today")
file(STRINGS "${OUT}/today/runs.csv" today_rows)
list(GET today_rows 0 today_header)
if(NOT today_header MATCHES ",caregiver.acceptance,")
  message(FATAL_ERROR "a drawn first-year parameter hidden behind [today] has no column: ${today_header}")
endif()
foreach(id 1 2 3)
  cli(0 replay "${OUT}/today" --run-id ${id} -q)
endforeach()

# A parameter cell changed by the last digit no longer matches the dyad its seed rebuilds.
file(MAKE_DIRECTORY "${OUT}/altered")
file(COPY "${OUT}/batch/manifest.json" DESTINATION "${OUT}/altered")
list(GET rows 0 header)
list(GET rows 2 row)
string(REGEX REPLACE "^([^,]*,[^,]*,[^,]*,[0-9]+\\.[0-9]*)[0-9]," "\\19," row "${row}")
file(WRITE "${OUT}/altered/runs.csv" "${header}\n${row}\n")
cli(6 replay "${OUT}/altered" --run-id 2)
if(NOT out MATCHES "differs: sensitivity: row")
  message(FATAL_ERROR "an altered parameter cell is not reported: ${out}")
endif()

# run: a seed above 2^63 - 1, the note about [population], the set replayed.
cli(0 run population-lowrisk --seed 18446744073709551615 --trace "${OUT}/run/trace.csv" -q --out "${OUT}/run")
if(NOT err MATCHES "does not draw from" OR NOT err MATCHES "securebase-cli batch population-lowrisk")
  message(FATAL_ERROR "run of a population scenario does not say it ignores [population]: ${err}")
endif()
file(READ "${OUT}/run/manifest.json" rm)
string(JSON run_source GET "${rm}" scenario source)
string(JSON seed_text GET "${rm}" seed_text)
if(NOT run_source STREQUAL "population-lowrisk" OR NOT seed_text STREQUAL "18446744073709551615")
  message(FATAL_ERROR "run manifest: source '${run_source}' (should be as given), seed_text '${seed_text}'")
endif()
cli(0 replay "${OUT}/run" -q)

# Digests are computed differently between versions: a folder written by an older version whose
# recorded digest differs gets a note saying so; one from this version does not.
string(REGEX MATCH "recorded ([0-9a-f]+)" m "${out}")
set(recorded_hash "${CMAKE_MATCH_1}")
file(READ "${OUT}/run/runs.csv" run_rows)
if(recorded_hash STREQUAL "" OR NOT run_rows MATCHES ",${recorded_hash}")
  message(FATAL_ERROR "replay printed no recorded digest found in runs.csv: ${out}")
endif()
string(REPLACE ",${recorded_hash}" ",0123456789abcdef" wrong_rows "${run_rows}")
foreach(kind older same)
  file(MAKE_DIRECTORY "${OUT}/${kind}")
  file(WRITE "${OUT}/${kind}/runs.csv" "${wrong_rows}")
  file(READ "${OUT}/run/manifest.json" manifest_text)
  if(kind STREQUAL "older")
    string(JSON manifest_text SET "${manifest_text}" build version "\"0.1.0\"")
  endif()
  file(WRITE "${OUT}/${kind}/manifest.json" "${manifest_text}")
  cli(6 replay "${OUT}/${kind}")
  if(kind STREQUAL "older" AND NOT out MATCHES "written by securebase 0.1.0")
    message(FATAL_ERROR "an older version's folder gets no note about digests: ${out}")
  endif()
  if(kind STREQUAL "same" AND out MATCHES "note:")
    message(FATAL_ERROR "a folder of this version gets the note about older versions: ${out}")
  endif()
endforeach()

# A sweep (a drawn and a swept parameter, two shards merged) and a trial: both write their codebook,
# which describes the design columns and the trial's columns, and their rows replay through the
# same Experiment that made them (the cell's swept values, the arm and its intervention).
file(WRITE "${OUT}/sweep.toml" "[scenario]
seed = 5
[population]
reactivity = { dist = \"normal\", mean = 0.5, sd = 0.15 }
\"model.infant.cry_onset\" = { dist = \"uniform\", min = 0.3, max = 0.6 }
[sweep]
replicates = 2
\"model.infant.cry_onset\" = [0.35, 0.55]
caregiver.sensitivity = { from = 2, to = 8, steps = 2 }
")
cli(0 sweep "${OUT}/sweep.toml" --shard 1/2 -q --out "${OUT}/sweep1")
cli(0 sweep "${OUT}/sweep.toml" --shard 2/2 -q --out "${OUT}/sweep2")
cli(0 merge "${OUT}/sweep2" "${OUT}/sweep1" --out "${OUT}/sweep")
cli(0 verify "${OUT}/sweep")
file(READ "${OUT}/sweep/datapackage.json" dp)
string(JSON f1 GET "${dp}" resources 0 schema fields 1 name)
string(JSON f2 GET "${dp}" resources 0 schema fields 2 name)
string(JSON f3 GET "${dp}" resources 0 schema fields 3 name)
string(JSON f3max GET "${dp}" resources 0 schema fields 3 constraints maximum)
string(JSON f1max GET "${dp}" resources 0 schema fields 1 constraints maximum)
string(JSON e1 GET "${dp}" resources 1 schema fields 1 name)
if(NOT f1 STREQUAL "cell" OR NOT f2 STREQUAL "replicate" OR NOT f3 STREQUAL "caregiver.sensitivity" OR NOT f3max EQUAL 9
   OR NOT f1max EQUAL 4 OR NOT e1 STREQUAL "cell")
  message(FATAL_ERROR "the sweep's codebook does not describe its design columns: ${f1} (max ${f1max}) ${f2} ${f3} (max ${f3max}); episodes ${e1}")
endif()
file(READ "${OUT}/sweep/manifest.json" sm)
string(JSON sweep_text GET "${sm}" scenario text)
string(JSON sweep_listed GET "${sm}" files 2 name)
string(JSON merge_arg GET "${sm}" command_line 1)
if(NOT sweep_text MATCHES "steps = 2" OR NOT sweep_listed STREQUAL "datapackage.json" OR NOT merge_arg STREQUAL "merge")
  message(FATAL_ERROR "the merged sweep's manifest lacks the provenance or the codebook: ${sweep_listed} ${merge_arg}")
endif()
file(STRINGS "${OUT}/sweep/runs.csv" sweep_rows)
foreach(id 1 4 8)
  list(GET sweep_rows ${id} row)
  string(REGEX MATCH "[0-9a-f]+$" digest "${row}")
  cli(0 replay "${OUT}/sweep" --run-id ${id} -q)
  if(NOT out MATCHES "^reproduced: trace ${digest}, recorded ${digest}")
    message(FATAL_ERROR "sweep run ${id} did not reproduce its digest ${digest}: ${out}")
  endif()
endforeach()
# A swept value changed in the row (cell 1's caregiver.sensitivity 2 -> 8) is caught.
file(MAKE_DIRECTORY "${OUT}/sweep_altered")
file(COPY "${OUT}/sweep/manifest.json" DESTINATION "${OUT}/sweep_altered")
list(GET sweep_rows 0 sweep_header)
list(GET sweep_rows 1 row)
string(REGEX REPLACE "^1,1,1,2," "1,1,1,8," row "${row}")
file(WRITE "${OUT}/sweep_altered/runs.csv" "${sweep_header}\n${row}\n")
cli(6 replay "${OUT}/sweep_altered" --run-id 1)
if(NOT out MATCHES "caregiver.sensitivity: row 8")
  message(FATAL_ERROR "an altered swept value is not reported: ${out}")
endif()

# A Latin hypercube's sampled values are full-precision doubles: written exactly, they replay exactly.
file(WRITE "${OUT}/lhs.toml" "[sweep]
design = \"lhs\"
samples = 3
caregiver.sensitivity = { from = 2, to = 8 }
")
cli(0 sweep "${OUT}/lhs.toml" --seed 12 -q --out "${OUT}/lhs")
foreach(id 1 2 3)
  cli(0 replay "${OUT}/lhs" --run-id ${id} -q)
endforeach()

cli(0 batch trial-sensitivity --n 6 --seed 9 -q --out "${OUT}/trial")
file(READ "${OUT}/trial/datapackage.json" tp)
string(JSON n_fields LENGTH "${tp}" resources 0 schema fields)
math(EXPR last "${n_fields} - 1")
math(EXPR before_last "${n_fields} - 2")
string(JSON arm_name GET "${tp}" resources 0 schema fields ${before_last} name)
string(JSON arm_levels GET "${tp}" resources 0 schema fields ${before_last} constraints enum)
string(JSON yes_name GET "${tp}" resources 0 schema fields ${last} name)
if(NOT arm_name STREQUAL "arm" OR NOT arm_levels MATCHES "control" OR NOT yes_name STREQUAL "year_end_sensitivity")
  message(FATAL_ERROR "the trial's codebook does not describe arm and year_end_sensitivity: ${arm_name} ${arm_levels} ${yes_name}")
endif()
file(STRINGS "${OUT}/trial/runs.csv" trial_rows)
foreach(id RANGE 1 6)
  list(GET trial_rows ${id} row)
  string(REPLACE "," ";" cells "${row}")
  list(GET cells -3 digest)
  cli(0 replay "${OUT}/trial" --run-id ${id} -q)
  if(NOT out MATCHES "^reproduced: trace ${digest}, recorded ${digest}")
    message(FATAL_ERROR "trial run ${id} did not reproduce its digest ${digest}: ${out}")
  endif()
endforeach()

# The codebook: every set passes (a run, batches, a merged sweep and a shard, a trial), a broken copy does not.
execute_process(COMMAND "${CHECK}" "${OUT}/batch" "${OUT}/run" "${OUT}/today" "${OUT}/sweep" "${OUT}/sweep1" "${OUT}/lhs" "${OUT}/trial" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the CSVs do not satisfy datapackage.json (${rc}):\n${out}\n${err}")
endif()
file(MAKE_DIRECTORY "${OUT}/broken")
file(COPY "${OUT}/batch/datapackage.json" "${OUT}/batch/episodes.csv" DESTINATION "${OUT}/broken")
list(GET rows 1 row)
string(REGEX REPLACE ",[ABCD]?,([ABC][1-4]?)?,[ABC]?,[0-9]," ",E,B9,B,12," row "${row}")
string(REGEX REPLACE "^([0-9]+),([0-9]+)," "\\1,\\2x," row "${row}")
file(WRITE "${OUT}/broken/runs.csv" "${header}\n${row}\n")
execute_process(COMMAND "${CHECK}" "${OUT}/broken" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "classification: 'E' is not one of the levels" OR NOT err MATCHES "d_rating: '12' is above the maximum"
   OR NOT err MATCHES "subgroup: 'B9' is not one of the levels" OR NOT err MATCHES "seed: '[0-9]+x' does not match the pattern")
  message(FATAL_ERROR "the checker did not catch the broken cells (${rc}):\n${err}")
endif()

# The umask: 022 gives 0644, 077 gives 0600.
foreach(pair "022;644" "077;600")
  list(GET pair 0 mask)
  list(GET pair 1 mode)
  execute_process(COMMAND sh -c "umask ${mask} && exec \"$0\" run -q --out \"$1\"" "${CLI}" "${OUT}/umask${mask}" RESULT_VARIABLE rc)
  foreach(f episodes.csv runs.csv datapackage.json manifest.json)
    execute_process(COMMAND stat -c %a "${OUT}/umask${mask}/${f}" OUTPUT_VARIABLE got OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0 OR NOT got STREQUAL mode)
      message(FATAL_ERROR "under umask ${mask} ${f} has mode ${got}, expected ${mode}")
    endif()
  endforeach()
endforeach()

# securebase-bench --help prints its usage and runs nothing.
execute_process(COMMAND "${BENCH}" --help RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 10)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^usage: securebase-bench" OR out MATCHES "procedures/s")
  message(FATAL_ERROR "securebase-bench --help (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${BENCH}" --frobnicate RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 10)
if(NOT rc EQUAL 2 OR NOT err MATCHES "not a count")
  message(FATAL_ERROR "securebase-bench with a bad argument (${rc}): ${out} ${err}")
endif()
