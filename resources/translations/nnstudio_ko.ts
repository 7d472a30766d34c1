<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
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
    <name>ActivationGrid</name>
    <message>
        <source>One colour scale per layer</source>
        <translation>층마다 색 척도 하나</translation>
    </message>
    <message>
        <source>One colour scale per map</source>
        <translation>맵마다 색 척도 하나</translation>
    </message>
    <message>
        <source>Hover a map to see its layer, channel, shape and values.</source>
        <translation>맵 위에 마우스를 올리면 그 층, 채널, 모양(shape)과 값이 보입니다.</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>색:</translation>
    </message>
    <message>
        <source>{layer} · channel {index} of {count} · output {shape} · map {h}×{w} · min {low} · max {high}</source>
        <translation>{layer} · 채널 {index} / {count} · 출력 {shape} · 맵 {h}×{w} · 최소 {low} · 최대 {high}</translation>
    </message>
    <message>
        <source>{layer} · unit {index} of {count} · output {shape} · value {value}</source>
        <translation>{layer} · 유닛 {index} / {count} · 출력 {shape} · 값 {value}</translation>
    </message>
</context>
<context>
    <name>ActivationPanel</name>
    <message>
        <source>step</source>
        <translation>계단</translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation>시그모이드 σ</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x): what backprop multiplies by</source>
        <translation>f′(x): 역전파가 곱하는 값</translation>
    </message>
    <message>
        <source>(max f′)ⁿ: the most of a gradient n layers let through</source>
        <translation>(최대 f′)ⁿ: n개 층을 지나고 남는 기울기의 최대 비율</translation>
    </message>
    <message>
        <source>layers n</source>
        <translation>층 수 n</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>f(x) = {f};  f′(x) = {df};  largest f′ = {top}</source>
        <translation>f(x) = {f};  f′(x) = {df};  가장 큰 f′ = {top}</translation>
    </message>
    <message>
        <source>How many layers the gradient passes through.</source>
        <translation>기울기가 거쳐 가는 층의 수입니다.</translation>
    </message>
    <message>
        <source>max {value}</source>
        <translation>최대 {value}</translation>
    </message>
    <message>
        <source>{f}: {top}ⁿ</source>
        <translation>{f}: {top}ⁿ</translation>
    </message>
    <message>
        <source>function</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>largest f′</source>
        <translation>가장 큰 f′</translation>
    </message>
    <message>
        <source>at x</source>
        <translation>x 위치</translation>
    </message>
    <message>
        <source>(largest f′)ⁿ</source>
        <translation>(가장 큰 f′)ⁿ</translation>
    </message>
    <message numerus="yes">
        <source>After %n sigmoid layer(s) at most {fraction} of the gradient is left (0.25 to the power n): the first layers barely learn. ReLU passes 1 wherever the unit is on, so its gradient does not shrink with depth. Compare deep_sigmoid_spiral with deep_relu_spiral in the Network tab&apos;s gradient plot.</source>
        <translation>
            <numerusform>시그모이드 층을 %n개 지나면 기울기는 많아야 {fraction}만 남습니다(0.25의 n제곱). 그래서 앞쪽 층은 거의 학습되지 않습니다. ReLU는 유닛이 켜진 곳에서 1을 그대로 전하므로 깊어져도 기울기가 줄지 않습니다. 신경망 탭의 기울기 그래프에서 deep_sigmoid_spiral과 deep_relu_spiral을 비교해 보세요.</numerusform>
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
        <translation>직접 만든 설계…</translation>
    </message>
    <message>
        <source>A small dense network: up to 3 Linear layers of up to 8 neurons, each followed by ReLU, Sigmoid or Tanh (Softmax last). Weights are the untrained, seeded ones.</source>
        <translation>작은 완전 연결 신경망: 뉴런 8개 이하인 Linear 층 최대 3개, 각각 뒤에 ReLU, Sigmoid 또는 Tanh(마지막은 Softmax). 가중치는 학습 전의, 시드로 정해진 값입니다.</translation>
    </message>
    <message>
        <source>Which sample of the training split goes through.</source>
        <translation>학습 데이터 중 어느 샘플을 통과시킬지 고릅니다.</translation>
    </message>
    <message>
        <source>Learning rate η of the update W ← W − η·∂L/∂W.</source>
        <translation>갱신 W ← W − η·∂L/∂W의 학습률 η입니다.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>갱신 적용</translation>
    </message>
    <message>
        <source>Keep the updated weights and start again from the input.</source>
        <translation>갱신된 가중치를 유지하고 입력부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>Open a design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>Designs (*.json)</source>
        <translation>설계 파일 (*.json)</translation>
    </message>
    <message>
        <source>Loading the design…</source>
        <translation>설계를 불러오는 중…</translation>
    </message>
    <message>
        <source>⚠ {message} The previous network stays.</source>
        <translation>⚠ {message} 이전 신경망은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>{name}: sample {i} of {n}, class {label}; step {step} of {steps}; updates applied: {updates}.</source>
        <translation>{name}: 샘플 {i} / {n}, 클래스 {label}; 단계 {step} / {steps}; 적용한 갱신: {updates}.</translation>
    </message>
</context>
<context>
    <name>BackpropText</name>
    <message>
        <source>The input x = {x} with target {t}. Press Next to compute the first neuron.</source>
        <translation>입력 x = {x}, 목표 {t}. 다음을 누르면 첫 번째 뉴런을 계산합니다.</translation>
    </message>
    <message>
        <source>Layer {l}, neuron {j}: forward</source>
        <translation>층 {l}, 뉴런 {j}: 순전파</translation>
    </message>
    <message>
        <source>a = z = {a}   (no activation: the score itself)</source>
        <translation>a = z = {a}   (활성화 함수 없음: 점수 그대로)</translation>
    </message>
    <message>
        <source>a = softmax(z)_{j} = e^z{j} / Σ e^z = {a}   (needs every z of the layer)</source>
        <translation>a = softmax(z)_{j} = e^z{j} / Σ e^z = {a}   (그 층의 모든 z가 필요합니다)</translation>
    </message>
    <message>
        <source>p = softmax(a) = {p}</source>
        <translation>p = softmax(a) = {p}</translation>
    </message>
    <message>
        <source>Loss: cross-entropy against class {c}</source>
        <translation>손실: 클래스 {c}에 대한 교차 엔트로피(cross-entropy)</translation>
    </message>
    <message>
        <source>Loss: binary cross-entropy against t = {t}</source>
        <translation>손실: t = {t}에 대한 이진 교차 엔트로피(binary cross-entropy)</translation>
    </message>
    <message>
        <source>Loss: mean squared error against t = {t}</source>
        <translation>손실: t = {t}에 대한 평균 제곱 오차(MSE)</translation>
    </message>
    <message>
        <source>ReLU′(z) = 1 if z &gt; 0 else 0 = {v}</source>
        <translation>ReLU′(z) = z &gt; 0이면 1, 아니면 0 = {v}</translation>
    </message>
    <message>
        <source>f′(z) = 1 (no activation)</source>
        <translation>f′(z) = 1 (활성화 함수 없음)</translation>
    </message>
    <message>
        <source>Layer {l}, neuron {j}: backward</source>
        <translation>층 {l}, 뉴런 {j}: 역전파</translation>
    </message>
    <message>
        <source>∂L/∂a{j} = Σₖ wₖ,{j}·∂L/∂zₖ over the neurons k of layer {l2} (what each neuron it feeds sends back)</source>
        <translation>∂L/∂a{j} = Σₖ wₖ,{j}·∂L/∂zₖ, 층 {l2}의 뉴런 k에 대한 합 (이 뉴런이 값을 보내는 각 뉴런이 되돌려 보내는 몫)</translation>
    </message>
    <message>
        <source>∂L/∂z{j} = a{j}·(∂L/∂a{j} − Σᵢ aᵢ·∂L/∂aᵢ) = {v}   (the softmax mixes its outputs; with cross-entropy this is a − t)</source>
        <translation>∂L/∂z{j} = a{j}·(∂L/∂a{j} − Σᵢ aᵢ·∂L/∂aᵢ) = {v}   (softmax는 출력끼리 섞습니다. 교차 엔트로피와 함께라면 a − t입니다)</translation>
    </message>
    <message>
        <source>   (σ meets binary cross-entropy: this is a − t)</source>
        <translation>   (σ와 이진 교차 엔트로피가 만나면 a − t가 됩니다)</translation>
    </message>
    <message>
        <source>∂L/∂w{j},i = ∂L/∂z{j}·{src}i:</source>
        <translation>∂L/∂w{j},i = ∂L/∂z{j}·{src}i:</translation>
    </message>
    <message>
        <source>Update: every weight and bias moves against its gradient, η = {lr}</source>
        <translation>갱신: 모든 가중치와 편향이 기울기의 반대쪽으로 움직입니다, η = {lr}</translation>
    </message>
    <message>
        <source>for example W1,1: {w} − {lr}·{g} = {new}</source>
        <translation>예를 들어 W1,1: {w} − {lr}·{g} = {new}</translation>
    </message>
    <message>
        <source>Loss on the same sample: {old} → {new} ({change:+.4f})</source>
        <translation>같은 샘플에 대한 손실: {old} → {new} ({change:+.4f})</translation>
    </message>
    <message>
        <source>Apply update keeps the new weights; do it again and again to train by hand.</source>
        <translation>갱신 적용을 누르면 새 가중치가 유지됩니다. 거듭 누르면 손으로 학습시키는 셈입니다.</translation>
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
        <translation type="unfinished">설계</translation>
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
    <name>ConfusionView</name>
    <message>
        <source>predicted class</source>
        <translation>예측한 클래스</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <source>Misclassified test samples</source>
        <translation>잘못 분류된 테스트 샘플</translation>
    </message>
    <message>
        <source>Accuracy on the test split: {accuracy} of {n} samples</source>
        <translation>테스트 데이터 정확도: 샘플 {n}개 중 {accuracy}</translation>
    </message>
    <message>
        <source>said {predicted}
is {true}</source>
        <translation>예측 {predicted}
정답 {true}</translation>
    </message>
    <message>
        <source>Misclassified test samples: {n}</source>
        <translation>잘못 분류된 테스트 샘플: {n}개</translation>
    </message>
    <message>
        <source> (first {shown} shown)</source>
        <translation> (처음 {shown}개 표시)</translation>
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
        <translation>MNIST IDX 폴더…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>이미지 폴더…</translation>
    </message>
    <message>
        <source>How many samples to generate (2-D sets and shapes).</source>
        <translation>만들 샘플의 수입니다(2차원 데이터셋과 shapes).</translation>
    </message>
    <message>
        <source>Random jitter added to every 2-D point: more noise, harder to separate.</source>
        <translation>모든 2차원 점에 더하는 무작위 흔들림입니다. 잡음이 많을수록 나누기 어렵습니다.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>How many samples train and test the network, and the shape of one.</source>
        <translation>신경망을 학습시키고 테스트하는 샘플 수와 샘플 하나의 모양(shape)입니다.</translation>
    </message>
    <message>
        <source>A preview of the data: the 2-D points in their class colours, or sample pictures.</source>
        <translation>데이터 미리보기: 클래스 색으로 칠한 2차원 점, 또는 샘플 그림.</translation>
    </message>
    <message>
        <source>A logic gate has only its 4 points: the network trains and is tested on the same 4, so this share does not apply here.</source>
        <translation>논리 게이트에는 점이 4개뿐이라 같은 4개로 학습하고 테스트합니다. 그래서 이 비율은 여기에 쓰이지 않습니다.</translation>
    </message>
    <message>
        <source>Share of the samples held back to test on: the network never trains on them.</source>
        <translation>테스트용으로 떼어 두는 샘플의 비율입니다. 신경망은 이 샘플로 학습하지 않습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>{name}: {train:,} train + {test:,} test samples, {classes} classes; one sample is {shape} → a batch is (N, {dims}). Train samples per class: {counts}</source>
        <translation>{name}: 학습 샘플 {train:,}개 + 테스트 샘플 {test:,}개, 클래스 {classes}개; 샘플 하나는 {shape} → 배치는 (N, {dims}). 클래스별 학습 샘플: {counts}</translation>
    </message>
    <message>
        <source>(The same 4 points train and test.)</source>
        <translation>(같은 4개 점으로 학습하고 테스트합니다.)</translation>
    </message>
    <message>
        <source> Still using {name}.</source>
        <translation> {name}을(를) 계속 사용합니다.</translation>
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
    <name>DataSets</name>
    <message>
        <source>The AND gate: its 4 input pairs, 1 only when both inputs are 1.</source>
        <translation>AND 게이트: 입력 쌍 4개, 두 입력이 모두 1일 때만 1.</translation>
    </message>
    <message>
        <source>The OR gate: its 4 input pairs, 1 when either input is 1.</source>
        <translation>OR 게이트: 입력 쌍 4개, 입력 중 하나라도 1이면 1.</translation>
    </message>
    <message>
        <source>The NAND gate: its 4 input pairs, 0 only when both inputs are 1.</source>
        <translation>NAND 게이트: 입력 쌍 4개, 두 입력이 모두 1일 때만 0.</translation>
    </message>
    <message>
        <source>The XOR gate: its 4 input pairs, 1 when the inputs differ; no straight line separates it.</source>
        <translation>XOR 게이트: 입력 쌍 4개, 두 입력이 다를 때 1. 어떤 직선으로도 나눌 수 없습니다.</translation>
    </message>
    <message>
        <source>2-D points: one class inside a circle, the other in the ring around it.</source>
        <translation>2차원 점: 한 클래스는 원 안에, 다른 클래스는 그 둘레의 고리에 있습니다.</translation>
    </message>
    <message>
        <source>2-D points: the class is the quadrant&apos;s sign pattern, XOR spread over the plane.</source>
        <translation>2차원 점: 클래스는 사분면의 부호로 정해집니다. 평면에 펼친 XOR입니다.</translation>
    </message>
    <message>
        <source>2-D points: two overlapping Gaussian clouds, nearly separable by a line.</source>
        <translation>2차원 점: 서로 겹치는 가우스 분포 두 덩어리, 직선으로 거의 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>2-D points: two interleaved spiral arms, hard for a straight line.</source>
        <translation>2차원 점: 서로 맞물린 나선 팔 두 개, 직선으로는 어렵습니다.</translation>
    </message>
    <message>
        <source>2-D points: two interlocking half moons.</source>
        <translation>2차원 점: 서로 맞물린 반달 두 개.</translation>
    </message>
    <message>
        <source>1,797 real 8×8 handwritten digits, 0 to 9 (UCI).</source>
        <translation>실제 8×8 손글씨 숫자 1,797개, 0부터 9까지 (UCI).</translation>
    </message>
    <message>
        <source>Generated 28×28 pictures of circles, squares and triangles at any size and place.</source>
        <translation>원, 사각형, 삼각형을 크기와 위치를 바꿔 가며 그린 28×28 그림.</translation>
    </message>
    <message>
        <source>A table of 300 made-up fruits: four numbers each, and the fruit as the class.</source>
        <translation>지어낸 과일 300개의 표: 과일마다 수 네 개, 그리고 클래스인 과일 이름.</translation>
    </message>
    <message>
        <source>Regression: 2-D points whose target is a number on a tilted plane, with noise.</source>
        <translation>회귀: 목표가 기울어진 평면 위의 수인 2차원 점, 잡음 포함.</translation>
    </message>
    <message>
        <source>Regression: 2-D points whose target is the height of a hill and a valley, with noise.</source>
        <translation>회귀: 목표가 언덕과 골짜기의 높이인 2차원 점, 잡음 포함.</translation>
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
        <translation>각 은닉 뉴런의 출력을 평면 위에 그린 것: 파랑은 음수, 흰색은 0, 주황은 양수.</translation>
    </message>
    <message>
        <source>No boundary: the network answers p ≈ 0.5 everywhere.</source>
        <translation>결정 경계 없음: 신경망이 모든 곳에서 p ≈ 0.5라고 답합니다.</translation>
    </message>
    <message>
        <source>No hidden layer: the output is one weighted sum, so the boundary is a straight line.</source>
        <translation>은닉층 없음: 출력은 가중합 하나이므로 결정 경계는 직선입니다.</translation>
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
    <name>DesignCanvas</name>
    <message>
        <source>{n} neurons</source>
        <translation>뉴런 {n}개</translation>
    </message>
    <message>
        <source>{n} filters {size}</source>
        <translation>필터 {n}개 {size}</translation>
    </message>
    <message>
        <source>, stride {stride}</source>
        <translation>, 스트라이드 {stride}</translation>
    </message>
    <message>
        <source>, pad {padding}</source>
        <translation>, 패딩 {padding}</translation>
    </message>
    <message>
        <source>{size} window</source>
        <translation>{size} 창</translation>
    </message>
    <message>
        <source>slope {slope}</source>
        <translation>음수 쪽 기울기 {slope}</translation>
    </message>
    <message>
        <source>{n} params</source>
        <translation>파라미터 {n}개</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>가중치 없음</translation>
    </message>
    <message>
        <source>Drop layers here from the palette; drag a block to move it; Delete removes it.</source>
        <translation>팔레트에서 층을 끌어다 놓으세요. 블록을 끌면 옮겨지고, Delete 키로 지웁니다.</translation>
    </message>
    <message>
        <source>{layer}: input {shape}</source>
        <translation>{layer}: 입력 {shape}</translation>
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
    <name>DesignModel</name>
    <message>
        <source>Open design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>Add {layer}</source>
        <translation>{layer} 추가</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>{layer} 삭제</translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation>{layer} 이동</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>{key} 설정</translation>
    </message>
    <message>
        <source>Set input shape</source>
        <translation>입력 모양 설정</translation>
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
        <source>Centre and scale like the training digits</source>
        <translation>학습 숫자처럼 가운데 맞추고 크기 조절</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>What the network sees:</source>
        <translation>신경망이 보는 것:</translation>
    </message>
    <message>
        <source>Draw to see the answer</source>
        <translation>그리면 답이 나옵니다</translation>
    </message>
    <message>
        <source>{name}  ({share})</source>
        <translation>{name}  ({share})</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw with the left mouse button.</source>
        <translation>마우스 왼쪽 버튼으로 그리세요.</translation>
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
        <source>as an image: values clipped to 0..255</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished">실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">다시 실행</translation>
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
    <name>Formulas</name>
    <message>
        <source>1 if x &gt; 0 else 0</source>
        <translation>x &gt; 0이면 1, 아니면 0</translation>
    </message>
    <message>
        <source>0 (undefined at 0)</source>
        <translation>0 (x = 0에서는 정의되지 않음)</translation>
    </message>
    <message>
        <source>x if x &gt; 0 else 0.01·x</source>
        <translation>x &gt; 0이면 x, 아니면 0.01·x</translation>
    </message>
    <message>
        <source>1 if x &gt; 0 else 0.01</source>
        <translation>x &gt; 0이면 1, 아니면 0.01</translation>
    </message>
</context>
<context>
    <name>Gates</name>
    <message>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <source>NAND</source>
        <translation>NAND</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
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
        <translation>에포크</translation>
    </message>
    <message>
        <source>gradient norm (log scale)</source>
        <translation>기울기 크기 (로그 척도)</translation>
    </message>
    <message>
        <source>How much each layer learns: the norm of its gradient per epoch.</source>
        <translation>각 층이 얼마나 학습하는지: 에포크마다 그 층 기울기(gradient)의 크기(norm)입니다.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>파라미터 {count}개</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>nnstudio network graph</source>
        <translation>nnstudio 신경망 그래프</translation>
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
    <name>InsideDemo</name>
    <message>
        <source>nnstudio: inside the network</source>
        <translation>nnstudio: 신경망의 안쪽</translation>
    </message>
    <message>
        <source>Activation maps (lenet_digits, a test digit {digit})</source>
        <translation>활성화 맵 (lenet_digits, 테스트 숫자 {digit})</translation>
    </message>
    <message>
        <source>Decision boundary (mlp_spiral, test points)</source>
        <translation>결정 경계 (mlp_spiral, 테스트 점)</translation>
    </message>
    <message>
        <source>Vanishing gradients: deep_sigmoid_spiral against deep_relu_spiral</source>
        <translation>기울기 소실: deep_sigmoid_spiral과 deep_relu_spiral 비교</translation>
    </message>
    <message>
        <source>Learned weights</source>
        <translation>학습된 가중치</translation>
    </message>
    <message>
        <source>Draw to predict</source>
        <translation>그려서 예측하기</translation>
    </message>
    <message>
        <source>Evaluation on the test split</source>
        <translation>테스트 데이터 평가</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Train (or step one epoch) to see every layer&apos;s output for one test sample.</source>
        <translation>학습시키면(또는 에포크 하나를 진행하면) 테스트 샘플 하나에 대한 모든 층의 출력이 보입니다.</translation>
    </message>
    <message>
        <source>Which test sample the maps are shown for.</source>
        <translation>어느 테스트 샘플의 맵을 보여 줄지 고릅니다.</translation>
    </message>
    <message>
        <source>Use the current image</source>
        <translation>현재 이미지 사용</translation>
    </message>
    <message>
        <source>Feed the image of the Pixels and Filters tabs, converted to the network&apos;s input.</source>
        <translation>픽셀·필터 탭의 이미지를 신경망 입력으로 바꿔 넣습니다.</translation>
    </message>
    <message>
        <source>Use the drawing</source>
        <translation>그림 사용</translation>
    </message>
    <message>
        <source>Feed what you drew in the Draw tab (image data sets).</source>
        <translation>그리기 탭에서 그린 것을 넣습니다(이미지 데이터셋).</translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation>테스트 샘플</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Every layer&apos;s output (feature maps, dense cells) for one test sample.</source>
        <translation>모든 층의 출력(특징 맵, 완전 연결층의 셀)을 테스트 샘플 하나에 대해 보여 줍니다.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>2-D data: the plane coloured by the network&apos;s answer, one small map per hidden neuron.</source>
        <translation>2차원 데이터: 신경망의 답으로 칠한 평면과 은닉 뉴런마다 작은 맵 하나.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>The first conv layer&apos;s kernels and each layer&apos;s weight histogram over the epochs.</source>
        <translation>첫 합성곱 층의 커널과, 에포크에 따른 각 층의 가중치 히스토그램.</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient norm per epoch, log scale: vanishing gradients show here.</source>
        <translation>에포크마다 각 층 기울기의 크기, 로그 척도: 기울기 소실(vanishing gradient)이 여기서 보입니다.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Confusion matrix on the test split and the misclassified samples.</source>
        <translation>테스트 데이터에 대한 혼동 행렬과 잘못 분류된 샘플.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>Draw a digit or shape: it is converted to the network&apos;s input and classified live.</source>
        <translation>숫자나 도형을 그리면 신경망 입력으로 바뀌어 바로 분류됩니다.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>The model as a graph with the tensor shape on every edge.</source>
        <translation>모든 엣지에 텐서 모양(shape)을 적은 그래프로 본 모델.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>Save the shown view as a PNG picture (the graph also as SVG).</source>
        <translation>보이는 화면을 PNG 그림으로 저장합니다(그래프는 SVG로도).</translation>
    </message>
    <message>
        <source>test sample {index}, class {name}</source>
        <translation>테스트 샘플 {index}, 클래스 {name}</translation>
    </message>
    <message>
        <source>Draw something in the Draw tab first (image data sets only).</source>
        <translation>먼저 그리기 탭에서 무언가를 그리세요(이미지 데이터셋만).</translation>
    </message>
    <message>
        <source>your drawing: {steps}</source>
        <translation>직접 그린 그림: {steps}</translation>
    </message>
    <message>
        <source>Untrained: random weights. Train (or step one epoch) to watch the maps change.</source>
        <translation>학습 전: 무작위 가중치. 학습시키면(또는 에포크 하나를 진행하면) 맵이 바뀌는 것이 보입니다.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: every layer&apos;s output for one input (first layer&apos;s output {shape}).</source>
        <translation>에포크 {epoch}: 입력 하나에 대한 모든 층의 출력 (첫 층의 출력 {shape}).</translation>
    </message>
    <message>
        <source>first Conv2d</source>
        <translation>첫 Conv2d</translation>
    </message>
    <message>
        <source>Make the design valid to see every layer&apos;s output.</source>
        <translation>설계를 올바르게 고치면 모든 층의 출력이 보입니다.</translation>
    </message>
    <message>
        <source>The design has a problem (see the verdict under the layers):
the graph is drawn once it can be built.</source>
        <translation>설계에 문제가 있습니다(층 아래의 판정을 보세요):
그래프는 만들 수 있게 되면 그려집니다.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>화면 내보내기</translation>
    </message>
    <message>
        <source>Building the untrained network…</source>
        <translation>학습 전 신경망을 만드는 중…</translation>
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
    <name>Inspector</name>
    <message>
        <source>No layer selected</source>
        <translation>선택한 층 없음</translation>
    </message>
    <message>
        <source>Select a block to edit its settings.</source>
        <translation>블록을 선택하면 설정을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Layer {number}: {layer}</source>
        <translation>층 {number}: {layer}</translation>
    </message>
    <message>
        <source>Its input size ({name}) comes from the layer before.</source>
        <translation>입력 크기({name})는 앞 층에서 정해집니다.</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>이 층에는 설정이 없습니다.</translation>
    </message>
    <message>
        <source>e.g. 3 or 3, 5</source>
        <translation>예: 3 또는 3, 5</translation>
    </message>
    <message>
        <source>e.g. 3 or 3, 5; empty = default</source>
        <translation>예: 3 또는 3, 5; 비우면 기본값</translation>
    </message>
    <message>
        <source>{key}: type a whole number such as 3, or a pair such as 3, 5.</source>
        <translation>{key}: 3 같은 정수 하나, 또는 3, 5 같은 두 수를 입력하세요.</translation>
    </message>
    <message>
        <source>The design is valid: {n} parameters.</source>
        <translation>설계가 올바릅니다: 파라미터 {n}개.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>고치기</translation>
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
        <translation>각 출력에 학습되는 편향(bias)을 더합니다</translation>
    </message>
    <message>
        <source>window size (int or [h, w])</source>
        <extracomment>Upper bounds keep every number a spin box can hold and far above what teaching needs; the memory budget (design_limits) decides whether a whole network fits.</extracomment>
        <translation>창 크기 (정수 또는 [h, w])</translation>
    </message>
    <message>
        <source>step of the window; empty means the kernel size</source>
        <translation>창이 움직이는 간격; 비우면 커널 크기</translation>
    </message>
    <message>
        <source>number of neurons</source>
        <translation>뉴런 수</translation>
    </message>
    <message>
        <source>Fully connected: every output is a weighted sum of all inputs plus a bias.</source>
        <translation>완전 연결층(fully connected): 각 출력은 모든 입력의 가중합에 편향을 더한 값입니다.</translation>
    </message>
    <message>
        <source>number of filters</source>
        <translation>필터 수</translation>
    </message>
    <message>
        <source>filter size (int or [h, w])</source>
        <translation>필터 크기 (정수 또는 [h, w])</translation>
    </message>
    <message>
        <source>Slides learned filters over the image: one feature map per filter.</source>
        <translation>학습되는 필터를 이미지 위로 밀며 계산합니다: 필터마다 특징 맵(feature map)이 하나씩 나옵니다.</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: smaller maps, same channels.</source>
        <translation>창마다 가장 큰 값을 남깁니다: 맵은 작아지고 채널 수는 그대로입니다.</translation>
    </message>
    <message>
        <source>Averages each window: smaller maps, same channels.</source>
        <translation>창마다 평균을 냅니다: 맵은 작아지고 채널 수는 그대로입니다.</translation>
    </message>
    <message>
        <source>Turns (C, H, W) maps into one long vector for Linear layers.</source>
        <translation>(C, H, W) 맵을 Linear 층이 받을 수 있는 긴 벡터 하나로 폅니다.</translation>
    </message>
    <message>
        <source>share of inputs zeroed</source>
        <translation>0으로 만드는 입력의 비율</translation>
    </message>
    <message>
        <source>While training, zeroes random inputs so the network cannot rely on any single one.</source>
        <translation>학습하는 동안 입력 일부를 무작위로 0으로 만들어, 신경망이 어느 한 입력에 기대지 못하게 합니다.</translation>
    </message>
    <message>
        <source>Normalises each feature over the batch, then scales and shifts it.</source>
        <translation>각 특징을 배치 단위로 정규화한 뒤 크기를 조정하고 이동합니다.</translation>
    </message>
    <message>
        <source>Normalises each channel over the batch, then scales and shifts it.</source>
        <translation>각 채널을 배치 단위로 정규화한 뒤 크기를 조정하고 이동합니다.</translation>
    </message>
    <message>
        <source>max(0, x): cheap, and gradients do not vanish.</source>
        <translation>max(0, x): 계산이 싸고, 기울기가 소실되지 않습니다.</translation>
    </message>
    <message>
        <source>Like ReLU, with a small slope for negative inputs.</source>
        <translation>ReLU와 같지만 음수 입력에도 작은 기울기가 있습니다.</translation>
    </message>
    <message>
        <source>Squashes to 0..1; saturates, so deep stacks learn slowly.</source>
        <translation>0..1 사이로 눌러 담습니다. 포화되므로 깊게 쌓으면 학습이 느립니다.</translation>
    </message>
    <message>
        <source>Squashes to -1..1.</source>
        <translation>-1..1 사이로 눌러 담습니다.</translation>
    </message>
    <message>
        <source>A smooth ReLU used by transformers.</source>
        <translation>트랜스포머가 쓰는 부드러운 ReLU.</translation>
    </message>
    <message>
        <source>axis that sums to 1</source>
        <translation>합이 1이 되는 축</translation>
    </message>
    <message>
        <source>Turns the outputs into class probabilities that sum to 1 (use it last).</source>
        <translation>출력을 합이 1인 클래스 확률로 바꿉니다(마지막 층에 쓰세요).</translation>
    </message>
    <message>
        <source>Perceptron: one neuron computing a weighted sum of its inputs against a threshold (Linear with one output + Sigmoid, read as a step at 0.5). nnstudio trains it by gradient descent on the sigmoid with binary cross-entropy, not by Rosenblatt&apos;s perceptron rule; the boundary it can learn is the same straight line.</source>
        <extracomment>The Perceptron preset: one Linear unit and a sigmoid, trained by gradient descent on binary cross-entropy (not Rosenblatt&apos;s rule); thresholding the sigmoid at 0.5 is the step.</extracomment>
        <translation>퍼셉트론(perceptron): 입력의 가중합을 임계값과 비교하는 뉴런 하나(출력 하나인 Linear + Sigmoid, 0.5에서 계단 함수로 읽음). nnstudio는 이것을 로젠블랫의 퍼셉트론 규칙이 아니라 시그모이드에 대한 이진 교차 엔트로피의 경사 하강법(gradient descent)으로 학습시킵니다. 배울 수 있는 결정 경계는 똑같은 직선입니다.</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Drag a layer onto the network, or double-click to add it at the end.</source>
        <extracomment>Mime type of a palette drag: the layer type&apos;s name (or &quot;Perceptron&quot;) as UTF-8.</extracomment>
        <translation>층을 신경망 위로 끌어다 놓거나, 두 번 클릭해 맨 끝에 더하세요.</translation>
    </message>
    <message>
        <source>Perceptron (preset)</source>
        <translation>퍼셉트론 (프리셋)</translation>
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
        <translation>퍼셉트론</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule</source>
        <translation>로젠블랫 규칙</translation>
    </message>
    <message>
        <source>XOR from gates</source>
        <translation>게이트로 만든 XOR</translation>
    </message>
    <message>
        <source>Backprop with numbers</source>
        <translation>숫자로 보는 역전파</translation>
    </message>
    <message>
        <source>Activations and slopes</source>
        <translation>활성화 함수와 미분</translation>
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
    <name>ModelInputSteps</name>
    <message>
        <source>gray</source>
        <translation>회색조</translation>
    </message>
    <message>
        <source>gray repeated to RGB</source>
        <translation>회색조를 RGB로 반복</translation>
    </message>
    <message>
        <source>cropped to the drawing</source>
        <translation>그린 부분만 잘라 냄</translation>
    </message>
    <message>
        <source>{w}×{h} (area average)</source>
        <translation>{w}×{h} (영역 평균)</translation>
    </message>
    <message>
        <source>flattened to {n} values</source>
        <translation>값 {n}개로 펼침</translation>
    </message>
</context>
<context>
    <name>NetworkDocument</name>
    <message>
        <source>Training stopped: another design was opened.</source>
        <extracomment>How long closing the window waits for training threads, in all (each stops after a batch).</extracomment>
        <translation>학습을 멈췄습니다: 다른 설계를 열었습니다.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} 열기</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name}을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Training stopped: the data set changed.</source>
        <translation>학습을 멈췄습니다: 데이터셋이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The network takes {shape} but {data} gives {given} per sample.</source>
        <translation>신경망은 {shape}을(를) 받는데 {data}의 샘플은 {given}입니다.</translation>
    </message>
    <message>
        <source>Set the input to {shape}</source>
        <translation>입력을 {shape}(으)로 설정</translation>
    </message>
    <message>
        <source>Training stopped: the design changed.</source>
        <translation>학습을 멈췄습니다: 설계가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The data set is still loading.</source>
        <translation>데이터셋을 아직 불러오는 중입니다.</translation>
    </message>
    <message>
        <source>{name} #{n}</source>
        <translation>{name} #{n}</translation>
    </message>
    <message>
        <source>{name} ({optimizer}, lr {lr:g}, batch {batch})</source>
        <translation>{name} ({optimizer}, lr {lr:g}, 배치 {batch})</translation>
    </message>
    <message>
        <source>The trained weights belong to {run}, the design before your changes; train this design first, or undo the changes.</source>
        <translation>학습된 가중치는 바꾸기 전의 설계인 {run}의 것입니다. 이 설계를 먼저 학습시키거나 변경을 되돌리세요.</translation>
    </message>
    <message>
        <source>Train the network (or step one epoch) first: there are no weights yet.</source>
        <translation>먼저 신경망을 학습시키세요(또는 에포크 하나를 진행하세요): 아직 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>Pause or stop training first.</source>
        <translation>먼저 학습을 일시 정지하거나 멈추세요.</translation>
    </message>
    <message>
        <source>Training stopped: other weights were opened.</source>
        <translation>학습을 멈췄습니다: 다른 가중치를 열었습니다.</translation>
    </message>
    <message>
        <source>Training stopped: {kind}: {text}</source>
        <translation>학습을 멈췄습니다: {kind}: {text}</translation>
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
        <translation>{name}을(를) 저장할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>Network designs (*.json)</source>
        <translation>신경망 설계 (*.json)</translation>
    </message>
    <message>
        <source>{name} is not a design file nnstudio can read ({kind}).</source>
        <translation>{name}은(는) nnstudio가 읽을 수 있는 설계 파일이 아닙니다({kind}).</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>설계 저장</translation>
    </message>
    <message>
        <source>Saved the design to {name}.</source>
        <translation>설계를 {name}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 가중치 (*.pt)</translation>
    </message>
    <message>
        <source>Saved the weights to {name}.</source>
        <translation>가중치를 {name}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>가중치 열기</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt *.pth)</source>
        <translation>PyTorch 가중치 (*.pt *.pth)</translation>
    </message>
    <message>
        <source>The data set is still loading.</source>
        <translation>데이터셋을 아직 불러오는 중입니다.</translation>
    </message>
    <message>
        <source>Loaded the weights from {name}; Train starts from them.</source>
        <translation>{name}에서 가중치를 불러왔습니다. 학습은 이 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Standalone PyTorch script (*.py)</source>
        <translation>독립 실행 PyTorch 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <source>Choose a file ending in .onnx, .pt or .py.</source>
        <translation>.onnx, .pt 또는 .py로 끝나는 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name}을(를) 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Loss &amp;&amp; accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <source>Loss and accuracy per epoch, and the loss of every batch while an epoch runs; earlier runs stay dimmed.</source>
        <translation>에포크마다의 손실과 정확도, 그리고 에포크가 도는 동안 배치마다의 손실. 이전 실행은 흐리게 남습니다.</translation>
    </message>
    <message>
        <source>The shape of one sample, and of a batch of N samples as PyTorch gets it.</source>
        <translation>샘플 하나의 모양(shape)과, PyTorch가 받는 N개 샘플 배치의 모양.</translation>
    </message>
    <message>
        <source>The network&apos;s output shape and how many weights training adjusts.</source>
        <translation>신경망 출력의 모양과 학습이 조정하는 가중치의 수.</translation>
    </message>
    <message>
        <source>What the tab last did, or what went wrong.</source>
        <translation>이 탭이 마지막으로 한 일, 또는 잘못된 점.</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>프리셋 열기</translation>
    </message>
    <message>
        <source>Open one of the built-in designs, with its data set and settings.</source>
        <translation>내장된 설계 하나를 데이터셋, 설정과 함께 엽니다.</translation>
    </message>
    <message>
        <source>Open design…</source>
        <translation>설계 열기…</translation>
    </message>
    <message>
        <source>Open a design saved as JSON: layers, data set and settings.</source>
        <translation>JSON으로 저장한 설계(층, 데이터셋, 설정)를 엽니다.</translation>
    </message>
    <message>
        <source>Save design…</source>
        <translation>설계 저장…</translation>
    </message>
    <message>
        <source>Save the layers, the data set and the settings as JSON.</source>
        <translation>층, 데이터셋, 설정을 JSON으로 저장합니다.</translation>
    </message>
    <message>
        <source>Open weights…</source>
        <translation>가중치 열기…</translation>
    </message>
    <message>
        <source>Load trained weights (.pt) into this design; they must fit it layer for layer. Train then starts from them.</source>
        <translation>학습된 가중치(.pt)를 이 설계에 불러옵니다. 층마다 모양이 맞아야 합니다. 학습은 이 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>Save weights…</source>
        <translation>가중치 저장…</translation>
    </message>
    <message>
        <source>Save the trained weights as a .pt file (PyTorch&apos;s state dict).</source>
        <translation>학습된 가중치를 .pt 파일(PyTorch의 state dict)로 저장합니다.</translation>
    </message>
    <message>
        <source>Export model…</source>
        <translation>모델 내보내기…</translation>
    </message>
    <message>
        <source>Write the trained network as ONNX or TorchScript, or a standalone PyTorch training script.</source>
        <translation>학습된 신경망을 ONNX나 TorchScript, 또는 독립 실행 PyTorch 학습 스크립트로 씁니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>층 삭제</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ 실행 취소</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>마지막 편집 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ 다시 실행</translation>
    </message>
    <message>
        <source>Redo the last edit you undid (Ctrl+Shift+Z)</source>
        <translation>취소한 편집 다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt; (drag onto the network)</source>
        <translation>&lt;b&gt;층&lt;/b&gt; (신경망 위로 끌어다 놓기)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>The data set the network trains and is tested on.</source>
        <translation>신경망이 학습하고 테스트받는 데이터셋.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Loss, optimiser, learning rate and the other settings.</source>
        <translation>손실 함수, 최적화 기법, 학습률과 그 밖의 설정.</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <source>Small dense networks: every neuron and weight.</source>
        <translation>작은 완전 연결 신경망: 모든 뉴런과 가중치.</translation>
    </message>
    <message>
        <source>Add perceptron</source>
        <translation>퍼셉트론 추가</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt; {shape} per sample — a batch of N is (N, {dims})</source>
        <translation>&lt;b&gt;입력&lt;/b&gt; 샘플 하나에 {shape} — N개 배치는 (N, {dims})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output&lt;/b&gt; {out} · &lt;b&gt;{params:,}&lt;/b&gt; trainable parameters in {n} layers</source>
        <translation>&lt;b&gt;출력&lt;/b&gt; {out} · 층 {n}개에 학습되는 파라미터 &lt;b&gt;{params:,}&lt;/b&gt;개</translation>
    </message>
    <message>
        <source>the current image: {steps}</source>
        <translation>현재 이미지: {steps}</translation>
    </message>
    <message>
        <source>Open &amp;design</source>
        <translation>설계 열기(&amp;D)</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>파일에서…</translation>
    </message>
    <message>
        <source>Save d&amp;esign as…</source>
        <translation>설계를 다른 이름으로 저장(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport model…</source>
        <translation>모델 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Import &amp;table (CSV/TSV)…</source>
        <translation>표 가져오기(&amp;T) (CSV/TSV)…</translation>
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
        <translation>원 하나가 뉴런, 선 하나가 가중치입니다: 파랑은 양수, 주황은 음수, 굵을수록 큽니다(아래 범례가 척도를 알려 줍니다). 뉴런의 채움 색과 옆의 숫자는 편향(bias)입니다. 신경망이 학습하면서 바뀝니다.</translation>
    </message>
    <message>
        <source>b {value}</source>
        <translation>b {value}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation>은닉 {n}</translation>
    </message>
    <message>
        <source>{column} ({activation})</source>
        <translation>{column} ({activation})</translation>
    </message>
    <message>
        <source>x{n}</source>
        <translation>x{n}</translation>
    </message>
    <message>
        <source>out {n}</source>
        <translation>출력 {n}</translation>
    </message>
    <message>
        <source>weight:</source>
        <translation>가중치:</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>양수</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>음수</translation>
    </message>
    <message>
        <source>|weight|:</source>
        <translation>|가중치|:</translation>
    </message>
    <message>
        <source>circle fill and b: the neuron&apos;s bias</source>
        <translation>원의 채움 색과 b: 뉴런의 편향</translation>
    </message>
    <message>
        <source>The neuron view draws dense networks of at most {n} neurons a layer (try mlp_xor or perceptron_xor).</source>
        <translation>뉴런 보기는 층마다 뉴런이 {n}개 이하인 완전 연결 신경망을 그립니다(mlp_xor이나 perceptron_xor을 열어 보세요).</translation>
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
</context>
<context>
    <name>PerceptronPanel</name>
    <message>
        <source>Weight of input x₁: how much x₁ counts in the sum.</source>
        <translation>입력 x₁의 가중치: 합에서 x₁이 얼마나 중요한지.</translation>
    </message>
    <message>
        <source>Weight of input x₂: how much x₂ counts in the sum.</source>
        <translation>입력 x₂의 가중치: 합에서 x₂가 얼마나 중요한지.</translation>
    </message>
    <message>
        <source>Threshold θ: the neuron fires (answers 1) when w1·x1 + w2·x2 is above it.</source>
        <translation>임계값 θ: w1·x1 + w2·x2가 이 값보다 크면 뉴런이 발화합니다(1로 답합니다).</translation>
    </message>
    <message>
        <source>Bias b = −θ: the same threshold moved to the other side, step(w·x + b).</source>
        <translation>편향 b = −θ: 같은 임계값을 반대편으로 옮긴 것, step(w·x + b).</translation>
    </message>
    <message>
        <source>step: 1 or 0</source>
        <translation>계단: 1 또는 0</translation>
    </message>
    <message>
        <source>step: +1 or −1</source>
        <translation>계단: +1 또는 −1</translation>
    </message>
    <message>
        <source>What the neuron answers below the threshold: 0, or −1 in the bipolar variant.</source>
        <translation>임계값 아래에서 뉴런이 내는 답: 0, 또는 양극(bipolar)형에서는 −1.</translation>
    </message>
    <message>
        <source>w₁</source>
        <translation>w₁</translation>
    </message>
    <message>
        <source>w₂</source>
        <translation>w₂</translation>
    </message>
    <message>
        <source>threshold θ</source>
        <translation>임계값 θ</translation>
    </message>
    <message>
        <source>bias b = −θ</source>
        <translation>편향 b = −θ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Textbook {gate}</source>
        <translation>교과서의 {gate}</translation>
    </message>
    <message>
        <source>w₁ = {w1}, w₂ = {w2}, θ = {theta}</source>
        <translation>w₁ = {w1}, w₂ = {w2}, θ = {theta}</translation>
    </message>
    <message>
        <source>The neuron: y = step(w₁·x₁ + w₂·x₂ − θ)</source>
        <translation>뉴런: y = step(w₁·x₁ + w₂·x₂ − θ)</translation>
    </message>
    <message>
        <source>Truth tables: the neuron&apos;s answer y against each gate (green where they agree).</source>
        <translation>진리표: 각 게이트와 뉴런의 답 y (일치하는 곳은 초록색).</translation>
    </message>
    <message>
        <source>The four inputs, coloured by the neuron&apos;s answer (orange 1, blue 0 or −1); the shaded side is where it fires; the line is w₁·x₁ + w₂·x₂ = θ.</source>
        <translation>네 입력을 뉴런의 답으로 칠했습니다(주황 1, 파랑 0 또는 −1). 칠해진 쪽이 발화하는 쪽이고, 선은 w₁·x₁ + w₂·x₂ = θ입니다.</translation>
    </message>
    <message>
        <source>w₁·x₁ + w₂·x₂ = θ</source>
        <translation>w₁·x₁ + w₂·x₂ = θ</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>w₁·x₁ + w₂·x₂</source>
        <translation>w₁·x₁ + w₂·x₂</translation>
    </message>
    <message>
        <source>&gt; θ ?</source>
        <translation>&gt; θ ?</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>This neuron computes {gate}.</source>
        <translation>이 뉴런은 {gate}을(를) 계산합니다.</translation>
    </message>
    <message>
        <source>This neuron computes none of the four gates. No choice of w₁, w₂ and θ gives XOR: no straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other (see XOR from gates).</source>
        <translation>이 뉴런은 네 게이트 중 어느 것도 계산하지 않습니다. w₁, w₂, θ를 어떻게 골라도 XOR은 나오지 않습니다: (0, 1)과 (1, 0)을 한쪽에, (0, 0)과 (1, 1)을 다른 쪽에 두는 직선은 없습니다(&apos;게이트로 만든 XOR&apos;을 보세요).</translation>
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
        <translation type="unfinished">⚠ {message}</translation>
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
</context>
<context>
    <name>PlaneProbe</name>
    <message>
        <source>hidden {n} (→ {layer})</source>
        <translation>은닉 {n} (→ {layer})</translation>
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
    <name>Presets</name>
    <message>
        <source>A perceptron: one neuron, a weighted sum of the two inputs against a threshold (Linear with one output + Sigmoid, read as a step at 0.5), trained by gradient descent on the sigmoid with binary cross-entropy rather than Rosenblatt&apos;s rule: a step&apos;s slope is 0 wherever it is defined, so a gradient would never move the weights; the sigmoid is a step with a slope. The Learning tab shows the step neuron and Rosenblatt&apos;s rule. AND is linearly separable, so it is learned.</source>
        <translation>퍼셉트론: 뉴런 하나가 두 입력의 가중합을 임계값과 비교합니다(출력 하나인 Linear + Sigmoid, 0.5에서 계단 함수로 읽음). 로젠블랫 규칙이 아니라 시그모이드에 대한 이진 교차 엔트로피의 경사 하강법으로 학습합니다. 계단 함수는 정의된 모든 곳에서 기울기가 0이라 기울기로는 가중치가 움직이지 않기 때문입니다. 시그모이드는 기울기가 있는 계단입니다. 학습 원리 탭에서 계단 뉴런과 로젠블랫 규칙을 볼 수 있습니다. AND는 선형 분리 가능하므로 학습됩니다.</translation>
    </message>
    <message>
        <source>A perceptron: one neuron, a weighted sum of the two inputs against a threshold (Linear with one output + Sigmoid, read as a step at 0.5), trained by gradient descent on the sigmoid with binary cross-entropy rather than Rosenblatt&apos;s rule: a step&apos;s slope is 0 wherever it is defined, so a gradient would never move the weights; the sigmoid is a step with a slope. The Learning tab shows the step neuron and Rosenblatt&apos;s rule. XOR is not linearly separable: no straight line splits it, so the perceptron never gets more than 3 of the 4 points right.</source>
        <translation>퍼셉트론: 뉴런 하나가 두 입력의 가중합을 임계값과 비교합니다(출력 하나인 Linear + Sigmoid, 0.5에서 계단 함수로 읽음). 로젠블랫 규칙이 아니라 시그모이드에 대한 이진 교차 엔트로피의 경사 하강법으로 학습합니다. 계단 함수는 정의된 모든 곳에서 기울기가 0이라 기울기로는 가중치가 움직이지 않기 때문입니다. 시그모이드는 기울기가 있는 계단입니다. 학습 원리 탭에서 계단 뉴런과 로젠블랫 규칙을 볼 수 있습니다. XOR은 선형 분리 가능하지 않습니다: 어떤 직선으로도 나눌 수 없으므로 퍼셉트론은 네 점 중 3개보다 많이 맞히지 못합니다.</translation>
    </message>
    <message>
        <source>A multi-layer perceptron: one hidden layer of 4 neurons bends the boundary, so XOR, which no straight line separates, is learned.</source>
        <translation>다층 퍼셉트론(MLP): 뉴런 4개의 은닉층(hidden layer) 하나가 결정 경계를 구부리므로, 직선 하나로는 나눌 수 없는 XOR도 학습됩니다.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: two hidden layers of ReLU neurons learn the winding boundary.</source>
        <translation>서로 맞물린 나선 팔 두 개: ReLU 뉴런으로 된 은닉층 두 개가 휘감기는 결정 경계를 학습합니다.</translation>
    </message>
    <message>
        <source>8×8 handwritten digits, flattened to 64 numbers and classified by a dense network with dropout.</source>
        <translation>8×8 손글씨 숫자를 64개의 수로 펴서, 드롭아웃(dropout)이 있는 완전 연결 신경망으로 분류합니다.</translation>
    </message>
    <message>
        <source>A small LeNet: convolutions find strokes, pooling shrinks the maps, dense layers decide the digit.</source>
        <translation>작은 LeNet: 합성곱(convolution)이 획을 찾고, 풀링(pooling)이 맵을 줄이고, 완전 연결층이 숫자를 정합니다.</translation>
    </message>
    <message>
        <source>Circles, squares and triangles at any size and place: a small CNN learns corners and curves.</source>
        <translation>크기와 위치가 제각각인 원, 사각형, 삼각형: 작은 합성곱 신경망(CNN)이 모서리와 곡선을 학습합니다.</translation>
    </message>
    <message>
        <source>Six sigmoid layers on the spiral, trained with plain SGD (momentum 0.9). A sigmoid&apos;s slope is at most 1/4, so the gradient shrinks at every layer on its way back: in every epoch the first layer&apos;s gradient is more than a thousand times smaller than the last one&apos;s (vanishing gradients). The first layers barely learn, and the network stays at chance (50 % on the test set) for all 40 epochs.</source>
        <translation>나선 데이터에 시그모이드 층 여섯 개, 모멘텀 0.9인 평범한 SGD로 학습합니다. 시그모이드의 기울기는 많아야 1/4이므로 기울기는 거꾸로 전해지며 층마다 줄어듭니다: 모든 에포크에서 첫 층의 기울기가 마지막 층의 것보다 천 배 넘게 작습니다(기울기 소실, vanishing gradient). 앞쪽 층은 거의 학습되지 않고, 신경망은 40 에포크 내내 찍기 수준(테스트 데이터에서 50 %)에 머뭅니다.</translation>
    </message>
    <message>
        <source>The same six layers and the same training with ReLU, whose slope is 1 wherever it is active: from epoch 5 on the first layer&apos;s gradient is about as strong as the last one&apos;s (a tenth to twenty times as strong), and the spiral is learned (over 90 % on the test set after 40 epochs).</source>
        <translation>같은 여섯 층을 같은 방식으로 학습하되 ReLU를 씁니다. ReLU는 켜진 곳에서 기울기가 1이므로, 에포크 5부터 첫 층의 기울기가 마지막 층의 것과 비슷한 세기(10분의 1에서 20배)가 되고, 나선이 학습됩니다(40 에포크 뒤 테스트 데이터에서 90 % 이상).</translation>
    </message>
    <message>
        <source>Overfitting: 40 noisy training points (the circle set, 160 more kept for testing) and a network with 17,154 weights. It learns every training point, noise included, so train accuracy reaches 100% while test accuracy stays far below and the test loss rises: it memorised instead of learning the circle.</source>
        <translation>과적합(overfitting): 잡음 섞인 학습용 점 40개(circle 데이터셋, 160개는 테스트용으로 따로 둠)와 가중치 17,154개짜리 신경망. 잡음까지 포함해 학습 점을 모두 외우므로 학습 정확도는 100%에 이르지만 테스트 정확도는 한참 아래에 머물고 테스트 손실은 다시 오릅니다: 원을 배우지 않고 외운 것입니다.</translation>
    </message>
    <message>
        <source>The overfitting network with Dropout (p = 0.7) after each hidden layer: while training, each pass switches off a random 70% of the hidden units, so no unit can memorise single points; at evaluation all units work. The gap between train and test accuracy closes.</source>
        <translation>과적합 신경망의 각 은닉층 뒤에 Dropout(p = 0.7)을 넣었습니다. 학습하는 동안 매번 은닉 유닛의 70%를 무작위로 끄므로 어떤 유닛도 점 하나하나를 외울 수 없습니다. 평가할 때는 모든 유닛이 일합니다. 학습 정확도와 테스트 정확도의 차이가 줄어듭니다.</translation>
    </message>
    <message>
        <source>The overfitting network with weight decay (L2, 0.01): every step also pulls each weight towards 0, so the network keeps a smooth boundary instead of bending around each noisy point. The gap between train and test accuracy closes.</source>
        <translation>과적합 신경망에 가중치 감쇠(weight decay, L2, 0.01)를 더했습니다. 매 단계 모든 가중치를 0 쪽으로 조금씩 당기므로, 신경망은 잡음 섞인 점마다 휘지 않고 매끄러운 결정 경계를 유지합니다. 학습 정확도와 테스트 정확도의 차이가 줄어듭니다.</translation>
    </message>
    <message>
        <source>The shapes of cnn_shapes for a fully connected network: the 28×28 picture flattened to 784 numbers, every pixel wired to each of 128 neurons. Over 100,000 weights, four times the CNN&apos;s, and less accurate: it must learn a circle separately at every place and size, where a convolution&apos;s filter is shared across the picture.</source>
        <translation>cnn_shapes의 도형을 완전 연결 신경망으로: 28×28 그림을 784개의 수로 펴서 모든 픽셀을 뉴런 128개 각각에 연결합니다. 가중치가 10만 개가 넘어 CNN의 네 배인데도 덜 정확합니다: 원을 위치와 크기마다 따로 배워야 하기 때문입니다. 합성곱에서는 필터 하나를 그림 전체가 공유합니다.</translation>
    </message>
    <message>
        <source>A small MLP for a table of numbers: one hidden layer of 16 ReLU neurons. Its input and output sizes follow the table it is given (File ▸ Import table… or nnstudio train --data).</source>
        <translation>수로 된 표를 위한 작은 MLP: ReLU 뉴런 16개의 은닉층 하나. 입력과 출력의 크기는 주어진 표를 따릅니다(파일 ▸ 표 가져오기… 또는 nnstudio train --data).</translation>
    </message>
    <message>
        <source>Regression: two hidden layers of 16 tanh neurons predict a number (the height of a hill and a valley over the plane), trained with mean squared error.</source>
        <translation>회귀(regression): tanh 뉴런 16개의 은닉층 두 개가 수 하나(평면 위 언덕과 골짜기의 높이)를 예측하고, 평균 제곱 오차로 학습합니다.</translation>
    </message>
</context>
<context>
    <name>RosenblattPanel</name>
    <message>
        <source>The gate to learn. AND, OR and NAND are linearly separable; XOR is not.</source>
        <translation>학습할 게이트. AND, OR, NAND는 선형 분리 가능하고 XOR은 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>Learning rate η: how far one mistake moves the weights.</source>
        <translation>학습률 η: 실수 한 번에 가중치가 얼마나 움직이는지.</translation>
    </message>
    <message>
        <source>w₁</source>
        <translation>w₁</translation>
    </message>
    <message>
        <source>w₂</source>
        <translation>w₂</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>The weights training starts from.</source>
        <translation>학습을 시작하는 가중치.</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>게이트</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작값</translation>
    </message>
    <message>
        <source>Step: one sample</source>
        <translation>한 단계: 샘플 하나</translation>
    </message>
    <message>
        <source>One pass</source>
        <translation>한 바퀴</translation>
    </message>
    <message>
        <source>Run to the end</source>
        <translation>끝까지 실행</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Show the next sample to the neuron and apply the rule once.</source>
        <translation>다음 샘플을 뉴런에 보여 주고 규칙을 한 번 적용합니다.</translation>
    </message>
    <message>
        <source>Whole passes until one has no mistake, or the weights repeat (at most {n} passes).</source>
        <translation>실수 없는 바퀴가 나오거나 가중치가 되풀이될 때까지 바퀴를 돕니다(최대 {n}바퀴).</translation>
    </message>
    <message>
        <source>y = step(w·x + b);   w ← w + η (t − y) x;   b ← b + η (t − y)</source>
        <translation>y = step(w·x + b);   w ← w + η (t − y) x;   b ← b + η (t − y)</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s learning rule</source>
        <translation>로젠블랫의 학습 규칙</translation>
    </message>
    <message>
        <source>Press Step to show the neuron its first sample.</source>
        <translation>한 단계를 누르면 뉴런에 첫 샘플을 보여 줍니다.</translation>
    </message>
    <message>
        <source>right, so nothing changes.</source>
        <translation>맞았으므로 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>wrong by t − y = {e}: Δw = η·{e}·({x1}, {x2}) = ({dw1}, {dw2}), Δb = {db}.</source>
        <translation>t − y = {e}만큼 틀렸습니다: Δw = η·{e}·({x1}, {x2}) = ({dw1}, {dw2}), Δb = {db}.</translation>
    </message>
    <message>
        <source>Pass {epoch}, sample ({x1}, {x2}) with target t = {t}: w·x + b = {s}, so y = {y}; {change}</source>
        <translation>{epoch}번째 바퀴, 샘플 ({x1}, {x2}), 목표 t = {t}: w·x + b = {s}, 따라서 y = {y}; {change}</translation>
    </message>
    <message>
        <source>w₁·x₁ + w₂·x₂ + b = 0</source>
        <translation>w₁·x₁ + w₂·x₂ + b = 0</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>바퀴</translation>
    </message>
    <message>
        <source>x₁, x₂</source>
        <translation>x₁, x₂</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>w·x + b</source>
        <translation>w·x + b</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>t − y</source>
        <translation>t − y</translation>
    </message>
    <message>
        <source>Δw₁</source>
        <translation>Δw₁</translation>
    </message>
    <message>
        <source>Δw₂</source>
        <translation>Δw₂</translation>
    </message>
    <message>
        <source>Δb</source>
        <translation>Δb</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) so far; the current line gets {right} of 4 right.</source>
        <translation>
            <numerusform>지금까지 갱신 %n번; 현재 직선은 4개 중 {right}개를 맞힙니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned {gate}: pass {epoch} had no mistake, so the weights no longer change (w₁ = {w1}, w₂ = {w2}, b = {b}).</source>
        <translation>{gate} 학습 완료: {epoch}번째 바퀴에 실수가 없어 가중치가 더는 바뀌지 않습니다 (w₁ = {w1}, w₂ = {w2}, b = {b}).</translation>
    </message>
    <message numerus="yes">
        <source>Never settles on {gate}: every pass makes a mistake, and after pass {epoch} the weights are back where they were %n pass(es) before; it would cycle for ever. No single line separates XOR.</source>
        <translation>
            <numerusform>{gate}에 끝내 자리 잡지 못합니다: 모든 바퀴에서 실수가 나오고, {epoch}번째 바퀴 뒤의 가중치는 %n바퀴 전과 같습니다. 영원히 같은 곳을 맴돕니다. 직선 하나로는 XOR을 나눌 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pass without a mistake in %n pass(es).</source>
        <translation>
            <numerusform>%n바퀴 동안 실수 없는 바퀴가 없었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>▶ Train</source>
        <translation>▶ 학습</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <source>Step 1 epoch</source>
        <translation>1 에포크 진행</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 정지</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Build the network with fresh weights (or the weights you opened) and train it for the set number of epochs.</source>
        <translation>새 가중치(또는 열어 둔 가중치)로 신경망을 만들고 정한 에포크 수만큼 학습시킵니다.</translation>
    </message>
    <message>
        <source>Pause at the end of the current epoch; Resume goes on from there.</source>
        <translation>현재 에포크가 끝나면 일시 정지합니다. 다시 시작하면 거기서 이어 갑니다.</translation>
    </message>
    <message>
        <source>Train one more epoch, then pause: one pass over the training set, one backpropagation step per batch (many steps in all).</source>
        <translation>에포크 하나를 더 학습하고 일시 정지합니다: 학습 데이터를 한 바퀴 돌며 배치마다 역전파(backpropagation) 한 단계씩(모두 여러 단계).</translation>
    </message>
    <message>
        <source>End the run after the current batch; its weights and curves stay.</source>
        <translation>현재 배치가 끝나면 실행을 끝냅니다. 가중치와 곡선은 남습니다.</translation>
    </message>
    <message>
        <source>Stop, forget the trained weights and clear the plots.</source>
        <translation>멈추고, 학습된 가중치를 버리고, 그래프를 지웁니다.</translation>
    </message>
    <message>
        <source>What training is doing now.</source>
        <translation>지금 학습이 하고 있는 일.</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>아직 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>The latest epoch&apos;s figures: loss and accuracy on the training and test samples, time per epoch and samples per second.</source>
        <translation>최근 에포크의 수치: 학습·테스트 샘플에 대한 손실과 정확도, 에포크당 시간, 초당 샘플 수.</translation>
    </message>
    <message>
        <source>Weights forgotten; Train starts from fresh random weights.</source>
        <translation>가중치를 버렸습니다. 학습은 새 무작위 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ 다시 시작</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>일시 정지하는 중…</translation>
    </message>
    <message>
        <source>Weights loaded</source>
        <translation>가중치를 불러옴</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <source>● Training</source>
        <translation>● 학습 중</translation>
    </message>
    <message>
        <source>Pausing at the epoch&apos;s end…</source>
        <translation>에포크가 끝나면 일시 정지합니다…</translation>
    </message>
    <message>
        <source>❚❚ Paused after epoch {n}</source>
        <translation>❚❚ 에포크 {n} 뒤 일시 정지</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>✓ Finished</source>
        <translation>✓ 완료</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ 정지됨</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ 실패</translation>
    </message>
    <message>
        <source>{run}: starting…</source>
        <translation>{run}: 시작하는 중…</translation>
    </message>
    <message>
        <source>Training on {device}…</source>
        <translation>{device}에서 학습 중…</translation>
    </message>
    <message>
        <source>Not trained yet: the earlier results belonged to another network.</source>
        <translation>아직 학습하지 않았습니다: 이전 결과는 다른 신경망의 것이었습니다.</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{total}: loss {loss:.4f}, accuracy {acc:.1%}; test loss {test_loss:.4f}, test accuracy {test_acc:.1%}. {ms:.0f} ms per epoch, {rate:,.0f} samples/s on {device}.</source>
        <translation>에포크 {epoch}/{total}: 손실 {loss:.4f}, 정확도 {acc:.1%}; 테스트 손실 {test_loss:.4f}, 테스트 정확도 {test_acc:.1%}. 에포크당 {ms:.0f} ms, {device}에서 초당 샘플 {rate:,.0f}개.</translation>
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
        <translation>{optimiser}, lr {lr:g}, 배치 {batch}</translation>
    </message>
    <message>
        <source>{name} · {settings}</source>
        <translation>{name} · {settings}</translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation>실행 기록 지우기</translation>
    </message>
    <message>
        <source>Remove the earlier runs (dashed) from the plot; the current run stays.</source>
        <translation>이전 실행(점선)을 그래프에서 지웁니다. 현재 실행은 남습니다.</translation>
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
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>What the network is punished for: cross-entropy for classes, BCE for one yes/no output, MSE for distances.</source>
        <translation>신경망이 무엇에 벌점을 받는지: 클래스에는 교차 엔트로피, 예/아니요 출력 하나에는 BCE, 거리에는 MSE.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <source>Learning rate: the step size. Too large and the loss jumps or becomes NaN.</source>
        <translation>학습률(learning rate): 한 걸음의 크기. 너무 크면 손실이 튀거나 NaN이 됩니다.</translation>
    </message>
    <message>
        <source>Samples per step: the gradient is averaged over this many.</source>
        <translation>한 단계의 샘플 수: 기울기를 이만큼의 샘플에 대해 평균 냅니다.</translation>
    </message>
    <message>
        <source>Passes over the whole training set; each pass is one step per batch.</source>
        <translation>학습 데이터 전체를 도는 횟수. 한 바퀴는 배치마다 한 단계입니다.</translation>
    </message>
    <message>
        <source>Pulls every weight a little towards 0 each step (L2 regularisation).</source>
        <translation>매 단계 모든 가중치를 0 쪽으로 조금 당깁니다(L2 정규화).</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same shuffling.</source>
        <translation>같은 시드는 같은 시작 가중치와 같은 섞기 순서를 줍니다.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <source>Auto picks a CUDA GPU when torch sees one, else Apple MPS, else the CPU.</source>
        <translation>자동은 torch가 CUDA GPU를 찾으면 그것을, 아니면 Apple MPS를, 그도 아니면 CPU를 고릅니다.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>최적화 기법</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>연산 장치</translation>
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
        <translation>손실: &lt;span style=&apos;color:{train}&apos;&gt;학습&lt;/span&gt;, &lt;span style=&apos;color:{test}&apos;&gt;테스트&lt;/span&gt;, &lt;span style=&apos;color:{batch}&apos;&gt;배치별&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>정확도 %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
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
    <name>WeightsView</name>
    <message>
        <source>No convolution layer.</source>
        <translation>합성곱 층 없음.</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>가중치 값</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Input channel:</source>
        <translation>입력 채널:</translation>
    </message>
    <message>
        <source>Weights of layer:</source>
        <translation>층의 가중치:</translation>
    </message>
    <message>
        <source>No convolution layer: this network has no kernels to show.</source>
        <translation>합성곱 층 없음: 이 신경망에는 보여 줄 커널이 없습니다.</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {h}×{w} (blue negative, orange positive)</source>
        <translation>{layer}: {h}×{w} 커널 {n}개 (파랑 음수, 주황 양수)</translation>
    </message>
    <message>
        <source>epoch {epoch} (earlier epochs fainter)</source>
        <translation>에포크 {epoch} (이전 에포크는 흐리게)</translation>
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
        <translation>계단 뉴런으로 된 2층 신경망</translation>
    </message>
    <message>
        <source>hidden s₁ = NAND(x₁, x₂)</source>
        <translation>은닉 s₁ = NAND(x₁, x₂)</translation>
    </message>
    <message>
        <source>hidden s₂ = OR(x₁, x₂)</source>
        <translation>은닉 s₂ = OR(x₁, x₂)</translation>
    </message>
    <message>
        <source>output y = AND(s₁, s₂)</source>
        <translation>출력 y = AND(s₁, s₂)</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>s₁ = NAND</source>
        <translation>s₁ = NAND</translation>
    </message>
    <message>
        <source>s₂ = OR</source>
        <translation>s₂ = OR</translation>
    </message>
    <message>
        <source>y = AND(s₁, s₂)</source>
        <translation>y = AND(s₁, s₂)</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Each hidden neuron draws one line. The output neuron fires only where both fire: between the two lines, the band that holds (0, 1) and (1, 0). A single neuron has one line and cannot; this is why networks have hidden layers.</source>
        <translation>은닉 뉴런 하나가 직선 하나를 긋습니다. 출력 뉴런은 두 은닉 뉴런이 모두 발화하는 곳에서만 발화합니다: 두 직선 사이, (0, 1)과 (1, 0)이 있는 띠입니다. 뉴런 하나는 직선이 하나뿐이라 할 수 없습니다. 신경망에 은닉층이 있는 까닭입니다.</translation>
    </message>
    <message>
        <source>Train mlp_xor and compare its hidden units</source>
        <translation>mlp_xor을 학습시켜 은닉 유닛과 비교</translation>
    </message>
    <message>
        <source>Train the mlp_xor preset (4 tanh hidden neurons, gradient descent) and draw each hidden neuron&apos;s line w·x + b = 0 dashed beside the hand-wired ones.</source>
        <translation>mlp_xor 프리셋(tanh 은닉 뉴런 4개, 경사 하강법)을 학습시키고, 각 은닉 뉴런의 직선 w·x + b = 0을 손으로 연결한 직선 옆에 점선으로 그립니다.</translation>
    </message>
    <message>
        <source>s₁ (NAND) line</source>
        <translation>s₁ (NAND) 직선</translation>
    </message>
    <message>
        <source>s₂ (OR) line</source>
        <translation>s₂ (OR) 직선</translation>
    </message>
    <message>
        <source>Training mlp_xor…</source>
        <translation>mlp_xor 학습 중…</translation>
    </message>
    <message>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <source>learned h{i}</source>
        <translation>학습된 h{i}</translation>
    </message>
    <message>
        <source>h{i}</source>
        <translation>h{i}</translation>
    </message>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>{name} after training (test accuracy {acc}): its {n} tanh hidden neurons are lines too (dashed), at other places than NAND and OR, with soft outputs between −1 and 1 instead of steps. Gradient descent found its own way to cut out the band.</source>
        <translation>학습 뒤의 {name} (테스트 정확도 {acc}): tanh 은닉 뉴런 {n}개도 직선입니다(점선). 다만 NAND, OR과는 다른 곳에 있고, 계단 대신 −1과 1 사이의 부드러운 값을 냅니다. 경사 하강법은 띠를 잘라 내는 자기만의 길을 찾았습니다.</translation>
    </message>
    <message>
        <source>{name}:   w₁ = {w1},  w₂ = {w2},  θ = {theta}</source>
        <translation>{name}:   w₁ = {w1},  w₂ = {w2},  θ = {theta}</translation>
    </message>
</context>
</TS>
