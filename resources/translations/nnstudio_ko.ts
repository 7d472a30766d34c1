<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>ActivationGrid</name>
    <message>
        <source>One colour scale per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One colour scale per map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a map to see its layer, channel, shape and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} · channel {index} of {count} · output {shape} · map {h}×{w} · min {low} · max {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} · unit {index} of {count} · output {shape} · value {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationPanel</name>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(x): what backprop multiplies by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(max f′)ⁿ: the most of a gradient n layers let through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = {f};  f′(x) = {df};  largest f′ = {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many layers the gradient passes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{f}: {top}ⁿ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(largest f′)ⁿ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n sigmoid layer(s) at most {fraction} of the gradient is left (0.25 to the power n): the first layers barely learn. ReLU passes 1 wherever the unit is on, so its gradient does not shrink with depth. Compare deep_sigmoid_spiral with deep_relu_spiral in the Network tab&apos;s gradient plot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>Could not write {name}: {reason}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>Backprop with numbers takes up to {n} plain inputs; this design takes {shape}.</source>
        <extracomment>Layer types that may follow a Linear as its activation, and their short names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop with numbers shows up to {layers} Linear layers of up to {width} neurons; this design is larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Softmax can only be the last layer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop with numbers needs Linear layers, each followed by at most one of ReLU, Sigmoid, Tanh (Softmax last); layer {n} is {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no Linear layer to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a class from 0 to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target needs {n} numbers, one per output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input needs {n} numbers; {m} were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed input needs a target too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample must be between 0 and {last} (the training split has {n} samples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Your own design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small dense network: up to 3 Linear layers of up to 8 neurons, each followed by ReLU, Sigmoid or Tanh (Softmax last). Weights are the untrained, seeded ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sample of the training split goes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η of the update W ← W − η·∂L/∂W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the updated weights and start again from the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {message} The previous network stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: sample {i} of {n}, class {label}; step {step} of {steps}; updates applied: {updates}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropText</name>
    <message>
        <source>The input x = {x} with target {t}. Press Next to compute the first neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {l}, neuron {j}: forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = z = {a}   (no activation: the score itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = softmax(z)_{j} = e^z{j} / Σ e^z = {a}   (needs every z of the layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = softmax(a) = {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: cross-entropy against class {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: binary cross-entropy against t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: mean squared error against t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU′(z) = 1 if z &gt; 0 else 0 = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = 1 (no activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {l}, neuron {j}: backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂a{j} = Σₖ wₖ,{j}·∂L/∂zₖ over the neurons k of layer {l2} (what each neuron it feeds sends back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂z{j} = a{j}·(∂L/∂a{j} − Σᵢ aᵢ·∂L/∂aᵢ) = {v}   (the softmax mixes its outputs; with cross-entropy this is a − t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (σ meets binary cross-entropy: this is a − t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂w{j},i = ∂L/∂z{j}·{src}i:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: every weight and bias moves against its gradient, η = {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example W1,1: {w} − {lr}·{g} = {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the same sample: {old} → {new} ({change:+.4f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply update keeps the new weights; do it again and again to train by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>{what} must be numbers separated by commas, such as 0,1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be finite numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: input {x}, target {target}, loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n} ({f}): z = {z}  a = {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss L = {loss:.6f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n}: dL/da = {da}  dL/dz = {dz}  dL/db = {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  dL/dW =
{dw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after W &lt;- W - {lr:g} dL/dW: loss {new:.6f} (was {old:.6f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--epochs must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s/epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interface language: ko (Korean) or en (English); default: the language chosen in View ▸ Language, else the system&apos;s</source>
        <extracomment>The interface languages ``--lang`` accepts (the View ▸ Language menu offers the same).</extracomment>
        <translation>화면 언어: ko(한국어) 또는 en(영어). 주지 않으면 보기 ▸ 언어에서 고른 언어, 고른 적이 없으면 시스템 언어</translation>
    </message>
    <message>
        <source>open the app (the default)</source>
        <translation>앱 열기(명령을 주지 않을 때의 기본 동작)</translation>
    </message>
    <message>
        <source>an image to open at start</source>
        <translation>시작하면서 열 이미지</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside {lo} … {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside {lo:g} … {hi:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must end in {suffixes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFilter</name>
    <message>
        <source>{reason} (valid, same or 0 … {limit} pixels)</source>
        <extracomment>Sizes the filter command accepts; far beyond any teaching use, and small enough that a padded image stays within memory (100 MP images, 1,024 pixels on every side).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>nnstudio: error: {message}</source>
        <extracomment>Options of `nnstudio` itself; any other first argument belongs to the app (`gui`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnstudio: error: there is not enough memory for this; use smaller sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnstudio: stopped (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnstudio: internal error: {kind}: {message} (set NNSTUDIO_DEBUG=1 to see the traceback)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTrain</name>
    <message>
        <source>Training {design} on {data} ({train} train, {test} test samples) on {device}: {epochs} epochs of {batches} batches (Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnstudio: stopped (Ctrl+C) after {n} of {total} epochs{saved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; weights saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epoch was trained; ask for at least one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misclassified test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on the test split: {accuracy} of {n} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said {predicted}
is {true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misclassified test samples: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first {shown} shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvControls</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an image when the kernel sums to 1, else as a signed feature map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as an image (clipped to 0–255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values below 0 show black, above 255 white: the picture a blur, sharpen or emboss makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue below 0, white at 0, red above: how strongly and in which direction each place responds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the output is drawn. It is the same numbers either way; only the picture of them changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights sum to {sum}: a flat area keeps its value, so the output is a picture on the input&apos;s 0–255 scale. Shown as an image, clipped to 0–255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights sum to {sum}: the output is a feature map whose sign says which way each place responds. Shown signed: blue &lt; 0 &lt; red, white = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Automatic: image when the weights sum to 1.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionControls</name>
    <message>
        <source>Each pixel as loaded: 8 bits for each of R, G and B = 24 bits, 2^24 = 16,777,216 colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One brightness number per pixel, 0 (black) to 255 (white): 8 bits, 256 grays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bit per pixel: 0 is black, 1 is white. A threshold or dithering decides which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 2^N evenly spaced levels per channel: fewer bits, fewer colours, visible bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed colour: each pixel stores the index (0..K-1) of a colour in a palette of K colours chosen for this image, ⌈log2 K⌉ bits (4 for 16 colours); the palette holds the colours themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 8-bit value is 8 bits; plane p shows bit p of every pixel. Plane 7 (worth 128) carries the picture, plane 0 (worth 1) looks like noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bits: 2^{n} = {levels} levels per channel, 2^{n3} = {colours} colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>MNIST IDX folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate-*: the four points of a logic gate; circle … moons: 2-D points; digits: 1,797 real 8×8 handwritten digits; shapes: generated 28×28 pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples to generate (2-D sets and shapes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random jitter added to every 2-D point: more noise, harder to separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples train and test the network, and the shape of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview of the data: the 2-D points in their class colours, or sample pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logic gate has only its 4 points: the network trains and is tested on the same 4, so this share does not apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the samples held back to test on: the network never trains on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {train:,} train + {test:,} test samples, {classes} classes; one sample is {shape} → a batch is (N, {dims}). Train samples per class: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The same 4 points train and test.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Still using {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSets</name>
    <message>
        <source>The AND gate: its 4 input pairs, 1 only when both inputs are 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OR gate: its 4 input pairs, 1 when either input is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAND gate: its 4 input pairs, 0 only when both inputs are 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XOR gate: its 4 input pairs, 1 when the inputs differ; no straight line separates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D points: one class inside a circle, the other in the ring around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D points: the class is the quadrant&apos;s sign pattern, XOR spread over the plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D points: two overlapping Gaussian clouds, nearly separable by a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D points: two interleaved spiral arms, hard for a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D points: two interlocking half moons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,797 real 8×8 handwritten digits, 0 to 9 (UCI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated 28×28 pictures of circles, squares and triangles at any size and place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>&apos;{name}&apos; with {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;shapes&apos; with {n} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: IDX images must be (N, height, width) and labels (N,).</source>
        <extracomment>Labels are class numbers; each class gets a name and an output neuron.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: IDX labels must be class numbers from 0 to {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} images of {size}×{size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Each hidden neuron&apos;s output over the plane: blue negative, white zero, orange positive.</source>
        <extracomment>A two-class plane whose probability varies less than this has no boundary worth drawing (a perceptron on XOR ends with all weights near 0: the contour would trace float noise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundary: the network answers p ≈ 0.5 everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer: the output is one weighted sum, so the boundary is a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Unknown loss {value}; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown optimiser {value}; choose sgd or adam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device {value}; choose auto, cpu, cuda or mps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number} ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number or a pair [h, w]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: setting &apos;{key}&apos; must be {wanted}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: setting &apos;{key}&apos; must be at least {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: setting &apos;{key}&apos; must be at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown layer type {type}; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown setting {key} (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input shape must be a list of 1 to 3 whole numbers from 1 to {limit}, such as [2] or [1, 28, 28].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no layers; drag one from the palette.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>{n} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} filters {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stride {stride}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pad {padding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope {slope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop layers here from the palette; drag a block to move it; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}: input {shape}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number}: &quot;type&quot; must be a layer name such as &quot;Linear&quot;, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a design file nor a preset ({presets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignLimits</name>
    <message>
        <source>a whole number from {lo} to {hi}</source>
        <extracomment>Weights, their gradients and Adam&apos;s two moments: four numbers per parameter. Each activation is kept for the backward pass, and gets a gradient of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {lo} to {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {lo} to {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be {wanted}, not {value}.</source>
        <extracomment>Training settings: what the Training panel&apos;s widgets offer. Data set options (the &quot;dataset&quot; entry of a design; the data panel&apos;s widgets).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of {n} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the network needs {size} to train up to here ({params} parameters, {acts} values per sample, batches of {batch}); nnstudio&apos;s limit is {budget}: make it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignModel</name>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set input shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (스레드 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceLabel</name>
    <message>
        <source>Detecting compute device…</source>
        <translation>연산 장치를 찾는 중…</translation>
    </message>
    <message>
        <source>The device that trains networks: a CUDA GPU when PyTorch sees one, Apple&apos;s MPS on a Mac with Apple silicon, otherwise the CPU.</source>
        <translation>신경망을 학습시키는 장치입니다. PyTorch가 CUDA GPU를 찾으면 GPU, Apple 실리콘 Mac이면 Apple MPS, 그 밖에는 CPU를 씁니다.</translation>
    </message>
    <message>
        <source>Training device: {device}</source>
        <translation>학습 장치: {device}</translation>
    </message>
    <message>
        <source>Training device: unknown (PyTorch did not load)</source>
        <translation>학습 장치: 알 수 없음 (PyTorch를 불러오지 못했습니다)</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Centre and scale the drawing like the training digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw to see the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ({share})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw with the left mouse button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>An input of shape {shape} does not fit this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models can be exported as {formats}, not {fmt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX export needs the onnx package, which this installation lacks: pip install onnx, or export as TorchScript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be exported as {format} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} = {n} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} × {bits} / 8 = {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} colours × 24 bits = {bytes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌈log2 {k}⌉ = {bits} bits per pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} × {bits} / 8 + {palette} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (transparency from the tRNS chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (with alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits}-bit palette of {k} colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits}-bit {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({detail}), {bpp} bits per pixel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureDisplay</name>
    <message>
        <source>as an image: values clipped to 0..255</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the input. Select a stage in the strip above, then click a pixel of its output (right view) to see how that value was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a pixel of the output (right view) to see how stage {n} ({name}) computed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a pixel of the output (right view) to read its value. Conv and pooling stages also show how a value is computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gates</name>
    <message>
        <source>AND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each layer learns: the norm of its gradient per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnstudio network graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>palette of {k} colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  colour type:       {colour}, transparency: {transparency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  source size:       {bytes} bytes  ({human}, {bits} bits per pixel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Train (or step one epoch) to see every layer&apos;s output for one test sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which test sample the maps are shown for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the current image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed the image of the Pixels and Filters tabs, converted to the network&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed what you drew in the Draw tab (image data sets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer&apos;s output (feature maps, dense cells) for one test sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D data: the plane coloured by the network&apos;s answer, one small map per hidden neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first conv layer&apos;s kernels and each layer&apos;s weight histogram over the epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient norm per epoch, log scale: vanishing gradients show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix on the test split and the misclassified samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or shape: it is converted to the network&apos;s input and classified live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model as a graph with the tensor shape on every edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown view as a PNG picture (the graph also as SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test sample {index}, class {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw something in the Draw tab first (image data sets only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawing: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrained: random weights. Train (or step one epoch) to watch the maps change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}: every layer&apos;s output for one input (first layer&apos;s output {shape}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first Conv2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the design valid to see every layer&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has a problem (see the verdict under the layers):
the graph is drawn once it can be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the graph can be saved as SVG; choose .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>No layer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block to edit its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {number}: {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its input size ({name}) comes from the layer before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 or 3, 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 or 3, 5; empty = default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: type a whole number such as 3, or a pair such as 3, 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design is valid: {n} parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>Weight at row {r}, column {c}: {value}</source>
        <extracomment>Room around a weight&apos;s text in its cell (the cell&apos;s own padding and the grid line).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>시스템 언어 따르기</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language is used from the next start of nnstudio. Restart now? Training in progress stops, and a design you have not saved is lost.</source>
        <translation>바꾼 언어는 nnstudio를 다시 시작해야 적용됩니다. 지금 다시 시작할까요? 진행 중인 학습은 멈추고, 저장하지 않은 설계는 사라집니다.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>LatestJobRunner</name>
    <message>
        <source>Something went wrong ({error}); the previous state is kept. Help ▸ Show log has the details.</source>
        <translation>문제가 생겼습니다 ({error}). 이전 상태는 그대로입니다. 자세한 내용은 도움말 ▸ 로그 보기에 있습니다.</translation>
    </message>
</context>
<context>
    <name>LayerHelp</name>
    <message>
        <source>add a learned offset to each output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window size (int or [h, w])</source>
        <extracomment>Upper bounds keep every number a spin box can hold and far above what teaching needs; the memory budget (design_limits) decides whether a whole network fits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step of the window; empty means the kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected: every output is a weighted sum of all inputs plus a bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter size (int or [h, w])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides learned filters over the image: one feature map per filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: smaller maps, same channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages each window: smaller maps, same channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns (C, H, W) maps into one long vector for Linear layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of inputs zeroed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While training, zeroes random inputs so the network cannot rely on any single one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalises each feature over the batch, then scales and shifts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalises each channel over the batch, then scales and shifts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, x): cheap, and gradients do not vanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ReLU, with a small slope for negative inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes to 0..1; saturates, so deep stacks learn slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes to -1..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth ReLU used by transformers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis that sums to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the outputs into class probabilities that sum to 1 (use it last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptron: one neuron computing a weighted sum of its inputs against a threshold (Linear with one output + Sigmoid, read as a step at 0.5). nnstudio trains it by gradient descent on the sigmoid with binary cross-entropy, not by Rosenblatt&apos;s perceptron rule; the boundary it can learn is the same straight line.</source>
        <extracomment>The Perceptron preset: one Linear unit and a sigmoid, trained by gradient descent on binary cross-entropy (not Rosenblatt&apos;s rule); thresholding the sigmoid at 0.5 is the step.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Drag a layer onto the network, or double-click to add it at the end.</source>
        <extracomment>Mime type of a palette drag: the layer type&apos;s name (or &quot;Perceptron&quot;) as UTF-8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptron (preset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>its padding {ph}×{pw} is more than half its {kh}×{kw} window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set padding to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {dim} does not exist in its input (N, {shape}); choose {low} … {high} (1: over the classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dim to 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Perceptron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR from gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop with numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations and slopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>nnstudio log</source>
        <translation>nnstudio 로그</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message>
        <source>No errors this session.</source>
        <translation>이번 세션에는 오류가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) this session; the newest is at the end.</source>
        <translation>
            <numerusform>이번 세션의 오류 %n개, 가장 최근 것이 맨 끝에 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>클립보드</translation>
    </message>
    <message>
        <source>The clipboard holds no image: copy an image or an image file first.</source>
        <translation>클립보드에 이미지가 없습니다. 이미지나 이미지 파일을 먼저 복사하세요.</translation>
    </message>
    <message>
        <source>The {tab} tab has no result to save yet.</source>
        <translation>{tab} 탭에는 아직 저장할 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation>결과를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>저장했습니다: {name}</translation>
    </message>
    <message>
        <source>{name} — {width} × {height}</source>
        <translation>{name} — {width} × {height}</translation>
    </message>
    <message>
        <source> (the Filters tab works on a {w} × {h} copy)</source>
        <translation> (필터 탭은 {w} × {h} 축소본으로 계산합니다)</translation>
    </message>
    <message>
        <source>{name} — nnstudio</source>
        <translation>{name} — nnstudio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>샘플 이미지 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;result as…</source>
        <translation>결과를 다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>이미지 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>로그 보기(&amp;L)</translation>
    </message>
    <message>
        <source>{name} is no longer there; removed it from Open recent.</source>
        <translation>{name} 파일을 찾을 수 없어 최근 파일 목록에서 뺐습니다.</translation>
    </message>
    <message>
        <source>Open image ({formats})</source>
        <translation>이미지 열기 ({formats})</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opening {name}, the first of the %n file(s) dropped…</source>
        <translation>
            <numerusform>끌어다 놓은 파일 %n개 중 첫 번째인 {name} 여는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>끌어다 놓은 이미지</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>{what} would take {size} of memory; nnstudio&apos;s limit is {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} would take {size} of memory; nnstudio holds data sets of up to {budget}: use fewer or smaller samples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelInput</name>
    <message>
        <source>An input of {c}×{h}×{w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelInputSteps</name>
    <message>
        <source>gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gray repeated to RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped to the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}×{h} (area average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flattened to {n} values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDocument</name>
    <message>
        <source>Training stopped: another design was opened.</source>
        <extracomment>How long closing the window waits for training threads, in all (each stops after a batch).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: the data set changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network takes {shape} but {data} gives {given} per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the input to {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: the design changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({optimizer}, lr {lr:g}, batch {batch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained weights belong to {run}, the design before your changes; train this design first, or undo the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network (or step one epoch) first: there are no weights yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or stop training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: other weights were opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: {kind}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFiles</name>
    <message>
        <source>Could not save {name}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {folder} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: that is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network designs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a design file nnstudio can read ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the design to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the weights to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt *.pth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the weights from {name}; Train starts from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone PyTorch script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .onnx, .pt or .py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Loss &amp;&amp; accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy per epoch, and the loss of every batch while an epoch runs; earlier runs stay dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of one sample, and of a batch of N samples as PyTorch gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s output shape and how many weights training adjusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tab last did, or what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of the built-in designs, with its data set and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design saved as JSON: layers, data set and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the layers, the data set and the settings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load trained weights (.pt) into this design; they must fit it layer for layer. Train then starts from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained weights as a .pt file (PyTorch&apos;s state dict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the trained network as ONNX or TorchScript, or a standalone PyTorch training script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the last edit you undid (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt; (drag onto the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set the network trains and is tested on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, optimiser, learning rate and the other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small dense networks: every neuron and weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add perceptron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt; {shape} per sample — a batch of N is (N, {dims})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output&lt;/b&gt; {out} · &lt;b&gt;{params:,}&lt;/b&gt; trainable parameters in {n} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current image: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save d&amp;esign as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport model…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronView</name>
    <message>
        <source>Each circle is a neuron, each line a weight: blue positive, orange negative, thicker = larger (the key below gives the scale). A neuron&apos;s fill and the number beside it are its bias. It changes as the network trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|weight|:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle fill and b: the neuron&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron view draws dense networks of at most {n} neurons a layer (try mlp_xor or perceptron_xor).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <source>{label} ({family})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Geometric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morphology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge detection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Slide a filter over the image: edit the kernel, stride, padding and dilation, add an activation and pooling, and chain them into a small CNN you can see at every stage.</source>
        <translation>필터를 이미지 위로 옮겨 가며 적용해 봅니다. 커널(kernel), 스트라이드(stride), 패딩(padding), 팽창(dilation)을 바꾸고 활성화 함수와 풀링(pooling)을 더해, 단계마다 결과가 보이는 작은 CNN을 만들어 보세요.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Design a neural network from blocks, train it with PyTorch on the CPU or a GPU, and watch the loss fall and the accuracy rise as it learns.</source>
        <translation>블록을 쌓아 신경망을 설계하고 CPU나 GPU에서 PyTorch로 학습시키면서, 손실(loss)이 줄고 정확도(accuracy)가 오르는 과정을 지켜봅니다.</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>See what an image is made of: zoom in to single pixels and their values, change the bit depth and resolution live, split the channels and compare compressions.</source>
        <translation>이미지가 무엇으로 이루어졌는지 들여다봅니다. 픽셀 하나와 그 값이 보일 때까지 확대하고, 비트 깊이(bit depth)와 해상도(resolution)를 바꾸면 바로 결과를 보며, 채널(channel)을 나누어 보고 압축 방식을 비교합니다.</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>학습 원리</translation>
    </message>
    <message>
        <source>A threshold neuron set by hand, Rosenblatt&apos;s learning rule, XOR from gates, backpropagation with numbers, activation functions and their derivatives.</source>
        <translation>임계값으로 출력을 정하는 뉴런을 손으로 맞춰 보고, 로젠블랫의 학습 규칙, 게이트로 만드는 XOR, 숫자로 따라가는 역전파(backpropagation), 활성화 함수와 그 도함수를 차례로 살펴봅니다.</translation>
    </message>
</context>
<context>
    <name>PerceptronPanel</name>
    <message>
        <source>Weight of input x₁: how much x₁ counts in the sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of input x₂: how much x₂ counts in the sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold θ: the neuron fires (answers 1) when w1·x1 + w2·x2 is above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b = −θ: the same threshold moved to the other side, step(w·x + b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: +1 or −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the neuron answers below the threshold: 0, or −1 in the bipolar variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold θ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias b = −θ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbook {gate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁ = {w1}, w₂ = {w2}, θ = {theta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron: y = step(w₁·x₁ + w₂·x₂ − θ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth tables: the neuron&apos;s answer y against each gate (green where they agree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four inputs, coloured by the neuron&apos;s answer (orange 1, blue 0 or −1); the shaded side is where it fires; the line is w₁·x₁ + w₂·x₂ = θ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁·x₁ + w₂·x₂ = θ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁·x₁ + w₂·x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; θ ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This neuron computes {gate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This neuron computes none of the four gates. No choice of w₁, w₂ and θ gives XOR: no straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other (see XOR from gates).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineModel</name>
    <message>
        <source>gray input</source>
        <extracomment>Edits of the same kind on the same stage closer together than this are one undo step: a slider drag or a spin box held down is one edit, not forty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move stage {i} to {j}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStrip</name>
    <message>
        <source>Insert a classic image operation: geometric, enhancement, restoration, compression, morphology, thresholding or edge detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change of the pipeline (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelMatrix</name>
    <message>
        <source>{label}: columns {c0}–{c1}, rows {r0}–{r1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelsPage</name>
    <message>
        <source>Copied the result to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the image to read its pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original left of the line, result right: {mode}, {w} × {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {mode}, {w} × {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stores 0 and 1, shown as 0 = black, 1 = white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stores a palette index per pixel, shown as its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (colour only: conversions drop the alpha channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original: {w} × {h}, {bits}-bit {dtype}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}  │  original {original}  │  result {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, 1 bit per pixel: the 0s and 1s it stores (0 = black, 1 = white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: the palette index each pixel stores, on its palette colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index {index} = {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({colour})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaneProbe</name>
    <message>
        <source>hidden {n} (→ {layer})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>A perceptron: one neuron, a weighted sum of the two inputs against a threshold (Linear with one output + Sigmoid, read as a step at 0.5), trained by gradient descent on the sigmoid with binary cross-entropy rather than Rosenblatt&apos;s rule: a step&apos;s slope is 0 wherever it is defined, so a gradient would never move the weights; the sigmoid is a step with a slope. The Learning tab shows the step neuron and Rosenblatt&apos;s rule. AND is linearly separable, so it is learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perceptron: one neuron, a weighted sum of the two inputs against a threshold (Linear with one output + Sigmoid, read as a step at 0.5), trained by gradient descent on the sigmoid with binary cross-entropy rather than Rosenblatt&apos;s rule: a step&apos;s slope is 0 wherever it is defined, so a gradient would never move the weights; the sigmoid is a step with a slope. The Learning tab shows the step neuron and Rosenblatt&apos;s rule. XOR is not linearly separable: no straight line splits it, so the perceptron never gets more than 3 of the 4 points right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multi-layer perceptron: one hidden layer of 4 neurons bends the boundary, so XOR, which no straight line separates, is learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: two hidden layers of ReLU neurons learn the winding boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8×8 handwritten digits, flattened to 64 numbers and classified by a dense network with dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small LeNet: convolutions find strokes, pooling shrinks the maps, dense layers decide the digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles, squares and triangles at any size and place: a small CNN learns corners and curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six sigmoid layers on the spiral, trained with plain SGD (momentum 0.9). A sigmoid&apos;s slope is at most 1/4, so the gradient shrinks at every layer on its way back: in every epoch the first layer&apos;s gradient is more than a thousand times smaller than the last one&apos;s (vanishing gradients). The first layers barely learn, and the network stays at chance (50 % on the test set) for all 40 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same six layers and the same training with ReLU, whose slope is 1 wherever it is active: from epoch 5 on the first layer&apos;s gradient is about as strong as the last one&apos;s (a tenth to twenty times as strong), and the spiral is learned (over 90 % on the test set after 40 epochs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting: 40 noisy training points (the circle set, 160 more kept for testing) and a network with 17,154 weights. It learns every training point, noise included, so train accuracy reaches 100% while test accuracy stays far below and the test loss rises: it memorised instead of learning the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overfitting network with Dropout (p = 0.7) after each hidden layer: while training, each pass switches off a random 70% of the hidden units, so no unit can memorise single points; at evaluation all units work. The gap between train and test accuracy closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overfitting network with weight decay (L2, 0.01): every step also pulls each weight towards 0, so the network keeps a smooth boundary instead of bending around each noisy point. The gap between train and test accuracy closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapes of cnn_shapes for a fully connected network: the 28×28 picture flattened to 784 numbers, every pixel wired to each of 128 neurons. Over 100,000 weights, four times the CNN&apos;s, and less accurate: it must learn a circle separately at every place and size, where a convolution&apos;s filter is shared across the picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosenblattPanel</name>
    <message>
        <source>The gate to learn. AND, OR and NAND are linearly separable; XOR is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η: how far one mistake moves the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights training starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: one sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next sample to the neuron and apply the rule once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole passes until one has no mistake, or the weights repeat (at most {n} passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = step(w·x + b);   w ← w + η (t − y) x;   b ← b + η (t − y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s learning rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Step to show the neuron its first sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right, so nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong by t − y = {e}: Δw = η·{e}·({x1}, {x2}) = ({dw1}, {dw2}), Δb = {db}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {epoch}, sample ({x1}, {x2}) with target t = {t}: w·x + b = {s}, so y = {y}; {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁·x₁ + w₂·x₂ + b = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁, x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w·x + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t − y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δw₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δw₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δb</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) so far; the current line gets {right} of 4 right.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Learned {gate}: pass {epoch} had no mistake, so the weights no longer change (w₁ = {w1}, w₂ = {w2}, b = {b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Never settles on {gate}: every pass makes a mistake, and after pass {epoch} the weights are back where they were %n pass(es) before; it would cycle for ever. No single line separates XOR.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pass without a mistake in %n pass(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>▶ Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the network with fresh weights (or the weights you opened) and train it for the set number of epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause at the end of the current epoch; Resume goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one more epoch, then pause: one pass over the training set, one backpropagation step per batch (many steps in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run after the current batch; its weights and curves stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, forget the trained weights and clear the plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What training is doing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest epoch&apos;s figures: loss and accuracy on the training and test samples, time per epoch and samples per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights forgotten; Train starts from fresh random weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing at the epoch&apos;s end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Paused after epoch {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{run}: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on {device}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained yet: the earlier results belonged to another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}/{total}: loss {loss:.4f}, accuracy {acc:.1%}; test loss {test_loss:.4f}, test accuracy {test_acc:.1%}. {ms:.0f} ms per epoch, {rate:,.0f} samples/s on {device}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLegend</name>
    <message>
        <source>{optimiser}, lr {lr:g}, batch {batch}</source>
        <extracomment>Earlier runs, newest first: a pattern each, so two earlier runs never look alike.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {settings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the earlier runs (dashed) from the plot; the current run stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Something went wrong ({error}). The app keeps running; Help ▸ Show log has the details.</source>
        <translation>문제가 생겼습니다 ({error}). 앱은 계속 실행됩니다. 자세한 내용은 도움말 ▸ 로그 보기에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>Gray ramp (all 256 levels)</source>
        <translation>회색 계조 (256단계 모두)</translation>
    </message>
    <message>
        <source>Colour bars and RGB ramps</source>
        <translation>컬러 바와 RGB 계조</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>체커보드</translation>
    </message>
    <message>
        <source>Zone plate (aliasing test)</source>
        <translation>존 플레이트 (에일리어싱 시험)</translation>
    </message>
    <message>
        <source>Chelsea the cat (RGB photo)</source>
        <extracomment>Shipped photographs (see resources/LICENSES.md), name -&gt; menu label.</extracomment>
        <translation>고양이 첼시 (RGB 사진)</translation>
    </message>
    <message>
        <source>Astronaut (RGB photo)</source>
        <translation>우주비행사 (RGB 사진)</translation>
    </message>
    <message>
        <source>Coffee (RGB photo)</source>
        <translation>커피 (RGB 사진)</translation>
    </message>
    <message>
        <source>Camera man (8-bit gray)</source>
        <translation>카메라맨 (8비트 회색조)</translation>
    </message>
    <message>
        <source>Coins (8-bit gray)</source>
        <translation>동전 (8비트 회색조)</translation>
    </message>
    <message>
        <source>Horse (RGBA, transparent)</source>
        <translation>말 (RGBA, 투명 배경)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file was damaged ({path}); nnstudio started with its defaults.</source>
        <translation>설정 파일이 손상되어 ({path}) nnstudio를 기본 설정으로 시작했습니다.</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>BatchNorm normalises over a batch, so it needs batches of 2 or more samples; raise the batch size.</source>
        <extracomment>Networks up to this many parameters send their weights with every epoch (neuron view).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network is punished for: cross-entropy for classes, BCE for one yes/no output, MSE for distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the gradient turns into a step: SGD follows it (with momentum); Adam adapts each weight&apos;s step size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: the step size. Too large and the loss jumps or becomes NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per step: the gradient is averaged over this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the whole training set; each pass is one step per batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls every weight a little towards 0 each step (L2 regularisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same shuffling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple MPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto picks a CUDA GPU when torch sees one, else Apple MPS, else the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss: &lt;span style=&apos;color:{train}&apos;&gt;train&lt;/span&gt;, &lt;span style=&apos;color:{test}&apos;&gt;test&lt;/span&gt;, &lt;span style=&apos;color:{batch}&apos;&gt;per batch&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightFit</name>
    <message>
        <source>&apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in {file} do not fit this design: {layer} has no &apos;{name}&apos; in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in {file} do not fit this design: {layer} has {name} {here} here but {there} in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in {file} do not fit this design: the file has &apos;{key}&apos;, a layer this design does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>No convolution layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convolution layer: this network has no kernels to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {h}×{w} (blue negative, orange positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch} (earlier epochs fainter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XorPanel</name>
    <message>
        <source>A two-layer network of step neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden s₁ = NAND(x₁, x₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden s₂ = OR(x₁, x₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output y = AND(s₁, s₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s₁ = NAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s₂ = OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = AND(s₁, s₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hidden neuron draws one line. The output neuron fires only where both fire: between the two lines, the band that holds (0, 1) and (1, 0). A single neuron has one line and cannot; this is why networks have hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train mlp_xor and compare its hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the mlp_xor preset (4 tanh hidden neurons, gradient descent) and draw each hidden neuron&apos;s line w·x + b = 0 dashed beside the hand-wired ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s₁ (NAND) line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s₂ (OR) line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mlp_xor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned h{i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h{i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} after training (test accuracy {acc}): its {n} tanh hidden neurons are lines too (dashed), at other places than NAND and OR, with soft outputs between −1 and 1 instead of steps. Gradient descent found its own way to cut out the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:   w₁ = {w1},  w₂ = {w2},  θ = {theta}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
