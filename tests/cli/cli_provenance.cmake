# Provenance, codebook and exact replay, end to end:
# - a batch records its scenario (text and SHA-256, source as given), build, command line and every
#   parameter as used (a protocol change included); its seeds span the whole uint64 range;
# - `replay` rebuilds every row from the folder alone and reproduces its trace digest; a row whose
#   parameter was altered is caught; `run --seed` takes a seed above 2^63 - 1 and replays too;
# - every CSV of a run and of a batch satisfies its datapackage.json (check_datapackage), and a
#   broken cell is caught; exported files honour the umask;
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

# The codebook: both sets pass, a broken copy does not.
execute_process(COMMAND "${CHECK}" "${OUT}/batch" "${OUT}/run" "${OUT}/today" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
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
