<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Duet::TranslationsTest</name>
    <message>
        <source>Run the program</source>
        <translation>Programm starten</translation>
    </message>
</context>
</TS>
