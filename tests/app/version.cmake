add_test(NAME app_version COMMAND duet --version)
set_tests_properties(app_version PROPERTIES
  ENVIRONMENT "${DUET_TEST_ENVIRONMENT}"
  PASS_REGULAR_EXPRESSION "^duet ${PROJECT_VERSION}\n$")
