<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Duet::TranslationsTest</name>
    <message numerus="yes">
        <source>%n program(s) ran</source>
        <translation>
            <numerusform>%n program ran</numerusform>
            <numerusform>%n programs ran</numerusform>
        </translation>
    </message>
</context>
</TS>
