# Built-in lessons: each one's files become Qt resources under :/lessons/,
# and each of its C++ programs becomes its own demo executable.

find_package(Threads REQUIRED)

# duet_add_lesson(LESSON_DIRECTORY RESOURCE_TARGET)
# Compiles LESSON_DIRECTORY/cpp/<section>.cpp into
# ${DUET_DEMO_OUTPUT_DIRECTORY}/<lesson>/<section> (installed under
# ${DUET_DEMO_INSTALL_DIRECTORY}/<lesson>/), and adds every file of the lesson
# to RESOURCE_TARGET as :/lessons/<lesson>/<path>. The folder's name is the
# lesson's id; the loader checks that the front matter agrees.
function(duet_add_lesson lesson_directory resource_target)
  get_filename_component(lesson "${lesson_directory}" NAME)
  file(GLOB_RECURSE lesson_files CONFIGURE_DEPENDS
    RELATIVE "${lesson_directory}" "${lesson_directory}/*")
  list(FILTER lesson_files EXCLUDE REGEX "(^|/)\\.")

  set(resource_files "")
  foreach(relative IN LISTS lesson_files)
    set(alias "${lesson}/${relative}")
    set_source_files_properties("${lesson_directory}/${relative}"
      PROPERTIES QT_RESOURCE_ALIAS "${alias}")
    list(APPEND resource_files "${lesson_directory}/${relative}")

    # An exercise's starter (cpp/<section>.starter.cpp) is no demo. (The
    # starter test comes first: a failed MATCHES clears CMAKE_MATCH_1.)
    if(NOT relative MATCHES "\\.starter\\.cpp$" AND relative MATCHES "^cpp/([^/]+)\\.cpp$")
      set(section "${CMAKE_MATCH_1}")
      set(demo "demo-${lesson}-${section}")
      add_executable(${demo} "${lesson_directory}/${relative}")
      # Built as Duet builds every program (DuetProgramFlags.cmake), so that
      # a demo and its edited copy time alike; and free of warnings.
      target_compile_options(${demo} PRIVATE ${DUET_PROGRAM_FLAGS} -Werror)
      target_link_libraries(${demo} PRIVATE Threads::Threads)
      set_target_properties(${demo} PROPERTIES
        OUTPUT_NAME "${section}"
        AUTOMOC OFF AUTOUIC OFF AUTORCC OFF
        RUNTIME_OUTPUT_DIRECTORY "${DUET_DEMO_OUTPUT_DIRECTORY}/${lesson}")
      install(TARGETS ${demo} RUNTIME DESTINATION "${DUET_DEMO_INSTALL_DIRECTORY}/${lesson}")
      set_property(GLOBAL APPEND PROPERTY DUET_DEMO_TARGETS ${demo})
    endif()
  endforeach()

  qt_add_resources(${resource_target} "lesson-${lesson}"
    PREFIX "/lessons"
    FILES ${resource_files})
endfunction()

# --- Every lesson program under the sanitizers --------------------------------
#
# A lesson's C++ must be correct, not merely print the right thing: each
# program is built with g++ and with clang++ under AddressSanitizer and
# UndefinedBehaviorSanitizer, and a program that uses threads also under
# ThreadSanitizer. The builds are custom commands, so ninja rebuilds only
# programs that changed; each build is a ctest (label `lessons`) that runs the
# program and fails on a non-zero exit or on any sanitizer report.

set(DUET_LESSON_CHECK_FLAGS -std=c++23 -O1 -g -fno-omit-frame-pointer -Wall -Wextra -Wpedantic -Werror -pthread)
set(DUET_LESSON_MEMORY_SANITIZER -fsanitize=address,undefined -fno-sanitize-recover=all)
set(DUET_LESSON_THREAD_SANITIZER -fsanitize=thread)
# A program that includes one of these headers is taken to start threads.
set(DUET_LESSON_THREAD_HEADERS thread future stop_token)

# duet_lesson_compiler(VARIABLE NAME ID)
# Sets VARIABLE to the C++ compiler called NAME (g++, clang++): the build's own
# compiler when its CMAKE_CXX_COMPILER_ID is ID, else the one on PATH, else
# nothing.
function(duet_lesson_compiler variable name id)
  if(CMAKE_CXX_COMPILER_ID STREQUAL id)
    set(${variable} "${CMAKE_CXX_COMPILER}" PARENT_SCOPE)
    return()
  endif()
  string(MAKE_C_IDENTIFIER "DUET_LESSON_${name}" cache_variable)
  find_program(${cache_variable} "${name}")
  set(${variable} "${${cache_variable}}" PARENT_SCOPE)
endfunction()

# duet_lesson_sanitizer_works(VARIABLE COMPILER FLAGS...)
# Whether COMPILER can build and link a program with FLAGS: the sanitizer
# runtimes are separate packages, and a missing one should cost its checks,
# not the build. The answer is cached.
function(duet_lesson_sanitizer_works variable compiler)
  string(MAKE_C_IDENTIFIER "DUET_LESSON_WORKS_${compiler}_${ARGN}" cache_variable)
  if(NOT DEFINED ${cache_variable})
    set(probe "${CMAKE_BINARY_DIR}/CMakeFiles/duet-sanitizer-probe")
    file(WRITE "${probe}.cpp" "#include <thread>\nint main() { std::thread([] {}).join(); }\n")
    execute_process(COMMAND "${compiler}" ${DUET_LESSON_CHECK_FLAGS} ${ARGN} "${probe}.cpp" -o "${probe}"
      RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(result EQUAL 0)
      set(works ON)
    else()
      set(works OFF)
      message(STATUS "Lesson checks: ${compiler} cannot build with ${ARGN}; those checks are left out")
    endif()
    set(${cache_variable} ${works} CACHE INTERNAL "")
  endif()
  set(${variable} ${${cache_variable}} PARENT_SCOPE)
endfunction()

# duet_add_lesson_checks(LESSONS_DIRECTORY TARGET)
# Adds the checks above for every LESSONS_DIRECTORY/<lesson>/cpp/<section>.cpp
# and builds them as part of TARGET. The tests are named
# lesson_<build>:<lesson>/<section>, for instance
# lesson_gcc_asan:advanced-python/best-practices.
function(duet_add_lesson_checks lessons_directory target)
  duet_lesson_compiler(gcc g++ GNU)
  duet_lesson_compiler(clang clang++ Clang)
  # Each build: a name, a compiler, its sanitizer, and which programs get it.
  # ThreadSanitizer runs with one compiler, clang++ where it works, else g++:
  # it finds the same races under either, and a second run would double the
  # cost of every threaded program.
  set(builds "")
  set(have_thread_sanitizer OFF)
  foreach(build IN ITEMS gcc_asan:gcc:MEMORY:ALL clang_asan:clang:MEMORY:ALL
                         clang_tsan:clang:THREAD:THREADS gcc_tsan:gcc:THREAD:THREADS)
    string(REPLACE ":" ";" build_fields "${build}")
    list(GET build_fields 0 build_name)
    list(GET build_fields 1 compiler_variable)
    list(GET build_fields 2 sanitizer)
    set(compiler "${${compiler_variable}}")
    if(sanitizer STREQUAL "THREAD" AND have_thread_sanitizer)
      continue()
    endif()
    if(NOT compiler)
      message(STATUS "Lesson checks: no ${compiler_variable} found; the ${build_name} checks are left out")
      continue()
    endif()
    set(sanitizer_flags ${DUET_LESSON_${sanitizer}_SANITIZER})
    duet_lesson_sanitizer_works(works "${compiler}" ${sanitizer_flags})
    if(works)
      list(APPEND builds "${build}")
      if(sanitizer STREQUAL "THREAD")
        set(have_thread_sanitizer ON)
      endif()
    endif()
  endforeach()

  list(JOIN DUET_LESSON_THREAD_HEADERS "|" thread_headers)
  file(GLOB sources CONFIGURE_DEPENDS "${lessons_directory}/*/cpp/*.cpp")
  set(outputs "")
  foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative "${lessons_directory}" "${source}")
    string(REGEX REPLACE "^([^/]+)/cpp/([^/]+)\\.cpp$" "\\1/\\2" program "${relative}")
    # Which programs use threads is read from their text: re-read it when
    # the text changes.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
    file(STRINGS "${source}" thread_includes REGEX "^[ \t]*#[ \t]*include[ \t]*<(${thread_headers})>")

    foreach(build IN LISTS builds)
      string(REPLACE ":" ";" build_fields "${build}")
      list(GET build_fields 0 build_name)
      list(GET build_fields 1 compiler_variable)
      list(GET build_fields 2 sanitizer)
      list(GET build_fields 3 applies_to)
      if(applies_to STREQUAL "THREADS" AND NOT thread_includes)
        continue()
      endif()
      set(compiler "${${compiler_variable}}")
      set(sanitizer_flags ${DUET_LESSON_${sanitizer}_SANITIZER})

      set(executable "${CMAKE_CURRENT_BINARY_DIR}/lesson-checks/${build_name}/${program}")
      get_filename_component(output_directory "${executable}" DIRECTORY)
      # Compiling and linking are separate steps so that ccache, which caches
      # compiles only, can keep the expensive half.
      add_custom_command(
        OUTPUT "${executable}"
        BYPRODUCTS "${executable}.o"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${output_directory}"
        COMMAND ${CMAKE_CXX_COMPILER_LAUNCHER} "${compiler}" ${DUET_LESSON_CHECK_FLAGS} ${sanitizer_flags}
          -c "${source}" -o "${executable}.o"
        COMMAND "${compiler}" ${DUET_LESSON_CHECK_FLAGS} ${sanitizer_flags} "${executable}.o" -o "${executable}"
        DEPENDS "${source}"
        COMMENT "Building ${program} with ${build_name}"
        VERBATIM)
      list(APPEND outputs "${executable}")

      set(test "lesson_${build_name}:${program}")
      add_test(NAME "${test}" COMMAND "${executable}")
      set_tests_properties("${test}" PROPERTIES
        LABELS lessons
        TIMEOUT 120
        ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1"
        FAIL_REGULAR_EXPRESSION "ERROR: AddressSanitizer;ERROR: LeakSanitizer;runtime error:;WARNING: ThreadSanitizer;ERROR: ThreadSanitizer")
    endforeach()
  endforeach()
  add_custom_target(${target} ALL DEPENDS ${outputs})
endfunction()
