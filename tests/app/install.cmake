# The installed layout: `cmake --install` into a scratch prefix, then the
# installed duet must run a built-in demo. PATH holds no compiler there, so
# only the installed prebuilt demo can make the run succeed.
set(DUET_TEST_PREFIX "${PROJECT_BINARY_DIR}/test-install")

add_test(NAME app_install
  COMMAND "${CMAKE_COMMAND}" --install "${PROJECT_BINARY_DIR}" --prefix "${DUET_TEST_PREFIX}")
set_tests_properties(app_install PROPERTIES FIXTURES_SETUP duet_installed)

add_test(NAME app_installed_finds_demos
  COMMAND "${CMAKE_COMMAND}"
    -D "DUET=${DUET_TEST_PREFIX}/${CMAKE_INSTALL_BINDIR}/duet"
    -D "PREFIX=${DUET_TEST_PREFIX}"
    -D "DATADIR=${CMAKE_INSTALL_DATADIR}"
    -P "${CMAKE_CURRENT_SOURCE_DIR}/installed_finds_demos.cmake")
# Not DUET_TEST_ENVIRONMENT: DUET_DEMO_DIR would point into the build tree.
set_tests_properties(app_installed_finds_demos PROPERTIES
  FIXTURES_REQUIRED duet_installed
  ENVIRONMENT "XDG_CONFIG_HOME=${DUET_TEST_HOME}/config;XDG_DATA_HOME=${DUET_TEST_HOME}/data;XDG_CACHE_HOME=${DUET_TEST_HOME}/cache;QT_QPA_PLATFORM=offscreen")
