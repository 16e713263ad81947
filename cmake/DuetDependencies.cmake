# Every package Duet builds against, in one place: the top-level project and
# tools/dev's host probe (cmake/probe) both include this file.
find_package(Qt6 6.5 REQUIRED COMPONENTS Core Concurrent Gui Widgets Test LinguistTools)
find_package(KF6SyntaxHighlighting 6.0 REQUIRED)
find_package(QScintilla 2.13 REQUIRED)
find_package(yaml-cpp 0.7 REQUIRED)
find_package(md4c REQUIRED)
