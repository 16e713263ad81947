<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Duet::CodePane</name>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the %1 to the lesson&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this program; your version is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the lesson&apos;s version of the %1 (Undo brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into Duet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the Lesson&apos;s Version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your changes to the %1 touch %n line(s). Revert brings back the lesson&apos;s version; Edit ▸ Undo (Ctrl+Z) in the pane brings yours back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::ComparisonView</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — exit code 0 · wall %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outputs match (%n measured line(s), marked ≈, may differ).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outputs differ in %n line(s), first in row %1 (≠ changed, − only in the Python, + only in the C++).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The outputs were too different, or the lesson&apos;s patterns too slow, to align exactly; the rest is paired line by line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::CompileReport</name>
    <message>
        <source>prebuilt demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled earlier by %1, from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled in %1 by %2, including the one-time precompiled standard headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled in %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not compile (%1 by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiling was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::ExerciseBar</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Solved&lt;/b&gt;: both print the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your turn&lt;/b&gt;: the lesson&apos;s C++ is beside yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your turn&lt;/b&gt;: the lesson&apos;s C++ is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your turn&lt;/b&gt;: make the C++ print what the Python prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Both compared the two outputs and found them the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the C++ yourself, then Run Both (Ctrl+B): the exercise is solved when both programs print the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 hints of this exercise are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::ExerciseCheck</name>
    <message>
        <source>Run both (Ctrl+B) to check your C++ against the Python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the Python is edited. Your C++ is checked against the lesson&apos;s Python; revert the Python to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the Python did not run to its end, so there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved yet: your C++ has to compile and run to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved yet: your C++ prints something other than the Python does; the comparison shows where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved: your C++ prints what the Python prints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::ExerciseController</name>
    <message>
        <source>&amp;Try It Yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Lesson&apos;s C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the lesson&apos;s C++ and write your own, checked against the Python&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson&apos;s C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lesson&apos;s own C++, read-only, beside yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the lesson&apos;s C++; your attempt is kept for the next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it yourself: write this section&apos;s C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s C++ code, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python is out of view while the lesson&apos;s C++ is shown: three programs do not fit side by side here. The run area still shows what the Python prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own C++ for this section; the lesson&apos;s is hidden until you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own C++ for this section, started from an empty main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own C++ for this section, started from the pack&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the starter (Undo brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn: the lesson&apos;s C++ is hidden until you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lesson&apos;s C++; Try It Yourself brings your attempt back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s own program, %1, shown beside yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has no hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hint is shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::FindBar</name>
    <message>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::FocusCycler</name>
    <message>
        <source>Next &amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the next area of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the previous area of the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::HintView</name>
    <message>
        <source>Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Hint %1 of %2**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint %1 of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::Language</name>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::LanguageOutcome</name>
    <message>
        <source>did not compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::LessonTreeModel</name>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, demo run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::LocalsModel</name>
    <message>
        <source>%1 = %2
(changed since the previous step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::MainWindow</name>
    <message>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems loading lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## In this lesson

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read, demo run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or press Alt+Right for the next section, Ctrl+K to find any section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1 program to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped because you moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of “%1” was stopped because you moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson written in Markdown (a .md file, or a pack&apos;s lesson.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson pack, or a folder of packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every lesson again from its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the lesson&apos;s version of this section&apos;s programs; Undo brings yours back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run area: run buttons, input, output and timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lesson&apos;s version; Undo in a pane brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lessons reloaded: %n lesson(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open the Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Markdown file (.md) nor a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duet found no lesson it could read in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown lessons (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson format is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duet %1&lt;/h3&gt;&lt;p&gt;Advanced Python techniques beside their modern C++ equivalents.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KSyntaxHighlighting&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QScintilla&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;C++ compiler for edits&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edit of the %1 in %2/%3 could not be saved&lt;/b&gt;: %4.&lt;br&gt;It is kept while Duet is open; Duet asks before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Your Edits In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duet could not save your edits of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them in another folder, or close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duet could not save your C++ for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what you wrote from the C++ pane first, or close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::MessageBar</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::OutputView</name>
    <message>
        <source>Run the demo to see its output here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line %1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::ProseView</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::QuickOpenDialog</name>
    <message>
        <source>Go to Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words from a section&apos;s title or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::RunCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than the input limit; the program gets its first %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[output truncated at the output limit]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 runs: wall %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · start-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no section &apos;%1&apos;; `duet --list` shows the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no %2 program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── %1 ──
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 KiB; a program may be at most %3 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no C++ program: it is an exercise; run yours with --program FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::RunPanel</name>
    <message>
        <source>Run C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run C++ ×N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Python ×N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the section&apos;s C++ once (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the section&apos;s Python once with python3 (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No python3 was found on PATH, so the Python cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Python and the C++ in turn for the chosen number of rounds, compare their outputs, and say what the timings show (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the C++ the chosen number of times and show the spread (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Python the chosen number of times and show the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running program or the compiler (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text given to the program&apos;s standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rounds Run Both makes, and how often Run ×N runs a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds for Run Both and Run ×N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status and timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input for the program (empty: the program reads end of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the standard headers for %1, once for all later compiles (step %2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing %1&apos;s start-up with an empty program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the %1&apos;s output was cut off at the output limit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The C++ did not compile; the compiler&apos;s messages are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2: wall %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · CPU median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · start-up median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (run %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python and C++ ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no outputs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the outputs match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the outputs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The C++ did not compile; what the compiler found is marked in the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of your program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::RunReport</name>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-up median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outputs match (%n measured line(s) differ, as the lesson allows).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outputs differ in %n line(s) (- Python, + C++):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  (the outputs were too different, or the varying-output patterns too slow, to align exactly)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output line %1 of the Python is missing from the C++: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++ prints a line the Python does not, at its line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output line %1 differs: Python %2, C++ %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::RunStatistics</name>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a code pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the line or selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unindent the line or selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the pane: to the next control, to the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape, then Tab or Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the matching brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent after a line that opens a block; closing } lines up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the bar and go back to the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Go to Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::StepDetailsView</name>
    <message>
        <source>%1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the %1 had printed by this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting: its first step comes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no step recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting at step %2 (%3) while the other program runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — step %2 of %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::SteppingController</name>
    <message>
        <source>&amp;Step Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Python and the C++ line by line, then step through them side by side, in step by their linked regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step P&amp;ython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Python line by line, then step through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile the C++ for debugging, record it line by line with gdb, then step through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit Stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the recorded steps and edit the programs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping ended because you moved to another page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the C++…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++: compiling it for the debugger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++: recording under gdb (the debug build was cached)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++: compiled, recording under gdb…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++ did not compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1: recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be recorded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was stopped at the step bound, after %2 steps; the steps until then are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1: %2 steps, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no steps to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a program ends stepping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping ended because you edited the %1; your edit is kept. Step again to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No python3 was found on PATH, so the Python cannot be stepped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gdb was found on PATH, so the C++ cannot be stepped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::TimelineBar</name>
    <message>
        <source>Stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the steps: arrow keys, Page Up/Down, Home and End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::TimingChart</name>
    <message>
        <source>Timing chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2 of %n run(s), fastest %3, slowest %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; an empty %1 program takes %2 to start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median wall time (start-up included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of it, starting an empty program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fastest to slowest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duet::Verdict</name>
    <message>
        <source>the Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed verdict: the outputs differ, so the programs did not do the same work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1, C++ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both programs mostly wait (on the CPU %1% and %2% of the time): wall time (%3) is set by the waits, not by either language&apos;s speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too few runs for a verdict (%n each; it takes at least 3): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n runs each, start-up included; the spreads do not overlap</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>C++ %1× faster (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1× faster (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No clear difference: the spreads of the %n runs overlap (medians: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each language ran %n time(s), interleaved (Python, C++, Python, …). Each run is timed from launch to exit: wall time, start-up included. The verdict compares the medians, and names a faster language only when the middle half of its runs (the interquartile range) lies wholly below the other&apos;s. When both programs spend less than half as much of their wall time on the CPU as an empty program of their language does in the same rounds, they mostly wait, and wall time says little about either language&apos;s speed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
