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
    <name>AboutDialog</name>
    <message>
        <source>About nnstudio</source>
        <translation>nnstudio 정보</translation>
    </message>
    <message>
        <source>Learn neural networks and image processing by doing.</source>
        <translation>직접 해 보며 신경망과 영상 처리를 배웁니다.</translation>
    </message>
    <message>
        <source>Training device:</source>
        <translation>학습 장치:</translation>
    </message>
    <message>
        <source>nnstudio is free software under the MIT licence; see the Licence tab.</source>
        <translation>nnstudio는 MIT 라이선스의 자유 소프트웨어입니다. 라이선스 탭을 보세요.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>The overview of the components, or one licence&apos;s full text.</source>
        <translation>구성 요소 개요, 또는 라이선스 하나의 전문입니다.</translation>
    </message>
    <message>
        <source>Every bundled component&apos;s full licence texts are in {folder}.</source>
        <translation>함께 묶인 모든 구성 요소의 라이선스 전문은 {folder}에 있습니다.</translation>
    </message>
    <message>
        <source>Installed with pip, each component&apos;s licence texts are in its own *.dist-info folder.</source>
        <translation>pip로 설치한 경우 각 구성 요소의 라이선스 전문은 그 패키지의 *.dist-info 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Sample images</source>
        <translation>샘플 이미지</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>버전 복사</translation>
    </message>
    <message>
        <source>Copy the versions and the device, for a bug report.</source>
        <translation>버그 보고에 쓰도록 버전과 학습 장치를 복사합니다.</translation>
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
    <name>ArrayGrid</name>
    <message>
        <source>a copy: this operand was repeated along an axis of size 1</source>
        <translation>복사본: 이 피연산자는 크기 1인 축을 따라 반복되었습니다</translation>
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
        <translation type="unfinished">샘플</translation>
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
    <name>BroadcastModel</name>
    <message>
        <source>{shape} holds {count} values; the playground draws at most {limit} (nnstudio broadcast on the command line takes more).</source>
        <extracomment>The playground draws every value; beyond this many the arrays are explained, not drawn.</extracomment>
        <translation>{shape}에는 값이 {count}개 있습니다. 이 실습 화면은 최대 {limit}개까지 그립니다(명령줄의 nnstudio broadcast는 더 많이 받습니다).</translation>
    </message>
    <message>
        <source>{text} is not a number.</source>
        <translation>{text}은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Values must be finite numbers.</source>
        <translation>값은 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The result has more than {limit} values: the shapes are explained but not drawn.</source>
        <translation>결과의 값이 {limit}개보다 많습니다. 모양(shape)은 설명하지만 값은 그리지 않습니다.</translation>
    </message>
</context>
<context>
    <name>BroadcastView</name>
    <message>
        <source>+ add</source>
        <translation>+ 덧셈</translation>
    </message>
    <message>
        <source>× multiply</source>
        <translation>× 곱셈</translation>
    </message>
    <message>
        <source>Sizes separated by commas, e.g. 3, 3 or 1, 3; press Enter</source>
        <translation>크기를 쉼표로 구분해 쓰고(예: 3, 3 또는 1, 3) Enter를 누르세요</translation>
    </message>
    <message>
        <source>Shape of A:</source>
        <translation>A의 모양:</translation>
    </message>
    <message>
        <source>Shape of B:</source>
        <translation>B의 모양:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>연산:</translation>
    </message>
    <message>
        <source>The rule (numpy and PyTorch): line the shapes up on the right; a missing axis counts as size 1. On every axis the sizes must be equal, or one of them 1: that one is repeated to match. Nothing is shrunk, and no data is invented beyond copies.</source>
        <translation>규칙(numpy와 PyTorch 공통): 두 모양(shape)을 오른쪽 끝에 맞춰 세웁니다. 없는 축은 크기 1로 봅니다. 모든 축에서 두 크기가 같거나 한쪽이 1이어야 하며, 1인 쪽이 다른 크기만큼 반복됩니다. 줄어드는 일은 없고, 복사본 말고 새로 만들어지는 데이터도 없습니다.</translation>
    </message>
    <message>
        <source>A {shape}</source>
        <translation>A {shape}</translation>
    </message>
    <message>
        <source>B {shape}</source>
        <translation>B {shape}</translation>
    </message>
    <message>
        <source>{a} {op} {b} → {result}</source>
        <translation>{a} {op} {b} → {result}</translation>
    </message>
    <message>
        <source>A as used {shape}</source>
        <translation>실제로 쓰이는 A {shape}</translation>
    </message>
    <message>
        <source>B as used {shape}</source>
        <translation>실제로 쓰이는 B {shape}</translation>
    </message>
    <message>
        <source>Result {shape}</source>
        <translation>결과 {shape}</translation>
    </message>
    <message>
        <source> — showing [{index}]</source>
        <translation> — [{index}] 표시</translation>
    </message>
</context>
<context>
    <name>Broadcasting</name>
    <message>
        <source>{text} is not a shape: write sizes from 0 to {limit} separated by commas, such as 3,3 or 1,3.</source>
        <extracomment>Values are shown (GUI) or printed (CLI) only for arrays this small.</extracomment>
        <translation>{text}은(는) 모양(shape)이 아닙니다. 0부터 {limit}까지의 크기를 쉼표로 구분해 쓰세요(예: 3,3 또는 1,3).</translation>
    </message>
    <message>
        <source>{text} has {rank} axes; at most {limit} are shown.</source>
        <translation>{text}에는 축이 {rank}개 있습니다. 최대 {limit}개까지 다룹니다.</translation>
    </message>
    <message>
        <source>{a} and {b} do not broadcast: on axis {axis} (counted from the right) A has size {m} and B has size {n}; two sizes must be equal or one of them must be 1.</source>
        <translation>{a}와 {b}는 브로드캐스팅(broadcasting)되지 않습니다. 축 {axis}(오른쪽부터 센 번호)에서 A의 크기는 {m}, B의 크기는 {n}입니다. 두 크기가 같거나 한쪽이 1이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no axis {axis}: it gets one of size 1 in front, repeated %n time(s).</source>
        <translation>
            <numerusform>{name}에는 축 {axis}가 없습니다. 앞에 크기 1인 축이 붙고, %n번 반복됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has size 1 on axis {axis}: it is repeated %n time(s) along it.</source>
        <translation>
            <numerusform>{name}는 축 {axis}의 크기가 1입니다. 이 축을 따라 %n번 반복됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shapes are equal: nothing is repeated, the operation works element by element.</source>
        <translation>모양이 같습니다. 반복되는 것 없이 원소끼리 연산합니다.</translation>
    </message>
    <message>
        <source>The result {shape} has {count} values; values are shown for at most {limit}: use smaller sizes.</source>
        <translation>결과 {shape}에는 값이 {count}개 있습니다. 값은 최대 {limit}개까지 보여 줍니다. 더 작은 크기를 쓰세요.</translation>
    </message>
    <message>
        <source>Unknown operation {op}; choose add or mul.</source>
        <translation>알 수 없는 연산 {op}입니다. add 또는 mul을 고르세요.</translation>
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
        <translation type="unfinished">파라미터</translation>
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
    <message>
        <source>start with a clean session instead of the one saved when nnstudio last closed</source>
        <translation>nnstudio를 마지막으로 닫을 때 저장한 세션 대신 새 세션으로 시작합니다</translation>
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
    <name>CliBroadcast</name>
    <message>
        <source>{a} {op} {b} → {result}</source>
        <translation>{a} {op} {b} → {result}</translation>
    </message>
</context>
<context>
    <name>CliCode</name>
    <message>
        <source>{path} ({framework}: build_model() and a training loop under __main__)</source>
        <translation>{path} ({framework}: build_model()과 __main__ 아래의 학습 루프)</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message>
        <source>choose from {choices}</source>
        <translation>{choices} 중에서 고르세요</translation>
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
    <message>
        <source>--{option} goes with --data TABLE.</source>
        <translation>--{option} 옵션은 --data TABLE과 함께 씁니다.</translation>
    </message>
    <message>
        <source>Give either --dataset or --data, not both.</source>
        <translation>--dataset과 --data 중 하나만 주세요.</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <source>The layer {type} has no Keras version here.</source>
        <translation>{type} 층은 여기서 Keras 코드로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown framework {name}; choose pytorch or keras.</source>
        <translation>알 수 없는 프레임워크 {name}입니다. pytorch 또는 keras를 고르세요.</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>PyTorch: nn.Sequential and a training loop</source>
        <translation>PyTorch: nn.Sequential과 학습 루프</translation>
    </message>
    <message>
        <source>Keras 3: keras.Sequential, compile and fit</source>
        <translation>Keras 3: keras.Sequential, compile, fit</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole file to the clipboard</source>
        <translation>파일 전체를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eager or graph?&lt;/b&gt; PyTorch runs eagerly: each line computes as Python reaches it, so print() and a debugger work inside the network. TensorFlow 1 first built a dataflow graph of the whole computation and then ran it in a session (define, then run). TensorFlow 2 and Keras 3 are eager by default too, and compile a graph only when asked (tf.function, jit_compile), as torch.compile does for PyTorch: faster, harder to debug. The same file runs with &lt;code&gt;nnstudio code DESIGN --framework pytorch|keras -o FILE.py&lt;/code&gt;.</source>
        <translation>&lt;b&gt;즉시 실행(eager)인가, 그래프(graph)인가?&lt;/b&gt; PyTorch는 즉시 실행됩니다. Python이 각 줄에 닿는 순간 계산하므로 신경망 안에서도 print()와 디버거를 쓸 수 있습니다. TensorFlow 1은 먼저 전체 계산의 데이터 흐름 그래프(dataflow graph)를 만들고, 그다음 세션에서 실행했습니다(Define and Run). TensorFlow 2와 Keras 3도 기본은 즉시 실행이며, 요청할 때만(tf.function, jit_compile) 그래프로 컴파일합니다. PyTorch의 torch.compile도 같습니다. 더 빠르지만 디버깅은 어려워집니다. 같은 파일을 &lt;code&gt;nnstudio code DESIGN --framework pytorch|keras -o FILE.py&lt;/code&gt;로 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>No code yet: {problem}</source>
        <translation>아직 코드가 없습니다: {problem}</translation>
    </message>
    <message>
        <source>⚠ {problem} The code below is of the last design that worked, {name}.</source>
        <translation>⚠ {problem} 아래 코드는 마지막으로 문제없던 설계 {name}의 코드입니다.</translation>
    </message>
    <message>
        <source>The design {name}: {inputs} in, {outputs} out, {params} trainable parameters in both. Each file defines build_model(); run it to train on stand-in data.</source>
        <translation>설계 {name}: 입력 {inputs}, 출력 {outputs}, 학습되는 파라미터는 양쪽 모두 {params}개입니다. 각 파일은 build_model()을 정의하며, 실행하면 임시 데이터로 학습합니다.</translation>
    </message>
    <message>
        <source>Copied the {framework} code.</source>
        <translation>{framework} 코드를 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>A fully connected network (mlp_shapes) wires every one of the 784 pixels to each of its neurons; a CNN (cnn_shapes) slides small filters over the picture, the same weights at every place (shared parameters). Both learn circles, squares and triangles from the same 28×28 pictures. Train both and compare.</source>
        <translation>완전 연결(fully connected) 신경망(mlp_shapes)은 784개 픽셀 하나하나를 모든 뉴런에 연결합니다. CNN(cnn_shapes)은 작은 필터를 그림 위로 밀며, 모든 위치에서 같은 가중치를 씁니다(공유 파라미터). 둘 다 같은 28×28 그림에서 원, 사각형, 삼각형을 배웁니다. 둘을 학습시켜 비교해 보세요.</translation>
    </message>
    <message>
        <source>Epochs for each network (both presets train {n} by default).</source>
        <translation>각 신경망의 에포크 수(두 프리셋의 기본값은 {n})</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>둘 다 학습</translation>
    </message>
    <message>
        <source>Train mlp_shapes, then cnn_shapes, with their own settings.</source>
        <translation>mlp_shapes, 이어서 cnn_shapes를 각자의 설정으로 학습시킵니다.</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>에포크:</translation>
    </message>
    <message>
        <source>{name}: epoch {epoch} of {epochs}</source>
        <translation>{name}: 에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>seconds per epoch</source>
        <translation>에포크당 초</translation>
    </message>
    <message>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>{mlp} has {ratio} times as many parameters as {cnn} ({p_mlp} vs {p_cnn}); test accuracy {a_mlp} vs {a_cnn}. The CNN&apos;s filters are shared across the picture, so it needs far fewer weights. Fewer weights is not less work: each filter is applied at every place, so an epoch took {s_cnn} s for the CNN and {s_mlp} s for the MLP here.</source>
        <translation>{mlp}의 파라미터는 {cnn}의 {ratio}배입니다({p_mlp} 대 {p_cnn}). 테스트 정확도는 {a_mlp} 대 {a_cnn}입니다. CNN의 필터는 그림 전체에서 공유되므로 가중치가 훨씬 적게 필요합니다. 가중치가 적다고 계산이 적은 것은 아닙니다. 필터를 모든 위치에 적용하므로 여기서 한 에포크에 CNN은 {s_cnn}초, MLP는 {s_mlp}초 걸렸습니다.</translation>
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
    <name>ConvLayer</name>
    <message>
        <source>Every kernel weight must be a number, in nested lists of the same lengths.</source>
        <extracomment>BT.601 luminance weights: the RGB kernels of the starting layer look at brightness.</extracomment>
        <translation>커널(kernel)의 가중치는 모두 숫자여야 하며, 길이가 같은 중첩 리스트로 써야 합니다.</translation>
    </message>
    <message>
        <source>A layer kernel has 4 axes (C_out, C_in, k, k); this one has shape {shape}.</source>
        <translation>층의 커널은 축이 4개(C_out, C_in, k, k)입니다. 이 커널의 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <source>A layer kernel may have at most {c} channels each way and {k}×{k} weights; this one is {shape}.</source>
        <translation>층의 커널은 입력·출력 채널이 각각 최대 {c}개, 크기는 최대 {k}×{k}입니다. 이 커널은 {shape}입니다.</translation>
    </message>
    <message>
        <source>The bias needs one number per output map ({n}); it has shape {shape}.</source>
        <translation>편향(bias)은 출력 맵마다 하나씩({n}개) 있어야 합니다. 지금 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <source>Kernel weights and biases must be finite numbers that fit in 32-bit floats.</source>
        <translation>커널 가중치와 편향은 32비트 실수에 들어가는 유한한 숫자여야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The kernel expects %n input channel(s) but the input has {c} (RGB has 3, gray 1): its second axis must be {c}.</source>
        <translation>
            <numerusform>커널은 입력 채널 %n개를 기대하지만 입력에는 {c}개가 있습니다(RGB는 3개, 회색조는 1개). 커널의 두 번째 축이 {c}이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>That position is outside the output map.</source>
        <translation>그 위치는 출력 맵 밖입니다.</translation>
    </message>
    <message>
        <source>A kernel object holds &quot;weight&quot; (C_out × C_in × k × k) and optionally &quot;bias&quot;, nothing else.</source>
        <translation>커널 객체에는 &quot;weight&quot;(C_out × C_in × k × k)와, 필요하면 &quot;bias&quot;만 들어갑니다.</translation>
    </message>
    <message>
        <source>A kernel is a 2-D matrix k × k (one per channel) or a 4-D layer kernel C_out × C_in × k × k; this one has {n} level(s) of lists.</source>
        <translation>커널은 2차원 행렬 k × k(채널마다 하나) 또는 4차원 층 커널 C_out × C_in × k × k입니다. 이 커널은 리스트가 {n}단계입니다.</translation>
    </message>
    <message>
        <source>{name} is larger than a kernel file can be ({limit} MB).</source>
        <translation>{name}은(는) 커널 파일의 최대 크기({limit} MB)보다 큽니다.</translation>
    </message>
    <message>
        <source>There is no kernel file {name}.</source>
        <translation>커널 파일 {name}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not JSON: write nested lists C_out × C_in × k × k, or {{&quot;weight&quot;: …, &quot;bias&quot;: …}}.</source>
        <translation>{name}은(는) JSON이 아닙니다. 중첩 리스트 C_out × C_in × k × k 또는 {{&quot;weight&quot;: …, &quot;bias&quot;: …}}로 쓰세요.</translation>
    </message>
    <message>
        <source>per-channel conv {c}→{c}</source>
        <translation>채널별 합성곱 {c}→{c}</translation>
    </message>
    <message>
        <source>conv layer {i}→{o}</source>
        <translation>합성곱 층 {i}→{o}</translation>
    </message>
    <message>
        <source>{what} {kh}×{kw}, stride {stride}, pad {pad}, dilation {d}</source>
        <translation>{what} {kh}×{kw}, stride {stride}, padding {pad}, dilation {d}</translation>
    </message>
</context>
<context>
    <name>ConvLayerControls</name>
    <message>
        <source>A real CNN layer: every output map has one kernel slice per input channel; the slices&apos; results are added together, plus the map&apos;s bias. The first maps of this one look for vertical, horizontal and diagonal edges, the last for red against green.</source>
        <translation>실제 CNN의 합성곱 층(convolution layer)입니다. 출력 맵마다 입력 채널 하나에 커널 조각이 하나씩 있고, 조각들의 결과를 모두 더한 뒤 그 맵의 편향(bias)을 더합니다. 처음 맵들은 세로·가로·대각선 경계를, 마지막 맵은 빨강과 초록의 차이를 찾습니다.</translation>
    </message>
    <message>
        <source>Input channels C_in: 3 for RGB, 1 for gray; it must match what the previous stage gives.</source>
        <translation>입력 채널 C_in: RGB는 3, 회색조는 1입니다. 앞 단계가 내보내는 채널 수와 같아야 합니다.</translation>
    </message>
    <message>
        <source>Output maps C_out: one kernel (C_in slices) and one bias each.</source>
        <translation>출력 맵 C_out: 맵마다 커널 하나(C_in개의 조각)와 편향 하나가 있습니다.</translation>
    </message>
    <message>
        <source>Which output map&apos;s kernel to edit</source>
        <translation>커널을 편집할 출력 맵</translation>
    </message>
    <message>
        <source>Which input channel&apos;s slice of that kernel to edit</source>
        <translation>그 커널에서 편집할 입력 채널의 조각</translation>
    </message>
    <message>
        <source>Added to every value of this output map</source>
        <translation>이 출력 맵의 모든 값에 더해집니다</translation>
    </message>
    <message>
        <source>How far the kernel jumps between outputs</source>
        <translation>출력 하나마다 커널이 건너뛰는 거리</translation>
    </message>
    <message>
        <source>Gaps between the kernel&apos;s taps</source>
        <translation>커널 원소 사이의 간격</translation>
    </message>
    <message>
        <source>Per channel instead (groups = C)</source>
        <translation>대신 채널별로 (groups = C)</translation>
    </message>
    <message>
        <source>What the plain Conv stage does: channel c is correlated with slice c of map 0 alone and the channels are never added. torch: nn.Conv2d(C, C, k, groups=C).</source>
        <translation>일반 Conv 단계가 하는 계산입니다. 채널 c는 맵 0의 조각 c와만 계산되고, 채널끼리 더하지 않습니다. torch: nn.Conv2d(C, C, k, groups=C).</translation>
    </message>
    <message>
        <source>input channels</source>
        <translation>입력 채널</translation>
    </message>
    <message>
        <source>output maps</source>
        <translation>출력 맵</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>커널 크기</translation>
    </message>
    <message>
        <source>edit map</source>
        <translation>편집할 맵</translation>
    </message>
    <message>
        <source>its slice for channel</source>
        <translation>채널별 조각</translation>
    </message>
    <message>
        <source>bias of the map</source>
        <translation>맵의 편향</translation>
    </message>
    <message>
        <source>map {n}</source>
        <translation>맵 {n}</translation>
    </message>
    <message>
        <source>channel {n}</source>
        <translation>채널 {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;: this layer C_out × C_in × k × k + C_out = {o} × {i} × {k} × {k} + {o} = &lt;b&gt;{full}&lt;/b&gt; (nn.Conv2d({i}, {o}, {k})). Per channel (groups = {i}): {i} × {k} × {k} + {i} = &lt;b&gt;{dw}&lt;/b&gt; (nn.Conv2d({i}, {i}, {k}, groups={i})), but it can never combine colours.</source>
        <translation>&lt;b&gt;파라미터&lt;/b&gt;: 이 층은 C_out × C_in × k × k + C_out = {o} × {i} × {k} × {k} + {o} = &lt;b&gt;{full}&lt;/b&gt;개 (nn.Conv2d({i}, {o}, {k})). 채널별(groups = {i})이면 {i} × {k} × {k} + {i} = &lt;b&gt;{dw}&lt;/b&gt;개 (nn.Conv2d({i}, {i}, {k}, groups={i}))이지만, 색을 서로 조합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Set C_in = {n} (the channels coming in)</source>
        <translation>C_in = {n}로 맞추기 (들어오는 채널 수)</translation>
    </message>
    <message>
        <source>⚠ {text} is not a number; the weight stays as it was.</source>
        <translation>⚠ {text}은(는) 숫자가 아닙니다. 가중치는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>ConvLayerExplain</name>
    <message>
        <source>channel {c} patch</source>
        <translation>채널 {c} 패치</translation>
    </message>
    <message>
        <source>slice [{o}, {c}]</source>
        <translation>조각 [{o}, {c}]</translation>
    </message>
    <message>
        <source>Output (x {x}, y {y}), map {o}: per channel, so only channel {o} is used and nothing is added across channels.</source>
        <translation>출력 (x {x}, y {y}), 맵 {o}: 채널별 계산이므로 채널 {o}만 쓰고 채널끼리 더하지 않습니다.</translation>
    </message>
    <message>
        <source>Output (x {x}, y {y}), map {o}: each input channel&apos;s patch times its own kernel slice, then all of them added, plus the bias.</source>
        <translation>출력 (x {x}, y {y}), 맵 {o}: 입력 채널마다 패치와 그 채널의 커널 조각을 곱해 더하고, 그 결과를 모두 더한 뒤 편향을 더합니다.</translation>
    </message>
    <message>
        <source>Σ over channels: {parts} + bias {bias} = &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp; (value in the map: {shown})</source>
        <translation>채널에 걸친 Σ: {parts} + 편향 {bias} = &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp; (맵의 값: {shown})</translation>
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
    <name>DataFit</name>
    <message>
        <source>{design} cannot take {data} ({n} numbers per row, {classes} classes): {why}.</source>
        <translation>{design}은(는) {data}(한 행에 숫자 {n}개, 클래스 {classes}개)를 받을 수 없습니다: {why}.</translation>
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
    <message>
        <source>Table (CSV/TSV)…</source>
        <translation>표(CSV/TSV)…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>표 (*.csv *.tsv *.tab *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>my points (click to place)</source>
        <translation>내 점(클릭해서 찍기)</translation>
    </message>
    <message>
        <source>gate-*: the four points of a logic gate; circle … moons: 2-D points; digits: 1,797 real 8×8 handwritten digits; shapes: generated 28×28 pictures; fruit-table: a table of 300 fruits (4 numbers each); Table…: your own CSV file.</source>
        <translation>gate-*: 논리 게이트의 네 점; circle … moons: 2차원 점; digits: 실제 8×8 손글씨 숫자 1,797개; shapes: 만들어 낸 28×28 그림; fruit-table: 과일 300개의 표(각각 숫자 4개); 표…: 직접 가져온 CSV 파일.</translation>
    </message>
    <message>
        <source>Feed the network {feature} of each point (TensorFlow Playground&apos;s features); the design&apos;s input follows.</source>
        <translation>각 점의 {feature}을(를) 신경망에 넣습니다(TensorFlow Playground의 특성). 설계의 입력 크기가 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation>입력 특성을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Features: {names}; classes: {classes}.</source>
        <translation>특성(feature): {names}; 클래스: {classes}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; asks for a number to predict (regression), which trains on the command line: nnstudio train mlp_regress --dataset {name}.</source>
        <translation>&apos;{name}&apos;은(는) 숫자를 예측하는 회귀(regression) 데이터셋이라 명령줄에서 학습합니다: nnstudio train mlp_regress --dataset {name}.</translation>
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
    <message>
        <source>The data set &apos;table-file&apos; needs a file: set &quot;file&quot; in the design&apos;s dataset.</source>
        <translation>데이터셋 &apos;table-file&apos;에는 파일이 필요합니다: 설계의 dataset에 &quot;file&quot;을 지정하세요.</translation>
    </message>
    <message>
        <source>The targets of &apos;{name}&apos; are all the same number: there is nothing to predict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Each hidden neuron&apos;s output over the plane: blue negative, white zero, orange positive.</source>
        <extracomment>Maps shown per hidden layer at most: each is a plot of its own, and a layer of 25,000 neurons took the window&apos;s thread 12 s to lay out (nobody reads more than a few rows). A two-class plane whose probability varies less than this has no boundary worth drawing (a perceptron on XOR ends with all weights near 0: the contour would trace float noise).</extracomment>
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
    <message>
        <source>No hidden layer: the output is one weighted sum of {features}, a straight line in their space; on the (x₁, x₂) plane it bends as those features do.</source>
        <translation>은닉층 없음: 출력은 {features}의 가중합 하나이므로 그 특성들의 공간에서는 직선이지만, (x₁, x₂) 평면에서는 특성을 따라 휘어집니다.</translation>
    </message>
    <message>
        <source>{layer}: the first {shown} of {total} neurons</source>
        <translation>{layer}: 뉴런 {total}개 중 처음 {shown}개</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Unknown loss {value}; choose one of {choices}.</source>
        <extracomment>Losses for a number to predict (regression): mean squared error, mean absolute error, Huber (squared below 1, absolute above: less swayed by outliers). Presets for regression, trained on the command line (the window&apos;s views are for classes). torch.optim&apos;s optimisers by their lower-case names. How the learning rate changes over the epochs: constant; step (×0.1 after each third of the epochs, torch&apos;s StepLR); cosine (down to 0 along half a cosine, CosineAnnealingLR).</extracomment>
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
    <message>
        <source>Unknown optimiser {value}; choose one of {choices}.</source>
        <translation>알 수 없는 옵티마이저 {value}입니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <source>Unknown learning-rate schedule {value}; choose one of {choices}.</source>
        <translation>알 수 없는 학습률 스케줄 {value}입니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <source>training: nesterov must be true or false, not {value}.</source>
        <translation>training: nesterov는 {value}가 아니라 true나 false여야 합니다.</translation>
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
        <translation type="unfinished">{name}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>layer {number}: &apos;{key}&apos; must be a finite number of at most {limit}, not {value}.</source>
        <translation>{number}번째 층: &apos;{key}&apos;는 크기가 {limit} 이하인 유한한 수여야 합니다. {value}는 쓸 수 없습니다.</translation>
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
    <name>Device</name>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (스레드 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceBench</name>
    <message>
        <source>CPU, 1 thread</source>
        <translation>CPU, 스레드 1개</translation>
    </message>
    <message numerus="yes">
        <source>CPU, all %n thread(s)</source>
        <translation>
            <numerusform>CPU, 스레드 %n개 모두</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes must be whole numbers from 8 to {limit}, such as 64,128,256.</source>
        <translation>크기는 8부터 {limit}까지의 정수여야 합니다(예: 64,128,256).</translation>
    </message>
    <message>
        <source>Unknown operation {op}; choose from {choices}.</source>
        <translation>알 수 없는 연산 {op}입니다. {choices} 중에서 고르세요.</translation>
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
    <name>DevicesView</name>
    <message>
        <source>Devices: {names}.</source>
        <translation>연산 장치: {names}.</translation>
    </message>
    <message>
        <source>This computer has no CUDA or MPS GPU that PyTorch can use, so the race is 1 CPU thread against all of them.</source>
        <translation>이 컴퓨터에는 PyTorch가 쓸 수 있는 CUDA나 MPS GPU가 없으므로, CPU 스레드 1개와 모든 스레드를 겨룹니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why a GPU trains faster.&lt;/b&gt; A CPU has a few cores, each fast and clever (caches, branch prediction, vector units doing 8–16 numbers at once); all its threads together help most on large work. A GPU has thousands of simple arithmetic units that do the same operation on many numbers at the same time: a matrix multiply or a convolution is exactly that, which is why deep learning uses GPUs. On small sizes the GPU loses: starting its work and copying the data over (the transfer rows of &lt;code&gt;nnstudio bench-devices --ops transfer&lt;/code&gt;) cost more than the arithmetic. Timing here leaves out a warm-up run, waits for the device to finish (synchronize) and takes the median.</source>
        <translation>&lt;b&gt;GPU가 더 빨리 학습하는 이유.&lt;/b&gt; CPU에는 코어가 몇 개 있고, 각 코어는 빠르고 똑똑합니다(캐시, 분기 예측, 한 번에 숫자 8–16개를 처리하는 벡터 연산 장치). 모든 스레드를 함께 쓰면 큰 작업에서 가장 도움이 됩니다. GPU에는 같은 연산을 많은 숫자에 동시에 하는 단순한 연산 장치가 수천 개 있습니다. 행렬 곱셈과 합성곱(convolution)이 바로 그런 계산이라서 딥러닝은 GPU를 씁니다. 크기가 작으면 GPU가 집니다. 작업을 시작하고 데이터를 옮기는 비용(&lt;code&gt;nnstudio bench-devices --ops transfer&lt;/code&gt;의 transfer 행)이 계산보다 크기 때문입니다. 여기서는 준비 실행(warm-up)을 빼고, 장치가 끝날 때까지 기다린 뒤(synchronize) 중앙값을 잽니다.</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>연산 장치를 찾는 중…</translation>
    </message>
    <message>
        <source>Matrix sides n (n × n matmul; a 16-channel n × n image for the convolution)</source>
        <translation>행렬의 변 n (n × n 행렬 곱셈; 합성곱은 16채널 n × n 이미지)</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>겨루기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>size n</source>
        <translation>크기 n</translation>
    </message>
    <message>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>연산</translation>
    </message>
    <message>
        <source>⚠ A training run is going on; it would share the CPU with the race. Stop it first.</source>
        <translation>⚠ 학습이 진행 중이라 CPU를 함께 쓰게 됩니다. 먼저 학습을 멈추세요.</translation>
    </message>
    <message>
        <source>⚠ Sizes must be whole numbers from 8 to 4096 separated by commas, such as 64, 128, 256.</source>
        <translation>⚠ 크기는 8부터 4096까지의 정수를 쉼표로 구분해 써야 합니다(예: 64, 128, 256).</translation>
    </message>
    <message>
        <source>⚠ The race failed: {error}</source>
        <translation>⚠ 측정에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>Racing… (the window may be slow while all threads are busy)</source>
        <translation>측정 중… (모든 스레드가 바쁜 동안 창이 느려질 수 있습니다)</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n measurement(s).</source>
        <translation>
            <numerusform>완료: 측정 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n measurement(s).</source>
        <translation>
            <numerusform>측정 %n개 뒤에 멈췄습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
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
    <name>DropoutMarks</name>
    <message>
        <source>{layer}: a training pass drops {dropped} of {units} units of this input (p = {p})</source>
        <translation>{layer}: 학습 때의 순전파는 이 입력의 유닛 {units}개 중 {dropped}개를 끕니다(p = {p})</translation>
    </message>
    <message>
        <source>Dropout, ✕ = dropped in training: {layers}. The maps show evaluation, where Dropout drops nothing and every unit works.</source>
        <translation>드롭아웃(dropout), ✕ = 학습 때 꺼지는 유닛: {layers}. 그림은 평가 때의 출력이며, 평가 때 Dropout은 아무것도 끄지 않아 모든 유닛이 일합니다.</translation>
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
    <name>FeatureCross</name>
    <message>
        <source>The input features must be a list of names such as [&quot;x1&quot;, &quot;x2&quot;, &quot;x1^2&quot;].</source>
        <extracomment>How each key is shown.</extracomment>
        <translation>입력 특성은 [&quot;x1&quot;, &quot;x2&quot;, &quot;x1^2&quot;] 같은 이름의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Unknown input feature &apos;{key}&apos;; choose from {choices}.</source>
        <translation>알 수 없는 입력 특성 &apos;{key}&apos;입니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation>입력 특성을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Input features apply to 2-D point sets; &apos;{name}&apos; gives {shape} per sample.</source>
        <translation>입력 특성은 2차원 점 데이터셋에만 쓸 수 있습니다. &apos;{name}&apos;은(는) 샘플마다 {shape}입니다.</translation>
    </message>
</context>
<context>
    <name>FeatureDisplay</name>
    <message>
        <source>map 0 of {n}, choose a channel for the others; {legend}</source>
        <translation>맵 {n}개 중 맵 0, 다른 맵은 채널을 고르세요; {legend}</translation>
    </message>
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
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Search in Korean or English (e.g. 풀링, stride)</source>
        <translation>한국어나 영어로 찾기 (예: 풀링, stride)</translation>
    </message>
    <message>
        <source>The list narrows as you type; names and definitions in both languages are searched.</source>
        <translation>입력하는 대로 목록이 좁혀집니다. 두 언어의 용어 이름과 뜻풀이를 모두 찾습니다.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>보여 주기</translation>
    </message>
    <message>
        <source>Open the tab and the view where this idea can be seen and tried.</source>
        <translation>이 개념을 보고 직접 해 볼 수 있는 탭과 화면을 엽니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} term(s)</source>
        <translation>
            <numerusform>용어 {total}개 중 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No term matches “{query}”.</source>
        <translation>“{query}”에 맞는 용어가 없습니다.</translation>
    </message>
    <message>
        <source>Where it lives: {place}</source>
        <translation>있는 곳: {place}</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished">에포크</translation>
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
        <translation type="unfinished">출력층</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Glossary…</source>
        <translation>용어집(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;About nnstudio…</source>
        <translation>nnstudio 정보(&amp;A)…</translation>
    </message>
    <message>
        <source>not known yet (PyTorch is still loading)</source>
        <translation>아직 모릅니다 (PyTorch를 불러오는 중)</translation>
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
        <source>Building the untrained network…</source>
        <translation>학습 전 신경망을 만드는 중…</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>보기 내보내기</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Only the graph can be saved as SVG; choose a .png file name.</source>
        <translation>SVG로는 그래프만 저장할 수 있습니다. .png 파일 이름을 고르세요.</translation>
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
        <translation type="unfinished">퍼셉트론</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule</source>
        <translation type="unfinished">로젠블랫 학습 규칙</translation>
    </message>
    <message>
        <source>XOR from gates</source>
        <translation type="unfinished">게이트로 만드는 XOR</translation>
    </message>
    <message>
        <source>Backprop with numbers</source>
        <translation type="unfinished">숫자로 보는 역전파</translation>
    </message>
    <message>
        <source>Activations and slopes</source>
        <translation type="unfinished">활성화 함수와 기울기</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <source>CNN vs MLP</source>
        <translation>CNN 대 MLP</translation>
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
    <message>
        <source>A picture cannot be turned into an input of shape {shape}; its sizes must be whole numbers from 1 up.</source>
        <translation>그림을 모양 {shape}의 입력으로 바꿀 수 없습니다. 크기는 1 이상의 정수여야 합니다.</translation>
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
    <message>
        <source>Fit the design to {data}</source>
        <translation>설계를 {data}에 맞추기</translation>
    </message>
    <message>
        <source>The design now takes {n} numbers and gives {outputs} outputs, as {data} needs.</source>
        <translation>이제 설계가 {data}에 맞게 숫자 {n}개를 입력받고 출력 {outputs}개를 냅니다.</translation>
    </message>
</context>
<context>
    <name>NetworkFiles</name>
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
        <translation>{name}(으)로 내보냈습니다.</translation>
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
        <translation type="unfinished">모델 내보내기…</translation>
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
        <translation type="unfinished">데이터</translation>
    </message>
    <message>
        <source>The data set the network trains and is tested on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">학습</translation>
    </message>
    <message>
        <source>Loss, optimiser, learning rate and the other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation type="unfinished">뉴런</translation>
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
    <message>
        <source>Import &amp;table (CSV/TSV)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <source>Hover a neuron to see its inputs, weights, bias, z = Σ w·x + b and a = f(z) for the input the Activations view shows.</source>
        <translation>뉴런 위에 마우스를 올리면 활성화 보기의 입력에 대한 입력값, 가중치, 편향(bias), z = Σ w·x + b, a = f(z)가 보입니다.</translation>
    </message>
    <message>
        <source>Train the network (or step one epoch) to see the numbers of a neuron.</source>
        <translation>뉴런의 숫자를 보려면 신경망을 학습시키세요(또는 한 에포크 진행).</translation>
    </message>
    <message>
        <source>No numbers for this network and input.</source>
        <translation>이 신경망과 입력에는 숫자를 보일 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input x{n}&lt;/b&gt; = {value}</source>
        <translation>&lt;b&gt;입력 x{n}&lt;/b&gt; = {value}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation>은닉층 {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}, neuron {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{where}, 뉴런 {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>inputs x = [{values}]</source>
        <translation>입력 x = [{values}]</translation>
    </message>
    <message>
        <source>weights w = [{values}], bias b = {bias}</source>
        <translation>가중치 w = [{values}], 편향 b = {bias}</translation>
    </message>
    <message>
        <source>z = Σ w·x + b = {terms} + {bias} = &lt;b&gt;{z}&lt;/b&gt;</source>
        <translation>z = Σ w·x + b = {terms} + {bias} = &lt;b&gt;{z}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a = {f}(z) = &lt;b&gt;{a}&lt;/b&gt;</source>
        <translation>a = {f}(z) = &lt;b&gt;{a}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no activation: a = z = &lt;b&gt;{a}&lt;/b&gt;</source>
        <translation>활성화 함수 없음: a = z = &lt;b&gt;{a}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Train the network to see its weights w₁, w₂ and bias b.</source>
        <translation>신경망을 학습시키면 가중치 w₁, w₂와 편향 b가 보입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trained weights&lt;/b&gt; (the model&apos;s parameters):</source>
        <translation>&lt;b&gt;학습된 가중치&lt;/b&gt;(모델의 파라미터):</translation>
    </message>
    <message>
        <source>{weights}, b = {bias}</source>
        <translation>{weights}, b = {bias}</translation>
    </message>
    <message>
        <source>{w1}·x₁ + {w2}·x₂ {sign} {b} = 0</source>
        <translation>{w1}·x₁ + {w2}·x₂ {sign} {b} = 0</translation>
    </message>
    <message>
        <source>its line: {line}; where z &gt; 0 the sigmoid gives more than 0.5: class 1</source>
        <translation>직선: {line}. z &gt; 0인 쪽에서 시그모이드가 0.5보다 큰 값을 내므로 클래스 1입니다</translation>
    </message>
    <message>
        <source>its line: {line} (z = 0)</source>
        <translation>직선: {line} (z = 0)</translation>
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
        <translation type="unfinished">출력층</translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation type="unfinished">은닉층 {n}</translation>
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
        <translation type="unfinished">압축</translation>
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
    <name>OverfitMarker</name>
    <message>
        <source>overfitting from epoch {epoch}</source>
        <translation>에포크 {epoch}부터 과적합</translation>
    </message>
    <message>
        <source>Overfitting from epoch {epoch}: since then the test loss rose from {best} to {now} while the training loss fell from {then} to {train}. Accuracy: train {train_acc}, test {test_acc}, a gap of {gap} points. The network learns its training points by heart; Dropout or weight decay (L2) narrow the gap.</source>
        <translation>에포크 {epoch}부터 과적합(overfitting): 그 뒤로 학습 손실은 {then}에서 {train}(으)로 줄었는데 테스트 손실은 {best}에서 {now}(으)로 늘었습니다. 정확도: 학습 {train_acc}, 테스트 {test_acc}, 차이 {gap}%p. 신경망이 학습 데이터를 외우고 있습니다. 드롭아웃(Dropout)이나 가중치 감쇠(L2)가 차이를 줄입니다.</translation>
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
    <message>
        <source>Tensors</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>Tensors from 1-D to 5-D built from what is loaded, broadcasting step by step, the network design as PyTorch and Keras code, and the same work raced on each device.</source>
        <translation>불러온 데이터로 만든 1차원부터 5차원까지의 텐서(tensor), 단계별 브로드캐스팅(broadcasting), PyTorch와 Keras 코드로 본 신경망 설계, 장치마다 같은 작업을 겨루는 속도 비교.</translation>
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
    <name>PictureFiles</name>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>아직 저장할 그림이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PipelineJson</name>
    <message>
        <source>Filters stage {n}: {what}.</source>
        <translation>필터 단계 {n}: {what}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}</source>
        <translation>&quot;{key}&quot;는 {low}부터 {high}까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}</source>
        <translation>&quot;{key}&quot;는 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>the kernel must be a square grid of at most {n}×{n} numbers</source>
        <translation>커널은 최대 {n}×{n}의 정사각형 숫자 격자여야 합니다</translation>
    </message>
    <message>
        <source>not a stage</source>
        <translation>단계가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>the settings of {name} are not its own</source>
        <translation>{name}의 설정이 아닌 값이 있습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a number from {low} to {high}</source>
        <translation>&quot;{key}&quot;는 {low}부터 {high}까지의 수여야 합니다</translation>
    </message>
    <message>
        <source>The Filters pipeline is not a list of stages.</source>
        <translation>필터 파이프라인이 단계 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The Filters pipeline has more than {n} stages.</source>
        <translation>필터 파이프라인의 단계가 {n}개보다 많습니다.</translation>
    </message>
    <message>
        <source>The Filters pipeline&apos;s &quot;gray&quot; must be true or false.</source>
        <translation>필터 파이프라인의 &quot;gray&quot;는 true 또는 false여야 합니다.</translation>
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
    <message>
        <source>open session</source>
        <translation>세션 열기</translation>
    </message>
</context>
<context>
    <name>PipelineStrip</name>
    <message>
        <source>Insert a classic image operation: geometric, enhancement, restoration, compression, morphology, thresholding or edge detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Layer</source>
        <translation>+ 층</translation>
    </message>
    <message>
        <source>Insert a real conv layer after the selected stage: RGB → 4 feature maps, each summed over the channels.</source>
        <translation>선택한 단계 뒤에 실제 합성곱 층을 넣습니다: RGB → 특징 맵(feature map) 4개, 각 맵은 모든 채널에 걸친 합입니다.</translation>
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
    <name>PixelSettingsModel</name>
    <message>
        <source>The Pixels settings are not a list of values.</source>
        <translation>픽셀 설정이 값의 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The Pixels setting &quot;{key}&quot; has a value nnstudio cannot use.</source>
        <translation>픽셀 설정 &quot;{key}&quot;의 값을 nnstudio가 쓸 수 없습니다.</translation>
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
    <name>Places</name>
    <message>
        <source>Numbers</source>
        <extracomment>tab key -&gt; view -&gt; (what the view is called, how to find its widget on the page).</extracomment>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>압축</translation>
    </message>
    <message>
        <source>Show (channels)</source>
        <translation>표시 (채널)</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>비트 깊이</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Convolution stage</source>
        <translation>합성곱 단계</translation>
    </message>
    <message>
        <source>Kernel editor</source>
        <translation>커널 편집기</translation>
    </message>
    <message>
        <source>Activation stage</source>
        <translation>활성화 단계</translation>
    </message>
    <message>
        <source>Pooling stage</source>
        <translation>풀링 단계</translation>
    </message>
    <message>
        <source>Image operations</source>
        <translation>영상 처리 연산</translation>
    </message>
    <message>
        <source>Explain one value</source>
        <translation>값 하나 설명</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <source>Loss &amp; accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>Export model…</source>
        <translation>모델 내보내기…</translation>
    </message>
    <message>
        <source>Perceptron</source>
        <translation>퍼셉트론</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule</source>
        <translation>로젠블랫 학습 규칙</translation>
    </message>
    <message>
        <source>XOR from gates</source>
        <translation>게이트로 만드는 XOR</translation>
    </message>
    <message>
        <source>Backprop with numbers</source>
        <translation>숫자로 보는 역전파</translation>
    </message>
    <message>
        <source>Activations and slopes</source>
        <translation>활성화 함수와 기울기</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <source>CNN vs MLP</source>
        <translation>CNN과 MLP 비교</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>Broadcasting</source>
        <translation>브로드캐스팅</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>연산 장치</translation>
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
    <name>PointEditor</name>
    <message>
        <source>Class</source>
        <extracomment>The classes offered for placing, each in the colour the views give it. The plane shown while placing (the built-in 2-D sets lie within it). A right-click or an eraser click removes the nearest point within this distance.</extracomment>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Place points of class {k}</source>
        <translation>클래스 {k}의 점 찍기</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <source>Clicks remove the nearest point (a right-click always does).</source>
        <translation>클릭하면 가장 가까운 점을 지웁니다(오른쪽 클릭은 언제나 지웁니다).</translation>
    </message>
    <message>
        <source>Copy a built-in set</source>
        <translation>기본 데이터셋 복사</translation>
    </message>
    <message>
        <source>Start from the points of the last 2-D set you used, to edit them.</source>
        <translation>마지막으로 쓴 2차원 데이터셋의 점에서 시작해 고칩니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Save the points as a CSV file of x, y, class.</source>
        <translation>점을 x, y, 클래스로 된 CSV 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Open points from a CSV file of x, y, class.</source>
        <translation>x, y, 클래스로 된 CSV 파일에서 점을 엽니다.</translation>
    </message>
    <message>
        <source>Click: add · drag: move · right-click: remove</source>
        <translation>클릭: 추가 · 끌기: 이동 · 오른쪽 클릭: 삭제</translation>
    </message>
    <message>
        <source>Click the plot to add a point of the chosen class; drag a point to move it; right-click (or the eraser) removes the nearest point.</source>
        <translation>그래프를 클릭하면 고른 클래스의 점이 생기고, 점을 끌면 옮겨지며, 오른쪽 클릭(또는 지우개)은 가장 가까운 점을 지웁니다.</translation>
    </message>
    <message>
        <source>Save points</source>
        <translation>점 저장</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {n} points to {path}.</source>
        <translation>점 {n}개를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>점 열기</translation>
    </message>
    <message>
        <source>CSV (*.csv *.tsv *.txt)</source>
        <translation>CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Remove every point.</source>
        <translation>모든 점을 지웁니다.</translation>
    </message>
</context>
<context>
    <name>PointSet</name>
    <message>
        <source>The points must be a list of [x, y, class].</source>
        <extracomment>Classes a learner can place (each has its own colour in the views). Coordinates are kept within this range: the views show about -1.5 … 1.5.</extracomment>
        <translation>점은 [x, y, 클래스]의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{n} points are too many; at most {limit} can be placed.</source>
        <translation>점 {n}개는 너무 많습니다. 최대 {limit}개까지 찍을 수 있습니다.</translation>
    </message>
    <message>
        <source>Point {n} must be [x, y, class] with x and y between -{limit} and {limit} and a class from 0 to {last}.</source>
        <translation>{n}번째 점은 [x, y, 클래스]여야 하며, x와 y는 -{limit}에서 {limit} 사이, 클래스는 0에서 {last} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Place points of at least two classes: a network needs two to tell apart.</source>
        <translation>적어도 두 클래스의 점을 찍으세요. 신경망은 둘 이상이 있어야 구별할 수 있습니다.</translation>
    </message>
    <message>
        <source>Place more points: {n} leave no points to train on after the test share.</source>
        <translation>점을 더 찍으세요. {n}개로는 테스트 몫을 떼고 나면 학습할 점이 남지 않습니다.</translation>
    </message>
    <message>
        <source>{path} has {n} columns; a points file has 3: x, y, class.</source>
        <translation>{path}에는 열이 {n}개 있습니다. 점 파일은 x, y, 클래스의 3열입니다.</translation>
    </message>
    <message>
        <source>Row {row} of {path} is not x, y, class numbers.</source>
        <translation>{path}의 {row}행은 x, y, 클래스 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Row {row} of {path} has class {c}; classes are whole numbers.</source>
        <translation>{path}의 {row}행의 클래스가 {c}입니다. 클래스는 정수여야 합니다.</translation>
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
    <message>
        <source>Weights from {run}: Train goes on from them.</source>
        <translation>{run}의 가중치: 학습은 이 가중치에서 이어집니다.</translation>
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
    <name>Session</name>
    <message>
        <source>{name} is incomplete: it has no {part} part.</source>
        <translation>{name}은(는) 불완전합니다: {part} 부분이 없습니다.</translation>
    </message>
    <message>
        <source>{name} is damaged: its image cannot be decoded.</source>
        <translation>{name}이(가) 손상되었습니다: 이미지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is damaged: its training curves cannot be read.</source>
        <translation>{name}이(가) 손상되었습니다: 학습 곡선을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name}: its weights cannot be used ({reason}).</source>
        <translation>{name}: 가중치를 쓸 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>The network design is missing.</source>
        <translation>신경망 설계가 없습니다.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name}을(를) 열 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} trains on {data}, which is no longer there; put it back to open the session.</source>
        <translation>{name}은(는) {data}로 학습하는데 그 파일이 더 이상 없습니다. 세션을 열려면 제자리에 돌려 두세요.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;New session</source>
        <translation>새 세션(&amp;N)</translation>
    </message>
    <message>
        <source>Open sess&amp;ion…</source>
        <translation>세션 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>Save sessio&amp;n…</source>
        <translation>세션 저장(&amp;N)…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>nnstudio sessions (*{suffix})</source>
        <translation>nnstudio 세션 (*{suffix})</translation>
    </message>
    <message>
        <source>Saving session {name}…</source>
        <translation>세션 {name} 저장 중…</translation>
    </message>
    <message>
        <source>Saved session {name}.</source>
        <translation>세션 {name}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Opening session {name}…</source>
        <translation>세션 {name} 여는 중…</translation>
    </message>
    <message>
        <source>Opened session {name}.</source>
        <translation>세션 {name}을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Started a new session.</source>
        <translation>새 세션을 시작했습니다.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>There is no session file {name}.</source>
        <translation>세션 파일 {name}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{name} is not an nnstudio session (it has no manifest).</source>
        <translation>{name}은(는) nnstudio 세션이 아닙니다 (매니페스트가 없습니다).</translation>
    </message>
    <message>
        <source>{name} declares more data than a session holds; it was not opened.</source>
        <translation>{name}은(는) 세션이 담을 수 있는 것보다 많은 데이터를 선언해 열지 않았습니다.</translation>
    </message>
    <message>
        <source>{name} is damaged: its manifest is not valid JSON.</source>
        <translation>{name}이(가) 손상되었습니다: 매니페스트가 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not an nnstudio session.</source>
        <translation>{name}은(는) nnstudio 세션이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version is missing.</source>
        <translation>{name}이(가) 손상되었습니다: 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer nnstudio (session format {version}); this version reads format {ours}. Update nnstudio to open it.</source>
        <translation>{name}은(는) 더 새로운 nnstudio로 저장되었습니다 (세션 형식 {version}). 이 버전은 형식 {ours}까지 읽습니다. 열려면 nnstudio를 업데이트하세요.</translation>
    </message>
    <message>
        <source>{name} is incomplete: {member} is missing from it.</source>
        <translation>{name}은(는) 불완전합니다: {member}이(가) 빠져 있습니다.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is not a complete zip archive.</source>
        <translation>{name}이(가) 손상되었습니다: 온전한 zip 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is damaged and could not be read.</source>
        <translation>{name}이(가) 손상되어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is damaged: a part of it fails its checksum.</source>
        <translation>{name}이(가) 손상되었습니다: 일부가 체크섬 검사를 통과하지 못합니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}.</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
</context>
<context>
    <name>TableData</name>
    <message>
        <source>Unknown table option &apos;{key}&apos; in the data set entry.</source>
        <extracomment>A label column with more distinct values than this (and numbers in it) is a quantity to predict, not a set of categories.</extracomment>
        <translation>데이터셋 항목에 알 수 없는 표 옵션 &apos;{key}&apos;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>The table&apos;s label must be a column name and its features a list of column names.</source>
        <translation>표의 레이블(label)은 열 이름이어야 하고, 특성(feature)은 열 이름의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>holds &apos;{cell}&apos;, not a number</source>
        <translation>에 숫자가 아닌 &apos;{cell}&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{column}&apos; {what}: every feature must be a number.</source>
        <translation>{row}행, &apos;{column}&apos; 열{what}: 모든 특성(feature)은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The feature columns could not be read as numbers.</source>
        <translation>특성 열을 숫자로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; cannot be both the label and a feature.</source>
        <translation>&apos;{column}&apos; 열은 레이블과 특성을 동시에 맡을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose at least one feature column besides the label.</source>
        <translation>레이블 말고 특성 열을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{column}&apos; is empty: every row needs a label.</source>
        <translation>{row}행, &apos;{column}&apos; 열이 비어 있습니다: 모든 행에 레이블이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has only one class (&apos;{value}&apos;); a classifier needs two or more.</source>
        <translation>&apos;{column}&apos; 열에는 클래스가 하나(&apos;{value}&apos;)뿐입니다. 분류기에는 둘 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>The table has {rows} training rows for {n} classes; it needs at least one row per class.</source>
        <translation>표에는 클래스 {n}개에 학습용 행이 {rows}개뿐입니다. 클래스마다 적어도 한 행이 필요합니다.</translation>
    </message>
    <message>
        <source>The table&apos;s task must be auto, classify or regress, not &apos;{task}&apos;.</source>
        <translation>표의 작업(task)은 &apos;{task}&apos;이(가) 아니라 auto, classify, regress 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} different values: too many classes (at most {limit}); to predict it as a number, choose regression.</source>
        <translation>&apos;{column}&apos; 열에는 서로 다른 값이 {n}개 있어 클래스가 너무 많습니다(최대 {limit}개). 숫자로 예측하려면 회귀를 고르세요.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>The table has no column &apos;{name}&apos;; its columns are {columns}.</source>
        <extracomment>Tried in this order when the encoding is &quot;auto&quot;; utf-8-sig also reads plain UTF-8.</extracomment>
        <translation>표에 &apos;{name}&apos; 열이 없습니다. 열은 {columns}입니다.</translation>
    </message>
    <message>
        <source>Unknown text encoding &apos;{encoding}&apos;; try utf-8 or cp949.</source>
        <translation>알 수 없는 텍스트 인코딩 &apos;{encoding}&apos;입니다. utf-8이나 cp949를 써 보세요.</translation>
    </message>
    <message>
        <source>{path} is not {encoding} text (byte {offset}).</source>
        <translation>{path}은(는) {encoding} 텍스트가 아닙니다({offset}번째 바이트).</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor CP949 (EUC-KR) text; save it as UTF-8 CSV.</source>
        <translation>{path}은(는) UTF-8도 CP949(EUC-KR)도 아닙니다. UTF-8 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; tables up to {limit} MB can be opened.</source>
        <translation>{path}은(는) {size} MB입니다. 표는 {limit} MB까지 열 수 있습니다.</translation>
    </message>
    <message>
        <source>{path} is not a text table (it holds binary data).</source>
        <translation>{path}은(는) 텍스트 표가 아닙니다(바이너리 데이터가 들어 있습니다).</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path}이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>Row {row} of {path} has {n} cells but the first row has {width}.</source>
        <translation>{path}의 {row}행에는 칸이 {n}개인데 첫 행에는 {width}개입니다.</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>{n}열</translation>
    </message>
    <message>
        <source>{path} has a header but no data rows.</source>
        <translation>{path}에는 머리글 행만 있고 데이터 행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import a table</source>
        <translation>표 가져오기</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>{path} 읽는 중…</translation>
    </message>
    <message>
        <source>found from the file</source>
        <translation>파일에서 알아내기</translation>
    </message>
    <message>
        <source>Korean spreadsheets often save CP949 (EUC-KR); nnstudio tries UTF-8 first, then CP949.</source>
        <translation>한국어 스프레드시트는 흔히 CP949(EUC-KR)로 저장합니다. nnstudio는 UTF-8을 먼저, 그다음 CP949를 시도합니다.</translation>
    </message>
    <message>
        <source>The column the network learns to predict: any text, one category per value.</source>
        <translation>신경망이 예측하도록 배울 열: 어떤 글자든 되며, 값 하나가 범주 하나입니다.</translation>
    </message>
    <message>
        <source>The columns the network reads: each must hold numbers.</source>
        <translation>신경망이 읽는 열: 모두 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Standardise the features (mean 0, spread 1, from the training rows)</source>
        <translation>특성 표준화(학습용 행 기준으로 평균 0, 표준편차 1)</translation>
    </message>
    <message>
        <source>Columns measured in different units (grams, centimetres) then weigh alike; the test rows are scaled with the training rows&apos; figures.</source>
        <translation>단위가 다른 열(그램, 센티미터)도 같은 무게로 다뤄집니다. 테스트 행은 학습용 행의 값으로 조정됩니다.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>텍스트 인코딩</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>레이블 열</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>특성 열</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>머리글 행 있음</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message>
        <source>{rows} rows × {columns} columns; {encoding}, separated by {separator}, {header}.</source>
        <translation>{rows}행 × {columns}열; {encoding}, {separator}(으)로 구분, {header}.</translation>
    </message>
    <message>
        <source>Tick at least one feature column.</source>
        <translation>특성 열을 하나 이상 선택하세요.</translation>
    </message>
</context>
<context>
    <name>TensorAxes</name>
    <message>
        <source>sample</source>
        <extracomment>Axis letters → what one index along that axis is (translated where shown).</extracomment>
        <translation>샘플</translation>
    </message>
    <message>
        <source>time step / frame</source>
        <translation>시간 단계 / 프레임</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>row (height)</source>
        <translation>행(높이)</translation>
    </message>
    <message>
        <source>column (width)</source>
        <translation>열(너비)</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>특징</translation>
    </message>
</context>
<context>
    <name>TensorExamples</name>
    <message>
        <source>Gray image (H, W)</source>
        <translation>회색조 이미지 (H, W)</translation>
    </message>
    <message>
        <source>{name}, gray (BT.601), uint8 as loaded</source>
        <translation>{name}, 회색조(BT.601), 불러온 그대로 uint8</translation>
    </message>
    <message>
        <source>Colour image (H, W, C)</source>
        <translation>컬러 이미지 (H, W, C)</translation>
    </message>
    <message>
        <source>{name}, uint8 channel-last as Pillow and OpenCV load it</source>
        <translation>{name}, Pillow와 OpenCV가 불러오는 채널 마지막(channel-last) uint8</translation>
    </message>
    <message>
        <source>Colour image (C, H, W)</source>
        <translation>컬러 이미지 (C, H, W)</translation>
    </message>
    <message>
        <source>{name}, float32 0..1 channel-first as PyTorch wants it</source>
        <translation>{name}, PyTorch가 쓰는 채널 먼저(channel-first) float32 0..1</translation>
    </message>
    <message>
        <source>Video / burst (N, T, C, H, W)</source>
        <translation>동영상 / 연속 촬영 (N, T, C, H, W)</translation>
    </message>
    <message>
        <source>pan right</source>
        <translation>오른쪽으로 이동</translation>
    </message>
    <message>
        <source>pan down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>{name} at {w}×{h}, shifted {step} px a frame</source>
        <translation>{w}×{h} 크기의 {name}, 프레임마다 {step}픽셀씩 이동</translation>
    </message>
    <message>
        <source>{name}, the first {n} training images</source>
        <translation>{name}, 처음 {n}개 학습 이미지</translation>
    </message>
    <message>
        <source>the built-in shapes set (the current data set has no images)</source>
        <translation>내장 shapes 데이터셋(현재 데이터셋에는 이미지가 없음)</translation>
    </message>
    <message>
        <source>Vector: one sample&apos;s features (F,)</source>
        <translation>벡터: 샘플 하나의 특징 (F,)</translation>
    </message>
    <message>
        <source>{name}, sample 0 ({n} features)</source>
        <translation>{name}, 샘플 0 (특징 {n}개)</translation>
    </message>
    <message>
        <source>Batch of images (N, C, H, W)</source>
        <translation>이미지 배치 (N, C, H, W)</translation>
    </message>
    <message>
        <source>the built-in spiral set</source>
        <translation>내장 spiral 데이터셋</translation>
    </message>
    <message>
        <source>Time series (N, T, F)</source>
        <translation>시계열 (N, T, F)</translation>
    </message>
    <message>
        <source>{source}: paths of {n} steps round the centre</source>
        <translation>{source}: 중심을 도는 {n}단계 경로</translation>
    </message>
</context>
<context>
    <name>TensorsPage</name>
    <message>
        <source>Tensors</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>Broadcasting</source>
        <translation>브로드캐스팅</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>연산 장치</translation>
    </message>
</context>
<context>
    <name>TensorsView</name>
    <message>
        <source>The axis drawn downwards</source>
        <translation>아래 방향으로 그리는 축</translation>
    </message>
    <message>
        <source>The axis drawn across</source>
        <translation>가로 방향으로 그리는 축</translation>
    </message>
    <message>
        <source>Draw down:</source>
        <translation>세로 축:</translation>
    </message>
    <message>
        <source>across:</source>
        <translation>가로 축:</translation>
    </message>
    <message>
        <source>Building the tensors…</source>
        <translation>텐서를 만드는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;shape {shape} · rank {rank} · dtype {dtype} · {count} values × {itemsize} bytes = {size}&lt;br&gt;{source}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;모양(shape) {shape} · 차원 수(rank) {rank} · dtype {dtype} · 값 {count}개 × {itemsize}바이트 = {size}&lt;br&gt;{source}</translation>
    </message>
    <message>
        <source>Drawn: tensor[{index}] → {h} × {w}, gray from {lo:.3g} (black) to {hi:.3g} (white)</source>
        <translation>표시: tensor[{index}] → {h} × {w}, {lo:.3g}(검정)부터 {hi:.3g}(흰색)까지 회색조</translation>
    </message>
    <message>
        <source>{letter} = {at} of {n}: {meaning}{what}</source>
        <translation>{letter} = {at} / {n}: {meaning}{what}</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>BatchNorm normalises over a batch, so it needs batches of 2 or more samples; raise the batch size.</source>
        <translation>BatchNorm은 배치 단위로 정규화하므로 배치에 샘플이 2개 이상 필요합니다. 배치 크기를 늘리세요.</translation>
    </message>
    <message>
        <source>&apos;{data}&apos; asks for a number, not a class: train it with a regression loss (mse, mae or huber).</source>
        <extracomment>Networks up to this many parameters send their weights with every epoch (neuron view).</extracomment>
        <translation>&apos;{data}&apos;은(는) 클래스가 아니라 숫자를 예측합니다: 회귀 손실(mse, mae, huber)로 학습하세요.</translation>
    </message>
    <message>
        <source>The {loss} loss is for predicting numbers (regression); &apos;{data}&apos; has classes: use cross_entropy, bce or mse.</source>
        <translation>{loss} 손실은 숫자를 예측하는 회귀용입니다. &apos;{data}&apos;에는 클래스가 있으니 cross_entropy, bce, mse 중 하나를 쓰세요.</translation>
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
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>How the gradient turns into a step: SGD follows it (with momentum); RMSprop and Adagrad scale each weight&apos;s step by its gradients so far; Adam adds momentum to that; AdamW applies weight decay apart from it.</source>
        <translation>기울기(gradient)가 한 걸음으로 바뀌는 방식: SGD는 기울기를 (모멘텀과 함께) 따라가고, RMSprop과 Adagrad는 지금까지의 기울기로 가중치마다 걸음 크기를 조절하며, Adam은 여기에 모멘텀을 더하고, AdamW는 가중치 감쇠를 따로 적용합니다.</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD)</source>
        <translation>네스테로프 모멘텀(SGD)</translation>
    </message>
    <message>
        <source>SGD looks ahead along its momentum before taking the gradient.</source>
        <translation>SGD가 기울기를 구하기 전에 모멘텀 방향으로 미리 내다봅니다.</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Step (×0.1 every third of the epochs)</source>
        <translation>계단식(에포크의 1/3마다 ×0.1)</translation>
    </message>
    <message>
        <source>Cosine (down to 0)</source>
        <translation>코사인(0까지 감소)</translation>
    </message>
    <message>
        <source>How the learning rate changes over the epochs.</source>
        <translation>에포크가 지나면서 학습률이 바뀌는 방식입니다.</translation>
    </message>
    <message>
        <source>L1 regularisation: adds rate × Σ|w| to the loss, which pushes unneeded weights to exactly 0.</source>
        <translation>L1 정규화: 손실에 비율 × Σ|w|를 더해, 필요 없는 가중치를 정확히 0으로 밀어냅니다.</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>Weight decay (L2)</source>
        <translation>가중치 감쇠(L2)</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
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
        <translation type="unfinished">에포크</translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VanishingPanel</name>
    <message>
        <source>Two networks of six hidden layers, the same in all but the activation: Sigmoid in one, ReLU in the other. Both train on the same spiral points from the same seed. Backpropagation multiplies by the activation&apos;s slope at every layer on the way back; the sigmoid&apos;s is at most 0.25, so the gradient shrinks layer by layer (vanishing gradient).</source>
        <translation>은닉층이 여섯인 두 신경망은 활성화 함수만 다릅니다. 하나는 Sigmoid, 다른 하나는 ReLU입니다. 둘 다 같은 시드로 같은 나선 데이터를 학습합니다. 역전파(backpropagation)는 거꾸로 가며 층마다 활성화 함수의 기울기를 곱합니다. 시그모이드의 기울기는 많아야 0.25이므로 기울기가 층마다 줄어듭니다(기울기 소실, vanishing gradient).</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>둘 다 학습</translation>
    </message>
    <message>
        <source>Train deep_sigmoid_spiral and deep_relu_spiral for {n} epochs, one epoch each in turn.</source>
        <translation>deep_sigmoid_spiral과 deep_relu_spiral을 번갈아 한 에포크씩, {n} 에포크 동안 학습시킵니다.</translation>
    </message>
    <message>
        <source>Gradient norm per layer (log scale)</source>
        <translation>층별 기울기 크기(로그 눈금)</translation>
    </message>
    <message>
        <source>Loss per epoch: solid train, dashed test</source>
        <translation>에포크별 손실: 실선 학습, 점선 테스트</translation>
    </message>
    <message>
        <source>layer with weights (1 = first)</source>
        <translation>가중치가 있는 층(1 = 첫 층)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Press Train both: the figures appear after each epoch.</source>
        <translation>둘 다 학습을 누르세요. 에포크마다 숫자가 나타납니다.</translation>
    </message>
    <message>
        <source>After epoch {epoch}, the first layer&apos;s gradient divided by the last layer&apos;s: Sigmoid {s}, ReLU {r} (1 would mean every layer learns equally fast). Test accuracy: Sigmoid {sacc}, ReLU {racc}.</source>
        <translation>에포크 {epoch} 뒤, 첫 층의 기울기 ÷ 마지막 층의 기울기: Sigmoid {s}, ReLU {r} (1이면 모든 층이 같은 빠르기로 배웁니다). 테스트 정확도: Sigmoid {sacc}, ReLU {racc}.</translation>
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
    <name>WorkerBar</name>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Stop after the current epoch; what was measured stays.</source>
        <translation>지금 에포크가 끝나면 멈춥니다. 측정한 값은 남습니다.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>끝났습니다.</translation>
    </message>
    <message>
        <source>Stopped; the figures so far stay.</source>
        <translation>멈췄습니다. 지금까지의 숫자는 남습니다.</translation>
    </message>
    <message>
        <source>⚠ Training stopped: {kind}: {text}</source>
        <translation>⚠ 학습이 멈췄습니다: {kind}: {text}</translation>
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
