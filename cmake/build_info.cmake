# The build's provenance for the manifests (src/record/build_info.h.in). The commit is read with
# `git describe --always --dirty` when the sources are a git checkout and git is installed; from a
# release tarball, or without git, it is left empty and the build goes on. CMake runs again after
# every commit (HEAD's log is a configure dependency), so the value follows the checkout.
set(SB_GIT_COMMIT "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --absolute-git-dir
                  WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" RESULT_VARIABLE sb_git_rc
                  OUTPUT_VARIABLE sb_git_dir ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(sb_git_rc EQUAL 0)
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=12
                    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" RESULT_VARIABLE sb_describe_rc
                    OUTPUT_VARIABLE sb_describe ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(sb_describe_rc EQUAL 0)
      set(SB_GIT_COMMIT "${sb_describe}")
    endif()
    foreach(f HEAD logs/HEAD)
      if(EXISTS "${sb_git_dir}/${f}")
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${sb_git_dir}/${f}")
      endif()
    endforeach()
  endif()
endif()
configure_file(${CMAKE_SOURCE_DIR}/src/record/build_info.h.in ${CMAKE_BINARY_DIR}/generated/record/build_info.h @ONLY)
