# The Debian package, made by CPack from what `cmake --install` installs:
# bin/duet, the demos under libexec/duet/, the message catalogues, the
# launcher entry, the icon and the AppStream data (the built-in lessons are
# inside the binary); the manual page, the changelog and the copyright file
# complete it. `cpack --preset package` (which `tools/dev package` runs)
# or `cpack -G DEB` in any build folder writes duet_<version>_<arch>.deb.
# The package is meant for a build configured with CMAKE_INSTALL_PREFIX /usr,
# as the `package` preset is.

# Who the package is from: the project itself, as its AppStream data names it
# (resources/app.duet.Duet.metainfo.xml), at the project's own domain.
set(DUET_PACKAGE_MAINTAINER "The Duet developers <developers@duet.app>")

# The release this build is, as the AppStream data records it: its date goes
# into the changelog, the copyright notice and the manual page.
file(STRINGS "${PROJECT_SOURCE_DIR}/resources/app.duet.Duet.metainfo.xml" release
  REGEX "<release version=\"${PROJECT_VERSION}\"")
if(NOT release MATCHES "date=\"(([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9]))\"")
  message(FATAL_ERROR "resources/app.duet.Duet.metainfo.xml has no <release> with a date for "
    "version ${PROJECT_VERSION}: add one when the version changes")
endif()
set(DUET_RELEASE_DATE "${CMAKE_MATCH_1}")
set(DUET_RELEASE_YEAR "${CMAKE_MATCH_2}")
set(release_month "${CMAKE_MATCH_3}")
set(release_day "${CMAKE_MATCH_4}")
set(DUET_FIRST_YEAR 2026)
if(DUET_RELEASE_YEAR STREQUAL DUET_FIRST_YEAR)
  set(DUET_COPYRIGHT_YEARS "${DUET_FIRST_YEAR}")
else()
  set(DUET_COPYRIGHT_YEARS "${DUET_FIRST_YEAR}-${DUET_RELEASE_YEAR}")
endif()

# duet_rfc2822_date(VARIABLE YEAR MONTH DAY)
# The date as Debian's changelog wants it, "Tue, 24 Nov 2026 00:00:00 +0000"
# (the weekday by Zeller's congruence).
function(duet_rfc2822_date variable year month day)
  math(EXPR month "${month}")
  math(EXPR day "${day}")
  if(month LESS 3)
    math(EXPR month_shifted "${month} + 12")
    math(EXPR year_shifted "${year} - 1")
  else()
    set(month_shifted ${month})
    set(year_shifted ${year})
  endif()
  math(EXPR weekday "(${day} + (13 * (${month_shifted} + 1)) / 5 + ${year_shifted} + ${year_shifted} / 4 \
    - ${year_shifted} / 100 + ${year_shifted} / 400) % 7")
  set(weekday_names Sat Sun Mon Tue Wed Thu Fri)
  list(GET weekday_names ${weekday} weekday_name)
  math(EXPR month_index "${month} - 1")
  set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
  list(GET month_names ${month_index} month_name)
  if(day LESS 10)
    set(day "0${day}")
  endif()
  set(${variable} "${weekday_name}, ${day} ${month_name} ${year} 00:00:00 +0000" PARENT_SCOPE)
endfunction()

find_program(DUET_GZIP gzip REQUIRED)
set(DUET_PACKAGE_DOCUMENTATION_DIRECTORY "${CMAKE_INSTALL_DATADIR}/doc/duet")

# The changelog Debian asks every package for. The package is built from
# Duet's own sources, not from a Debian source package, so it is native and
# its changelog has one entry per release.
duet_rfc2822_date(release_date_rfc2822 ${DUET_RELEASE_YEAR} ${release_month} ${release_day})
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/packaging/changelog" CONTENT [[
duet (@PROJECT_VERSION@) unstable; urgency=medium

  * Duet @PROJECT_VERSION@, built and packaged from its own sources.

 -- @DUET_PACKAGE_MAINTAINER@  @release_date_rfc2822@
]] @ONLY)
execute_process(COMMAND "${DUET_GZIP}" -9nf "${PROJECT_BINARY_DIR}/packaging/changelog"
  COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
  DESTINATION "${DUET_PACKAGE_DOCUMENTATION_DIRECTORY}")

# duet(1), made from `duet --help` once duet is built.
set(manual_page "${PROJECT_BINARY_DIR}/packaging/duet.1.gz")
add_custom_command(OUTPUT "${manual_page}"
  COMMAND "${CMAKE_COMMAND}" -D "DUET=$<TARGET_FILE:duet>" -D "VERSION=${PROJECT_VERSION}"
    -D "DATE=${DUET_RELEASE_DATE}" -D "DEMOS=${CMAKE_INSTALL_FULL_LIBEXECDIR}/duet"
    -D "CATALOGUES=${CMAKE_INSTALL_PREFIX}/${DUET_TRANSLATIONS_INSTALL_DIRECTORY}"
    -D "GZIP=${DUET_GZIP}" -D "OUTPUT=${manual_page}"
    -P "${CMAKE_CURRENT_LIST_DIR}/DuetManualPage.cmake"
  DEPENDS duet "${CMAKE_CURRENT_LIST_DIR}/DuetManualPage.cmake"
  COMMENT "Writing the manual page duet(1) from duet --help"
  VERBATIM)
add_custom_target(duet-manual-page ALL DEPENDS "${manual_page}")
install(FILES "${manual_page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# Debian's copyright file, in the machine-readable format; the licence is the
# one the AppStream data declares.
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/packaging/copyright" CONTENT [[
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Duet
Upstream-Contact: @DUET_PACKAGE_MAINTAINER@
Source: @PROJECT_HOMEPAGE_URL@

Files: *
Copyright: @DUET_COPYRIGHT_YEARS@ The Duet developers
License: GPL-3.0-or-later

License: GPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation, either version 3 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in "/usr/share/common-licenses/GPL-3".
]] @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/packaging/copyright"
  DESTINATION "${DUET_PACKAGE_DOCUMENTATION_DIRECTORY}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME duet)
set(CPACK_PACKAGE_VENDOR "The Duet developers")
set(CPACK_PACKAGE_CONTACT "${DUET_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn advanced Python beside its modern C++ equivalent")
# The same words as the AppStream description.
set(CPACK_PACKAGE_DESCRIPTION [[
Duet walks through articles on advanced Python techniques section by
section. Each section shows its explanation, the Python code and the
idiomatic C++23 program that does the same, side by side, with matching
regions of the two linked.

One click runs the section's C++ demo, the Python, or both, and shows
their output and honest timings next to each other. Learners can edit
either program and run it again; lessons can also be loaded from a folder.]])
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries duet and the demos link, as dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Duet starts rather than links:
# - python3 runs every section's Python, half of what Duet shows;
# - bubblewrap is the sandbox every program a lesson brings runs in, and
#   lesson packs come from strangers.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3, bubblewrap")
# Wanted on nearly every system, but Duet still reads and runs without them:
# - a C++ compiler builds the C++ a learner edits (the demos are prebuilt);
# - gdb steps through the C++;
# - Qt's SVG plugin draws Duet's icon and most icon themes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "g++ | clang, gdb, qt6-svg-plugins")
# Qt's own dialogs in the learner's language.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

include(CPack)
