# The observer sees only behaviour, and the build guarantees it: a file compiled with the coding
# library's include view can include the visible vocabulary but not the model. Both probes are built
# here; the first must compile (so a failure of the second is about the include, not a broken setup).
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BIN}" --target probe_observer_sees_visible
  RESULT_VARIABLE ok_rc OUTPUT_VARIABLE ok_out ERROR_VARIABLE ok_out)
if(NOT ok_rc EQUAL 0)
  message(FATAL_ERROR "the control probe (coding + world headers) did not compile:\n${ok_out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BIN}" --target probe_observer_sees_model
  RESULT_VARIABLE bad_rc OUTPUT_VARIABLE bad_out ERROR_VARIABLE bad_out)
if(bad_rc EQUAL 0)
  message(FATAL_ERROR "a file with the coding library's include view could include model/infant.h: "
                      "the observer is no longer blind to the model")
endif()
if(NOT bad_out MATCHES "model/infant.h")
  message(FATAL_ERROR "the model probe failed, but not because model/infant.h was missing:\n${bad_out}")
endif()
message(STATUS "observer probe: world headers compile, model/infant.h is not reachable")
