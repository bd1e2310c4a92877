# docs/cluster.md's GNU parallel recipe, exactly as written: the copy of scripts/sweep-parallel.sh in
# the doc must be the script, and the script — 3 shards of a small sweep run by GNU parallel, then
# merged — must give the unsharded sweep's set (same_set.cmake: the CSVs and codebook byte for byte, the
# manifest but for its command lines).
file(READ "${DOC}" doc)
file(READ "${SCRIPT}" script)
string(FIND "${doc}" "<!-- scripts/sweep-parallel.sh, verbatim" at)
if(at LESS 0)
  message(FATAL_ERROR "docs/cluster.md does not quote scripts/sweep-parallel.sh")
endif()
string(SUBSTRING "${doc}" ${at} -1 rest)
string(FIND "${rest}" "```bash\n" open)
math(EXPR open "${open} + 8")
string(SUBSTRING "${rest}" ${open} -1 rest)
string(FIND "${rest}" "```" close)
string(SUBSTRING "${rest}" 0 ${close} quoted)
if(NOT quoted STREQUAL script)
  message(FATAL_ERROR "docs/cluster.md's copy of scripts/sweep-parallel.sh differs from the script:\n${quoted}")
endif()

find_program(PARALLEL parallel)
if(NOT PARALLEL)
  message(FATAL_ERROR "GNU parallel is not installed (scripts/setup installs it)")
endif()
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
file(WRITE "${OUT}/small.toml" "[scenario]
seed = 3
[sweep]
replicates = 2
seeds = \"common\"
caregiver.sensitivity = [2, 8]
\"model.infant.cry_onset\" = { from = 0.4, to = 0.6, steps = 2 }
")
execute_process(COMMAND bash "${SCRIPT}" small.toml 3 par "${CLI}" WORKING_DIRECTORY "${OUT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the recipe failed (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${CLI}" sweep small.toml -q --out whole WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the unsharded sweep failed (${rc}): ${err}")
endif()
# The recipe's merged set is the unsharded sweep's (the manifest but for its command lines).
include("${CMAKE_CURRENT_LIST_DIR}/same_set.cmake")
sb_same_set("${OUT}/whole" "${OUT}/par/merged")
