#!/bin/sh
# Regenerates the GDB/MI transcripts tst_gdbmiparser reads: each NAME.cpp
# is built for debugging and NAME.commands is fed to gdb's MI, whose output
# becomes NAME.mi. Run from this folder inside the build environment:
#   tools/dev exec sh -c 'cd tests/data/trace/mi && ./capture.sh'
# The transcripts name this machine's paths and addresses; the test only
# relies on what any gdb 13 or later writes for these programs.
set -eu
for source in *.cpp; do
    name=${source%.cpp}
    c++ -std=c++23 -O0 -g "$source" -o "$name"
    gdb --interpreter=mi3 --nx --quiet -iex 'set debuginfod enabled off' <"$name.commands" >"$name.mi" 2>/dev/null || true
    rm -f "$name"
done
