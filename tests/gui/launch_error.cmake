# A scripted window run (--frames) with a misspelt scenario: the message with the suggestion on the
# terminal, exit code 2, and no window opened (so no display is needed) and no screenshot written.
file(REMOVE "${OUT}")
execute_process(COMMAND "${APP}" rejectng --frames 1 --screenshot "${OUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "expected exit code 2, got ${rc}: ${err}")
endif()
if(NOT err MATCHES "rejectng: no such scenario file; did you mean 'rejecting'\\?")
  message(FATAL_ERROR "unexpected message: ${err}")
endif()
if(EXISTS "${OUT}")
  message(FATAL_ERROR "a failed launch wrote ${OUT}")
endif()
