# `securebase-cli code` on a hand-coded trace: it codes, and the report lists the codes that rest on
# filled-in columns; a malformed row stops with FILE:LINE and exit code 2.
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${CLI}" code "${FIXTURE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Classification: B \\(subgroup B3")
  message(FATAL_ERROR "coding the hand-coded trace: rc=${rc} ${out} ${err}")
endif()
if(NOT out MATCHES "Warnings: the trace lacks what some codes need" OR
   NOT out MATCHES "CM to the caregiver rests on filled-in columns: caregiver_contact \\(not in the file\\)" OR
   NOT err MATCHES "warning: [^\n]*handcoded_default_dyad.csv: DI rests on filled-in columns: infant_vocalising")
  message(FATAL_ERROR "the report does not name the filled-in columns: ${out} ${err}")
endif()
file(READ "${FIXTURE}" text)
string(REPLACE "0.5,1,0.60,1.83,positive," "0.5,1,0.60,1.83,cheerful," bad "${text}")
file(WRITE "${OUT}/bad.csv" "${bad}")
execute_process(COMMAND "${CLI}" code "${OUT}/bad.csv" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "bad.csv:9: column 'infant_affect': unknown affect 'cheerful'")
  message(FATAL_ERROR "malformed hand-coded row: rc=${rc} ${err}")
endif()
