# What "the same set" means for a merged batch or sweep (docs/cluster.md): runs.csv, episodes.csv and
# datapackage.json byte for byte; manifest.json identical but for the invocation — command_line
# (and a merge's shard_command_lines), which records how each folder was made.
function(sb_manifest_without_invocation path result)
  file(READ "${path}" m)
  string(JSON m REMOVE "${m}" command_line)
  string(JSON has ERROR_VARIABLE none GET "${m}" shard_command_lines)
  if(NOT none)
    string(JSON m REMOVE "${m}" shard_command_lines)
  endif()
  set(${result} "${m}" PARENT_SCOPE)
endfunction()

# Fails with a message naming the file unless folders `a` and `b` hold the same set.
function(sb_same_set a b)
  foreach(f runs.csv episodes.csv datapackage.json)
    file(SHA256 "${a}/${f}" da)
    file(SHA256 "${b}/${f}" db)
    if(NOT da STREQUAL db)
      message(FATAL_ERROR "${a}/${f} and ${b}/${f} differ")
    endif()
  endforeach()
  sb_manifest_without_invocation("${a}/manifest.json" ma)
  sb_manifest_without_invocation("${b}/manifest.json" mb)
  if(NOT ma STREQUAL mb)
    message(FATAL_ERROR "${a}/manifest.json and ${b}/manifest.json differ (beyond their command lines)")
  endif()
endfunction()
