# Runs every built-in section's C++ through the installed duet, with no
# compiler reachable, and checks the desktop files landed where desktops look
# and the message catalogues where Duet looks.
foreach(required IN ITEMS
    "${DATADIR}/applications/app.duet.Duet.desktop"
    "${DATADIR}/metainfo/app.duet.Duet.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/app.duet.Duet.svg"
    "${DATADIR}/duet/translations/duet_en.qm")
  if(NOT EXISTS "${PREFIX}/${required}")
    message(FATAL_ERROR "not installed: ${PREFIX}/${required}")
  endif()
endforeach()

execute_process(COMMAND "${DUET}" --list --json
  OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "installed duet --list --json exited with ${status}")
endif()

set(ran 0)
string(JSON lesson_count LENGTH "${listing}" lessons)
math(EXPR last_lesson "${lesson_count} - 1")
foreach(lesson_index RANGE ${last_lesson})
  string(JSON lesson GET "${listing}" lessons ${lesson_index} id)
  string(JSON section_count LENGTH "${listing}" lessons ${lesson_index} sections)
  math(EXPR last_section "${section_count} - 1")
  foreach(section_index RANGE ${last_section})
    string(JSON has_cpp GET "${listing}" lessons ${lesson_index} sections ${section_index} hasCpp)
    if(NOT has_cpp)
      continue()
    endif()
    string(JSON section GET "${listing}" lessons ${lesson_index} sections ${section_index} id)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env PATH=/nonexistent
        "${DUET}" --run "${lesson}/${section}"
      OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR output STREQUAL "")
      message(FATAL_ERROR "installed duet could not run ${lesson}/${section} (exit ${status}):\n${errors}")
    endif()
    math(EXPR ran "${ran} + 1")
  endforeach()
endforeach()

if(ran EQUAL 0)
  message(FATAL_ERROR "the installed duet lists no section with a C++ demo")
endif()
message(STATUS "the installed duet ran ${ran} prebuilt demos")
