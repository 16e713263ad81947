<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Duet::CodePane</name>
    <message numerus="yes">
        <source>Your changes to the %1 touch %n line(s). Revert brings back the lesson&apos;s version; Edit ▸ Undo (Ctrl+Z) in the pane brings yours back.</source>
        <translation>
            <numerusform>Your changes to the %1 touch %n line. Revert brings back the lesson&apos;s version; Edit ▸ Undo (Ctrl+Z) in the pane brings yours back.</numerusform>
            <numerusform>Your changes to the %1 touch %n lines. Revert brings back the lesson&apos;s version; Edit ▸ Undo (Ctrl+Z) in the pane brings yours back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duet::ComparisonView</name>
    <message numerus="yes">
        <source>The outputs match (%n measured line(s), marked ≈, may differ).</source>
        <translation>
            <numerusform>The outputs match (%n measured line, marked ≈, may differ).</numerusform>
            <numerusform>The outputs match (%n measured lines, marked ≈, may differ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outputs differ in %n line(s), first in row %1 (≠ changed, − only in the Python, + only in the C++).</source>
        <translation>
            <numerusform>The outputs differ in %n line, first in row %1 (≠ changed, − only in the Python, + only in the C++).</numerusform>
            <numerusform>The outputs differ in %n lines, first in row %1 (≠ changed, − only in the Python, + only in the C++).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duet::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duet::MainWindow</name>
    <message numerus="yes">
        <source>Lessons reloaded: %n lesson(s).</source>
        <translation>
            <numerusform>Lessons reloaded: %n lesson.</numerusform>
            <numerusform>Lessons reloaded: %n lessons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duet::RunReport</name>
    <message numerus="yes">
        <source>The outputs match (%n measured line(s) differ, as the lesson allows).
</source>
        <translation>
            <numerusform>The outputs match (%n measured line differs, as the lesson allows).
</numerusform>
            <numerusform>The outputs match (%n measured lines differ, as the lesson allows).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outputs differ in %n line(s) (- Python, + C++):
</source>
        <translation>
            <numerusform>The outputs differ in %n line (- Python, + C++):
</numerusform>
            <numerusform>The outputs differ in %n lines (- Python, + C++):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more
</source>
        <translation>
            <numerusform>  … and %n more
</numerusform>
            <numerusform>  … and %n more
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duet::TimingChart</name>
    <message numerus="yes">
        <source>%1: median %2 of %n run(s), fastest %3, slowest %4</source>
        <translation>
            <numerusform>%1: median %2 of %n run, fastest %3, slowest %4</numerusform>
            <numerusform>%1: median %2 of %n runs, fastest %3, slowest %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duet::Verdict</name>
    <message numerus="yes">
        <source>Each language ran %n time(s), interleaved (Python, C++, Python, …). Each run is timed from launch to exit: wall time, start-up included. The verdict compares the medians, and names a faster language only when the middle half of its runs (the interquartile range) lies wholly below the other&apos;s. When both programs spend less than half as much of their wall time on the CPU as an empty program of their language does in the same rounds, they mostly wait, and wall time says little about either language&apos;s speed.</source>
        <translation>
            <numerusform>Each language ran %n time, interleaved (Python, C++, Python, …). Each run is timed from launch to exit: wall time, start-up included. The verdict compares the medians, and names a faster language only when the middle half of its runs (the interquartile range) lies wholly below the other&apos;s. When both programs spend less than half as much of their wall time on the CPU as an empty program of their language does in the same rounds, they mostly wait, and wall time says little about either language&apos;s speed.</numerusform>
            <numerusform>Each language ran %n times, interleaved (Python, C++, Python, …). Each run is timed from launch to exit: wall time, start-up included. The verdict compares the medians, and names a faster language only when the middle half of its runs (the interquartile range) lies wholly below the other&apos;s. When both programs spend less than half as much of their wall time on the CPU as an empty program of their language does in the same rounds, they mostly wait, and wall time says little about either language&apos;s speed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few runs for a verdict (%n each; it takes at least 3): %1.</source>
        <translation>
            <numerusform>Too few runs for a verdict (%n each; it takes at least 3): %1.</numerusform>
            <numerusform>Too few runs for a verdict (%n each; it takes at least 3): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n runs each, start-up included; the spreads do not overlap</source>
        <translation>
            <numerusform>median of %n run each, start-up included; the spreads do not overlap</numerusform>
            <numerusform>median of %n runs each, start-up included; the spreads do not overlap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No clear difference: the spreads of the %n runs overlap (medians: %1).</source>
        <translation>
            <numerusform>No clear difference: the spreads of the %n runs overlap (medians: %1).</numerusform>
            <numerusform>No clear difference: the spreads of the %n runs overlap (medians: %1).</numerusform>
        </translation>
    </message>
</context>
</TS>
