# Targets an export must not replace are refused before anything is written, with exit code 3 and a
# message naming the path: a trace whose folder does not exist, two outputs on one file (`run --out DIR --trace DIR/runs.csv`), a symbolic
# link, a device (`--trace /dev/null`), a FIFO, a folder. The refused target is left as it was and no
# other file, folder or staging folder appears.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

# Runs the command; it must fail with exit code 3 and a message matching `expect`, and leave `root`
# exactly as it was (the same entries, each file the same bytes).
function(refused label root expect)
  file(GLOB_RECURSE before LIST_DIRECTORIES true RELATIVE "${root}" "${root}/*")
  set(sums "")
  foreach(e ${before})
    if(NOT IS_DIRECTORY "${root}/${e}" AND NOT IS_SYMLINK "${root}/${e}" AND EXISTS "${root}/${e}")
      execute_process(COMMAND test -f "${root}/${e}" RESULT_VARIABLE regular)
      if(regular EQUAL 0)
        file(SHA256 "${root}/${e}" s)
        list(APPEND sums "${e}=${s}")
      endif()
    endif()
  endforeach()
  execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 3 OR NOT err MATCHES "${expect}")
    message(FATAL_ERROR "${label}: expected exit code 3 and a message matching '${expect}', got ${rc}: ${out} ${err}")
  endif()
  file(GLOB_RECURSE after LIST_DIRECTORIES true RELATIVE "${root}" "${root}/*")
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "${label}: the folder changed although the command was refused:\n before: ${before}\n after: ${after}")
  endif()
  foreach(pair ${sums})
    string(REGEX REPLACE "=.*" "" e "${pair}")
    file(SHA256 "${root}/${e}" s)
    if(NOT pair STREQUAL "${e}=${s}")
      message(FATAL_ERROR "${label}: ${e} was changed although the command was refused")
    endif()
  endforeach()
  message(STATUS "${label}: refused: ${err}")
endfunction()

# Two outputs on one file, however the path is spelled: refused before the output folder is made.
refused("trace on runs.csv" "${OUT}" "--trace ${OUT}/dup/runs.csv is the same file as ${OUT}/dup/runs.csv"
        run --out "${OUT}/dup" --trace "${OUT}/dup/runs.csv" -q)
refused("trace on the manifest, spelled otherwise" "${OUT}" "--trace ${OUT}/dup/\\./manifest.json is the same file as ${OUT}/dup/manifest.json"
        run --out "${OUT}/dup" --trace "${OUT}/dup/./manifest.json" -q)

# A trace whose folder does not exist: refused before the run, and the output folder is not made.
refused("trace into a missing folder" "${OUT}" "no-such-folder/t.csv: cannot be written, its folder .* does not exist"
        run --out "${OUT}/out" --trace "${OUT}/no-such-folder/t.csv" -q)

# A symbolic link where an output goes: neither the link nor the file it points to is touched.
file(MAKE_DIRECTORY "${OUT}/link")
file(WRITE "${OUT}/link/precious.csv" "precious\n")
file(CREATE_LINK "precious.csv" "${OUT}/link/runs.csv" SYMBOLIC)
refused("runs.csv a symbolic link" "${OUT}" "link/runs.csv: is a symbolic link" run --out "${OUT}/link" -q)
refused("batch's runs.csv a symbolic link" "${OUT}" "link/runs.csv: is a symbolic link"
        batch population-lowrisk --n 2 -q --out "${OUT}/link")
refused("trace a symbolic link" "${OUT}" "link/runs.csv: is a symbolic link"
        run --out "${OUT}/elsewhere" --trace "${OUT}/link/runs.csv" -q)
if(NOT IS_SYMLINK "${OUT}/link/runs.csv")
  message(FATAL_ERROR "the symbolic link was replaced")
endif()

# A device: /dev/null stays the device (a program replacing it would break the whole machine).
refused("trace /dev/null" "${OUT}" "/dev/null: is a character device, not a regular file" run --out "${OUT}/null" --trace /dev/null -q)
refused("validate --out /dev/null" "${OUT}" "/dev/null: is a character device" validate --out /dev/null -q)
execute_process(COMMAND test -c /dev/null RESULT_VARIABLE still_device)
if(NOT still_device EQUAL 0)
  message(FATAL_ERROR "/dev/null is no longer a character device")
endif()

# A FIFO (refused without opening it, so the command does not hang) and a folder.
file(MAKE_DIRECTORY "${OUT}/fifo")
execute_process(COMMAND mkfifo "${OUT}/fifo/episodes.csv" RESULT_VARIABLE made)
if(made EQUAL 0)
  refused("episodes.csv a FIFO" "${OUT}" "fifo/episodes.csv: is a FIFO" run --out "${OUT}/fifo" -q)
endif()
file(MAKE_DIRECTORY "${OUT}/folder/manifest.json")
refused("manifest.json a folder" "${OUT}" "folder/manifest.json: is a folder" batch population-lowrisk --n 2 -q --out "${OUT}/folder")
refused("trace a folder" "${OUT}" "folder: is a folder" run --out "${OUT}/x" --trace "${OUT}/folder" -q)
