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
    <name>Broadcasting</name>
    <message numerus="yes">
        <source>{name} has no axis {axis}: it gets one of size 1 in front, repeated %n time(s).</source>
        <translation>
            <numerusform>{name} has no axis {axis}: it gets one of size 1 in front, repeated %n time.</numerusform>
            <numerusform>{name} has no axis {axis}: it gets one of size 1 in front, repeated %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has size 1 on axis {axis}: it is repeated %n time(s) along it.</source>
        <translation>
            <numerusform>{name} has size 1 on axis {axis}: it is repeated %n time along it.</numerusform>
            <numerusform>{name} has size 1 on axis {axis}: it is repeated %n times along it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliActivations</name>
    <message numerus="yes">
        <source>Wrote %n layer(s) for {what} to {path}</source>
        <translation>
            <numerusform>Wrote %n layer for {what} to {path}</numerusform>
            <numerusform>Wrote %n layers for {what} to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTrain</name>
    <message numerus="yes">
        <source>final: test R² {r2}, test MSE {mse} after %n epoch(s){saved}</source>
        <translation>
            <numerusform>final: test R² {r2}, test MSE {mse} after %n epoch{saved}</numerusform>
            <numerusform>final: test R² {r2}, test MSE {mse} after %n epochs{saved}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>final: test accuracy {acc} after %n epoch(s){saved}</source>
        <translation>
            <numerusform>final: test accuracy {acc} after %n epoch{saved}</numerusform>
            <numerusform>final: test accuracy {acc} after %n epochs{saved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliVideo</name>
    <message numerus="yes">
        <source>{path}: %n frame(s) at {fps:g} fps</source>
        <translation>
            <numerusform>{path}: %n frame at {fps:g} fps</numerusform>
            <numerusform>{path}: %n frames at {fps:g} fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvLayer</name>
    <message numerus="yes">
        <source>The kernel expects %n input channel(s) but the input has {c} (RGB has 3, gray 1): its second axis must be {c}.</source>
        <translation>
            <numerusform>The kernel expects %n input channel but the input has {c} (RGB has 3, gray 1): its second axis must be {c}.</numerusform>
            <numerusform>The kernel expects %n input channels but the input has {c} (RGB has 3, gray 1): its second axis must be {c}.</numerusform>
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
    <name>DeviceBench</name>
    <message numerus="yes">
        <source>CPU, all %n thread(s)</source>
        <translation>
            <numerusform>CPU, all %n thread</numerusform>
            <numerusform>CPU, all %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message numerus="yes">
        <source>Done: %n measurement(s).</source>
        <translation>
            <numerusform>Done: %n measurement.</numerusform>
            <numerusform>Done: %n measurements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n measurement(s).</source>
        <translation>
            <numerusform>Stopped after %n measurement.</numerusform>
            <numerusform>Stopped after %n measurements.</numerusform>
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
