# Test helpers: one QtTest executable per class, registered with ctest.

# Tests never touch the developer's own settings, lessons or caches.
set(DUET_TEST_HOME "${PROJECT_BINARY_DIR}/test-home")
set(DUET_TEST_ENVIRONMENT
  "XDG_CONFIG_HOME=${DUET_TEST_HOME}/config"
  "XDG_DATA_HOME=${DUET_TEST_HOME}/data"
  "XDG_CACHE_HOME=${DUET_TEST_HOME}/cache"
  "XDG_RUNTIME_DIR=${DUET_TEST_HOME}/runtime"
  "QT_QPA_PLATFORM=offscreen"
  "DUET_DEMO_DIR=${DUET_DEMO_OUTPUT_DIRECTORY}")
file(MAKE_DIRECTORY "${DUET_TEST_HOME}/runtime")
file(CHMOD "${DUET_TEST_HOME}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

# duet_add_test(NAME SOURCES... [LIBRARIES libs...] [LABELS labels...] [TIMEOUT seconds])
# Builds tst_NAME from SOURCES with QtTest and registers it. Widget tests link
# DuetUi and run on the offscreen platform like every other test.
function(duet_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 test "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS")
  set(target "tst_${name}")
  qt_add_executable(${target} ${test_SOURCES} ${test_UNPARSED_ARGUMENTS})
  target_link_libraries(${target} PRIVATE Qt6::Test ${test_LIBRARIES})
  target_compile_definitions(${target} PRIVATE
    DUET_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    DUET_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DUET_BINARY_DIR="${PROJECT_BINARY_DIR}")
  duet_target_warnings(${target})
  set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
  add_test(NAME ${name} COMMAND ${target})
  if(NOT test_TIMEOUT)
    set(test_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "${DUET_TEST_ENVIRONMENT}"
    TIMEOUT ${test_TIMEOUT}
    LABELS "${test_LABELS}")
endfunction()
