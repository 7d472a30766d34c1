<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Device</name>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (%n thread)</numerusform>
            <numerusform>CPU (%n threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Opening {name}, the first of the %n file(s) dropped…</source>
        <translation>
            <numerusform>Opening {name}, the first of the %n file dropped…</numerusform>
            <numerusform>Opening {name}, the first of the %n files dropped…</numerusform>
        </translation>
    </message>
</context>
</TS>
