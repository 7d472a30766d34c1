<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActivationPanel</name>
    <message numerus="yes">
        <source>After %n sigmoid layer(s) at most {fraction} of the gradient is left (0.25 to the power n): the first layers barely learn. ReLU passes 1 wherever the unit is on, so its gradient does not shrink with depth. Compare deep_sigmoid_spiral with deep_relu_spiral in the Network tab&apos;s gradient plot.</source>
        <translation>
            <numerusform>After %n sigmoid layer at most {fraction} of the gradient is left (0.25 to the power n): the first layers barely learn. ReLU passes 1 wherever the unit is on, so its gradient does not shrink with depth. Compare deep_sigmoid_spiral with deep_relu_spiral in the Network tab&apos;s gradient plot.</numerusform>
            <numerusform>After %n sigmoid layers at most {fraction} of the gradient is left (0.25 to the power n): the first layers barely learn. ReLU passes 1 wherever the unit is on, so its gradient does not shrink with depth. Compare deep_sigmoid_spiral with deep_relu_spiral in the Network tab&apos;s gradient plot.</numerusform>
        </translation>
    </message>
</context>
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
    <name>GlossaryDialog</name>
    <message numerus="yes">
        <source>%n of {total} term(s)</source>
        <translation>
            <numerusform>%n of {total} term</numerusform>
            <numerusform>%n of {total} terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message numerus="yes">
        <source>%n error(s) this session; the newest is at the end.</source>
        <translation>
            <numerusform>%n error this session; the newest is at the end.</numerusform>
            <numerusform>%n errors this session; the newest is at the end.</numerusform>
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
<context>
    <name>RosenblattPanel</name>
    <message numerus="yes">
        <source>%n update(s) so far; the current line gets {right} of 4 right.</source>
        <translation>
            <numerusform>%n update so far; the current line gets {right} of 4 right.</numerusform>
            <numerusform>%n updates so far; the current line gets {right} of 4 right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never settles on {gate}: every pass makes a mistake, and after pass {epoch} the weights are back where they were %n pass(es) before; it would cycle for ever. No single line separates XOR.</source>
        <translation>
            <numerusform>Never settles on {gate}: every pass makes a mistake, and after pass {epoch} the weights are back where they were %n pass before; it would cycle for ever. No single line separates XOR.</numerusform>
            <numerusform>Never settles on {gate}: every pass makes a mistake, and after pass {epoch} the weights are back where they were %n passes before; it would cycle for ever. No single line separates XOR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pass without a mistake in %n pass(es).</source>
        <translation>
            <numerusform>No pass without a mistake in %n pass.</numerusform>
            <numerusform>No pass without a mistake in %n passes.</numerusform>
        </translation>
    </message>
</context>
</TS>
