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

    if(relative MATCHES "^cpp/([^/]+)\\.cpp$")
      set(section "${CMAKE_MATCH_1}")
      set(demo "demo-${lesson}-${section}")
      add_executable(${demo} "${lesson_directory}/${relative}")
      # Demos are timed by the learner, so they are always optimised, and
      # they must stay free of warnings under the strictest common flags.
      target_compile_options(${demo} PRIVATE -O2 -Wall -Wextra -Wpedantic -Werror)
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
