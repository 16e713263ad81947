# The flags every lesson program is built with, defined once: the prebuilt
# demos and the start-up baseline (here, in CMake) and the programs Duet
# compiles at run time, a learner's edits and packs' C++ (ProgramCompiler
# reads them from the generated core/run/ProgramFlags.h). A demo and the same
# program compiled from an edit are then built, and timed, alike; the test
# `programflags` checks that the demos, the compiler and lessons/README.md agree.
set(DUET_PROGRAM_FLAGS -std=c++23 -O2 -Wall -Wextra -Wpedantic -pthread)

# duet_write_program_flags(OUTPUT)
# Writes the header that gives DUET_PROGRAM_FLAGS to the C++ code.
function(duet_write_program_flags output)
  set(quoted "")
  foreach(flag IN LISTS DUET_PROGRAM_FLAGS)
    list(APPEND quoted "\"${flag}\"")
  endforeach()
  list(JOIN quoted ", " DUET_PROGRAM_FLAG_LIST)
  configure_file("${PROJECT_SOURCE_DIR}/cmake/ProgramFlags.h.in" "${output}" @ONLY)
endfunction()
