# `securebase-cli batch` writes runs.csv, episodes.csv and manifest.json, prints the shares next to
# the reference, writes byte-identical files with one thread and with two, and records a
# population's correlations in the manifest.
file(REMOVE_RECURSE "${OUT}")
foreach(threads 1 2)
  execute_process(COMMAND "${CLI}" batch population-lowrisk --n 16 --seed 5 --threads ${threads} --out "${OUT}/t${threads}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "batch failed (${rc}): ${out} ${err}")
  endif()
  foreach(f runs.csv episodes.csv manifest.json)
    if(NOT EXISTS "${OUT}/t${threads}/${f}")
      message(FATAL_ERROR "${f} was not written")
    endif()
  endforeach()
endforeach()
if(NOT out MATCHES "reference" OR NOT out MATCHES "subgroups:")
  message(FATAL_ERROR "no summary next to the reference:\n${out}")
endif()
file(STRINGS "${OUT}/t1/runs.csv" rows)
list(LENGTH rows n)
if(NOT n EQUAL 17)
  message(FATAL_ERROR "runs.csv has ${n} lines, expected a header and 16 dyads")
endif()
foreach(f runs.csv episodes.csv datapackage.json)
  file(SHA256 "${OUT}/t1/${f}" a)
  file(SHA256 "${OUT}/t2/${f}" b)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "${f} differs between one and two threads")
  endif()
endforeach()
# The manifests differ only in the command line each records (--threads, --out) and in the files
# list, which names the same bytes.
foreach(t 1 2)
  file(READ "${OUT}/t${t}/manifest.json" m${t})
  string(JSON m${t} REMOVE "${m${t}}" command_line)
endforeach()
if(NOT m1 STREQUAL m2)
  message(FATAL_ERROR "manifest.json differs between one and two threads beyond the command line")
endif()

# The manifest records a population's correlations, naming the parameters as its distributions do.
file(WRITE "${OUT}/correlated.toml" "[population]
sensitivity = { dist = \"normal\", mean = 6.0, sd = 1.6 }
acceptance = { dist = \"normal\", mean = 6.2, sd = 1.6 }
\"infant.activity\" = { dist = \"normal\", mean = 0.5, sd = 0.15 }
correlations = [
  { between = [\"sensitivity\", \"acceptance\"], r = 0.5 },
  { between = [\"caregiver.acceptance\", \"infant.activity\"], r = -0.25 },
]
")
execute_process(COMMAND "${CLI}" batch "${OUT}/correlated.toml" --n 4 --seed 5 --quiet --out "${OUT}/correlated"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "batch of a correlated population failed (${rc}): ${out} ${err}")
endif()
file(READ "${OUT}/correlated/manifest.json" manifest)
string(JSON n_corr LENGTH "${manifest}" population correlations)
string(JSON first GET "${manifest}" population correlations 0 between 0)
string(JSON second GET "${manifest}" population correlations 0 between 1)
string(JSON r GET "${manifest}" population correlations 0 r)
string(JSON other GET "${manifest}" population correlations 1 between 1)
if(NOT n_corr EQUAL 2 OR NOT first STREQUAL "sensitivity" OR NOT second STREQUAL "acceptance" OR NOT r EQUAL 0.5
   OR NOT other STREQUAL "infant.activity")
  message(FATAL_ERROR "manifest.json does not record the correlations as given:\n${manifest}")
endif()
file(WRITE "${OUT}/independent.toml" "[population]
sensitivity = { dist = \"normal\", mean = 6.0, sd = 1.6 }
")
execute_process(COMMAND "${CLI}" batch "${OUT}/independent.toml" --n 2 --seed 5 --quiet --out "${OUT}/independent"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ "${OUT}/independent/manifest.json" independent)
string(JSON n_none LENGTH "${independent}" population correlations)
if(NOT rc EQUAL 0 OR NOT n_none EQUAL 0)
  message(FATAL_ERROR "a population drawn independently should list no correlations (${rc}): ${err}\n${independent}")
endif()
