# No attachment style is ever an input to behaviour (design brief, "the one rule"): the model,
# the simulation and the procedure must not include the observer or name its verdicts.
file(GLOB_RECURSE sources "${SRC}/model/*" "${SRC}/sim/*" "${SRC}/procedure/*")
set(found "")
foreach(f ${sources})
  file(READ "${f}" text)
  if(text MATCHES "#include \"coding/" OR text MATCHES "Classification" OR text MATCHES "[Ss]ubgroup" OR text MATCHES "Style::"
     OR text MATCHES "AttachmentStyle")
    list(APPEND found "${f}")
  endif()
endforeach()
if(found)
  message(FATAL_ERROR "model sources mention the observer's verdicts: ${found}")
endif()
list(LENGTH sources n)
message(STATUS "checked ${n} model, simulation and procedure sources")
