<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name></name>
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
    <name>Export</name>
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
<context>
    <name>widget</name>
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
</TS>
