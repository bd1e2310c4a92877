# Mistakes on the command line get a message saying what was wrong and what is allowed, and nothing runs.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

# Fails unless the last command (rc, err) exited non-zero with stderr matching `pattern`.
function(expect_error what pattern)
  if(rc EQUAL 0 OR NOT err MATCHES "${pattern}")
    message(FATAL_ERROR "${what}: expected an error matching '${pattern}', got rc=${rc}\nstderr: ${err}")
  endif()
endfunction()

# An empty scenario is a mistake (an unset variable in a script), not a request for the default
# dyad. (The "" is written out in each call: a CMake list cannot carry an empty element.)
set(empty "the scenario is empty \\(\"\"\\): give a scenario file or the name of one in scenarios/")
execute_process(COMMAND "${CLI}" run "" --out "${OUT}/run_empty" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
expect_error("run \"\"" "${empty}")
execute_process(COMMAND "${CLI}" batch "" --n 2 --out "${OUT}/batch_empty" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
expect_error("batch \"\"" "${empty}")
execute_process(COMMAND "${CLI}" check "" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
expect_error("check \"\"" "${empty}")
if(GUI)
  # The GUI loads its scenario before opening a window, so this needs no display.
  execute_process(COMMAND "${GUI}" "" --frames 1 RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  expect_error("securebase \"\"" "${empty}")
  # The quiz draws from its population before opening a window: a bad name fails the same way.
  execute_process(COMMAND "${GUI}" --quiz no-such-population --frames 1 RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  expect_error("securebase --quiz no-such-population" "no-such-population: no such scenario file")
  execute_process(COMMAND "${GUI}" --quiz-log tally.csv --frames 1 RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  expect_error("securebase --quiz-log without --quiz" "--quiz-log requires --quiz")
endif()
foreach(folder run_empty batch_empty)
  if(EXISTS "${OUT}/${folder}")
    message(FATAL_ERROR "a refused empty scenario still created ${folder}")
  endif()
endforeach()

# A shipped scenario named with its extension is found as it is without it.
execute_process(COMMAND "${CLI}" check default.toml WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "scenarios/default.toml: ok \\(scenario 'Default dyad'")
  message(FATAL_ERROR "check default.toml: rc=${rc} ${out} ${err}")
endif()
execute_process(COMMAND "${CLI}" run default.toml -q --out "${OUT}/run_named" WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${OUT}/run_named/runs.csv")
  message(FATAL_ERROR "run default.toml: rc=${rc} ${err}")
endif()
# ...but a file of that name in the current folder comes first.
file(WRITE "${OUT}/default.toml" "[scenario]\nname = \"Local\"\n")
execute_process(COMMAND "${CLI}" check default.toml WORKING_DIRECTORY "${OUT}" OUTPUT_VARIABLE out)
if(NOT out MATCHES "scenario 'Local'")
  message(FATAL_ERROR "check default.toml did not prefer the local file: ${out}")
endif()

# An unknown subcommand is named, with the subcommands there are; so is a missing one.
set(list "run, batch, sweep, merge, report, validate, code, check, verify, replay, params, import-boris")
execute_process(COMMAND "${CLI}" rnu default RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
expect_error("rnu" "unknown subcommand 'rnu' \\(the subcommands are: ${list};")
execute_process(COMMAND "${CLI}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
expect_error("no subcommand" "a subcommand is needed: ${list}")

# --threads beyond four per core is cut down, with a note, and the command still runs. (Validation
# with 10 dyads a group misses its targets and exits 4; that is the measurement, not an argument error.)
foreach(cmd "batch;default;--n;2;--out;${OUT}/batch_threads" "validate;--pathway-n;10;--population-n;10")
  execute_process(COMMAND "${CLI}" ${cmd} --threads 1024 -q WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT (rc EQUAL 0 OR rc EQUAL 4) OR NOT err MATCHES "note: --threads 1024 is more than 4 per core; using [0-9]+ \\([0-9]+ cores\\)")
    message(FATAL_ERROR "${cmd} --threads 1024: rc=${rc} ${err}")
  endif()
endforeach()
