# Writes duet(1), gzipped, from what `duet --help` prints, so that the manual
# page and the help never disagree.
#   cmake -D DUET=<built duet> -D VERSION=<x.y.z> -D DATE=<YYYY-MM-DD>
#         -D DEMOS=<installed demo folder> -D CATALOGUES=<installed catalogue folder>
#         -D GZIP=<gzip> -D OUTPUT=<duet.1.gz> -P DuetManualPage.cmake

execute_process(COMMAND "${DUET}" --help
  OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${DUET} --help exited with ${status}")
endif()

# roff reads a backslash as an escape and a line that starts with . or ' as a
# request.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
# The help's first line is its usage, which names no program reliably (the
# page names it), the second its description, then the options.
if(NOT help MATCHES "^[^\n]*\n([^\n]*)\n+Options:\n(.*[^\n])\n*$")
  message(FATAL_ERROR "${DUET} --help does not print usage, description and options")
endif()
set(description "${CMAKE_MATCH_1}")
set(options "${CMAKE_MATCH_2}")
# An option's dashes are minus signs, so that it can be copied from the page.
string(REPLACE "-" "\\-" options "${options}")

file(CONFIGURE OUTPUT "${OUTPUT}.page" @ONLY CONTENT [[
.TH DUET 1 "@DATE@" "Duet @VERSION@" "User Commands"
.SH NAME
duet \- learn advanced Python beside its modern C++ equivalent
.SH SYNOPSIS
.B duet
[\fIoptions\fR]
.SH DESCRIPTION
@description@
.PP
Without options, Duet opens its window.
\fB\-\-list\fR, \fB\-\-run\fR, \fB\-\-check\fR and \fB\-\-screenshot\fR
need no display.
.SH OPTIONS
.nf
@options@
.fi
.SH FILES
.TP
.I @DEMOS@/
the prebuilt C++ demos of the built-in lessons
.TP
.I @CATALOGUES@/
Duet's message catalogues; those in
.I ~/.local/share/duet/translations/
come first
.SH SEE ALSO
.BR python3 (1),
.BR bwrap (1)
]])

get_filename_component(directory "${OUTPUT}" DIRECTORY)
get_filename_component(name "${OUTPUT}" NAME_WLE)
file(RENAME "${OUTPUT}.page" "${directory}/${name}")
# -n leaves the name and time out of the header, so the file is reproducible.
execute_process(COMMAND "${GZIP}" -9nf "${directory}/${name}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${GZIP} could not compress ${directory}/${name}")
endif()
