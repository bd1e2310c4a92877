# `securebase-cli import-boris` writes a hand-coded trace that `code` codes; a bad export writes
# nothing and stops with FILE:LINE and exit code 2.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${CLI}" import-boris "${EVENTS}" --map "${MAP}" --out "${OUT}/trace.csv"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "901 instants 0.5 s apart, 8 episodes")
  message(FATAL_ERROR "import-boris: rc=${rc} ${out} ${err}")
endif()
execute_process(COMMAND "${CLI}" code "${OUT}/trace.csv" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Classification: B " OR NOT out MATCHES "rests on filled-in columns")
  message(FATAL_ERROR "coding the imported trace: rc=${rc} ${out} ${err}")
endif()
file(WRITE "${OUT}/bad.csv" "Time,Subject,Behavior,Status\n0,Baby,cry,START\n1,Nobody,cry,STOP\n")
execute_process(COMMAND "${CLI}" import-boris "${OUT}/bad.csv" --map "${MAP}" --out "${OUT}/bad-trace.csv"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "bad.csv:3: subject 'Nobody'" OR EXISTS "${OUT}/bad-trace.csv")
  message(FATAL_ERROR "a bad export: rc=${rc} ${err}")
endif()
