<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Duet::TranslationsTest</name>
    <message>
        <source>Run the program</source>
        <translation>Executar o programa</translation>
    </message>
</context>
</TS>
