# Compiler settings shared by every target Duet builds.

# duet_target_warnings(TARGET)
# Warnings as errors, and the strict Qt string conversions: every QString
# made from a C string says which encoding it is.
function(duet_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS)
endfunction()

# duet_target_no_qt_keywords(TARGET)
# Q_SIGNALS/Q_SLOTS/Q_EMIT only, for code that includes no QScintilla headers
# (those still use the bare keywords).
function(duet_target_no_qt_keywords target)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
endfunction()

# ccache, where installed, makes rebuilds of unchanged files (another clone,
# a fresh build tree) nearly free.
find_program(DUET_CCACHE ccache)
if(DUET_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${DUET_CCACHE}")
endif()
