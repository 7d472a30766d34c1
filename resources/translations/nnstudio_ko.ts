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
    <name>ActivationControls</name>
    <message>
        <source>The nonlinearity applied to every value of the feature map, giving the activation map.</source>
        <translation>특징 맵(feature map)의 모든 값에 적용하는 비선형 함수입니다. 결과는 활성화 맵(activation map)입니다.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화</translation>
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
    <name>Activations</name>
    <message>
        <source>No nonlinearity: the feature map passes through unchanged.</source>
        <translation>비선형 함수 없음: 특징 맵이 그대로 지나갑니다.</translation>
    </message>
    <message>
        <source>ReLU keeps positive responses and sets negative ones to 0: only places where the pattern matches survive.</source>
        <translation>ReLU는 양수 응답은 그대로 두고 음수는 0으로 만듭니다. 패턴이 맞는 곳만 살아남습니다.</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are multiplied by {slope} instead of vanishing, so a little of them still flows on.</source>
        <translation>ReLU와 비슷하지만 음수 값을 없애지 않고 {slope}를 곱합니다. 그래서 음수도 조금은 흘러갑니다.</translation>
    </message>
    <message>
        <source>Squeezes every value into 0..1; large responses saturate near 1 and large negative ones near 0.</source>
        <translation>모든 값을 0..1 사이로 눌러 담습니다. 큰 응답은 1 근처에서, 큰 음수 응답은 0 근처에서 포화됩니다.</translation>
    </message>
    <message>
        <source>Squeezes every value into −1..1, keeping the sign of the response.</source>
        <translation>모든 값을 −1..1 사이로 눌러 담고, 응답의 부호는 유지합니다.</translation>
    </message>
    <message>
        <source>|x| keeps the strength of a response but forgets its sign: edges in both directions light up alike.</source>
        <translation>|x|는 응답의 세기는 남기고 부호는 버립니다. 양쪽 방향의 경계가 똑같이 밝아집니다.</translation>
    </message>
    <message>
        <source>Activation must be one of {value}, not {kind}.</source>
        <translation>활성화 함수는 {value} 중 하나여야 합니다. {kind}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>How each activation is named on screen: PyTorch&apos;s class names, which stay as they are in every language (&quot;none&quot; is translated where shown).</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Activations can be shown only for a sequential model (one layer after another).</source>
        <translation>활성화는 층이 차례로 이어진 순차 모델에서만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>An input of shape {value} does not fit this network ({value2}).</source>
        <translation>모양(shape)이 {value}인 입력은 이 신경망에 맞지 않습니다 ({value2}).</translation>
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
        <translation>{name}을(를) 쓰지 못했습니다: {reason}. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is not a file name.</source>
        <translation>{path}은(는) 파일 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot write {name}: it is a folder.</source>
        <translation>{name}을(를) 쓸 수 없습니다: 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} does not exist.</source>
        <translation>{name}을(를) 쓸 수 없습니다: 폴더 {folder}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} is read-only.</source>
        <translation>{name}을(를) 쓸 수 없습니다: 폴더 {folder}은(는) 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Cannot write {name}: permission denied.</source>
        <translation>{name}을(를) 쓸 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>이름이 너무 깁니다</translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>Backprop with numbers takes up to {n} plain inputs; this design takes {shape}.</source>
        <extracomment>Layer types that may follow a Linear as its activation, and their short names.</extracomment>
        <translation>숫자로 보는 역전파는 평범한 입력 {n}개까지 다룹니다. 이 설계의 입력은 {shape}입니다.</translation>
    </message>
    <message>
        <source>Backprop with numbers shows up to {layers} Linear layers of up to {width} neurons; this design is larger.</source>
        <translation>숫자로 보는 역전파는 뉴런 {width}개 이하인 Linear 층 {layers}개까지 보여 줍니다. 이 설계는 그보다 큽니다.</translation>
    </message>
    <message>
        <source>A Softmax can only be the last layer here.</source>
        <translation>여기서 Softmax는 마지막 층에만 올 수 있습니다.</translation>
    </message>
    <message>
        <source>Backprop with numbers needs Linear layers, each followed by at most one of ReLU, Sigmoid, Tanh (Softmax last); layer {n} is {kind}.</source>
        <translation>숫자로 보는 역전파에는 Linear 층이 필요하고, 각 층 뒤에는 ReLU, Sigmoid, Tanh 중 하나까지만 올 수 있습니다(Softmax는 마지막). {n}번째 층은 {kind}입니다.</translation>
    </message>
    <message>
        <source>The design has no Linear layer to trace.</source>
        <translation>설계에 따라갈 Linear 층이 없습니다.</translation>
    </message>
    <message>
        <source>The target must be a class from 0 to {last}.</source>
        <translation>목표값은 0부터 {last}까지의 클래스여야 합니다.</translation>
    </message>
    <message>
        <source>The target needs {n} numbers, one per output.</source>
        <translation>목표값에는 출력마다 하나씩, 숫자 {n}개가 필요합니다.</translation>
    </message>
    <message>
        <source>The input needs {n} numbers; {m} were given.</source>
        <translation>입력에는 숫자 {n}개가 필요한데 {m}개가 주어졌습니다.</translation>
    </message>
    <message>
        <source>A typed input needs a target too.</source>
        <translation>직접 입력한 값에는 목표값도 필요합니다.</translation>
    </message>
    <message>
        <source>The sample must be between 0 and {last} (the training split has {n} samples).</source>
        <translation>샘플 번호는 0부터 {last} 사이여야 합니다 (학습 데이터의 샘플은 {n}개입니다).</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number.</source>
        <translation>학습률(learning rate)은 양수여야 합니다.</translation>
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
    <name>Bitdepth</name>
    <message>
        <source>Unknown mode {mode}; use one of {value}.</source>
        <extracomment>Palettes are chosen from at most this many pixels (a regular subsample); mapping every pixel to the palette then runs on the whole image.</extracomment>
        <translation>알 수 없는 모드 {mode}입니다. {value} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>Unknown dithering {dither}; use one of {value}.</source>
        <translation>알 수 없는 디더링 {dither}입니다. {value} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>The threshold must be 0..255 or Otsu, not {threshold}.</source>
        <translation>임계값은 0..255이거나 Otsu여야 합니다. {threshold}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Bits per channel must be 1..8, not {bits}.</source>
        <translation>채널당 비트 수는 1..8이어야 합니다. {bits}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A palette holds 2..256 colours, not {colors}.</source>
        <translation>팔레트에는 2..256개의 색이 들어갑니다. {colors}개는 안 됩니다.</translation>
    </message>
    <message>
        <source>Bit planes are numbered 0..7, not {value}.</source>
        <translation>비트 평면 번호는 0..7입니다. {value}은(는) 없습니다.</translation>
    </message>
    <message>
        <source>Unknown channel {channel}; use gray, r, g or b.</source>
        <translation>알 수 없는 채널 {channel}입니다. gray, r, g, b 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>Ordered dithering uses a 2x2, 4x4 or 8x8 Bayer matrix, not {n}x{n}.</source>
        <extracomment>The image holds each stored value times this: a 1-bit image (or one bit plane) stores 0 and 1 and is shown as 0 (black) and 255 (white), so its step is 255.</extracomment>
        <translation>순서 디더링은 2x2, 4x4, 8x8 Bayer 행렬을 씁니다. {n}x{n}은(는) 없습니다.</translation>
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
        <translation>{what}은(는) 0,1처럼 쉼표로 구분한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{what} must be finite numbers.</source>
        <translation>{what}은(는) 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: input {x}, target {target}, loss {loss}</source>
        <translation>{name}: 입력 {x}, 목표값 {target}, 손실 {loss}</translation>
    </message>
    <message>
        <source>layer {n} ({f}): z = {z}  a = {a}</source>
        <translation>층 {n} ({f}): z = {z}  a = {a}</translation>
    </message>
    <message>
        <source>loss L = {loss:.6f}</source>
        <translation>손실 L = {loss:.6f}</translation>
    </message>
    <message>
        <source>layer {n}: dL/da = {da}  dL/dz = {dz}  dL/db = {db}</source>
        <translation>층 {n}: dL/da = {da}  dL/dz = {dz}  dL/db = {db}</translation>
    </message>
    <message>
        <source>  dL/dW =
{dw}</source>
        <translation>  dL/dW =
{dw}</translation>
    </message>
    <message>
        <source>after W &lt;- W - {lr:g} dL/dW: loss {new:.6f} (was {old:.6f})</source>
        <translation>W &lt;- W - {lr:g} dL/dW 후: 손실 {new:.6f} (이전 {old:.6f})</translation>
    </message>
    <message>
        <source>--epochs must be at least 1.</source>
        <translation>--epochs는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>s/epoch</source>
        <translation>초/에포크</translation>
    </message>
</context>
<context>
    <name>ClassSet</name>
    <message>
        <source>A class needs a name.</source>
        <extracomment>Characters no folder name may hold on one of the systems a set may be copied to.</extracomment>
        <translation>클래스에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a class name: use at most {limit} characters and none of / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>&apos;{name}&apos;은(는) 클래스 이름이 될 수 없습니다. {limit}자 이하로, / \ : * ? &quot; &lt; &gt; | 없이 쓰세요.</translation>
    </message>
    <message>
        <source>There is already a class called &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;이라는 클래스가 이미 있습니다.</translation>
    </message>
    <message>
        <source>{name} is a file, not a folder.</source>
        <translation>{name}은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Could not save {name}: the folder {parent} does not exist.</source>
        <translation>{name}을(를) 저장하지 못했습니다. 폴더 {parent}가 없습니다.</translation>
    </message>
    <message>
        <source>{name} already holds other files; choose an empty folder or a new name.</source>
        <translation>{name}에는 이미 다른 파일이 있습니다. 빈 폴더나 새 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}; nothing was changed.</source>
        <translation>{name}을(를) 저장하지 못했습니다({reason}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>{name} is not a folder.</source>
        <translation>{name}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} holds no class sub-folders: a class set has one folder of pictures per class.</source>
        <translation>{name}에 클래스 하위 폴더가 없습니다. 클래스 모음은 클래스마다 이미지 폴더가 하나씩 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>ClassSetModel</name>
    <message>
        <source>Add a class first, then fill it.</source>
        <translation>먼저 클래스를 추가한 다음 채우세요.</translation>
    </message>
    <message>
        <source>Saved {count} pictures in {classes} classes to {folder}.</source>
        <translation>클래스 {classes}개의 이미지 {count}장을 {folder}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ClassWindow</name>
    <message>
        <source>New image classes</source>
        <translation>새 이미지 클래스</translation>
    </message>
    <message>
        <source>After training, the network&apos;s answer for the current image shows here.</source>
        <translation>학습이 끝나면 현재 이미지에 대한 신경망의 답이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Name of a new class</source>
        <translation>새 클래스 이름</translation>
    </message>
    <message>
        <source>Type a name (any language) and press Enter to add a class.</source>
        <translation>이름(어떤 언어든)을 입력하고 Enter를 누르면 클래스가 추가됩니다.</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>클래스 추가</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>클래스 삭제</translation>
    </message>
    <message>
        <source>Delete the selected class and all its samples.</source>
        <translation>선택한 클래스와 그 샘플을 모두 삭제합니다.</translation>
    </message>
    <message>
        <source>Your classes and how many samples each has; double-click a name to rename it. Record, drops and Add fill the selected class.</source>
        <translation>내 클래스와 클래스마다의 샘플 수입니다. 이름을 두 번 클릭하면 이름을 바꿀 수 있습니다. 녹화, 끌어 놓기, 추가는 선택한 클래스를 채웁니다.</translation>
    </message>
    <message>
        <source>The samples of the selected class at 64×64, as the network sees them. Select bad ones and press Delete.</source>
        <translation>선택한 클래스의 샘플을 신경망이 보는 그대로 64×64로 보여 줍니다. 잘못된 것을 골라 Delete를 누르세요.</translation>
    </message>
    <message>
        <source>● Record (hold)</source>
        <translation>● 녹화(누르고 있기)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <source>How many frames a second Record takes from the camera or video.</source>
        <translation>녹화가 카메라나 동영상에서 1초에 가져오는 프레임 수입니다.</translation>
    </message>
    <message>
        <source>Add the current image</source>
        <translation>현재 이미지 추가</translation>
    </message>
    <message>
        <source>Add the picture the Pixels and Filters tabs show to the selected class.</source>
        <translation>픽셀 탭과 필터 탭에 보이는 이미지를 선택한 클래스에 추가합니다.</translation>
    </message>
    <message>
        <source>Delete samples</source>
        <translation>샘플 삭제</translation>
    </message>
    <message>
        <source>Delete the selected samples (Delete key).</source>
        <translation>선택한 샘플을 삭제합니다(Delete 키).</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Open classes saved before (a folder with one sub-folder per class).</source>
        <translation>전에 저장한 클래스를 엽니다(클래스마다 하위 폴더가 하나씩 있는 폴더).</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Save as an image folder: one sub-folder of PNG files per class.</source>
        <translation>이미지 폴더로 저장합니다. 클래스마다 PNG 파일 하위 폴더가 하나씩 생깁니다.</translation>
    </message>
    <message>
        <source>Train on these</source>
        <translation>이것으로 학습</translation>
    </message>
    <message>
        <source>Save, then train a small CNN for 64×64 colour pictures on these classes (with flipped and shifted copies) in the Network tab.</source>
        <translation>저장한 다음, 신경망 탭에서 64×64 컬러 이미지용 작은 CNN을 이 클래스들로 학습시킵니다(뒤집고 옮긴 사본 포함).</translation>
    </message>
    <message>
        <source>Drop pictures or folders here to add them to the selected class.</source>
        <translation>이미지나 폴더를 여기에 끌어 놓으면 선택한 클래스에 추가됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live prediction&lt;/b&gt;</source>
        <translation>&lt;b&gt;실시간 예측&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The trained network was put aside; train again to see predictions.</source>
        <translation>학습된 신경망이 치워졌습니다. 예측을 보려면 다시 학습시키세요.</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Hold to record frames from the camera or video into the selected class.</source>
        <translation>누르고 있는 동안 카메라나 동영상의 프레임을 선택한 클래스에 녹화합니다.</translation>
    </message>
    <message>
        <source>Record needs a live picture: use File ▸ Open camera… or Open video… first.</source>
        <translation>녹화하려면 실시간 화면이 필요합니다. 먼저 파일 ▸ 카메라 열기… 또는 동영상 열기…를 쓰세요.</translation>
    </message>
    <message>
        <source>● Recording…</source>
        <translation>● 녹화 중…</translation>
    </message>
    <message>
        <source>Fill the class: hold Record, drop pictures here, or add the current image.</source>
        <translation>클래스를 채우세요. 녹화를 누르고 있거나, 이미지를 여기에 끌어 놓거나, 현재 이미지를 추가하면 됩니다.</translation>
    </message>
    <message>
        <source>Add a class first, then fill it.</source>
        <translation>먼저 클래스를 추가한 다음 채우세요.</translation>
    </message>
    <message>
        <source>Still adding the pictures dropped before; drop these again in a moment.</source>
        <translation>앞서 끌어 놓은 이미지를 아직 추가하는 중입니다. 잠시 뒤 다시 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>Adding {count} dropped items…</source>
        <translation>끌어 놓은 항목 {count}개를 추가하는 중…</translation>
    </message>
    <message>
        <source>Added {count} pictures.</source>
        <translation>이미지 {count}장을 추가했습니다.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>아무것도 추가되지 않았습니다.</translation>
    </message>
    <message>
        <source>Open image classes</source>
        <translation>이미지 클래스 열기</translation>
    </message>
    <message>
        <source>Save image classes as a folder</source>
        <translation>이미지 클래스를 폴더로 저장</translation>
    </message>
    <message>
        <source>my classes</source>
        <translation>내 클래스</translation>
    </message>
    <message>
        <source>Training needs at least two classes.</source>
        <translation>학습에는 클래스가 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; needs at least two samples (one to train on, one to test with); 20 or more work well.</source>
        <translation>클래스 &apos;{name}&apos;에는 샘플이 두 개 이상(학습용 하나, 테스트용 하나) 있어야 합니다. 20개 이상이면 잘 됩니다.</translation>
    </message>
    <message>
        <source>Training on {count} pictures in {classes} classes; watch the curves in the Network tab.</source>
        <translation>클래스 {classes}개의 이미지 {count}장으로 학습합니다. 신경망 탭에서 곡선을 보세요.</translation>
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
    <message>
        <source>list the built-in lessons or verify a lesson</source>
        <translation>내장 레슨을 나열하거나 레슨을 검증합니다</translation>
    </message>
    <message>
        <source>the built-in lessons in order</source>
        <translation>내장 레슨을 순서대로 보여 줍니다</translation>
    </message>
    <message>
        <source>one JSON array: id, title per language, step count</source>
        <translation>JSON 배열 하나: id, 언어별 제목, 단계 수</translation>
    </message>
    <message>
        <source>check every step: its setup leaves the task undone, its solution does it</source>
        <translation>모든 단계를 확인합니다: 준비 상태에서는 과제가 안 끝났고, 풀이를 적용하면 끝나야 합니다</translation>
    </message>
    <message>
        <source>a built-in lesson&apos;s id, a lesson file, or all</source>
        <translation>내장 레슨의 id, 레슨 파일, 또는 all</translation>
    </message>
</context>
<context>
    <name>CliActivations</name>
    <message>
        <source>--sample must be between 0 and {last} (the test split of {name} has {n} samples).</source>
        <translation>--sample은 0부터 {last} 사이여야 합니다 ({name}의 테스트 데이터에는 샘플이 {n}개 있습니다).</translation>
    </message>
    <message>
        <source>test sample {i} (label {label})</source>
        <translation>테스트 샘플 {i} (레이블 {label})</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n layer(s) for {what} to {path}</source>
        <translation>
            <numerusform>{what}의 층 %n개를 {path}에 썼습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is outside {lo} … {hi}</source>
        <translation>{value}은(는) {lo} … {hi} 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is outside {lo:g} … {hi:g}</source>
        <translation>{value}은(는) {lo:g} … {hi:g} 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>{name} must end in {suffixes}</source>
        <translation>{name}은(는) {suffixes}(으)로 끝나야 합니다</translation>
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
    <name>CliExport</name>
    <message>
        <source>Wrote {script} and its data {data}</source>
        <translation>{script}와(과) 그 데이터 {data}를 썼습니다</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path}을(를) 썼습니다</translation>
    </message>
    <message>
        <source>Look at it in Netron (pip install netron; netron {path}), or run it with ONNX Runtime or OpenVINO on other hardware.</source>
        <translation>Netron으로 살펴보거나(pip install netron; netron {path}), ONNX Runtime이나 OpenVINO로 다른 하드웨어에서 실행하세요.</translation>
    </message>
</context>
<context>
    <name>CliFilter</name>
    <message>
        <source>{reason} (valid, same or 0 … {limit} pixels)</source>
        <extracomment>Sizes the filter command accepts; far beyond any teaching use, and small enough that a padded image stays within memory (100 MP images, 1,024 pixels on every side).</extracomment>
        <translation>{reason} (valid, same 또는 0 … {limit} 픽셀)</translation>
    </message>
</context>
<context>
    <name>CliGradCam</name>
    <message>
        <source>--class {text} is neither a class number nor one of the classes ({names}).</source>
        <translation>--class {text}은(는) 클래스 번호도 아니고 클래스 이름({names})도 아닙니다.</translation>
    </message>
    <message>
        <source>A map explains a trained network: give its weights with --weights (saved by `nnstudio train --save`).</source>
        <translation>맵은 학습된 신경망을 설명합니다. --weights로 가중치를 주세요(`nnstudio train --save`로 저장).</translation>
    </message>
    <message>
        <source>{name} takes a flat input, not a picture; maps need a network with an image input.</source>
        <translation>{name}은(는) 그림이 아니라 평탄한 입력을 받습니다. 맵에는 이미지 입력을 받는 신경망이 필요합니다.</translation>
    </message>
    <message>
        <source>{path}: saliency of class {target} ({name}); predicted {guess} ({p:.0%})</source>
        <translation>{path}: 클래스 {target}({name})의 saliency, 예측 {guess} ({p:.0%})</translation>
    </message>
    <message>
        <source>{path}: Grad-CAM of class {target} ({name}) at layer {layer}; predicted {guess} ({p:.0%})</source>
        <translation>{path}: {layer}번 층에서 클래스 {target}({name})의 Grad-CAM, 예측 {guess} ({p:.0%})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>save every layer&apos;s output for one input (.npz)</source>
        <translation>입력 하나에 대한 모든 층의 출력을 저장합니다 (.npz)</translation>
    </message>
    <message>
        <source>a picture, converted to the network&apos;s input</source>
        <translation>그림 한 장, 신경망의 입력으로 변환됩니다</translation>
    </message>
    <message>
        <source>sample I of the test split</source>
        <translation>테스트 데이터의 샘플 I</translation>
    </message>
    <message>
        <source>the file to write (exactly this name: .npz is not added)</source>
        <translation>쓸 파일 (이 이름 그대로, .npz를 붙이지 않음)</translation>
    </message>
    <message>
        <source>backpropagation with numbers for one sample</source>
        <translation>샘플 하나로 숫자를 따라가며 보는 역전파</translation>
    </message>
    <message>
        <source>sample I of the training split (default 0)</source>
        <translation>학습 데이터의 샘플 I (기본값 0)</translation>
    </message>
    <message>
        <source>the input, typed in</source>
        <translation>직접 입력한 입력값</translation>
    </message>
    <message>
        <source>a class label, or one number per output (BCE, MSE)</source>
        <translation>클래스 레이블, 또는 출력마다 숫자 하나 (BCE, MSE)</translation>
    </message>
    <message>
        <source>learning rate of the step (the design&apos;s by default)</source>
        <translation>이 단계의 학습률 (기본값: 설계의 학습률)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>JSON 객체 하나로 출력</translation>
    </message>
    <message>
        <source>train designs and compare parameters, accuracy, time</source>
        <translation>여러 설계를 학습시켜 파라미터, 정확도, 시간을 비교합니다</translation>
    </message>
    <message>
        <source>design files or preset names, such as mlp_shapes cnn_shapes</source>
        <translation>설계 파일 또는 프리셋 이름 (예: mlp_shapes cnn_shapes)</translation>
    </message>
    <message>
        <source>epochs for every design (each its own by default)</source>
        <translation>모든 설계의 에포크 수 (기본값: 설계마다 자기 값)</translation>
    </message>
    <message>
        <source>where to train</source>
        <translation>학습할 장치</translation>
    </message>
    <message>
        <source>one JSON object per design</source>
        <translation>설계마다 JSON 객체 하나</translation>
    </message>
    <message>
        <source>export a network as ONNX, TorchScript or a PyTorch script</source>
        <translation>신경망을 ONNX, TorchScript 또는 PyTorch 스크립트로 내보냅니다</translation>
    </message>
    <message>
        <source>what to write</source>
        <translation>쓸 형식</translation>
    </message>
    <message>
        <source>the file to write (its folder must exist)</source>
        <translation>쓸 파일 (폴더가 이미 있어야 함)</translation>
    </message>
    <message>
        <source>convolve an image with a kernel, then an activation and pooling (torch semantics)</source>
        <translation>이미지에 커널로 합성곱을 하고, 이어서 활성화와 풀링을 합니다 (torch와 같은 방식)</translation>
    </message>
    <message>
        <source>the image file</source>
        <translation>이미지 파일</translation>
    </message>
    <message>
        <source>a preset name, a matrix like &apos;[[0,1,0],[1,-4,1],[0,1,0]]&apos; (each channel on its own), or a layer kernel C_out×C_in×k×k as nested lists or {&quot;weight&quot;: ..., &quot;bias&quot;: ...}, inline or in a .json file (torch&apos;s conv2d with groups=1)</source>
        <translation>프리셋 이름, &apos;[[0,1,0],[1,-4,1],[0,1,0]]&apos; 같은 행렬(채널마다 따로), 또는 C_out×C_in×k×k 층 커널(중첩 리스트나 {&quot;weight&quot;: ..., &quot;bias&quot;: ...}, 직접 쓰거나 .json 파일로; torch의 conv2d, groups=1)</translation>
    </message>
    <message>
        <source>valid, same or P pixels on every side</source>
        <translation>valid, same 또는 모든 방향에 P 픽셀</translation>
    </message>
    <message>
        <source>convert to gray first (OpenCV RGB→gray)</source>
        <translation>먼저 회색조로 변환 (OpenCV RGB→gray)</translation>
    </message>
    <message>
        <source>default: the pool size</source>
        <translation>기본값: 풀링 크기</translation>
    </message>
    <message>
        <source>print an image&apos;s size, channels, bit depth and uncompressed sizes</source>
        <translation>이미지의 크기, 채널, 비트 깊이, 압축하지 않은 크기를 출력합니다</translation>
    </message>
    <message>
        <source>a design file, or a preset name such as lenet_digits</source>
        <translation>설계 파일 또는 프리셋 이름 (예: lenet_digits)</translation>
    </message>
    <message>
        <source>trained weights saved by `nnstudio train --save` (untrained if left out)</source>
        <translation>`nnstudio train --save`로 저장한 학습된 가중치 (없으면 학습 전 상태)</translation>
    </message>
    <message>
        <source>change an image&apos;s bit depth or resolution and save the result as PNG</source>
        <translation>이미지의 비트 깊이나 해상도를 바꾸고 결과를 PNG로 저장합니다</translation>
    </message>
    <message>
        <source>Convert IMAGE as the Pixels tab does and write an 8-bit PNG (a 1-bit result is saved with the values 0 and 255).</source>
        <translation>IMAGE를 픽셀 탭과 같은 방식으로 변환해 8비트 PNG로 씁니다 (1비트 결과는 값 0과 255로 저장됩니다).</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>쓸 PNG 파일</translation>
    </message>
    <message>
        <source>what to turn the image into</source>
        <translation>이미지를 무엇으로 바꿀지</translation>
    </message>
    <message>
        <source>bits per channel for --mode bits (1..8)</source>
        <translation>--mode bits의 채널당 비트 수 (1..8)</translation>
    </message>
    <message>
        <source>1-bit: pixels brighter than T become white; &apos;otsu&apos; picks T</source>
        <translation>1비트: T보다 밝은 픽셀은 흰색, &apos;otsu&apos;는 T를 자동으로 고름</translation>
    </message>
    <message>
        <source>dithering for 1bit, bits, palette</source>
        <translation>1bit, bits, palette의 디더링</translation>
    </message>
    <message>
        <source>palette size for --mode palette (2..256)</source>
        <translation>--mode palette의 팔레트 크기 (2..256)</translation>
    </message>
    <message>
        <source>bit plane for --mode bitplane (0..7)</source>
        <translation>--mode bitplane의 비트 평면 (0..7)</translation>
    </message>
    <message>
        <source>channel for --mode bitplane</source>
        <translation>--mode bitplane의 채널</translation>
    </message>
    <message>
        <source>resample to this size first</source>
        <translation>먼저 이 크기로 리샘플링</translation>
    </message>
    <message>
        <source>resample by this factor first</source>
        <translation>먼저 이 배율로 리샘플링</translation>
    </message>
    <message>
        <source>interpolation for resampling</source>
        <translation>리샘플링의 보간 방법</translation>
    </message>
    <message>
        <source>render the main window offscreen to a PNG</source>
        <translation>메인 창을 화면 없이 그려 PNG로 저장합니다</translation>
    </message>
    <message>
        <source>the tab to show</source>
        <translation>보여 줄 탭</translation>
    </message>
    <message>
        <source>the image to load (default: the built-in sample)</source>
        <translation>불러올 이미지 (기본값: 내장 샘플 이미지)</translation>
    </message>
    <message>
        <source>window size, WxH</source>
        <translation>창 크기, WxH</translation>
    </message>
    <message>
        <source>train a network design (a JSON file or a preset)</source>
        <translation>신경망 설계(JSON 파일 또는 프리셋)를 학습시킵니다</translation>
    </message>
    <message>
        <source>a design file, or a preset name such as mlp_xor</source>
        <translation>설계 파일 또는 프리셋 이름 (예: mlp_xor)</translation>
    </message>
    <message>
        <source>train on this data set instead of the design&apos;s</source>
        <translation>설계의 데이터셋 대신 이 데이터셋으로 학습</translation>
    </message>
    <message>
        <source>train on your own CSV/TSV table; the design&apos;s input and output sizes follow it</source>
        <translation>직접 만든 CSV/TSV 표로 학습합니다. 설계의 입력과 출력 크기는 표에 맞춰집니다</translation>
    </message>
    <message>
        <source>with --data: the column of labels, by name or number (default: the last column)</source>
        <translation>--data와 함께: 레이블이 든 열, 이름이나 번호로 (기본값: 마지막 열)</translation>
    </message>
    <message>
        <source>with --data: feature columns, comma-separated (default: every other column)</source>
        <translation>--data와 함께: 특징 열들, 쉼표로 구분 (기본값: 나머지 모든 열)</translation>
    </message>
    <message>
        <source>with --data: utf-8, cp949, … (default: found from the file)</source>
        <translation>--data와 함께: utf-8, cp949, … (기본값: 파일에서 알아냄)</translation>
    </message>
    <message>
        <source>with --data: the cell separator (default: found from the file)</source>
        <translation>--data와 함께: 칸 구분 문자 (기본값: 파일에서 알아냄)</translation>
    </message>
    <message>
        <source>with --data: classes or a number to predict (default: a label column of more than 50 different numbers is a number to predict)</source>
        <translation>--data와 함께: 클래스를 맞힐지, 숫자를 예측할지 (기본값: 레이블 열에 서로 다른 숫자가 50개보다 많으면 숫자 예측)</translation>
    </message>
    <message>
        <source>number of epochs (1 … 100,000)</source>
        <translation>에포크 수 (1 … 100,000)</translation>
    </message>
    <message>
        <source>samples per optimiser step (1 … 65,536)</source>
        <translation>최적화 한 단계당 샘플 수 (1 … 65,536)</translation>
    </message>
    <message>
        <source>learning rate (1e-05 … 10)</source>
        <translation>학습률 (1e-05 … 10)</translation>
    </message>
    <message>
        <source>random seed (weights, shuffling)</source>
        <translation>난수 시드 (가중치, 섞기)</translation>
    </message>
    <message>
        <source>save the trained weights here (checked before training starts)</source>
        <translation>학습된 가중치를 여기에 저장 (학습 시작 전에 확인)</translation>
    </message>
    <message>
        <source>also write the run&apos;s losses, accuracies, learning rate and weight histograms as TensorBoard event files into DIR (made if missing); view with: tensorboard --logdir DIR</source>
        <translation>학습의 손실, 정확도, 학습률과 가중치 히스토그램을 TensorBoard 이벤트 파일로 DIR에 함께 씁니다(없으면 폴더를 만듭니다). 보기: tensorboard --logdir DIR</translation>
    </message>
    <message>
        <source>one JSON object per epoch</source>
        <translation>에포크마다 JSON 객체 하나</translation>
    </message>
    <message>
        <source>the image file, or a video (every frame is filtered)</source>
        <translation>이미지 파일 또는 동영상(모든 프레임을 필터링)</translation>
    </message>
    <message>
        <source>OUT.png (min-max scaled) or OUT.npy (float32 C,H,W); OUT.mp4 for a video</source>
        <translation>OUT.png(최소-최대 스케일) 또는 OUT.npy(float32 C,H,W). 동영상은 OUT.mp4</translation>
    </message>
    <message>
        <source>the image file, or a video (every frame is converted)</source>
        <translation>이미지 파일 또는 동영상(모든 프레임을 변환)</translation>
    </message>
    <message>
        <source>the PNG file to write (a video file for a video)</source>
        <translation>쓸 PNG 파일(동영상이면 동영상 파일)</translation>
    </message>
    <message>
        <source>where a trained CNN looked: a Grad-CAM or saliency map for one input (.npy or .png overlay)</source>
        <translation>학습된 CNN이 어디를 보았는지: 입력 하나의 Grad-CAM 또는 saliency 맵(.npy 또는 .png 겹쳐 보기)</translation>
    </message>
    <message>
        <source>the convolution layer, numbered from 1 as in the designer (default: the last)</source>
        <translation>합성곱 층, 디자이너처럼 1부터 번호(기본값: 마지막 층)</translation>
    </message>
    <message>
        <source>the class to explain, a number from 0 or a name (default: the predicted class)</source>
        <translation>설명할 클래스, 0부터의 번호 또는 이름(기본값: 예측한 클래스)</translation>
    </message>
    <message>
        <source>OUT.npy: the map (float32 H×W in 0..1); OUT.png: the map over the input</source>
        <translation>OUT.npy: 맵(float32 H×W, 0..1), OUT.png: 입력 위에 겹친 맵</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>nnstudio: error: {message}</source>
        <translation>nnstudio: 오류: {message}</translation>
    </message>
    <message>
        <source>nnstudio: error: there is not enough memory for this; use smaller sizes.</source>
        <translation>nnstudio: 오류: 이 작업에 필요한 메모리가 부족합니다. 더 작은 크기를 쓰세요.</translation>
    </message>
    <message>
        <source>nnstudio: stopped (Ctrl+C).</source>
        <translation>nnstudio: 멈췄습니다 (Ctrl+C).</translation>
    </message>
    <message>
        <source>nnstudio: internal error: {kind}: {message} (set NNSTUDIO_DEBUG=1 to see the traceback)</source>
        <translation>nnstudio: 내부 오류: {kind}: {message} (NNSTUDIO_DEBUG=1로 설정하면 트레이스백을 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>Learn neural networks and image processing by doing. With no command, opens the app.</source>
        <extracomment>Options of `nnstudio` itself; any other first argument belongs to the app (`gui`).</extracomment>
        <translation>직접 해 보며 신경망과 영상 처리를 배웁니다. 명령 없이 실행하면 앱이 열립니다.</translation>
    </message>
</context>
<context>
    <name>CliPixels</name>
    <message>
        <source>{text} is not a threshold 0..255 or &apos;otsu&apos;</source>
        <translation>{text}은(는) 0..255 임계값도 &apos;otsu&apos;도 아닙니다</translation>
    </message>
    <message>
        <source>{path}: {mode}, {w}x{h}, {bits} bits per pixel</source>
        <translation>{path}: {mode}, {w}x{h}, 픽셀당 {bits}비트</translation>
    </message>
    <message>
        <source>, threshold {t}</source>
        <translation>, 임계값 {t}</translation>
    </message>
    <message>
        <source>, {k} palette colours</source>
        <translation>, 팔레트 색 {k}개</translation>
    </message>
</context>
<context>
    <name>CliScreenshot</name>
    <message>
        <source>{text} is not a size like 1280x800</source>
        <translation>{text}은(는) 1280x800 같은 크기가 아닙니다</translation>
    </message>
    <message>
        <source>{text} is outside 200x150 .. 8000x8000</source>
        <translation>{text}은(는) 200x150 .. 8000x8000 범위를 벗어납니다</translation>
    </message>
</context>
<context>
    <name>CliTrain</name>
    <message>
        <source>Training {design} on {data} ({train} train, {test} test samples) on {device}: {epochs} epochs of {batches} batches (Ctrl+C stops)</source>
        <translation>{device}에서 {data}로 {design} 학습 (학습 샘플 {train}개, 테스트 샘플 {test}개): 에포크 {epochs}번, 에포크마다 배치 {batches}개 (Ctrl+C로 멈춤)</translation>
    </message>
    <message>
        <source>nnstudio: stopped (Ctrl+C) after {n} of {total} epochs{saved}.</source>
        <translation>nnstudio: 에포크 {total}번 중 {n}번 뒤에 멈췄습니다 (Ctrl+C){saved}.</translation>
    </message>
    <message>
        <source>; weights saved to {path}</source>
        <translation>; 가중치를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>No epoch was trained; ask for at least one.</source>
        <translation>학습한 에포크가 없습니다. 적어도 한 번은 지정하세요.</translation>
    </message>
    <message>
        <source>--{option} goes with --data TABLE.</source>
        <translation>--{option} 옵션은 --data TABLE과 함께 씁니다.</translation>
    </message>
    <message>
        <source>Give either --dataset or --data, not both.</source>
        <translation>--dataset과 --data 중 하나만 주세요.</translation>
    </message>
    <message>
        <source>epoch {epoch}  loss {loss}  R² {r2}  test loss {test_loss}  test R² {test_r2}  {ms} ms</source>
        <translation>에포크 {epoch}  손실 {loss}  R² {r2}  테스트 손실 {test_loss}  테스트 R² {test_r2}  {ms} ms</translation>
    </message>
    <message>
        <source>epoch {epoch}  loss {loss}  acc {acc}  test loss {test_loss}  test acc {test_acc}  {ms} ms</source>
        <translation>에포크 {epoch}  손실 {loss}  정확도 {acc}  테스트 손실 {test_loss}  테스트 정확도 {test_acc}  {ms} ms</translation>
    </message>
    <message numerus="yes">
        <source>final: test R² {r2}, test MSE {mse} after %n epoch(s){saved}</source>
        <translation>
            <numerusform>최종: 에포크 %n번 뒤 테스트 R² {r2}, 테스트 MSE {mse}{saved}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>final: test accuracy {acc} after %n epoch(s){saved}</source>
        <translation>
            <numerusform>최종: 에포크 %n번 뒤 테스트 정확도 {acc}{saved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliVideo</name>
    <message>
        <source>{name} is a video: write the result as a video too ({suffixes}).</source>
        <extracomment>What `-o` may name for a video: the containers core.video writes.</extracomment>
        <translation>{name}은(는) 동영상입니다. 결과도 동영상({suffixes})으로 쓰세요.</translation>
    </message>
    <message>
        <source>{name} is a video file name, but {source} is not a video; write an image instead.</source>
        <translation>{name}은(는) 동영상 파일 이름이지만 {source}은(는) 동영상이 아닙니다. 대신 이미지로 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n frame(s) at {fps:g} fps</source>
        <translation>
            <numerusform>{path}: 프레임 %n개, {fps:g} fps</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the frames are {w}×{h}; the video format keeps even sizes, so they are stored as {ew}×{eh}.</source>
        <translation>참고: 프레임은 {w}×{h}이지만 동영상 형식은 짝수 크기만 저장하므로 {ew}×{eh}로 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <source>The layer {type} has no Keras version here.</source>
        <extracomment>The losses for a number to predict (regression) other than MSE: their targets are numbers.</extracomment>
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
    <name>CompareView</name>
    <message>
        <source>Beside</source>
        <extracomment>The ways to compare, by key: what the view menu offers.</extracomment>
        <translation>나란히</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
</context>
<context>
    <name>CompareViews</name>
    <message>
        <source>Beside</source>
        <extracomment>The ways to compare, by key: what the tab&apos;s menu offers.</extracomment>
        <translation>나란히</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Left: the selected stage&apos;s input; right: its output. Scroll to zoom, drag to pan (both views move together); click a pixel on the right to see how it was computed.</source>
        <translation>왼쪽: 선택한 단계의 입력, 오른쪽: 그 출력. 휠로 확대/축소, 드래그로 이동합니다(두 보기가 함께 움직입니다). 오른쪽 픽셀을 클릭하면 그 값이 어떻게 계산되었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{before} left of the line | {after}</source>
        <translation>선의 왼쪽: {before} | {after}</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>Unknown format {fmt}; use one of {value}.</source>
        <translation>알 수 없는 형식 {fmt}입니다. {value} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>The quality must be 1..100, not {quality}.</source>
        <translation>품질은 1..100이어야 합니다. {quality}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>OpenCV could not encode this image as {value}.</source>
        <translation>OpenCV가 이 이미지를 {value}(으)로 인코딩하지 못했습니다.</translation>
    </message>
    <message>
        <source>PSNR compares images of the same size and channels.</source>
        <translation>PSNR은 크기와 채널이 같은 이미지끼리 비교합니다.</translation>
    </message>
</context>
<context>
    <name>CompressionPanel</name>
    <message>
        <source>PNG: lossless (every pixel comes back exactly); shrinks flat areas and few colours best.</source>
        <translation>PNG: 무손실(모든 픽셀이 그대로 돌아옵니다). 평평한 영역과 색이 적은 이미지를 가장 잘 줄입니다.</translation>
    </message>
    <message>
        <source>JPEG: lossy; throws away fine detail the eye barely sees, in 8×8 blocks. Low quality shows blocks and ringing.</source>
        <translation>JPEG: 손실 압축. 눈에 잘 띄지 않는 미세한 부분을 8×8 블록 단위로 버립니다. 품질이 낮으면 블록과 물결 무늬(링잉)가 보입니다.</translation>
    </message>
    <message>
        <source>WebP: lossy here too, usually smaller than JPEG at the same quality.</source>
        <translation>WebP: 여기서도 손실 압축이며, 같은 품질이면 보통 JPEG보다 작습니다.</translation>
    </message>
    <message>
        <source>BMP: no compression at all, just the pixels (rows padded to 4 bytes) after a header.</source>
        <translation>BMP: 압축이 전혀 없습니다. 헤더 뒤에 픽셀만 있습니다(행은 4바이트 단위로 채움).</translation>
    </message>
    <message>
        <source>∞ dB (identical)</source>
        <extracomment>How the formats are written (WebP is not WEBP).</extracomment>
        <translation>∞ dB (똑같음)</translation>
    </message>
    <message>
        <source>The file format the result is encoded with, in memory.</source>
        <translation>결과를 메모리 안에서 인코딩할 파일 형식입니다.</translation>
    </message>
    <message>
        <source>JPEG/WebP quality: lower keeps less detail and makes smaller files.</source>
        <translation>JPEG/WebP 품질: 낮을수록 세부가 덜 남고 파일이 작아집니다.</translation>
    </message>
    <message>
        <source>Show the decoded result</source>
        <translation>디코딩한 결과 보기</translation>
    </message>
    <message>
        <source>Look at what a viewer shows after decoding: at low JPEG quality the 8×8 blocks appear.</source>
        <translation>디코딩한 뒤 뷰어가 보여 주는 모습을 봅니다. JPEG 품질이 낮으면 8×8 블록이 보입니다.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Encoding as {format}…</source>
        <translation>{format}(으)로 인코딩하는 중…</translation>
    </message>
    <message>
        <source>{format} at quality {quality}</source>
        <translation>{format}, 품질 {quality}</translation>
    </message>
    <message>
        <source>encoded: {size}</source>
        <translation>인코딩: {size}</translation>
    </message>
    <message>
        <source>raw: {size}</source>
        <translation>원본 데이터: {size}</translation>
    </message>
    <message>
        <source>ratio: {ratio} : 1</source>
        <translation>압축률: {ratio} : 1</translation>
    </message>
    <message>
        <source>PSNR vs. the image before encoding: {db}</source>
        <translation>인코딩 전 이미지 대비 PSNR: {db}</translation>
    </message>
    <message>
        <source>PSNR vs. the original: {db}</source>
        <translation>원본 대비 PSNR: {db}</translation>
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
        <source>The confusion matrix counts classes; this data set asks for a number, so see Predicted vs true for how close the predictions are.</source>
        <translation>혼동 행렬은 클래스를 셉니다. 이 데이터셋은 수를 예측하므로, 예측이 얼마나 가까운지는 &apos;예측 대 실제&apos;에서 보세요.</translation>
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
        <translation>자동</translation>
    </message>
    <message>
        <source>As an image when the kernel sums to 1, else as a signed feature map.</source>
        <translation>커널의 합이 1이면 이미지로, 아니면 부호 있는 특징 맵으로 그립니다.</translation>
    </message>
    <message>
        <source>as an image (clipped to 0–255)</source>
        <translation>이미지로 (0–255로 자름)</translation>
    </message>
    <message>
        <source>Values below 0 show black, above 255 white: the picture a blur, sharpen or emboss makes.</source>
        <translation>0보다 작은 값은 검정, 255보다 큰 값은 흰색입니다. 흐림, 선명하게, 엠보싱이 만드는 그림입니다.</translation>
    </message>
    <message>
        <source>signed feature map</source>
        <translation>부호 있는 특징 맵</translation>
    </message>
    <message>
        <source>Blue below 0, white at 0, red above: how strongly and in which direction each place responds.</source>
        <translation>0보다 작으면 파랑, 0이면 흰색, 크면 빨강: 각 위치가 얼마나 강하게, 어느 방향으로 반응하는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>How the output is drawn. It is the same numbers either way; only the picture of them changes.</source>
        <translation>출력을 그리는 방법입니다. 숫자는 어느 쪽이든 같고 그림만 달라집니다.</translation>
    </message>
    <message>
        <source>show output</source>
        <translation>출력 표시</translation>
    </message>
    <message>
        <source>The weights sum to {sum}: a flat area keeps its value, so the output is a picture on the input&apos;s 0–255 scale. Shown as an image, clipped to 0–255.</source>
        <translation>가중치의 합이 {sum}입니다. 평평한 영역은 값이 그대로 유지되므로, 출력은 입력과 같은 0–255 척도의 그림입니다. 0–255로 잘라 이미지로 보여 줍니다.</translation>
    </message>
    <message>
        <source>The weights sum to {sum}: the output is a feature map whose sign says which way each place responds. Shown signed: blue &lt; 0 &lt; red, white = 0.</source>
        <translation>가중치의 합이 {sum}입니다. 출력은 부호가 각 위치의 반응 방향을 말해 주는 특징 맵입니다. 부호 있게 보여 줍니다: 파랑 &lt; 0 &lt; 빨강, 흰색 = 0.</translation>
    </message>
    <message>
        <source>(Automatic: image when the weights sum to 1.)</source>
        <translation>(자동: 가중치의 합이 1이면 이미지로 보여 줍니다.)</translation>
    </message>
    <message>
        <source>Pixels outside the image count as 0 (black): edges of the image look like edges to the filter.</source>
        <translation>이미지 바깥의 픽셀을 0(검정)으로 봅니다. 이미지의 가장자리가 필터에는 경계처럼 보입니다.</translation>
    </message>
    <message>
        <source>The image is mirrored at its border (without repeating the edge pixel), so no artificial edge appears.</source>
        <translation>이미지를 테두리에서 거울처럼 뒤집습니다(가장자리 픽셀은 반복하지 않음). 그래서 인위적인 경계가 생기지 않습니다.</translation>
    </message>
    <message>
        <source>The outermost pixel is repeated outwards.</source>
        <translation>가장 바깥 픽셀을 바깥쪽으로 반복합니다.</translation>
    </message>
    <message>
        <source>The image repeats like a tile: leaving on the right comes back on the left (circular padding).</source>
        <translation>이미지를 타일처럼 반복합니다. 오른쪽으로 나가면 왼쪽에서 다시 들어옵니다(순환 패딩).</translation>
    </message>
    <message>
        <source>How far the kernel jumps between outputs. Stride 2 computes every second position, so the map shrinks to about half in each direction.</source>
        <translation>출력 사이에 커널이 건너뛰는 거리입니다. 스트라이드(stride) 2는 두 칸마다 계산하므로 맵이 가로세로 약 절반으로 줄어듭니다.</translation>
    </message>
    <message>
        <source>valid (none)</source>
        <translation>valid (없음)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Pixels added around the image before sliding. &apos;valid&apos; adds none (the map shrinks by k−1); &apos;same&apos; adds just enough to keep the size at stride 1.</source>
        <translation>밀기 전에 이미지 둘레에 덧붙이는 픽셀입니다. &apos;valid&apos;는 덧붙이지 않고(맵이 k−1만큼 줄어듦), &apos;same&apos;은 스트라이드 1에서 크기가 유지될 만큼만 덧붙입니다.</translation>
    </message>
    <message>
        <source>What the added border pixels contain.</source>
        <translation>덧붙인 테두리 픽셀에 무엇을 넣을지 정합니다.</translation>
    </message>
    <message>
        <source>Gaps between the kernel&apos;s taps: dilation 2 spreads a 3×3 kernel over 5×5 pixels, seeing further at the same cost.</source>
        <translation>커널 탭 사이의 간격입니다. 팽창(dilation) 2는 3×3 커널을 5×5 픽셀에 펼쳐, 같은 비용으로 더 넓게 봅니다.</translation>
    </message>
    <message>
        <source>The output size of a convolution: n input pixels, padding p per side, dilation d, kernel k, stride s.</source>
        <translation>합성곱(convolution)의 출력 크기: 입력 픽셀 n, 한쪽 패딩 p, 팽창 d, 커널 k, 스트라이드 s.</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <source>pad mode</source>
        <translation>패딩 방식</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>팽창</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>out = ⌊(n + 2p − d·(k−1) − 1) / s⌋ + 1</source>
        <translation>출력 = ⌊(n + 2p − d·(k−1) − 1) / s⌋ + 1</translation>
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
        <translation>불러온 그대로의 픽셀: R, G, B 각각 8비트 = 24비트, 2^24 = 16,777,216가지 색.</translation>
    </message>
    <message>
        <source>One brightness number per pixel, 0 (black) to 255 (white): 8 bits, 256 grays.</source>
        <translation>픽셀마다 밝기 숫자 하나, 0(검정)부터 255(흰색)까지: 8비트, 회색 256단계.</translation>
    </message>
    <message>
        <source>One bit per pixel: 0 is black, 1 is white. A threshold or dithering decides which.</source>
        <translation>픽셀마다 1비트: 0은 검정, 1은 흰색. 임계값이나 디더링이 어느 쪽인지 정합니다.</translation>
    </message>
    <message>
        <source>Keep 2^N evenly spaced levels per channel: fewer bits, fewer colours, visible bands.</source>
        <translation>채널마다 고르게 떨어진 2^N단계만 남깁니다. 비트가 적을수록 색이 적어지고 띠가 보입니다.</translation>
    </message>
    <message>
        <source>Indexed colour: each pixel stores the index (0..K-1) of a colour in a palette of K colours chosen for this image, ⌈log2 K⌉ bits (4 for 16 colours); the palette holds the colours themselves.</source>
        <translation>인덱스 컬러: 각 픽셀은 이 이미지에 맞게 고른 K색 팔레트 안에서 한 색의 번호(0..K-1)를 ⌈log2 K⌉비트로 저장합니다(16색이면 4비트). 색 자체는 팔레트에 들어 있습니다.</translation>
    </message>
    <message>
        <source>An 8-bit value is 8 bits; plane p shows bit p of every pixel. Plane 7 (worth 128) carries the picture, plane 0 (worth 1) looks like noise.</source>
        <translation>8비트 값은 비트 8개입니다. 평면 p는 모든 픽셀의 p번째 비트를 보여 줍니다. 평면 7(값 128)이 그림을 담고, 평면 0(값 1)은 잡음처럼 보입니다.</translation>
    </message>
    <message>
        <source>{n} bits: 2^{n} = {levels} levels per channel, 2^{n3} = {colours} colours</source>
        <translation>{n}비트: 채널당 2^{n} = {levels}단계, 2^{n3} = {colours}가지 색</translation>
    </message>
    <message>
        <source>Original (8 bits per channel)</source>
        <extracomment>Labels and tips are English constants, shown translated (context &quot;ConversionControls&quot;).</extracomment>
        <translation>원본 (채널당 8비트)</translation>
    </message>
    <message>
        <source>8-bit gray</source>
        <translation>8비트 회색조</translation>
    </message>
    <message>
        <source>1-bit black and white</source>
        <translation>1비트 흑백</translation>
    </message>
    <message>
        <source>N bits per channel</source>
        <translation>채널당 N비트</translation>
    </message>
    <message>
        <source>Indexed colour (palette)</source>
        <translation>인덱스 컬러 (팔레트)</translation>
    </message>
    <message>
        <source>Bit planes</source>
        <translation>비트 평면</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Floyd–Steinberg</source>
        <translation>Floyd–Steinberg</translation>
    </message>
    <message>
        <source>Ordered (Bayer 2×2)</source>
        <translation>순서 디더링 (Bayer 2×2)</translation>
    </message>
    <message>
        <source>Ordered (Bayer 4×4)</source>
        <translation>순서 디더링 (Bayer 4×4)</translation>
    </message>
    <message>
        <source>Ordered (Bayer 8×8)</source>
        <translation>순서 디더링 (Bayer 8×8)</translation>
    </message>
    <message>
        <source>Dithering trades resolution for tones: Floyd–Steinberg pushes each pixel&apos;s rounding error onto its neighbours; ordered dithering compares pixels with a repeating Bayer pattern.</source>
        <translation>디더링은 해상도를 내주고 톤을 얻습니다. Floyd–Steinberg는 각 픽셀의 반올림 오차를 이웃 픽셀에 나눠 주고, 순서 디더링은 반복되는 Bayer 패턴과 픽셀을 비교합니다.</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>최근접</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>쌍선형</translation>
    </message>
    <message>
        <source>Bicubic</source>
        <translation>쌍삼차</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Nearest: each new pixel copies one old pixel. Fast, blocky, aliases.</source>
        <translation>최근접: 새 픽셀마다 옛 픽셀 하나를 그대로 복사합니다. 빠르지만 계단이 지고 앨리어싱이 생깁니다.</translation>
    </message>
    <message>
        <source>Bilinear: blends the 2×2 nearest pixels.</source>
        <translation>쌍선형: 가장 가까운 2×2 픽셀을 섞습니다.</translation>
    </message>
    <message>
        <source>Bicubic: a smooth curve through the 4×4 nearest pixels; sharper than bilinear.</source>
        <translation>쌍삼차: 가장 가까운 4×4 픽셀을 지나는 매끄러운 곡선을 씁니다. 쌍선형보다 선명합니다.</translation>
    </message>
    <message>
        <source>Area: averages all the pixels a new pixel covers; the best way to shrink.</source>
        <translation>영역: 새 픽셀이 덮는 모든 픽셀의 평균을 냅니다. 줄일 때 가장 좋은 방법입니다.</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>회색조</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>What each pixel is stored as.</source>
        <translation>픽셀 하나를 무엇으로 저장하는지 정합니다.</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>비트 깊이</translation>
    </message>
    <message>
        <source>Gray = {r}·R + {g}·G + {b}·B
(ITU-R BT.601 luma weights)</source>
        <translation>회색 = {r}·R + {g}·G + {b}·B
(ITU-R BT.601 휘도 가중치)</translation>
    </message>
    <message>
        <source>Green looks brightest to the eye and blue darkest, so they weigh differently.</source>
        <translation>눈에는 초록이 가장 밝고 파랑이 가장 어둡게 보이므로 가중치가 다릅니다.</translation>
    </message>
    <message>
        <source>Pixels brighter than the threshold become white (1), the rest black (0).</source>
        <translation>임계값보다 밝은 픽셀은 흰색(1), 나머지는 검정(0)이 됩니다.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <source>Otsu (automatic threshold)</source>
        <translation>Otsu (자동 임계값)</translation>
    </message>
    <message>
        <source>Otsu&apos;s method picks the threshold that best splits the pixels into a dark and a light group.</source>
        <translation>Otsu 방법은 픽셀을 어두운 무리와 밝은 무리로 가장 잘 나누는 임계값을 고릅니다.</translation>
    </message>
    <message>
        <source>Dithering</source>
        <translation>디더링</translation>
    </message>
    <message>
        <source>Bits kept per channel: N bits give 2^N levels per channel and 2^(3N) colours.</source>
        <translation>채널마다 남기는 비트 수: N비트는 채널당 2^N단계, 2^(3N)가지 색입니다.</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <source>How many colours the palette holds; 256 is the most one byte per pixel can index.</source>
        <translation>팔레트에 담을 색의 수입니다. 픽셀당 1바이트로 가리킬 수 있는 최대는 256입니다.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>색 수</translation>
    </message>
    <message>
        <source>The 8-bit channel whose bits are shown.</source>
        <translation>비트를 보여 줄 8비트 채널입니다.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Plane p shows bit p (worth 2^p) of every pixel: white where it is 1.</source>
        <translation>평면 p는 모든 픽셀의 p번째 비트(값 2^p)를 보여 줍니다. 1인 곳이 흰색입니다.</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>평면</translation>
    </message>
    <message>
        <source>Rebuild from ticked planes</source>
        <translation>선택한 평면으로 다시 만들기</translation>
    </message>
    <message>
        <source>Add up the ticked planes (each worth 2^p): the high planes alone already look like the image.</source>
        <translation>선택한 평면(각각 값 2^p)을 더합니다. 높은 평면만으로도 벌써 이미지처럼 보입니다.</translation>
    </message>
    <message>
        <source>Plane {p}: worth {worth}.</source>
        <translation>평면 {p}: 값 {worth}.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Resolution is the number of pixels: fewer pixels, less detail and less memory.</source>
        <translation>해상도(resolution)는 픽셀의 수입니다. 픽셀이 적을수록 세부도 적고 메모리도 적게 씁니다.</translation>
    </message>
    <message>
        <source>Downsample by this factor in each direction; the result is shown enlarged with nearest neighbour, so its pixels show as blocks.</source>
        <translation>가로세로 각각 이 배율로 줄입니다. 결과는 최근접 방식으로 확대해 보여 주므로 픽셀이 블록으로 보입니다.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Exact size instead (W × H)</source>
        <translation>대신 정확한 크기로 (W × H)</translation>
    </message>
    <message>
        <source>Resample to a width and height of your choice; a different aspect ratio stretches the image, since pixels stay square.</source>
        <translation>원하는 너비와 높이로 리샘플링합니다. 픽셀은 정사각형이므로 가로세로 비율이 다르면 이미지가 늘어납니다.</translation>
    </message>
    <message>
        <source>Width in pixels: the number of columns.</source>
        <translation>픽셀 단위 너비: 열의 수.</translation>
    </message>
    <message>
        <source>Height in pixels: the number of rows.</source>
        <translation>픽셀 단위 높이: 행의 수.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>How new pixels get their values.</source>
        <translation>새 픽셀이 값을 얻는 방법입니다.</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>보간</translation>
    </message>
</context>
<context>
    <name>Convolution</name>
    <message>
        <source>zero</source>
        <extracomment>How the padding modes and the named paddings read on screen (translated where shown).</extracomment>
        <translation>0으로 채움</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>순환</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Padding must be 0 or more pixels.</source>
        <extracomment>OpenCV&apos;s border for each mode; REFLECT_101 (edge not repeated) is torch&apos;s &apos;reflect&apos; and WRAP is torch&apos;s &apos;circular&apos;. With padding filter2D cannot do itself (not &apos;same&apos;-like, or wrap), from this stride on filtering only the rows that are kept (k row-filters over 1/s of the rows each) is used instead of one full stride-1 filter2D pass that is then subsampled. With &apos;same&apos;-like padding the full pass is done with filter2D&apos;s own border and is always the fastest. Measured in benchmarks/filters_pipeline.py; numpy&apos;s sum of k² strided slices, which computes only the kept outputs, is 3-30× slower than both.</extracomment>
        <translation>패딩은 0 픽셀 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Padding mode must be one of {value}, not {pad_mode}.</source>
        <translation>패딩 방식은 {value} 중 하나여야 합니다. {pad_mode}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The stride must be 1 or more.</source>
        <translation>스트라이드는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The dilation must be 1 or more.</source>
        <translation>팽창은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Padding must be &apos;valid&apos;, &apos;same&apos; or a whole number, not {padding}.</source>
        <translation>패딩은 &apos;valid&apos;, &apos;same&apos; 또는 정수여야 합니다. {padding}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Reflect padding of {value} needs an image larger than that on every side; this one is {w}×{h}.</source>
        <translation>반사 패딩 {value}에는 모든 방향으로 그보다 큰 이미지가 필요합니다. 이 이미지는 {w}×{h}입니다.</translation>
    </message>
    <message>
        <source>Wrap padding of {value} cannot exceed the image size ({w}×{h}).</source>
        <translation>순환 패딩 {value}은(는) 이미지 크기({w}×{h})를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>The kernel covers {value}×{value2} pixels (with dilation), more than the {value3}×{value4} image plus its padding: use a smaller kernel or more padding.</source>
        <extracomment>filter2D switches to a DFT for kernels of this many cells or more (float32 to float32 with SSE3; OpenCV&apos;s dftFilter2D). A DFT&apos;s rounding depends on the size of the array it is given, so such a filter computed in row bands would differ in the last bits from the whole image: it runs in one piece (cancelled between stages only).</extracomment>
        <translation>커널이 (팽창을 포함해) {value}×{value2} 픽셀을 덮어, 패딩을 더한 {value3}×{value4} 이미지보다 큽니다. 더 작은 커널이나 더 큰 패딩을 쓰세요.</translation>
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
        <source>gate-*: the four points of a logic gate; circle … moons: 2-D points; reg-plane, reg-gauss: a number to predict over the plane (regression); digits: 1,797 real 8×8 handwritten digits; shapes: generated 28×28 pictures; fruit-table: a table of 300 fruits (4 numbers each); Table…: your own CSV file.</source>
        <translation>gate-*: 논리 게이트의 네 점, circle … moons: 2차원 점, reg-plane, reg-gauss: 평면 위에서 수를 예측(회귀), digits: 실제 8×8 손글씨 숫자 1,797개, shapes: 생성한 28×28 그림, fruit-table: 과일 300개의 표(각각 수 4개), 표…: 내 CSV 파일.</translation>
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
        <source>What the network predicts: a class per row, or a number (regression, one output and a loss for numbers). Your own table&apos;s label is found from its values and can be changed here; built-in sets have their own.</source>
        <translation>신경망이 예측하는 것: 행마다 클래스 하나, 또는 수 하나(회귀(regression): 출력 하나와 수를 위한 손실). 내 표의 레이블은 값에서 알아내며 여기서 바꿀 수 있고, 내장 데이터셋은 정해져 있습니다.</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>예측 대상</translation>
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
        <source>{name}: {train:,} train + {test:,} test samples; one sample is {shape} → a batch is (N, {dims}). The network predicts a number (regression): the targets run from {low} to {high}.</source>
        <translation>{name}: 학습 샘플 {train:,}개 + 테스트 샘플 {test:,}개, 샘플 하나는 {shape} → 배치는 (N, {dims})입니다. 신경망은 수를 예측합니다(회귀): 목표값은 {low}부터 {high}까지입니다.</translation>
    </message>
    <message>
        <source>Features: {names}.</source>
        <translation>특성: {names}.</translation>
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
        <source>Classes: {classes}.</source>
        <translation>클래스: {classes}.</translation>
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
        <source>New image classes…</source>
        <translation>새 이미지 클래스…</translation>
    </message>
    <message>
        <source>Make classes of your own from a camera, a video or pictures, and train a small CNN to tell them apart.</source>
        <translation>카메라, 동영상, 이미지로 나만의 클래스를 만들고, 작은 CNN이 그것들을 구별하도록 학습시킵니다.</translation>
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
    <name>DatasetRegistry</name>
    <message>
        <source>The data set &apos;{name}&apos; needs a folder: set &quot;folder&quot; in the design&apos;s dataset.</source>
        <translation>데이터셋 &apos;{name}&apos;에는 폴더가 필요합니다: 설계의 dataset에 &quot;folder&quot;를 지정하세요.</translation>
    </message>
    <message>
        <source>Unknown data set &apos;{name}&apos;; choose one of {value}.</source>
        <translation>알 수 없는 데이터셋 &apos;{name}&apos;입니다. {value} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>The data set &apos;{name}&apos; has no training samples.</source>
        <translation>데이터셋 &apos;{name}&apos;에 학습 샘플이 없습니다.</translation>
    </message>
    <message>
        <source>The data set &apos;{name}&apos; has only one class; a classifier needs two or more.</source>
        <translation>데이터셋 &apos;{name}&apos;에는 클래스가 하나뿐입니다. 분류기에는 둘 이상이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>&apos;{name}&apos; with {n} points</source>
        <translation>점 {n}개의 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;shapes&apos; with {n} images</source>
        <translation>그림 {n}장의 &apos;shapes&apos;</translation>
    </message>
    <message>
        <source>{name}: IDX images must be (N, height, width) and labels (N,).</source>
        <translation>{name}: IDX 이미지는 (N, 높이, 너비), 레이블은 (N,) 모양이어야 합니다.</translation>
    </message>
    <message>
        <source>{name}: IDX labels must be class numbers from 0 to {top}.</source>
        <translation>{name}: IDX 레이블은 0부터 {top}까지의 클래스 번호여야 합니다.</translation>
    </message>
    <message>
        <source>{n} images of {size}×{size}</source>
        <translation>{size}×{size} 이미지 {n}장</translation>
    </message>
    <message>
        <source>The data set &apos;table-file&apos; needs a file: set &quot;file&quot; in the design&apos;s dataset.</source>
        <translation>데이터셋 &apos;table-file&apos;에는 파일이 필요합니다: 설계의 dataset에 &quot;file&quot;을 지정하세요.</translation>
    </message>
    <message>
        <source>The targets of &apos;{name}&apos; are all the same number: there is nothing to predict.</source>
        <translation>&apos;{name}&apos;의 목표값이 모두 같은 숫자라 예측할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DecisionGrid</name>
    <message>
        <source>A decision boundary needs a data set of points with two features.</source>
        <translation>결정 경계에는 특징이 두 개인 점들의 데이터셋이 필요합니다.</translation>
    </message>
    <message>
        <source>The plane needs at least 2 steps a side.</source>
        <translation>평면에는 한 변에 적어도 2단계가 필요합니다.</translation>
    </message>
    <message>
        <source>Class probabilities must be shaped (height, width, classes) with 2 or more classes.</source>
        <translation>클래스 확률은 (높이, 너비, 클래스) 모양이어야 하고 클래스는 2개 이상이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Each hidden neuron&apos;s output over the plane: blue negative, white zero, orange positive.</source>
        <extracomment>Maps shown per hidden layer at most: each is a plot of its own, and a layer of 25,000 neurons took the window&apos;s thread 12 s to lay out (nobody reads more than a few rows). ... and in all: a deep design of many wide layers still built hundreds of plots (3 s of the window&apos;s thread under load, in the monkey&apos;s long runs); later layers are named only. A two-class plane whose probability varies less than this has no boundary worth drawing (a perceptron on XOR ends with all weights near 0: the contour would trace float noise). The colour map of a predicted number (regression), for the plane, the points and the scale.</extracomment>
        <translation>각 은닉 뉴런의 출력을 평면 위에 그린 것: 파랑은 음수, 흰색은 0, 주황은 양수.</translation>
    </message>
    <message>
        <source>No boundary: the network answers p ≈ 0.5 everywhere.</source>
        <translation>결정 경계 없음: 신경망이 모든 곳에서 p ≈ 0.5라고 답합니다.</translation>
    </message>
    <message>
        <source>The colour is the number the network predicts at each place; the points show their true values on the same scale.</source>
        <translation>색은 각 위치에서 신경망이 예측한 수이고, 점은 같은 색 척도로 실제 값을 보여 줍니다.</translation>
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
    <message>
        <source>{count} more hidden layers are not drawn ({maps} maps at most).</source>
        <translation>은닉층 {count}개는 더 그리지 않습니다(맵은 최대 {maps}개).</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Unknown loss {value}; choose one of {choices}.</source>
        <translation>알 수 없는 손실 {value}입니다. {choices} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Unknown device {value}; choose auto, cpu, cuda or mps.</source>
        <translation>알 수 없는 장치 {value}입니다. auto, cpu, cuda, mps 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>layer {number} ({type})</source>
        <translation>층 {number} ({type})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>유한한 숫자</translation>
    </message>
    <message>
        <source>a whole number or a pair [h, w]</source>
        <translation>정수 또는 [h, w] 쌍</translation>
    </message>
    <message>
        <source>{where}: setting &apos;{key}&apos; must be {wanted}, not {value}</source>
        <translation>{where}: 설정 &apos;{key}&apos;은(는) {wanted}여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{where}: setting &apos;{key}&apos; must be at least {limit}</source>
        <translation>{where}: 설정 &apos;{key}&apos;은(는) {limit} 이상이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: setting &apos;{key}&apos; must be at most {limit}</source>
        <translation>{where}: 설정 &apos;{key}&apos;은(는) {limit} 이하여야 합니다</translation>
    </message>
    <message>
        <source>{where}: unknown layer type {type}; choose one of {choices}</source>
        <translation>{where}: 알 수 없는 층 종류 {type}입니다. {choices} 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>Remove &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos; 지우기</translation>
    </message>
    <message>
        <source>{where}: unknown setting {key} (allowed: {allowed})</source>
        <translation>{where}: 알 수 없는 설정 {key} (쓸 수 있는 것: {allowed})</translation>
    </message>
    <message>
        <source>Set {name} to {value}</source>
        <translation>{name}을(를) {value}(으)로</translation>
    </message>
    <message>
        <source>The input shape must be a list of 1 to 3 whole numbers from 1 to {limit}, such as [2] or [1, 28, 28].</source>
        <translation>입력 모양은 [2]나 [1, 28, 28]처럼 1부터 {limit}까지의 정수 1~3개로 된 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The design has no layers; drag one from the palette.</source>
        <translation>설계에 층이 없습니다. 팔레트에서 하나를 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Set out_features to {count}</source>
        <translation>out_features를 {count}(으)로</translation>
    </message>
    <message>
        <source>{layer}: the network gives {shape} but the data set needs 1 output: the number it predicts</source>
        <translation>{layer}: 신경망의 출력은 {shape}이지만 데이터셋에는 출력 1개가 필요합니다: 예측할 수</translation>
    </message>
    <message>
        <source>{layer}: the network gives {shape} but the data set needs 1 output (binary cross-entropy)</source>
        <translation>{layer}: 신경망의 출력은 {shape}이지만 데이터셋에는 출력 1개가 필요합니다 (이진 교차 엔트로피)</translation>
    </message>
    <message>
        <source>{layer}: the network gives {shape} but the data set needs {count} outputs, one per class</source>
        <translation>{layer}: 신경망의 출력은 {shape}이지만 데이터셋에는 클래스마다 하나씩, 출력 {count}개가 필요합니다</translation>
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
    <message>
        <source>layer {value}: each layer needs a &quot;type&quot;</source>
        <translation>층 {value}: 모든 층에는 &quot;type&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is inferred from the previous layer; remove it</source>
        <translation>{where}: &apos;{key}&apos;은(는) 앞 층에서 정해집니다. 지우세요</translation>
    </message>
    <message>
        <source>{where}: setting &apos;{name}&apos; is required</source>
        <translation>{where}: 설정 &apos;{name}&apos;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>training: augment must be true or false, not {value}.</source>
        <translation>training: augment는 {value}가 아니라 true나 false여야 합니다.</translation>
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
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>layer {number}: &quot;type&quot; must be a layer name such as &quot;Linear&quot;, not {value}.</source>
        <translation>층 {number}: &quot;type&quot;은 &quot;Linear&quot; 같은 층 이름이어야 합니다. {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a design file nor a preset ({presets}).</source>
        <translation>&apos;{name}&apos;은(는) 설계 파일도 프리셋({presets})도 아닙니다.</translation>
    </message>
    <message>
        <source>not a usable file name</source>
        <translation>쓸 수 있는 파일 이름이 아닙니다</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>layer {number}: &apos;{key}&apos; must be a finite number of at most {limit}, not {value}.</source>
        <translation>{number}번째 층: &apos;{key}&apos;는 크기가 {limit} 이하인 유한한 수여야 합니다. {value}는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown data set option {key} (allowed: name, {allowed}).</source>
        <translation>알 수 없는 데이터셋 옵션 {key} (쓸 수 있는 것: name, {allowed}).</translation>
    </message>
    <message>
        <source>dataset: &apos;folder&apos; must be the path of a folder, not {value}.</source>
        <translation>dataset: &apos;folder&apos;는 폴더의 경로여야 합니다. {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>dataset: &apos;extra&apos; must be an object.</source>
        <translation>dataset: &apos;extra&apos;는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The design&apos;s {key} must be text, not {value}.</source>
        <translation>설계의 {key}은(는) 텍스트여야 합니다. {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The design&apos;s {key} is {n} characters long; at most {limit} are allowed.</source>
        <translation>설계의 {key}이(가) {n}자입니다. 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A design file must hold one JSON object.</source>
        <translation>설계 파일에는 JSON 객체 하나가 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The design nests lists or objects more than {limit} deep; no design needs that.</source>
        <translation>설계의 목록이나 객체가 {limit}단계보다 깊게 중첩되어 있습니다. 그런 설계는 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Unknown design key {key} (allowed: {allowed}).</source>
        <translation>알 수 없는 설계 키 {key} (쓸 수 있는 것: {allowed}).</translation>
    </message>
    <message>
        <source>This design file has version {version}; nnstudio reads version {ours}.</source>
        <translation>이 설계 파일은 버전 {version}입니다. nnstudio는 버전 {ours}를 읽습니다.</translation>
    </message>
    <message>
        <source>A design needs an &quot;input&quot; shape and a &quot;layers&quot; list.</source>
        <translation>설계에는 &quot;input&quot; 모양과 &quot;layers&quot; 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;layers&quot; must be a list of layer objects.</source>
        <translation>&quot;layers&quot;는 층 객체의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The design has {n} layers; nnstudio builds networks of up to {limit}.</source>
        <translation>설계의 층이 {n}개입니다. nnstudio는 층 {limit}개까지의 신경망을 만듭니다.</translation>
    </message>
    <message>
        <source>&quot;training&quot; must be an object of settings.</source>
        <translation>&quot;training&quot;은 설정들의 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown training setting {key} (allowed: {allowed}).</source>
        <translation>알 수 없는 학습 설정 {key} (쓸 수 있는 것: {allowed}).</translation>
    </message>
    <message>
        <source>&quot;dataset&quot; must be an object with a &quot;name&quot;.</source>
        <translation>&quot;dataset&quot;은 &quot;name&quot;이 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown data set {name}; choose one of {choices}.</source>
        <translation>알 수 없는 데이터셋 {name}입니다. {choices} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be a list such as [2] or [1, 28, 28].</source>
        <translation>&quot;input&quot;은 [2]나 [1, 28, 28] 같은 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{where} is {size} kB; a design file is at most {limit} kB.</source>
        <translation>{where}은(는) {size} kB입니다. 설계 파일은 최대 {limit} kB입니다.</translation>
    </message>
    <message>
        <source>{where} is not UTF-8 text (byte {at} cannot be read); save it as UTF-8.</source>
        <translation>{where}은(는) UTF-8 텍스트가 아닙니다({at}번째 바이트를 읽을 수 없음). UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <source>{where} is not valid JSON ({reason}, line {line}).</source>
        <translation>{where}은(는) 올바른 JSON이 아닙니다 ({reason}, {line}번째 줄).</translation>
    </message>
    <message>
        <source>{where} holds a number too long to read.</source>
        <translation>{where}에 읽을 수 없을 만큼 긴 숫자가 있습니다.</translation>
    </message>
    <message>
        <source>dataset: &apos;color&apos; must be true or false, not {value}.</source>
        <translation>dataset: &apos;color&apos;는 {value}가 아니라 true나 false여야 합니다.</translation>
    </message>
</context>
<context>
    <name>DesignLimits</name>
    <message>
        <source>a whole number from {lo} to {hi}</source>
        <extracomment>Weights, their gradients and Adam&apos;s two moments: four numbers per parameter. Each activation is kept for the backward pass, and gets a gradient of its own.</extracomment>
        <translation>{lo}부터 {hi}까지의 정수</translation>
    </message>
    <message>
        <source>a number from {lo} to {hi}</source>
        <translation>{lo}부터 {hi}까지의 숫자</translation>
    </message>
    <message>
        <source>from {lo} to {hi}</source>
        <translation>{lo}부터 {hi}까지</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be {wanted}, not {value}.</source>
        <extracomment>Training settings: what the Training panel&apos;s widgets offer. Data set options (the &quot;dataset&quot; entry of a design; the data panel&apos;s widgets).</extracomment>
        <translation>{what}: &apos;{key}&apos;은(는) {wanted}여야 합니다. {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>a number of {n} digits</source>
        <translation>{n}자리 숫자</translation>
    </message>
    <message>
        <source>{where}: the network needs {size} to train up to here ({params} parameters, {acts} values per sample, batches of {batch}); nnstudio&apos;s limit is {budget}: make it smaller.</source>
        <translation>{where}: 여기까지 학습하려면 신경망에 {size}이(가) 필요합니다 (파라미터 {params}개, 샘플당 값 {acts}개, 배치 {batch}). nnstudio의 한도는 {budget}입니다. 더 작게 만드세요.</translation>
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
        <source>+ one epoch of {preset}</source>
        <translation>+ {preset} 1 에포크</translation>
    </message>
    <message>
        <source>Also train one epoch of the {preset} preset on each device, with each size as the batch size (this takes longest).</source>
        <translation>각 장치에서 {preset} 프리셋을 1 에포크(epoch) 학습시키는 시간도 잽니다. 크기 칸의 값을 배치 크기로 씁니다(가장 오래 걸립니다).</translation>
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
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>samples/s, one epoch of {preset}</source>
        <translation>초당 샘플 수, {preset} 1 에포크</translation>
    </message>
    <message>
        <source>An epoch is many small steps. With small batches each step is too little work to keep a GPU&apos;s thousands of units busy, and the time goes to starting its work; large batches fill it, so the GPU pulls ahead. (Very large batches may need more epochs to learn as well.)</source>
        <translation>에포크는 작은 단계를 여러 번 되풀이합니다. 배치가 작으면 한 단계의 일이 너무 적어 GPU의 수천 개 연산 장치가 놀고, 시간은 일을 시작하는 데 쓰입니다. 배치가 크면 GPU가 가득 차서 CPU를 앞지릅니다. (배치가 아주 크면 같은 만큼 배우는 데 에포크가 더 필요할 수 있습니다.)</translation>
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
        <source>rate</source>
        <translation>속도</translation>
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
    <message>
        <source>{rate} samples/s</source>
        <translation>초당 샘플 {rate}개</translation>
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
    <name>Evaluation</name>
    <message>
        <source>There are {size} true labels but {size2} predictions.</source>
        <translation>정답 레이블은 {size}개인데 예측은 {size2}개입니다.</translation>
    </message>
    <message>
        <source>Class labels must be 0 or more.</source>
        <translation>클래스 레이블은 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A label {value} does not fit {k} classes.</source>
        <translation>레이블 {value}은(는) 클래스 {k}개에 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Pixel ({col}, {row}) is outside the {value}×{value2} output.</source>
        <translation>픽셀 ({col}, {row})은(는) {value}×{value2} 출력 밖에 있습니다.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Click a pixel of the output (right view) to see how it was computed.</source>
        <extracomment>The animated mode visits this many output pixels per side, starting at the clicked one.</extracomment>
        <translation>출력(오른쪽 보기)의 픽셀을 클릭하면 그 값이 어떻게 계산되었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>▶ Slide</source>
        <translation>▶ 밀기</translation>
    </message>
    <message>
        <source>Slide the window step by step over a {n}×{n} block of outputs, starting at the clicked pixel.</source>
        <translation>클릭한 픽셀에서 시작해 출력의 {n}×{n} 블록 위로 창을 한 칸씩 밉니다.</translation>
    </message>
    <message>
        <source>A convolution output is the sum of the element-wise products of the kernel and the patch under it; these are the actual numbers.</source>
        <translation>합성곱(convolution)의 출력은 커널과 그 아래 조각(패치)의 원소별 곱을 모두 더한 값입니다. 여기 보이는 것이 실제 숫자입니다.</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 멈춤</translation>
    </message>
    <message>
        <source>Output (x {x}, y {y}), channel {c}: the patch starts at input (x {x0}, y {y0}), taps {step} pixels apart (dilation); negative positions are padding.</source>
        <translation>출력 (x {x}, y {y}), 채널 {c}: 조각은 입력 (x {x0}, y {y0})에서 시작하고, 탭은 {step}픽셀 간격입니다(팽창). 음수 위치는 패딩입니다.</translation>
    </message>
    <message>
        <source>Output (x {x}, y {y}), channel {c}: the patch starts at input (x {x0}, y {y0}); negative positions are padding.</source>
        <translation>출력 (x {x}, y {y}), 채널 {c}: 조각은 입력 (x {x0}, y {y0})에서 시작합니다. 음수 위치는 패딩입니다.</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>조각</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>products</source>
        <translation>곱</translation>
    </message>
    <message>
        <source>Σ products = &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp; (value in the feature map: {shown})</source>
        <translation>Σ 곱 = &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp; (특징 맵의 값: {shown})</translation>
    </message>
    <message>
        <source>Channel {c}: the mean of all {n} values of the map.</source>
        <translation>채널 {c}: 맵의 값 {n}개 전체의 평균입니다.</translation>
    </message>
    <message>
        <source>Output (x {x}, y {y}), channel {c}: max over the window from input (x {x0}, y {y0})</source>
        <translation>출력 (x {x}, y {y}), 채널 {c}: 입력 (x {x0}, y {y0})에서 시작하는 창의 최댓값</translation>
    </message>
    <message>
        <source>Output (x {x}, y {y}), channel {c}: average over the window from input (x {x0}, y {y0})</source>
        <translation>출력 (x {x}, y {y}), 채널 {c}: 입력 (x {x0}, y {y0})에서 시작하는 창의 평균</translation>
    </message>
    <message>
        <source>; the winner is input (x {x}, y {y})</source>
        <translation>; 이긴 값은 입력 (x {x}, y {y})</translation>
    </message>
    <message>
        <source>window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>{label} = &lt;b&gt;{value}&lt;/b&gt; &amp;nbsp; (value in the map: {shown})</source>
        <translation>{label} = &lt;b&gt;{value}&lt;/b&gt; &amp;nbsp; (맵의 값: {shown})</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>An input of shape {shape} does not fit this network.</source>
        <translation>모양이 {shape}인 입력은 이 신경망에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Models can be exported as {formats}, not {fmt}.</source>
        <translation>모델은 {formats}(으)로 내보낼 수 있습니다. {fmt}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>ONNX export needs the onnx package, which this installation lacks: pip install onnx, or export as TorchScript.</source>
        <translation>ONNX로 내보내려면 onnx 패키지가 필요한데 이 설치에는 없습니다. pip install onnx를 하거나 TorchScript로 내보내세요.</translation>
    </message>
    <message>
        <source>The network could not be exported as {format} ({reason}).</source>
        <translation>신경망을 {format}(으)로 내보내지 못했습니다 ({reason}).</translation>
    </message>
    <message>
        <source>Checking an ONNX file needs onnx and onnxruntime: pip install &apos;nnstudio[export]&apos;.</source>
        <translation>ONNX 파일을 확인하려면 onnx와 onnxruntime이 필요합니다: pip install &apos;nnstudio[export]&apos;.</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>{w} × {h} = {n} pixels</source>
        <translation>{w} × {h} = {n} 픽셀</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원본 파일</translation>
    </message>
    <message>
        <source>Source size</source>
        <translation>원본 크기</translation>
    </message>
    <message>
        <source>{w} × {h} × {bits} / 8 = {size}</source>
        <translation>{w} × {h} × {bits} / 8 = {size}</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <source>{k} colours × 24 bits = {bytes}</source>
        <translation>{k}색 × 24비트 = {bytes}</translation>
    </message>
    <message>
        <source>Index bits</source>
        <translation>인덱스 비트</translation>
    </message>
    <message>
        <source>⌈log2 {k}⌉ = {bits} bits per pixel</source>
        <translation>⌈log2 {k}⌉ = 픽셀당 {bits}비트</translation>
    </message>
    <message>
        <source>Indexed size</source>
        <translation>인덱스 크기</translation>
    </message>
    <message>
        <source>{w} × {h} × {bits} / 8 + {palette} = {total}</source>
        <translation>{w} × {h} × {bits} / 8 + {palette} = {total}</translation>
    </message>
    <message>
        <source>{n} (transparency from the tRNS chunk)</source>
        <translation>{n} (tRNS 청크의 투명도)</translation>
    </message>
    <message>
        <source>{n} (with alpha)</source>
        <translation>{n} (알파 포함)</translation>
    </message>
    <message>
        <source>{bits}-bit palette of {k} colours</source>
        <translation>{bits}비트 팔레트, {k}색</translation>
    </message>
    <message>
        <source>{bits}-bit {colour}</source>
        <translation>{bits}비트 {colour}</translation>
    </message>
    <message>
        <source>{kind} ({detail}), {bpp} bits per pixel</source>
        <translation>{kind} ({detail}), 픽셀당 {bpp}비트</translation>
    </message>
    <message>
        <source>Uncompressed size = width × height × bits per pixel / 8.</source>
        <translation>압축하지 않은 크기 = 너비 × 높이 × 픽셀당 비트 / 8.</translation>
    </message>
    <message>
        <source>1-bit</source>
        <translation>1비트</translation>
    </message>
    <message>
        <source>8-bit gray</source>
        <translation>8비트 회색조</translation>
    </message>
    <message>
        <source>24-bit RGB</source>
        <translation>24비트 RGB</translation>
    </message>
    <message>
        <source>32-bit RGBA</source>
        <translation>32비트 RGBA</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Bits per pixel</source>
        <translation>픽셀당 비트</translation>
    </message>
    <message>
        <source>Levels per channel</source>
        <translation>채널당 단계</translation>
    </message>
    <message>
        <source>Colours possible</source>
        <translation>가능한 색</translation>
    </message>
    <message>
        <source>Uncompressed</source>
        <translation>압축하지 않은 크기</translation>
    </message>
    <message>
        <source>Threshold used</source>
        <translation>사용한 임계값</translation>
    </message>
    <message>
        <source>Image: {name}</source>
        <translation>이미지: {name}</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>회색조</translation>
    </message>
    <message>
        <source>gray+alpha</source>
        <translation>회색조+알파</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>팔레트</translation>
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
        <translation>이미지로: 값을 0..255로 자름</translation>
    </message>
    <message>
        <source>blue &lt; 0 &lt; red, white = 0, ±{m} saturates</source>
        <translation>파랑 &lt; 0 &lt; 빨강, 흰색 = 0, ±{m}에서 포화</translation>
    </message>
    <message>
        <source>per channel: mid-grey = 0, ±{m} = dark / bright</source>
        <translation>채널별: 중간 회색 = 0, ±{m} = 어두움 / 밝음</translation>
    </message>
    <message>
        <source>shown 0..{top}</source>
        <translation>0..{top}으로 표시</translation>
    </message>
    <message>
        <source>map 0 of {n}, choose a channel for the others; {legend}</source>
        <translation>맵 {n}개 중 맵 0, 다른 맵은 채널을 고르세요; {legend}</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>There is no colour map called {name}.</source>
        <extracomment>A dense vector longer than this wraps into rows, so a 120-unit layer stays readable. &quot;symmetric&quot; is one shared scale centred on zero, for weights whose sign matters.</extracomment>
        <translation>{name}(이)라는 색 지도는 없습니다.</translation>
    </message>
    <message>
        <source>Feature maps must be shaped (channels, height, width), not {shape}.</source>
        <translation>특징 맵은 (채널, 높이, 너비) 모양이어야 합니다. {shape}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>The colour scale must be one of {value}, not {scale}.</source>
        <translation>색 척도는 {value} 중 하나여야 합니다. {scale}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>A dense layer with no units cannot be drawn.</source>
        <translation>유닛이 없는 완전 연결층은 그릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FilterCompute</name>
    <message>
        <source>input: PSNR {psnr} dB, SSIM {ssim}</source>
        <translation>입력: PSNR {psnr} dB, SSIM {ssim}</translation>
    </message>
    <message>
        <source>output: PSNR {psnr} dB, SSIM {ssim}</source>
        <translation>출력: PSNR {psnr} dB, SSIM {ssim}</translation>
    </message>
    <message>
        <source>Against the clean image (the input): {parts}</source>
        <translation>깨끗한 이미지(입력) 대비: {parts}</translation>
    </message>
    <message>
        <source>Against the clean image (the output of stage {n}): {parts}</source>
        <translation>깨끗한 이미지({n}단계의 출력) 대비: {parts}</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>This is the input. Select a stage in the strip above, then click a pixel of its output (right view) to see how that value was computed.</source>
        <translation>입력입니다. 위쪽 띠에서 단계를 고른 뒤, 그 출력(오른쪽 보기)의 픽셀을 클릭하면 그 값이 어떻게 계산되었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Click a pixel of the output (right view) to see how stage {n} ({name}) computed it.</source>
        <translation>출력(오른쪽 보기)의 픽셀을 클릭하면 {n}단계({name})가 그 값을 어떻게 계산했는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Click a pixel of the output (right view) to read its value. Conv and pooling stages also show how a value is computed.</source>
        <translation>출력(오른쪽 보기)의 픽셀을 클릭하면 값을 읽을 수 있습니다. 합성곱과 풀링 단계는 값이 계산되는 과정도 보여 줍니다.</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>channel {c} ({name})</source>
        <translation>채널 {c} ({name})</translation>
    </message>
    <message>
        <source>R / gray</source>
        <translation>R / 회색조</translation>
    </message>
    <message>
        <source>channel {c}</source>
        <translation>채널 {c}</translation>
    </message>
    <message>
        <source>Show every channel (colour) or one channel at a time; a one-channel signed map gets the blue–white–red colour map.</source>
        <translation>모든 채널(컬러)을 한꺼번에, 또는 채널 하나씩 봅니다. 채널이 하나인 부호 있는 맵은 파랑–흰색–빨강 색 지도로 그립니다.</translation>
    </message>
    <message>
        <source>Beside: the stage&apos;s input beside its output, zoom and pan move both. Split: the input over the output, left of a line you drag.</source>
        <translation>나란히: 단계의 입력과 출력을 나란히 놓고, 확대와 이동이 함께 움직입니다. 분할: 끌어서 옮기는 선의 왼쪽에 입력을 출력 위에 겹쳐 보여 줍니다.</translation>
    </message>
    <message>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>stage {n}</source>
        <translation>{n}단계</translation>
    </message>
    <message>
        <source>stage {n} (the last one that could run)</source>
        <translation>{n}단계 (실행할 수 있었던 마지막 단계)</translation>
    </message>
    <message>
        <source>before: {name} {shape}</source>
        <translation>이전: {name} {shape}</translation>
    </message>
    <message>
        <source>after: {name} {shape}</source>
        <translation>이후: {name} {shape}</translation>
    </message>
    <message>
        <source>output shape: {shape}</source>
        <translation>출력 모양: {shape}</translation>
    </message>
    <message>
        <source>signed feature map: min {min}, max {max} ({legend})</source>
        <translation>부호 있는 특징 맵: 최솟값 {min}, 최댓값 {max} ({legend})</translation>
    </message>
    <message>
        <source>map: min {min}, max {max} ({legend})</source>
        <translation>맵: 최솟값 {min}, 최댓값 {max} ({legend})</translation>
    </message>
    <message>
        <source> — {n} values overflowed to ±∞ or NaN (shown as 0): use smaller weights</source>
        <translation> — 값 {n}개가 ±∞ 또는 NaN으로 넘쳤습니다(0으로 표시). 더 작은 가중치를 쓰세요</translation>
    </message>
    <message>
        <source>Output ({x}, {y}), channel {c}: {value}. Select a conv or pooling stage to see how a value is computed.</source>
        <translation>출력 ({x}, {y}), 채널 {c}: {value}. 합성곱이나 풀링 단계를 고르면 값이 계산되는 과정을 볼 수 있습니다.</translation>
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
    <name>FrameRecorder</name>
    <message>
        <source>Record takes frames from a camera or a video: use File ▸ Open camera… or Open video… first.</source>
        <translation>녹화는 카메라나 동영상에서 프레임을 가져옵니다. 먼저 파일 ▸ 카메라 열기… 또는 동영상 열기…를 쓰세요.</translation>
    </message>
    <message>
        <source>Add a class first, then fill it.</source>
        <translation>먼저 클래스를 추가한 다음 채우세요.</translation>
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
    <message>
        <source>Lessons that use it: {lessons}</source>
        <translation>이 용어를 쓰는 레슨: {lessons}</translation>
    </message>
    <message>
        <source>No lesson uses it yet.</source>
        <translation>아직 이 용어를 쓰는 레슨이 없습니다.</translation>
    </message>
</context>
<context>
    <name>GradCam</name>
    <message>
        <source>The method must be gradcam or saliency, not {method}.</source>
        <translation>방법은 {method}이(가) 아니라 gradcam 또는 saliency여야 합니다.</translation>
    </message>
    <message>
        <source>Grad-CAM and saliency need an image input (channels, height, width), not one of shape {shape}.</source>
        <translation>Grad-CAM과 saliency에는 모양 {shape}이(가) 아닌 이미지 입력(채널, 높이, 너비)이 필요합니다.</translation>
    </message>
    <message>
        <source>An input of shape {shape} does not fit this network ({reason}).</source>
        <translation>모양 {shape}의 입력은 이 신경망에 맞지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>This network has no convolution layer; Grad-CAM needs one (saliency works for any network).</source>
        <translation>이 신경망에는 합성곱 층이 없습니다. Grad-CAM에는 하나가 필요합니다(saliency는 어떤 신경망에서도 됩니다).</translation>
    </message>
    <message>
        <source>Layer {name} is not a convolution; the convolution layers are {names}.</source>
        <translation>층 {name}은(는) 합성곱이 아닙니다. 합성곱 층은 {names}입니다.</translation>
    </message>
    <message>
        <source>There is no layer {number}; the convolution layers are {names}.</source>
        <translation>{number}번 층은 없습니다. 합성곱 층은 {names}입니다.</translation>
    </message>
    <message>
        <source>The network&apos;s output has shape {shape}; Grad-CAM needs one score per class.</source>
        <translation>신경망의 출력 모양이 {shape}입니다. Grad-CAM에는 클래스마다 점수 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>Class {target} does not exist; this network has classes 0 … {last}.</source>
        <translation>클래스 {target}은(는) 없습니다. 이 신경망의 클래스는 0 … {last}입니다.</translation>
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
        <source>A dataflow graph, as Netron draws an ONNX file. TensorFlow 1 built such a graph first and ran it later; PyTorch runs each layer as the code reaches it (eager mode) and traces the graph only to export it. &lt;a href=&quot;netron&quot;&gt;Open in Netron&lt;/a&gt;</source>
        <translation>데이터 흐름 그래프입니다. Netron이 ONNX 파일을 이렇게 그립니다. TensorFlow 1은 이런 그래프를 먼저 만든 뒤 나중에 실행했고, PyTorch는 코드가 닿는 대로 층을 바로 실행하며(즉시 실행, eager mode) 내보낼 때만 그래프를 기록합니다. &lt;a href=&quot;netron&quot;&gt;Netron에서 열기&lt;/a&gt;</translation>
    </message>
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
    <name>HistogramPanel</name>
    <message>
        <source>How many pixels have each value 0..255, per channel. Fewer bits leave a few tall spikes; dithering keeps the same few values in other proportions.</source>
        <translation>채널마다 0..255의 각 값을 가진 픽셀이 몇 개인지 보여 줍니다. 비트가 적으면 높은 막대 몇 개만 남고, 디더링은 같은 몇 개의 값을 다른 비율로 남깁니다.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>회색조</translation>
    </message>
</context>
<context>
    <name>Idx</name>
    <message>
        <source>{name} is not an IDX file (MNIST&apos;s *-ubyte format).</source>
        <extracomment>Labels are class numbers; each class gets a name and an output neuron.</extracomment>
        <translation>{name}은(는) IDX 파일(MNIST의 *-ubyte 형식)이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is cut short: its header is incomplete.</source>
        <translation>{name}이(가) 잘려 있습니다: 헤더가 온전하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read the IDX file {name}: {exc}.</source>
        <translation>IDX 파일 {name}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>{name} is cut short: it holds less data than its header says.</source>
        <translation>{name}이(가) 잘려 있습니다: 헤더에 적힌 것보다 데이터가 적습니다.</translation>
    </message>
    <message>
        <source>IDX cannot hold {dtype} data.</source>
        <translation>IDX에는 {dtype} 데이터를 담을 수 없습니다.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} has no {stem}-idx*-ubyte file (MNIST&apos;s names).</source>
        <translation>{name}에 {stem}-idx*-ubyte 파일(MNIST의 이름)이 없습니다.</translation>
    </message>
    <message>
        <source>The IDX image and label files hold different numbers of samples.</source>
        <translation>IDX 이미지 파일과 레이블 파일의 샘플 수가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ImageFolder</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} needs at least two sub-folders, one per class.</source>
        <translation>{name}에는 클래스마다 하나씩, 하위 폴더가 적어도 두 개 필요합니다.</translation>
    </message>
    <message>
        <source>{name} holds no images in its class sub-folders.</source>
        <translation>{name}의 클래스 하위 폴더에 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>The class folder &apos;{value}&apos; in {name} holds no images.</source>
        <translation>{name}의 클래스 폴더 &apos;{value}&apos;에 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImageIo</name>
    <message>
        <source>{name} is not an image nnstudio can read (it reads {READABLE_FORMATS}).</source>
        <translation>{name}은(는) nnstudio가 읽을 수 있는 이미지가 아닙니다 (읽을 수 있는 형식: {READABLE_FORMATS}).</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>{name}을(를) 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <source>{name} is too large to decode in the memory available.</source>
        <translation>{name}은(는) 남은 메모리로 디코딩하기에 너무 큽니다.</translation>
    </message>
    <message>
        <source>{name} is cut short (truncated): the file ends before the image does.</source>
        <translation>{name}이(가) 잘려 있습니다: 이미지가 끝나기 전에 파일이 끝납니다.</translation>
    </message>
    <message>
        <source>{name} is damaged and could not be decoded ({exc}).</source>
        <translation>{name}이(가) 손상되어 디코딩하지 못했습니다 ({exc}).</translation>
    </message>
    <message>
        <source>{name} has shape {shape}, which is not a gray, RGB or RGBA image.</source>
        <translation>{name}의 모양은 {shape}(으)로, 회색조, RGB, RGBA 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} has no pixels ({value}x{value2}).</source>
        <translation>{name}에 픽셀이 없습니다 ({value}x{value2}).</translation>
    </message>
    <message>
        <source>Pixels of type {dtype} cannot be shown as an image.</source>
        <translation>{dtype} 형식의 픽셀은 이미지로 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image file.</source>
        <translation>{name}은(는) 이미지 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{name}: no such file.</source>
        <translation>{name}: 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): there is no image in it.</source>
        <translation>{name}은(는) 비어 있습니다(0바이트). 이미지가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{name} is damaged and could not be decoded.</source>
        <translation>{name}이(가) 손상되어 디코딩하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>palette of {k} colours</source>
        <translation>{k}색 팔레트</translation>
    </message>
    <message>
        <source>  colour type:       {colour}, transparency: {transparency}</source>
        <translation>  색 형식:           {colour}, 투명도: {transparency}</translation>
    </message>
    <message>
        <source>  source size:       {bytes} bytes  ({human}, {bits} bits per pixel)</source>
        <translation>  원본 크기:         {bytes}바이트  ({human}, 픽셀당 {bits}비트)</translation>
    </message>
    <message>
        <source>  size:              {w} x {h} pixels</source>
        <translation>  크기:              {w} x {h} 픽셀</translation>
    </message>
    <message>
        <source>{n} (with alpha)</source>
        <translation>{n} (알파 포함)</translation>
    </message>
    <message>
        <source>  channels:          {channels}</source>
        <translation>  채널:              {channels}</translation>
    </message>
    <message>
        <source>  source dtype:      {dtype} ({bits} bits per channel)</source>
        <translation>  원본 자료형:       {dtype} (채널당 {bits}비트)</translation>
    </message>
    <message>
        <source>  uncompressed size:</source>
        <translation>  압축하지 않은 크기:</translation>
    </message>
    <message>
        <source>8-bit gray</source>
        <translation>8비트 회색조</translation>
    </message>
    <message>
        <source>    {label} {bytes} bytes  ({human})</source>
        <translation>    {label} {bytes}바이트  ({human})</translation>
    </message>
</context>
<context>
    <name>InputControls</name>
    <message>
        <source>Gray (one channel)</source>
        <translation>회색조 (채널 하나)</translation>
    </message>
    <message>
        <source>Convert the image to one gray channel first (OpenCV&apos;s RGB→gray); otherwise every stage works on each of the R, G and B channels separately.</source>
        <translation>먼저 이미지를 회색 채널 하나로 바꿉니다(OpenCV의 RGB→gray). 그렇지 않으면 모든 단계가 R, G, B 채널을 각각 따로 처리합니다.</translation>
    </message>
    <message>
        <source>The input: the current image as float32 values 0..255. Select a stage in the strip to edit it.</source>
        <translation>입력: 현재 이미지를 0..255의 float32 값으로 둔 것입니다. 띠에서 단계를 고르면 편집할 수 있습니다.</translation>
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
        <source>Predicted vs true</source>
        <translation>예측 대 실제</translation>
    </message>
    <message>
        <source>A number to predict (regression): each test sample at its true value and the network&apos;s prediction, with R².</source>
        <translation>수를 예측할 때(회귀(regression)): 테스트 샘플마다 실제 값과 신경망의 예측을 점으로 찍고 R²를 보여 줍니다.</translation>
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
        <source>test sample {index}, true value {value}</source>
        <translation>테스트 샘플 {index}, 실제 값 {value}</translation>
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
        <source>Predicted vs true is for a number to predict (regression).</source>
        <translation>&apos;예측 대 실제&apos;는 수를 예측할 때(회귀) 쓰는 보기입니다.</translation>
    </message>
    <message>
        <source>No test samples to compare: raise the test share.</source>
        <translation>비교할 테스트 샘플이 없습니다. 테스트 비율을 높이세요.</translation>
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
    <message>
        <source>Where did it look?</source>
        <translation>어디를 보았나?</translation>
    </message>
    <message>
        <source>Grad-CAM or saliency over the input: which places made the network choose a class.</source>
        <translation>입력 위의 Grad-CAM 또는 saliency: 어느 곳이 신경망의 클래스 선택을 이끌었는지.</translation>
    </message>
    <message>
        <source>Computing the map…</source>
        <translation>맵 계산 중…</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>에포크 {epoch}</translation>
    </message>
    <message>
        <source>opened weights</source>
        <translation>연 가중치</translation>
    </message>
    <message>
        <source>untrained network</source>
        <translation>학습 전 신경망</translation>
    </message>
    <message>
        <source>the first test sample</source>
        <translation>첫 테스트 샘플</translation>
    </message>
    <message>
        <source>Make the design valid to see where the network looked.</source>
        <translation>신경망이 어디를 보았는지 보려면 디자인을 올바르게 고치세요.</translation>
    </message>
    <message>
        <source>Use live frames</source>
        <translation>실시간 프레임 사용</translation>
    </message>
    <message>
        <source>While a camera or video plays (File ▸ Open camera… or Open video…), every frame is the input of these maps and of the Draw tab&apos;s answer.</source>
        <translation>카메라나 동영상이 재생되는 동안(파일 ▸ 카메라 열기… 또는 동영상 열기…) 모든 프레임이 이 맵과 그리기 탭 답의 입력이 됩니다.</translation>
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
        <translation>{r}행 {c}열의 가중치: {value}</translation>
    </message>
    <message>
        <source>The kernel&apos;s side k: a k×k kernel looks at a k×k neighbourhood, so larger kernels see larger structures.</source>
        <extracomment>Room around a weight&apos;s text in its cell (the cell&apos;s own padding and the grid line).</extracomment>
        <translation>커널의 한 변 k: k×k 커널은 k×k 이웃을 보므로, 커널이 클수록 더 큰 구조를 봅니다.</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>프리셋…</translation>
    </message>
    <message>
        <source>Classic kernels; hover over one to read what it does.</source>
        <translation>대표적인 커널입니다. 하나에 마우스를 올리면 무엇을 하는지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>sum 1</source>
        <translation>합 1</translation>
    </message>
    <message>
        <source>Scale the weights so they sum to 1: the filtered image then keeps its overall brightness.</source>
        <translation>가중치의 합이 1이 되도록 크기를 맞춥니다. 그러면 필터를 거친 이미지의 전체 밝기가 유지됩니다.</translation>
    </message>
    <message>
        <source>The weights. Each output value is the sum of these numbers times the pixels under them; type a number and the result updates.</source>
        <translation>가중치입니다. 각 출력 값은 이 숫자들과 그 아래 픽셀을 곱해 더한 것입니다. 숫자를 입력하면 결과가 바뀝니다.</translation>
    </message>
    <message>
        <source>The kernel as a heat map: red weights add, blue weights subtract, white is 0.</source>
        <translation>커널을 열 지도(heat map)로 그린 것: 빨간 가중치는 더하고, 파란 가중치는 빼며, 흰색은 0입니다.</translation>
    </message>
</context>
<context>
    <name>Kernels</name>
    <message>
        <source>Identity</source>
        <extracomment>Largest kernel side the CLI accepts; bigger ones are not a teaching tool any more.</extracomment>
        <translation>항등</translation>
    </message>
    <message>
        <source>A single 1 in the centre copies every pixel unchanged: the starting point to see what any other change to the grid does.</source>
        <translation>가운데의 1 하나가 모든 픽셀을 그대로 복사합니다. 격자를 다르게 바꾸면 무엇이 달라지는지 보는 출발점입니다.</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>상자 흐림</translation>
    </message>
    <message>
        <source>Every weight is 1/k², so each output is the plain average of its neighbourhood: edges and noise are smeared out.</source>
        <translation>모든 가중치가 1/k²이라 각 출력은 이웃의 단순 평균입니다. 경계와 잡음이 뭉개집니다.</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>가우시안 흐림</translation>
    </message>
    <message>
        <source>Weights fall off like a bell curve with σ: near pixels count more than far ones, so it blurs more gently than a box.</source>
        <translation>가중치가 σ에 따라 종 모양으로 줄어듭니다. 가까운 픽셀이 먼 픽셀보다 더 크게 반영되어 상자보다 부드럽게 흐려집니다.</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>선명하게</translation>
    </message>
    <message>
        <source>The centre minus its four neighbours, added to the pixel: differences to the surroundings grow, so edges look crisper.</source>
        <translation>가운데에서 네 이웃을 뺀 값을 픽셀에 더합니다. 주변과의 차이가 커져 경계가 또렷해 보입니다.</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel x</translation>
    </message>
    <message>
        <source>Right column minus left column: large where brightness changes from left to right, so it finds vertical edges (smoothed along the edge).</source>
        <translation>오른쪽 열에서 왼쪽 열을 뺍니다. 밝기가 왼쪽에서 오른쪽으로 바뀌는 곳에서 커지므로 세로 경계를 찾습니다(경계를 따라 부드럽게 함).</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel y</translation>
    </message>
    <message>
        <source>Bottom row minus top row: large where brightness changes from top to bottom, so it finds horizontal edges.</source>
        <translation>아래 행에서 위 행을 뺍니다. 밝기가 위에서 아래로 바뀌는 곳에서 커지므로 가로 경계를 찾습니다.</translation>
    </message>
    <message>
        <source>Prewitt x</source>
        <translation>Prewitt x</translation>
    </message>
    <message>
        <source>Like Sobel x but with equal weights in each column: a horizontal derivative averaged over three rows.</source>
        <translation>Sobel x와 비슷하지만 각 열의 가중치가 같습니다. 세 행에 걸쳐 평균한 가로 방향 미분입니다.</translation>
    </message>
    <message>
        <source>Scharr x</source>
        <translation>Scharr x</translation>
    </message>
    <message>
        <source>A horizontal derivative whose 3-10-3 weights make the edge response almost the same in every direction.</source>
        <translation>3-10-3 가중치로 경계 반응이 모든 방향에서 거의 같아지는 가로 방향 미분입니다.</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>라플라시안</translation>
    </message>
    <message>
        <source>Four neighbours minus four times the centre: the second derivative, zero on flat areas and ramps, strong on thin lines and edges.</source>
        <translation>네 이웃에서 가운데의 네 배를 뺍니다. 2차 미분으로, 평평한 곳과 완만한 경사에서는 0이고 가는 선과 경계에서 강합니다.</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>엠보싱</translation>
    </message>
    <message>
        <source>Bottom-right minus top-left plus the pixel: edges facing one way turn bright and the other way dark, like a relief lit from a corner.</source>
        <translation>오른쪽 아래에서 왼쪽 위를 빼고 픽셀을 더합니다. 한쪽을 향한 경계는 밝게, 반대쪽은 어둡게 되어 모서리에서 빛을 비춘 부조처럼 보입니다.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>윤곽선</translation>
    </message>
    <message>
        <source>Eight times the centre minus all eight neighbours: flat areas become 0 and every edge, in any direction, stands out.</source>
        <translation>가운데의 여덟 배에서 여덟 이웃을 모두 뺍니다. 평평한 곳은 0이 되고 모든 방향의 경계가 두드러집니다.</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>모션 블러</translation>
    </message>
    <message>
        <source>One row of equal weights: each pixel averages its left and right neighbours, as if the camera moved sideways.</source>
        <translation>같은 가중치로 된 한 행: 각 픽셀이 왼쪽과 오른쪽 이웃의 평균이 됩니다. 카메라가 옆으로 움직인 것처럼 보입니다.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Weights drawn uniformly from −1..1 (seeded): what a network&apos;s filter looks like before training has shaped it.</source>
        <translation>−1..1에서 고르게 뽑은 가중치(시드 고정): 학습으로 다듬어지기 전 신경망의 필터가 이렇게 생겼습니다.</translation>
    </message>
    <message>
        <source>There is no kernel preset called {name}; choose one of {value}.</source>
        <translation>{name}(이)라는 커널 프리셋은 없습니다. {value} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>This kernel&apos;s weights sum to 0, so it cannot be scaled to sum 1 (edge filters do that on purpose).</source>
        <translation>이 커널은 가중치의 합이 0이라 합이 1이 되도록 맞출 수 없습니다(경계 필터는 일부러 그렇게 만듭니다).</translation>
    </message>
    <message>
        <source>A kernel must be a non-empty 2-D matrix such as [[0,1,0],[1,-4,1],[0,1,0]].</source>
        <translation>커널은 [[0,1,0],[1,-4,1],[0,1,0]]처럼 비어 있지 않은 2차원 행렬이어야 합니다.</translation>
    </message>
    <message>
        <source>A kernel may be at most {MAX_KERNEL_SIDE}×{MAX_KERNEL_SIDE}; this one is {value}×{value2}.</source>
        <translation>커널은 최대 {MAX_KERNEL_SIDE}×{MAX_KERNEL_SIDE}입니다. 이 커널은 {value}×{value2}입니다.</translation>
    </message>
    <message>
        <source>Kernel weights must be finite numbers that fit in 32-bit floats.</source>
        <translation>커널 가중치는 32비트 실수에 들어가는 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{text} is neither a kernel preset ({value}) nor a matrix like [[0,1,0],[1,-4,1],[0,1,0]].</source>
        <translation>{text}은(는) 커널 프리셋({value})도 아니고 [[0,1,0],[1,-4,1],[0,1,0]] 같은 행렬도 아닙니다.</translation>
    </message>
    <message>
        <source>A kernel matrix is a list of rows, like [[0,1,0],[1,-4,1],[0,1,0]].</source>
        <translation>커널 행렬은 [[0,1,0],[1,-4,1],[0,1,0]]처럼 행들의 목록입니다.</translation>
    </message>
    <message>
        <source>Every row of the kernel matrix must have the same number of values.</source>
        <translation>커널 행렬의 모든 행은 값의 개수가 같아야 합니다.</translation>
    </message>
    <message>
        <source>Every value of the kernel matrix must be a number.</source>
        <translation>커널 행렬의 모든 값은 숫자여야 합니다.</translation>
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
        <source>{name} needs flat input (features) but gets {shape}; add a Flatten before it</source>
        <translation>{name}은(는) 평평한 입력(특성)이 필요한데 {shape}을(를) 받습니다. 앞에 Flatten을 넣으세요</translation>
    </message>
    <message>
        <source>Insert Flatten before it</source>
        <translation>앞에 Flatten 넣기</translation>
    </message>
    <message>
        <source>{name} needs image input (channels, height, width) but gets {shape}</source>
        <translation>{name}은(는) 이미지 입력(채널, 높이, 너비)이 필요한데 {shape}을(를) 받습니다</translation>
    </message>
    <message>
        <source>its padding {ph}×{pw} is more than half its {kh}×{kw} window</source>
        <translation>패딩 {ph}×{pw}이(가) {kh}×{kw} 창의 절반보다 큽니다</translation>
    </message>
    <message>
        <source>Set padding to 0</source>
        <translation>패딩을 0으로</translation>
    </message>
    <message>
        <source>its {kh}×{kw} kernel is larger than its {h}×{w} input</source>
        <translation>{kh}×{kw} 커널이 {h}×{w} 입력보다 큽니다</translation>
    </message>
    <message>
        <source>Set kernel_size to {size}</source>
        <translation>kernel_size를 {size}(으)로</translation>
    </message>
    <message>
        <source>BatchNorm2d needs image input (channels, height, width) but gets {shape}; use BatchNorm1d after Flatten</source>
        <translation>BatchNorm2d는 이미지 입력(채널, 높이, 너비)이 필요한데 {shape}을(를) 받습니다. Flatten 뒤에는 BatchNorm1d를 쓰세요</translation>
    </message>
    <message>
        <source>Use BatchNorm1d</source>
        <translation>BatchNorm1d 쓰기</translation>
    </message>
    <message>
        <source>dim {dim} does not exist in its input (N, {shape}); choose {low} … {high} (1: over the classes)</source>
        <translation>입력 (N, {shape})에는 dim {dim}이(가) 없습니다. {low} … {high} 중에서 고르세요 (1: 클래스에 걸쳐)</translation>
    </message>
    <message>
        <source>Set dim to 1</source>
        <translation>dim을 1로</translation>
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
    <name>LessonFile</name>
    <message>
        <source>There is no lesson called {name}; the built-in lessons are: {known}.</source>
        <translation>{name}라는 레슨이 없습니다. 내장 레슨: {known}.</translation>
    </message>
    <message>
        <source>There is no lesson file {path}.</source>
        <translation>레슨 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{name} is larger than a lesson file can be (1 MB).</source>
        <translation>{name}은(는) 레슨 파일의 최대 크기(1 MB)보다 큽니다.</translation>
    </message>
    <message>
        <source>{name} is not a lesson file: it is not UTF-8 text.</source>
        <translation>{name}은(는) 레슨 파일이 아닙니다: UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not a lesson file: line {lineno}: {msg}.</source>
        <translation>{name}은(는) 레슨 파일이 아닙니다: {lineno}행: {msg}.</translation>
    </message>
    <message>
        <source>Could not read {name}: {strerror}.</source>
        <translation>{name}을(를) 읽을 수 없습니다: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not a lesson file: it must hold one JSON object.</source>
        <translation>{name}은(는) 레슨 파일이 아닙니다: JSON 객체 하나를 담아야 합니다.</translation>
    </message>
    <message>
        <source>{name} is not a lesson file: &quot;format&quot; must be &quot;{format}&quot;.</source>
        <translation>{name}은(는) 레슨 파일이 아닙니다: &quot;format&quot;은 &quot;{format}&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>{name}: &quot;version&quot; must be a whole number.</source>
        <translation>{name}: &quot;version&quot;은 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{name} was written for a newer nnstudio (lesson format {version}); this one reads format {known}.</source>
        <translation>{name}은(는) 더 새로운 nnstudio용입니다(레슨 형식 {version}). 이 버전은 형식 {known}까지 읽습니다.</translation>
    </message>
    <message>
        <source>{name}: &quot;order&quot; must be a whole number.</source>
        <translation>{name}: &quot;order&quot;는 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: &quot;steps&quot; must be a list of at least one step.</source>
        <translation>{name}: &quot;steps&quot;는 단계가 하나 이상 든 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{name}: a lesson has at most {max_steps} steps.</source>
        <translation>{name}: 레슨은 단계를 최대 {max_steps}개까지 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>{where}: the id is already used by another step.</source>
        <translation>{where}: 이 id는 다른 단계가 이미 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>{name}, step {number} ({id})</source>
        <translation>{name}, {number}단계 ({id})</translation>
    </message>
    <message>
        <source>{name}, step {number}</source>
        <translation>{name}, {number}단계</translation>
    </message>
    <message>
        <source>{where}: a step must be a JSON object.</source>
        <translation>{where}: 단계는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;check&quot; must be a list of at least one condition.</source>
        <translation>{where}: &quot;check&quot;는 조건이 하나 이상 든 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{where} must be a JSON object.</source>
        <translation>{where}은(는) JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: there is no tab {state} (tabs: {join_tabs}).</source>
        <translation>{where}: {state} 탭은 없습니다(탭: {join_tabs}).</translation>
    </message>
    <message>
        <source>{where}: &quot;image&quot; must be a sample name or a file name.</source>
        <translation>{where}: &quot;image&quot;는 예제 이름이나 파일 이름이어야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;{part}&quot; must be a JSON object.</source>
        <translation>{where}: &quot;{part}&quot;는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: each condition of &quot;check&quot; must be an object like {{&quot;fact&quot;: &quot;filters.conv.stride&quot;, &quot;op&quot;: &quot;==&quot;, &quot;value&quot;: 2}}.</source>
        <translation>{where}: &quot;check&quot;의 각 조건은 {{&quot;fact&quot;: &quot;filters.conv.stride&quot;, &quot;op&quot;: &quot;==&quot;, &quot;value&quot;: 2}} 같은 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: a condition needs a &quot;fact&quot; to look at.</source>
        <translation>{where}: 조건에는 살펴볼 &quot;fact&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>{where}: {op} is not a comparison (use one of {join_ops}).</source>
        <translation>{where}: {op}는 비교 연산이 아닙니다({join_ops} 중 하나를 쓰세요).</translation>
    </message>
    <message>
        <source>{where}: the condition on {fact} needs a &quot;value&quot;.</source>
        <translation>{where}: {fact}에 대한 조건에는 &quot;value&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>{where}: a value taken from another fact needs its &quot;fact&quot;.</source>
        <translation>{where}: 다른 fact에서 가져오는 값에는 그 &quot;fact&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;times&quot; must be a number.</source>
        <translation>{where}: &quot;times&quot;는 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;in&quot; needs a list of values.</source>
        <translation>{where}: &quot;in&quot;에는 값의 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>{where}: unknown key {unknown} (allowed: {join_sorted_allowed}).</source>
        <translation>{where}: 알 수 없는 키 {unknown}(쓸 수 있는 키: {join_sorted_allowed}).</translation>
    </message>
    <message>
        <source>{where} must be a short name of letters, digits, - and _.</source>
        <translation>{where}은(는) 글자, 숫자, -, _로 된 짧은 이름이어야 합니다.</translation>
    </message>
    <message>
        <source>{where} must be an object of texts per language, like {{&quot;ko&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}.</source>
        <translation>{where}은(는) {{&quot;ko&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}처럼 언어별 텍스트 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: {language} is not a language nnstudio speaks ({join_languages}).</source>
        <translation>{where}: {language}는 nnstudio가 지원하는 언어가 아닙니다({join_languages}).</translation>
    </message>
    <message>
        <source>{where}: the {language} text is empty.</source>
        <translation>{where}: {language} 텍스트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>{where} must be a list of names.</source>
        <translation>{where}은(는) 이름의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Nothing a check can see changed between the start and the end of the recording: change the app, then finish the step.</source>
        <extracomment>Facts that follow from others (a map&apos;s size from the stride, the image&apos;s size from its name): a check names them only when nothing more direct changed.</extracomment>
        <translation>녹화를 시작한 뒤로 확인 조건이 볼 수 있는 것이 바뀌지 않았습니다. 앱을 바꾼 다음 단계를 마치세요.</translation>
    </message>
    <message>
        <source>{name} is not a lesson file nnstudio can add a step to.</source>
        <translation>{name}은(는) nnstudio가 단계를 추가할 수 있는 레슨 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not a lesson file: its values are nested too deeply.</source>
        <translation>{name}은(는) 레슨 파일이 아닙니다: 값이 너무 깊이 중첩되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>there is no sample or image file called {name}.</source>
        <translation>{name}라는 예제나 이미지 파일이 없습니다.</translation>
    </message>
    <message>
        <source>the Pixels setting {key} cannot be {value}.</source>
        <translation>픽셀 설정 {key}은(는) {value}일 수 없습니다.</translation>
    </message>
    <message>
        <source>there is no Pixels mode {mode} (modes: {modes}).</source>
        <translation>{mode}라는 픽셀 모드는 없습니다(모드: {modes}).</translation>
    </message>
    <message>
        <source>the Pixels settings cannot be used: {reason}</source>
        <translation>픽셀 설정을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the Pixels view cannot show {value} (choices: {choices}).</source>
        <translation>픽셀 보기는 {value}을(를) 보여 줄 수 없습니다(선택지: {choices}).</translation>
    </message>
    <message>
        <source>&quot;compression&quot; holds a &quot;format&quot; and a &quot;quality&quot;.</source>
        <translation>&quot;compression&quot;에는 &quot;format&quot;과 &quot;quality&quot;가 들어갑니다.</translation>
    </message>
    <message>
        <source>there is no compression format {value} (formats: {choices}).</source>
        <translation>{value}라는 압축 형식은 없습니다(형식: {choices}).</translation>
    </message>
    <message>
        <source>the compression quality must be a whole number from 1 to 100.</source>
        <translation>압축 품질은 1부터 100까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;gray&quot; must be true or false.</source>
        <translation>&quot;gray&quot;는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;stages&quot; must be a list of stages.</source>
        <translation>&quot;stages&quot;는 단계의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Filters stage {n}: {reason}</source>
        <translation>필터 {n}번 단계: {reason}</translation>
    </message>
    <message>
        <source>&quot;select&quot; must be a stage number (0 is the input).</source>
        <translation>&quot;select&quot;는 단계 번호여야 합니다(0은 입력).</translation>
    </message>
    <message>
        <source>there is no preset {name} (presets: {known}).</source>
        <translation>{name}라는 프리셋은 없습니다(프리셋: {known}).</translation>
    </message>
    <message>
        <source>&quot;layers&quot; must be a list of layers as a design file writes them.</source>
        <translation>&quot;layers&quot;는 설계 파일에 쓰는 것과 같은 층의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;dataset&quot; must name a built-in data set, like {{&quot;name&quot;: &quot;spiral&quot;}}.</source>
        <translation>&quot;dataset&quot;은 {{&quot;name&quot;: &quot;spiral&quot;}}처럼 내장 데이터셋을 가리켜야 합니다.</translation>
    </message>
    <message>
        <source>&quot;training&quot; may set {keys}.</source>
        <translation>&quot;training&quot;으로 정할 수 있는 값: {keys}.</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>레슨 단계</translation>
    </message>
    <message>
        <source>there is no Learning panel {name} (panels: {known}).</source>
        <translation>{name}라는 학습 원리 패널은 없습니다(패널: {known}).</translation>
    </message>
    <message>
        <source>&quot;activations&quot; sets the depth, a whole number from 1 to 50.</source>
        <translation>&quot;activations&quot;는 깊이(1부터 50까지의 정수)를 정합니다.</translation>
    </message>
    <message>
        <source>&quot;rosenblatt&quot; sets the gate ({gates}) and what to run ({runs}).</source>
        <translation>&quot;rosenblatt&quot;은 게이트({gates})와 실행 방식({runs})을 정합니다.</translation>
    </message>
    <message>
        <source>&quot;backprop&quot; sets the position (input, loss, end or a step number) and apply (true).</source>
        <translation>&quot;backprop&quot;은 위치(input, loss, end 또는 단계 번호)와 apply(true)를 정합니다.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}.</source>
        <translation>&quot;{key}&quot;는 {value}가 아니라 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where}: the glossary has no term {term}.</source>
        <translation>{where}: 용어집에 {term} 용어가 없습니다.</translation>
    </message>
    <message>
        <source>{where}: the check looks at {fact}, which nnstudio does not know.</source>
        <translation>{where}: 확인 조건이 보는 {fact}을(를) nnstudio는 알지 못합니다.</translation>
    </message>
    <message>
        <source>a {kind} stage has no setting {key} (allowed: {allowed}).</source>
        <translation>{kind} 단계에는 {key} 설정이 없습니다(쓸 수 있는 설정: {allowed}).</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false.</source>
        <translation>&quot;enabled&quot;는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>there is no activation {name} (known: {known}).</source>
        <translation>{name}라는 활성화 함수는 없습니다(있는 것: {known}).</translation>
    </message>
    <message>
        <source>a pool stage needs a type ({kinds}), a size of 1 … 64, a stride of 1 … 64 and a padding of at most half the size.</source>
        <translation>풀링 단계에는 종류({kinds}), 1 … 64의 크기, 1 … 64의 스트라이드, 크기의 절반 이하인 패딩이 필요합니다.</translation>
    </message>
    <message>
        <source>there is no kernel {name} (known: {known}).</source>
        <translation>{name}라는 커널은 없습니다(있는 것: {known}).</translation>
    </message>
    <message>
        <source>a kernel&apos;s size must be an odd number from 1 to 31.</source>
        <translation>커널 크기는 1부터 31까지의 홀수여야 합니다.</translation>
    </message>
    <message>
        <source>a kernel is a preset name or a list of rows of numbers.</source>
        <translation>커널은 프리셋 이름이나 숫자 행의 목록입니다.</translation>
    </message>
    <message>
        <source>a conv stage needs a stride of 1 … 64, a dilation of 1 … 16 and a padding of &quot;valid&quot;, &quot;same&quot; or 0 … 64 pixels.</source>
        <translation>합성곱 단계에는 1 … 64의 스트라이드, 1 … 16의 팽창(dilation), &quot;valid&quot;·&quot;same&quot; 또는 0 … 64픽셀의 패딩이 필요합니다.</translation>
    </message>
    <message>
        <source>there is no image operation {name} (known: {known}).</source>
        <translation>{name}라는 이미지 연산은 없습니다(있는 것: {known}).</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be an object of numbers.</source>
        <translation>&quot;params&quot;는 숫자로 된 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{operation} has no setting {key} that can be {value}.</source>
        <translation>{operation}에는 {value}이(가) 될 수 있는 {key} 설정이 없습니다.</translation>
    </message>
    <message>
        <source>the check is already true after the setup.</source>
        <translation>준비 상태에서 이미 확인 조건이 참입니다.</translation>
    </message>
    <message>
        <source>the step has no solution to verify it with.</source>
        <translation>이 단계에는 검증에 쓸 풀이가 없습니다.</translation>
    </message>
    <message>
        <source>after the solution {fact} is {value}.</source>
        <translation>풀이를 적용한 뒤 {fact}은(는) {value}입니다.</translation>
    </message>
    <message>
        <source>{where}: passes</source>
        <translation>{where}: 통과</translation>
    </message>
    <message>
        <source>{where}: fails: {reason}</source>
        <translation>{where}: 실패: {reason}</translation>
    </message>
    <message>
        <source>&quot;perceptron&quot; sets w1, w2 and theta (numbers from −100 to 100, as the panel&apos;s boxes take) and bipolar.</source>
        <translation>&quot;perceptron&quot;은 w1, w2, theta(패널의 칸처럼 −100부터 100까지의 숫자)와 bipolar를 정합니다.</translation>
    </message>
    <message>
        <source>a stage needs a &quot;kind&quot;: conv, conv_layer, activation, pool or operation.</source>
        <translation>단계에는 &quot;kind&quot;가 있어야 합니다: conv, conv_layer, activation, pool 또는 operation.</translation>
    </message>
    <message>
        <source>a conv_layer stage needs 1 … {most} maps, a size of 1, 3, 5 or 7 and &quot;depthwise&quot; true or false.</source>
        <translation>conv_layer 단계에는 맵 1 … {most}개, 크기 1, 3, 5 또는 7, 그리고 &quot;depthwise&quot; true 또는 false가 필요합니다.</translation>
    </message>
    <message>
        <source>there is no tensor {name} (tensors: {known}).</source>
        <translation>{name} 텐서가 없습니다 (텐서: {known}).</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is a shape: a list of at most 5 sizes whose product is at most {limit}.</source>
        <translation>&quot;{key}&quot;는 모양입니다: 곱이 {limit} 이하인 크기 5개 이하의 목록.</translation>
    </message>
    <message>
        <source>there is no broadcasting operation {name} (known: {known}).</source>
        <translation>{name} 브로드캐스팅 연산이 없습니다 (있는 것: {known}).</translation>
    </message>
    <message>
        <source>&quot;sizes&quot; is a list of whole numbers from 8 to 4096.</source>
        <translation>&quot;sizes&quot;는 8에서 4096까지의 정수 목록입니다.</translation>
    </message>
    <message>
        <source>&quot;epoch&quot; must be true or false.</source>
        <translation>&quot;epoch&quot;는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>there is no Tensors view {name} (views: {known}).</source>
        <translation>{name} 텐서 보기가 없습니다 (보기: {known}).</translation>
    </message>
    <message>
        <source>&quot;race&quot; can only be true (start the Devices race).</source>
        <translation>&quot;race&quot;는 true만 될 수 있습니다 (연산 장치 겨루기 시작).</translation>
    </message>
</context>
<context>
    <name>LessonsDock</name>
    <message>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>The chapters, in the order of the study notes; ✓ marks a finished one.</source>
        <translation>학습 노트 순서대로 놓인 장(chapter)입니다. ✓는 끝낸 장입니다.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>The previous step.</source>
        <translation>이전 단계로 갑니다.</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The next step (you may go on before this one is done).</source>
        <translation>다음 단계로 갑니다(이 단계를 끝내지 않아도 넘어갈 수 있습니다).</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>보여 주기</translation>
    </message>
    <message>
        <source>Put the app in the state this step starts from: the tab, the image and the settings it talks about.</source>
        <translation>이 단계가 시작하는 상태로 앱을 맞춥니다: 설명에 나오는 탭, 이미지, 설정.</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>레슨 열기…</translation>
    </message>
    <message>
        <source>Open a lesson file a teacher wrote (JSON, see the README).</source>
        <translation>선생님이 만든 레슨 파일(JSON, README 참고)을 엽니다.</translation>
    </message>
    <message>
        <source>{mark}{n}. {title} ({done}/{total})</source>
        <translation>{mark}{n}. {title} ({done}/{total})</translation>
    </message>
    <message>
        <source>{lesson}: there is no control called {name} to hide.</source>
        <translation>{lesson}: 숨길 {name}라는 컨트롤이 없습니다.</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>레슨 열기</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>레슨 (*.json)</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>{total}단계 중 {n}단계</translation>
    </message>
    <message>
        <source>Next chapter ▶</source>
        <translation>다음 장 ▶</translation>
    </message>
    <message>
        <source>Glossary: {terms}</source>
        <translation>용어집: {terms}</translation>
    </message>
    <message>
        <source>✓ Done! This chapter is finished: go on with Next chapter ▶.</source>
        <translation>✓ 완료! 이 장을 끝냈습니다. &apos;다음 장 ▶&apos;으로 넘어가세요.</translation>
    </message>
    <message>
        <source>✓ Done! Go on with Next ▶.</source>
        <translation>✓ 완료! &apos;다음 ▶&apos;으로 넘어가세요.</translation>
    </message>
    <message>
        <source>✓ Done! The steps you skipped are still open (◀ Back).</source>
        <translation>✓ 완료! 건너뛴 단계는 아직 남아 있습니다(◀ 이전).</translation>
    </message>
    <message>
        <source>Press Show me to start this step.</source>
        <translation>&apos;보여 주기&apos;를 눌러 이 단계를 시작하세요.</translation>
    </message>
    <message>
        <source>Not done yet: this step is marked done by itself as soon as you have done the task.</source>
        <translation>아직 안 끝났습니다: 과제를 해내면 이 단계는 저절로 완료로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>Open camera…</source>
        <translation>카메라 열기…</translation>
    </message>
    <message>
        <source>Open video…</source>
        <translation>동영상 열기…</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>카메라를 찾는 중…</translation>
    </message>
    <message>
        <source>No camera was found: plug one in (or close the program using it) and try again, or open a video with File ▸ Open video….</source>
        <translation>카메라를 찾지 못했습니다. 카메라를 연결하거나(또는 사용 중인 프로그램을 닫고) 다시 시도하거나, 파일 ▸ 동영상 열기…로 동영상을 여세요.</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>카메라 {index}</translation>
    </message>
    <message>
        <source>Open camera</source>
        <translation>카메라 열기</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>카메라:</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>동영상 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>동영상 열기</translation>
    </message>
</context>
<context>
    <name>LiveBar</name>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Hold the current frame; every tab keeps working on it.</source>
        <translation>지금 프레임에서 멈춥니다. 모든 탭은 이 프레임으로 계속 작업합니다.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>스냅샷</translation>
    </message>
    <message>
        <source>Keep the frame on show as the still image of every tab and close the camera or video.</source>
        <translation>보이는 프레임을 모든 탭의 정지 이미지로 남기고 카메라나 동영상을 닫습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the camera or video and go back to the image from before.</source>
        <translation>카메라나 동영상을 닫고 그 전의 이미지로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>At its end the video starts again; without Loop it stops and its last frame stays.</source>
        <translation>동영상이 끝나면 처음부터 다시 재생합니다. 반복을 끄면 멈추고 마지막 프레임이 남습니다.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <source>● {name}</source>
        <translation>● {name}</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <source>frame {n}</source>
        <translation>프레임 {n}</translation>
    </message>
    <message>
        <source>frame {n} of {total}</source>
        <translation>프레임 {n}/{total}</translation>
    </message>
    <message>
        <source>{position} · paused · {dropped} dropped</source>
        <translation>{position} · 일시 정지 · 버린 프레임 {dropped}</translation>
    </message>
    <message>
        <source>{position} · {fps} fps shown · {dropped} dropped</source>
        <translation>{position} · 표시 {fps} fps · 버린 프레임 {dropped}</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>{name}, frame {n}</source>
        <extracomment>How often the feed looks whether the shown tab is ready for the next frame (ms). A frame that arrives while the tab is idle is handed over at once; this only bounds the wait after a busy tab finishes. Frames over which the shown rate is averaged.</extracomment>
        <translation>{name}, 프레임 {n}</translation>
    </message>
    <message>
        <source>{name} ended after {n} frames; its last frame stays.</source>
        <translation>{name}이(가) {n}프레임 뒤에 끝났습니다. 마지막 프레임이 남습니다.</translation>
    </message>
</context>
<context>
    <name>LiveSource</name>
    <message>
        <source>The live picture stopped ({error}); the last frame stays.</source>
        <translation>실시간 화면이 멈췄습니다({error}). 마지막 프레임이 남습니다.</translation>
    </message>
    <message>
        <source>video frame</source>
        <translation>동영상 프레임</translation>
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
    <name>LookView</name>
    <message>
        <source>Grad-CAM</source>
        <extracomment>Models up to this many weights follow camera frames (a map costs about two forward passes).</extracomment>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Saliency</translation>
    </message>
    <message>
        <source>Grad-CAM: which places of a conv layer&apos;s maps raised the class score. Saliency: how much each input pixel changes the score.</source>
        <translation>Grad-CAM: 합성곱 층 맵의 어느 곳이 클래스 점수를 높였는지. Saliency: 입력 픽셀 하나하나가 점수를 얼마나 바꾸는지.</translation>
    </message>
    <message>
        <source>The convolution layer Grad-CAM looks at; the last one knows the most about classes, the first the most about places.</source>
        <translation>Grad-CAM이 보는 합성곱 층. 마지막 층은 클래스를, 첫 층은 위치를 가장 잘 압니다.</translation>
    </message>
    <message>
        <source>The class whose score is explained.</source>
        <translation>점수를 설명할 클래스.</translation>
    </message>
    <message>
        <source>Which test sample to explain.</source>
        <translation>설명할 테스트 샘플.</translation>
    </message>
    <message>
        <source>Use the current image</source>
        <translation>현재 이미지 사용</translation>
    </message>
    <message>
        <source>Use the drawing</source>
        <translation>그림 사용</translation>
    </message>
    <message>
        <source>Follow the camera</source>
        <translation>카메라 따라가기</translation>
    </message>
    <message>
        <source>Explain every new camera or video frame (small networks only).</source>
        <translation>카메라나 동영상의 새 프레임마다 설명합니다(작은 신경망만).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation>테스트 샘플</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>This network is too large to explain every frame; take a snapshot instead.</source>
        <translation>이 신경망은 프레임마다 설명하기에 너무 큽니다. 대신 스냅샷을 찍으세요.</translation>
    </message>
    <message>
        <source>Grad-CAM of class {name} at layer {layer}</source>
        <translation>{layer} 층에서 클래스 {name}의 Grad-CAM</translation>
    </message>
    <message>
        <source>Saliency of class {name}</source>
        <translation>클래스 {name}의 saliency</translation>
    </message>
    <message>
        <source>{what} ({network}); the network says {guess} ({p:.0f} %). Input: {source}. Red counted most, blue not at all.</source>
        <translation>{what} ({network}). 신경망의 답은 {guess} ({p:.0f} %). 입력: {source}. 빨강이 가장 크게, 파랑은 전혀 반영되지 않았습니다.</translation>
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
    <message>
        <source>Open &amp;lesson…</source>
        <translation>레슨 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>동영상 ({patterns})</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>{what} would take {size} of memory; nnstudio&apos;s limit is {budget}.</source>
        <translation>{what}에는 메모리가 {size} 필요합니다. nnstudio의 한도는 {budget}입니다.</translation>
    </message>
    <message>
        <source>{what} would take {size} of memory; nnstudio holds data sets of up to {budget}: use fewer or smaller samples.</source>
        <translation>{what}에는 메모리가 {size} 필요합니다. nnstudio는 {budget}까지의 데이터셋을 다룹니다. 샘플을 줄이거나 더 작게 하세요.</translation>
    </message>
</context>
<context>
    <name>ModelInput</name>
    <message>
        <source>An input of {c}×{h}×{w}</source>
        <translation>{c}×{h}×{w} 입력</translation>
    </message>
    <message>
        <source>A picture cannot be turned into an input of shape {shape}; its sizes must be whole numbers from 1 up.</source>
        <translation>그림을 모양 {shape}의 입력으로 바꿀 수 없습니다. 크기는 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>A picture cannot be turned into an input of shape {shape}; the network needs an image input.</source>
        <translation>그림을 모양이 {shape}인 입력으로 바꿀 수 없습니다. 신경망에 이미지 입력이 필요합니다.</translation>
    </message>
    <message>
        <source>An image of shape {shape} cannot be used as a network input.</source>
        <translation>모양이 {shape}인 이미지는 신경망 입력으로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Pictures can feed networks with 1 or 3 input channels, not {channels}.</source>
        <translation>그림은 입력 채널이 1개나 3개인 신경망에만 넣을 수 있습니다. {channels}개는 안 됩니다.</translation>
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
    <name>NetronLauncher</name>
    <message>
        <source>The data set is still loading.</source>
        <translation>데이터셋을 아직 불러오는 중입니다.</translation>
    </message>
    <message>
        <source>Exporting the design as ONNX for Netron…</source>
        <translation>Netron에서 보도록 설계를 ONNX로 내보내는 중…</translation>
    </message>
    <message>
        <source>Netron is not installed. Install it with: pip install netron (or pip install &quot;nnstudio[netron]&quot;), or open {path} in the Netron app or at netron.app (the file stays there until nnstudio closes).</source>
        <translation>Netron이 설치되어 있지 않습니다. pip install netron(또는 pip install &quot;nnstudio[netron]&quot;)으로 설치하거나, {path} 파일을 Netron 앱이나 netron.app에서 여세요(이 파일은 nnstudio를 닫을 때까지 남아 있습니다).</translation>
    </message>
    <message>
        <source>Netron shows {name} in your web browser ({address}).</source>
        <translation>Netron이 웹 브라우저에서 {name}을(를) 보여 줍니다({address}).</translation>
    </message>
</context>
<context>
    <name>NetworkDocument</name>
    <message>
        <source>Training stopped: another design was opened.</source>
        <extracomment>How long closing the window waits for training threads, in all (each stops after a batch). A long run keeps every epoch&apos;s figures for Export run for TensorBoard, but the weights that small networks send with each epoch only for the first epochs and every this-many after.</extracomment>
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
        <source>It predicts a number, trained with the {loss} loss.</source>
        <translation>수를 예측하며 {loss} 손실로 학습합니다.</translation>
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
        <source>Exported {name}. ONNX is a network file other programs read: Netron draws it, ONNX Runtime and OpenVINO run it on other hardware.</source>
        <translation>{name}을(를) 내보냈습니다. ONNX는 다른 프로그램이 읽는 신경망 파일입니다. Netron은 이를 그려서 보여 주고, ONNX Runtime과 OpenVINO는 다른 하드웨어에서 실행합니다.</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name}을(를) 내보냈습니다.</translation>
    </message>
    <message>
        <source>Opening the weights from {name}…</source>
        <translation>{name}에서 가중치를 여는 중…</translation>
    </message>
    <message>
        <source>The design changed while {name} was opening; open the weights again for this design.</source>
        <translation>{name}을(를) 여는 동안 설계가 바뀌었습니다. 이 설계에 맞게 가중치를 다시 여세요.</translation>
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
        <source>Write the trained network as ONNX (to look at in Netron, or to run with ONNX Runtime or OpenVINO on other hardware), as TorchScript, or as a standalone PyTorch training script.</source>
        <translation>학습된 신경망을 ONNX(Netron으로 살펴보거나 ONNX Runtime, OpenVINO로 다른 하드웨어에서 실행), TorchScript, 또는 따로 실행되는 PyTorch 학습 스크립트로 저장합니다.</translation>
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
        <source>Loss &amp;&amp; R²</source>
        <translation>손실과 R²</translation>
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
        <source>O&amp;pen in Netron</source>
        <translation>Netron에서 열기(&amp;P)</translation>
    </message>
    <message>
        <source>Export run for Tensor&amp;Board…</source>
        <translation>TensorBoard용으로 학습 기록 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>    with weight histograms</source>
        <translation>    가중치 히스토그램 포함</translation>
    </message>
    <message>
        <source>Also write a histogram of every weight tensor (TensorBoard&apos;s Histograms tab).</source>
        <translation>모든 가중치 텐서의 히스토그램도 씁니다(TensorBoard의 Histograms 탭).</translation>
    </message>
    <message>
        <source>Import &amp;table (CSV/TSV)…</source>
        <translation>표 가져오기(&amp;T) (CSV/TSV)…</translation>
    </message>
    <message>
        <source>camera frame: {steps}</source>
        <translation>카메라 프레임: {steps}</translation>
    </message>
    <message>
        <source>live frame: {steps}</source>
        <translation>실시간 프레임: {steps}</translation>
    </message>
    <message>
        <source>New image c&amp;lasses…</source>
        <translation>새 이미지 클래스(&amp;L)…</translation>
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
    <message>
        <source>class {name}</source>
        <translation>클래스 {name}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>{bytes} ({human})</source>
        <translation>{bytes} ({human})</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <source>{label} ({family})</source>
        <translation>{label} ({family})</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Geometric</source>
        <translation>기하 변환</translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation>화질 개선</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>압축</translation>
    </message>
    <message>
        <source>Morphology</source>
        <translation>형태학</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>임계값 처리</translation>
    </message>
    <message>
        <source>Edge detection</source>
        <translation>경계 검출</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>The same seed gives the same noise, so results can be compared.</source>
        <translation>시드가 같으면 잡음도 같으므로 결과를 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>tl x</source>
        <extracomment>The perspective operation&apos;s corner parameters: top-left x … bottom-left y.</extracomment>
        <translation>왼쪽 위 x</translation>
    </message>
    <message>
        <source>tl y</source>
        <translation>왼쪽 위 y</translation>
    </message>
    <message>
        <source>tr x</source>
        <translation>오른쪽 위 x</translation>
    </message>
    <message>
        <source>tr y</source>
        <translation>오른쪽 위 y</translation>
    </message>
    <message>
        <source>br x</source>
        <translation>오른쪽 아래 x</translation>
    </message>
    <message>
        <source>br y</source>
        <translation>오른쪽 아래 y</translation>
    </message>
    <message>
        <source>bl x</source>
        <translation>왼쪽 아래 x</translation>
    </message>
    <message>
        <source>bl y</source>
        <translation>왼쪽 아래 y</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Turns the image about its centre; each output pixel is interpolated from the four input pixels around where it came from.</source>
        <translation>이미지를 중심을 기준으로 돌립니다. 각 출력 픽셀은 원래 위치 주변의 입력 픽셀 네 개로 보간합니다.</translation>
    </message>
    <message>
        <source>angle (°)</source>
        <translation>각도 (°)</translation>
    </message>
    <message>
        <source>Counter-clockwise angle in degrees.</source>
        <translation>반시계 방향 각도(도).</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>크기 조절</translation>
    </message>
    <message>
        <source>Resizes the image: shrinking averages pixels (area), enlarging interpolates between them (bilinear).</source>
        <translation>이미지 크기를 바꿉니다. 줄일 때는 픽셀을 평균하고(영역), 늘릴 때는 그 사이를 보간합니다(쌍선형).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>New size ÷ old size.</source>
        <translation>새 크기 ÷ 원래 크기.</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>뒤집기</translation>
    </message>
    <message>
        <source>Mirrors the image; a CNN trained with flipped copies learns that a mirrored cat is still a cat.</source>
        <translation>이미지를 거울처럼 뒤집습니다. 뒤집은 사본으로 학습한 CNN은 거울에 비친 고양이도 고양이라는 것을 배웁니다.</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>축</translation>
    </message>
    <message>
        <source>Which way to mirror.</source>
        <translation>어느 방향으로 뒤집을지 정합니다.</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>both</source>
        <translation>양쪽</translation>
    </message>
    <message>
        <source>Shear</source>
        <translation>기울이기</translation>
    </message>
    <message>
        <source>An affine map that slides each row (or column) sideways in proportion to its distance from the centre; straight lines stay straight.</source>
        <translation>각 행(또는 열)을 중심에서의 거리에 비례해 옆으로 미는 아핀 변환입니다. 직선은 직선으로 남습니다.</translation>
    </message>
    <message>
        <source>shear x</source>
        <translation>기울기 x</translation>
    </message>
    <message>
        <source>shear y</source>
        <translation>기울기 y</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>원근</translation>
    </message>
    <message>
        <source>Moves the four corners anywhere: a homography, as when a camera looks at a page from an angle. Drag the corner handles in the before view.</source>
        <translation>네 모서리를 어디로든 옮깁니다. 카메라가 비스듬히 종이를 볼 때와 같은 호모그래피입니다. 이전 보기에서 모서리 손잡이를 끌어 보세요.</translation>
    </message>
    <message>
        <source>Corner position as a fraction of the width or height.</source>
        <translation>너비나 높이에 대한 비율로 나타낸 모서리 위치.</translation>
    </message>
    <message>
        <source>Brightness / contrast</source>
        <translation>밝기 / 대비</translation>
    </message>
    <message>
        <source>out = contrast × in + brightness, clipped to 0..255: contrast stretches the differences, brightness shifts everything.</source>
        <translation>출력 = 대비 × 입력 + 밝기, 0..255로 자름: 대비는 차이를 늘리고, 밝기는 전체를 옮깁니다.</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>밝기</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>감마</translation>
    </message>
    <message>
        <source>out = 255·(in/255)^γ: γ &lt; 1 lifts the shadows, γ &gt; 1 darkens them, while black and white stay put.</source>
        <translation>출력 = 255·(입력/255)^γ: γ &lt; 1이면 어두운 부분이 밝아지고, γ &gt; 1이면 더 어두워집니다. 검정과 흰색은 그대로입니다.</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>Histogram equalisation</source>
        <translation>히스토그램 평활화</translation>
    </message>
    <message>
        <source>Remaps the grey levels so that each one is used about equally often: a low-contrast image spreads over the full range.</source>
        <translation>모든 회색 단계가 거의 같은 빈도로 쓰이도록 다시 배치합니다. 대비가 낮은 이미지가 전체 범위로 퍼집니다.</translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation>CLAHE</translation>
    </message>
    <message>
        <source>Equalisation in small tiles with a cap on how much any level may be boosted, so local detail improves without amplifying noise.</source>
        <translation>작은 타일마다 평활화하되 한 단계를 얼마나 키울지에 상한을 둡니다. 잡음을 키우지 않고 국소적인 세부가 좋아집니다.</translation>
    </message>
    <message>
        <source>clip limit</source>
        <translation>제한값</translation>
    </message>
    <message>
        <source>tiles</source>
        <translation>타일 수</translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation>언샤프 마스크</translation>
    </message>
    <message>
        <source>Adds back the difference between the image and a blurred copy: the fine detail the blur removed is amplified.</source>
        <translation>이미지와 흐린 사본의 차이를 다시 더합니다. 흐림이 지운 미세한 세부가 강조됩니다.</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>세기</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>가우시안 잡음</translation>
    </message>
    <message>
        <source>Adds random values from a bell curve to every pixel, like sensor noise in a dark photo.</source>
        <translation>모든 픽셀에 종 모양 분포의 무작위 값을 더합니다. 어두운 곳에서 찍은 사진의 센서 잡음과 같습니다.</translation>
    </message>
    <message>
        <source>Salt-and-pepper noise</source>
        <translation>소금-후추 잡음</translation>
    </message>
    <message>
        <source>Sets a random fraction of pixels to pure black or white, like dead pixels or transmission errors.</source>
        <translation>무작위로 고른 일부 픽셀을 완전한 검정이나 흰색으로 만듭니다. 죽은 화소나 전송 오류와 같습니다.</translation>
    </message>
    <message>
        <source>Median filter</source>
        <translation>중앙값 필터</translation>
    </message>
    <message>
        <source>Each pixel becomes the median of its neighbourhood: isolated outliers (salt and pepper) vanish while edges stay sharp.</source>
        <translation>각 픽셀이 이웃의 중앙값이 됩니다. 외따로 튀는 값(소금과 후추)은 사라지고 경계는 선명하게 남습니다.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Gaussian denoise</source>
        <translation>가우시안 잡음 제거</translation>
    </message>
    <message>
        <source>A Gaussian-weighted average: good against Gaussian noise, but it blurs edges too.</source>
        <translation>가우시안 가중 평균입니다. 가우시안 잡음에는 좋지만 경계도 흐려집니다.</translation>
    </message>
    <message>
        <source>Bilateral filter</source>
        <translation>양방향 필터</translation>
    </message>
    <message>
        <source>Averages only neighbours that are both near and similar in value, so noise is smoothed while edges are kept.</source>
        <translation>가까우면서 값도 비슷한 이웃만 평균합니다. 잡음은 부드러워지고 경계는 남습니다.</translation>
    </message>
    <message>
        <source>diameter</source>
        <translation>지름</translation>
    </message>
    <message>
        <source>σ colour</source>
        <translation>σ 색</translation>
    </message>
    <message>
        <source>σ space</source>
        <translation>σ 공간</translation>
    </message>
    <message>
        <source>Non-local means</source>
        <translation>비지역 평균</translation>
    </message>
    <message>
        <source>Averages pixels whose surrounding patches look alike, wherever they are in the image: strong denoising that keeps texture.</source>
        <translation>이미지 어디에 있든 주변 조각이 비슷한 픽셀끼리 평균합니다. 질감을 살리는 강한 잡음 제거입니다.</translation>
    </message>
    <message>
        <source>strength h</source>
        <translation>세기 h</translation>
    </message>
    <message>
        <source>JPEG compression</source>
        <translation>JPEG 압축</translation>
    </message>
    <message>
        <source>Stores the image as JPEG and reads it back: 8×8 blocks lose their fine detail first, so low quality shows blocks and ringing at edges.</source>
        <translation>이미지를 JPEG로 저장했다가 다시 읽습니다. 8×8 블록의 미세한 세부가 먼저 사라지므로 품질이 낮으면 블록과 경계의 물결 무늬가 보입니다.</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>0-100: lower quality, smaller file, more loss.</source>
        <translation>0-100: 품질이 낮을수록 파일이 작고 손실이 큽니다.</translation>
    </message>
    <message>
        <source>Erode</source>
        <translation>침식</translation>
    </message>
    <message>
        <source>Each pixel becomes the minimum of its neighbourhood: bright shapes shrink, dark gaps grow.</source>
        <translation>각 픽셀이 이웃의 최솟값이 됩니다. 밝은 모양은 줄고 어두운 틈은 커집니다.</translation>
    </message>
    <message>
        <source>Dilate</source>
        <translation>팽창</translation>
    </message>
    <message>
        <source>Each pixel becomes the maximum of its neighbourhood: bright shapes grow, small holes close.</source>
        <translation>각 픽셀이 이웃의 최댓값이 됩니다. 밝은 모양은 커지고 작은 구멍은 메워집니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>Erode then dilate: removes small bright specks while larger shapes keep their size.</source>
        <translation>침식한 뒤 팽창합니다. 작고 밝은 점은 없어지고 큰 모양은 크기를 유지합니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>Dilate then erode: fills small dark holes and gaps while shapes keep their size.</source>
        <translation>팽창한 뒤 침식합니다. 작고 어두운 구멍과 틈을 메우고 모양은 크기를 유지합니다.</translation>
    </message>
    <message>
        <source>Global threshold</source>
        <translation>전역 임계값</translation>
    </message>
    <message>
        <source>Every value above the level becomes white and the rest black: the simplest segmentation.</source>
        <translation>기준보다 큰 값은 모두 흰색, 나머지는 검정이 됩니다. 가장 간단한 분할(segmentation)입니다.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Adaptive threshold</source>
        <translation>적응형 임계값</translation>
    </message>
    <message>
        <source>Compares each pixel with the mean of its own neighbourhood, so uneven lighting does not spoil the result.</source>
        <translation>각 픽셀을 자기 이웃의 평균과 비교하므로 조명이 고르지 않아도 결과가 망가지지 않습니다.</translation>
    </message>
    <message>
        <source>block</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>offset C</source>
        <translation>오프셋 C</translation>
    </message>
    <message>
        <source>Otsu threshold</source>
        <translation>Otsu 임계값</translation>
    </message>
    <message>
        <source>Chooses the level that best separates the histogram into two classes (least variance within each).</source>
        <translation>히스토그램을 두 클래스로 가장 잘 나누는(각 클래스 안의 분산이 가장 작은) 기준을 고릅니다.</translation>
    </message>
    <message>
        <source>Canny edges</source>
        <translation>Canny 경계</translation>
    </message>
    <message>
        <source>Gradient, thin to one-pixel lines, then keep strong edges and the weak ones connected to them (two thresholds).</source>
        <translation>기울기(gradient)를 구하고, 한 픽셀 두께의 선으로 가늘게 한 다음, 강한 경계와 그에 이어진 약한 경계를 남깁니다(임계값 두 개).</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>There is no image operation called {name}.</source>
        <extracomment>The families in menu order (the ui names them: ui/filters/pipeline_strip.family_label).</extracomment>
        <translation>{name}(이)라는 이미지 연산은 없습니다.</translation>
    </message>
    <message>
        <source>{operation}: {parameter} must be between {low} and {high}.</source>
        <translation>{operation}: {parameter}은(는) {low}와 {high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>These four corners collapse the image to a line; move them apart.</source>
        <translation>이 네 모서리는 이미지를 선 하나로 접어 버립니다. 서로 떨어뜨리세요.</translation>
    </message>
    <message>
        <source>OpenCV could not encode this map as JPEG.</source>
        <translation>OpenCV가 이 맵을 JPEG로 인코딩하지 못했습니다.</translation>
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
    <name>PaletteSwatches</name>
    <message>
        <source>The palette: the only colours this image may use. Each pixel stores the index of one of them, so a 16-colour image needs 4 bits per pixel.</source>
        <translation>팔레트: 이 이미지가 쓸 수 있는 유일한 색들입니다. 각 픽셀은 그중 하나의 번호를 저장하므로 16색 이미지는 픽셀당 4비트가 필요합니다.</translation>
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
    <name>Pipeline</name>
    <message>
        <source>conv {kh}×{kw}, stride {stride}, pad {padding} ({mode}), dilation {dilation}</source>
        <extracomment>How a conv stage&apos;s output is drawn: &quot;image&quot; clips it to 0..255 and shows it as the picture it is (a blur, a sharpen); &quot;signed&quot; shows a feature map, blue &lt; 0 &lt; red (an edge detector); &quot;auto&quot; picks &quot;image&quot; for kernels that sum to 1, which keep the input&apos;s brightness.</extracomment>
        <translation>합성곱 {kh}×{kw}, 스트라이드 {stride}, 패딩 {padding} ({mode}), 팽창 {dilation}</translation>
    </message>
    <message>
        <source>activation {function}</source>
        <translation>활성화 {function}</translation>
    </message>
    <message>
        <source>global average pool</source>
        <translation>전역 평균 풀링</translation>
    </message>
    <message>
        <source>max pool {k}×{k}, stride {stride}, pad {padding}</source>
        <translation>최대 풀링 {k}×{k}, 스트라이드 {stride}, 패딩 {padding}</translation>
    </message>
    <message>
        <source>avg pool {k}×{k}, stride {stride}, pad {padding}</source>
        <translation>평균 풀링 {k}×{k}, 스트라이드 {stride}, 패딩 {padding}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Stage {n} ({stage}): {message}</source>
        <translation>{n}단계 ({stage}): {message}</translation>
    </message>
    <message>
        <source>{stage} (off)</source>
        <translation>{stage} (꺼짐)</translation>
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
        <source>&quot;depthwise&quot; must be true or false</source>
        <translation>&quot;depthwise&quot;는 true나 false여야 합니다</translation>
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
        <translation>회색조 입력</translation>
    </message>
    <message>
        <source>colour input</source>
        <translation>컬러 입력</translation>
    </message>
    <message>
        <source>edit stage {n}</source>
        <translation>{n}단계 편집</translation>
    </message>
    <message>
        <source>add stage {n}</source>
        <translation>{n}단계 추가</translation>
    </message>
    <message>
        <source>remove stage {n}</source>
        <translation>{n}단계 삭제</translation>
    </message>
    <message>
        <source>move stage {i} to {j}</source>
        <translation>{i}단계를 {j}(으)로 이동</translation>
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
        <translation>전통적인 이미지 연산을 넣습니다: 기하 변환, 화질 개선, 복원, 압축, 형태학, 임계값 처리, 경계 검출.</translation>
    </message>
    <message>
        <source>Undo the last change of the pipeline (Ctrl+Z).</source>
        <translation>파이프라인의 마지막 변경을 되돌립니다 (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z).</source>
        <translation>방금 되돌린 변경을 다시 실행합니다 (Ctrl+Shift+Z).</translation>
    </message>
    <message>
        <source>Convolution: slide a kernel over each channel; the output is a feature map (signed: blue &lt; 0 &lt; red).</source>
        <translation>합성곱(convolution): 각 채널 위로 커널을 밉니다. 출력은 특징 맵(feature map)입니다(부호 있음: 파랑 &lt; 0 &lt; 빨강).</translation>
    </message>
    <message>
        <source>Activation: a nonlinearity applied to every value; without it, stacked convolutions would be one big convolution.</source>
        <translation>활성화(activation): 모든 값에 적용하는 비선형 함수입니다. 이것이 없으면 쌓은 합성곱들은 하나의 큰 합성곱과 같습니다.</translation>
    </message>
    <message>
        <source>Pooling: summarise each window by its max or mean, making the map smaller and tolerant to small shifts.</source>
        <translation>풀링(pooling): 각 창을 최댓값이나 평균으로 요약해 맵을 줄이고 작은 이동에 둔감하게 만듭니다.</translation>
    </message>
    <message>
        <source>A classic image-processing operation used as a stage.</source>
        <translation>단계로 쓰는 전통적인 영상 처리 연산입니다.</translation>
    </message>
    <message>
        <source>Conv layer: C_in → C_out maps, each the sum over all input channels of one kernel slice each, plus a bias (a real CNN layer).</source>
        <translation>합성곱 층(Conv layer): C_in → C_out개의 맵. 각 맵은 모든 입력 채널에 대해 커널 조각 하나씩을 적용한 합에 편향을 더한 것입니다(실제 CNN 층).</translation>
    </message>
    <message>
        <source>Every stage&apos;s output, left to right. Click one to see it large and edit it; untick it to switch the stage off.</source>
        <translation>모든 단계의 출력이 왼쪽부터 차례로 놓입니다. 하나를 클릭하면 크게 보고 편집할 수 있고, 체크를 끄면 그 단계가 꺼집니다.</translation>
    </message>
    <message>
        <source>+ Conv</source>
        <translation>+ 합성곱</translation>
    </message>
    <message>
        <source>+ Act</source>
        <translation>+ 활성화</translation>
    </message>
    <message>
        <source>+ Pool</source>
        <translation>+ 풀링</translation>
    </message>
    <message>
        <source>Insert after the selected stage. {tip}</source>
        <translation>선택한 단계 뒤에 넣습니다. {tip}</translation>
    </message>
    <message>
        <source>+ Operation</source>
        <translation>+ 연산</translation>
    </message>
    <message>
        <source>Move the selected stage one step earlier.</source>
        <translation>선택한 단계를 한 칸 앞으로 옮깁니다.</translation>
    </message>
    <message>
        <source>Move the selected stage one step later.</source>
        <translation>선택한 단계를 한 칸 뒤로 옮깁니다.</translation>
    </message>
    <message>
        <source>Remove the selected stage.</source>
        <translation>선택한 단계를 삭제합니다.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The image the pipeline starts from.</source>
        <translation>파이프라인이 시작하는 이미지입니다.</translation>
    </message>
    <message>
        <source>+ Layer</source>
        <translation>+ 층</translation>
    </message>
    <message>
        <source>Insert a real conv layer after the selected stage: RGB → 4 feature maps, each summed over the channels.</source>
        <translation>선택한 단계 뒤에 실제 합성곱 층을 넣습니다: RGB → 특징 맵(feature map) 4개, 각 맵은 모든 채널에 걸친 합입니다.</translation>
    </message>
</context>
<context>
    <name>PixelMatrix</name>
    <message>
        <source>{label}: columns {c0}–{c1}, rows {r0}–{r1}</source>
        <translation>{label}: 열 {c0}–{c1}, 행 {r0}–{r1}</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>R (or gray)</source>
        <translation>R (또는 회색조)</translation>
    </message>
    <message>
        <source>How many rows and columns of pixels around the cursor to list.</source>
        <translation>커서 주변의 몇 행, 몇 열의 픽셀을 나열할지 정합니다.</translation>
    </message>
    <message>
        <source>A colour image is three such arrays stacked: R, G and B.</source>
        <translation>컬러 이미지는 이런 배열 세 개(R, G, B)를 쌓은 것입니다.</translation>
    </message>
    <message>
        <source>Each cell is one pixel&apos;s stored number(s); the colour behind it is the pixel.</source>
        <translation>각 칸은 한 픽셀에 저장된 숫자이고, 칸의 배경색이 그 픽셀의 색입니다.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
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
        <translation>결과를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Move the mouse over the image to read its pixels.</source>
        <translation>이미지 위로 마우스를 움직이면 픽셀 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Original left of the line, result right: {mode}, {w} × {h}</source>
        <translation>선 왼쪽은 원본, 오른쪽은 결과: {mode}, {w} × {h}</translation>
    </message>
    <message>
        <source>Result: {mode}, {w} × {h}</source>
        <translation>결과: {mode}, {w} × {h}</translation>
    </message>
    <message>
        <source> (decoded)</source>
        <translation> (디코딩함)</translation>
    </message>
    <message>
        <source> — stores 0 and 1, shown as 0 = black, 1 = white</source>
        <translation> — 0과 1을 저장하며, 0 = 검정, 1 = 흰색으로 보여 줍니다</translation>
    </message>
    <message>
        <source> — stores a palette index per pixel, shown as its colour</source>
        <translation> — 픽셀마다 팔레트 번호를 저장하며, 그 색으로 보여 줍니다</translation>
    </message>
    <message>
        <source> (colour only: conversions drop the alpha channel)</source>
        <translation> (색만: 변환하면 알파 채널은 버려집니다)</translation>
    </message>
    <message>
        <source>Original: {w} × {h}, {bits}-bit {dtype}</source>
        <translation>원본: {w} × {h}, {bits}비트 {dtype}</translation>
    </message>
    <message>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <source>{where}  │  original {original}  │  result {result}</source>
        <translation>{where}  │  원본 {original}  │  결과 {result}</translation>
    </message>
    <message>
        <source>Result, 1 bit per pixel: the 0s and 1s it stores (0 = black, 1 = white)</source>
        <translation>결과, 픽셀당 1비트: 저장된 0과 1 (0 = 검정, 1 = 흰색)</translation>
    </message>
    <message>
        <source>Result: the palette index each pixel stores, on its palette colour</source>
        <translation>결과: 각 픽셀에 저장된 팔레트 번호, 그 팔레트 색 위에</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>index {index} = {colour}</source>
        <translation>번호 {index} = {colour}</translation>
    </message>
    <message>
        <source>white</source>
        <translation>흰색</translation>
    </message>
    <message>
        <source>black</source>
        <translation>검정</translation>
    </message>
    <message>
        <source>{value} ({colour})</source>
        <translation>{value} ({colour})</translation>
    </message>
    <message>
        <source>All channels</source>
        <extracomment>While a camera or video plays, the readout and the numbers grid follow the frames this often.</extracomment>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>R as gray</source>
        <translation>R을 회색조로</translation>
    </message>
    <message>
        <source>G as gray</source>
        <translation>G를 회색조로</translation>
    </message>
    <message>
        <source>B as gray</source>
        <translation>B를 회색조로</translation>
    </message>
    <message>
        <source>H (hue) as gray</source>
        <translation>H(색상)를 회색조로</translation>
    </message>
    <message>
        <source>S (saturation) as gray</source>
        <translation>S(채도)를 회색조로</translation>
    </message>
    <message>
        <source>V (value) as gray</source>
        <translation>V(명도)를 회색조로</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole image.</source>
        <translation>이미지 전체를 보여 줍니다.</translation>
    </message>
    <message>
        <source>One image pixel on one screen pixel. Zoom further (wheel) and each pixel becomes a square with its value.</source>
        <translation>이미지 픽셀 하나를 화면 픽셀 하나에 보여 줍니다. 휠로 더 확대하면 픽셀마다 값이 적힌 정사각형이 됩니다.</translation>
    </message>
    <message>
        <source>Beside: the original beside (or above) the result, zoom and pan move both. Split: the original over the result, left of a line you drag. Result: the result alone, bigger.</source>
        <translation>나란히: 원본을 결과 옆(또는 위)에 놓고 확대와 이동이 함께 움직입니다. 분할: 끌어서 옮기는 선의 왼쪽에 원본을 결과 위에 겹칩니다. 결과: 결과만 크게 봅니다.</translation>
    </message>
    <message>
        <source>A colour image is three gray images (channels) stacked: R, G, B, or hue, saturation and value (HSV). Show one of them on its own.</source>
        <translation>컬러 이미지는 회색 이미지(채널) 세 장을 쌓은 것입니다: R, G, B, 또는 색상, 채도, 명도(HSV). 그중 하나만 따로 봅니다.</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>결과 복사</translation>
    </message>
    <message>
        <source>Copy the result image to the clipboard (File ▸ Save result as… saves it).</source>
        <translation>결과 이미지를 클립보드에 복사합니다 (파일 ▸ 결과를 다른 이름으로 저장…으로 저장할 수 있습니다).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Numbers</source>
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
        <source>{where} (result pixel {x}, {y})</source>
        <translation>{where} (결과 픽셀 {x}, {y})</translation>
    </message>
    <message>
        <source>gray {v} {hex}</source>
        <translation>회색 {v} {hex}</translation>
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
    <name>PoolControls</name>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>global average</source>
        <translation>전역 평균</translation>
    </message>
    <message>
        <source>Max keeps the strongest response in each window (where a feature is, roughly); average keeps the mean; global average turns each channel into one number.</source>
        <translation>최대는 각 창에서 가장 강한 응답을 남기고(특징이 대략 어디 있는지), 평균은 평균값을 남기며, 전역 평균은 채널마다 숫자 하나로 만듭니다.</translation>
    </message>
    <message>
        <source>The window&apos;s side: a 2×2 window with stride 2 halves the width and height.</source>
        <translation>창의 한 변: 스트라이드 2인 2×2 창은 너비와 높이를 절반으로 줄입니다.</translation>
    </message>
    <message>
        <source>How far the window moves; equal to the size, the windows do not overlap.</source>
        <translation>창이 움직이는 거리입니다. 크기와 같으면 창들이 겹치지 않습니다.</translation>
    </message>
    <message>
        <source>Pixels added around the map (at most half the window): −∞ for max pooling, 0 for average.</source>
        <translation>맵 둘레에 덧붙이는 픽셀(최대 창의 절반): 최대 풀링은 −∞, 평균 풀링은 0입니다.</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>패딩</translation>
    </message>
</context>
<context>
    <name>Pooling</name>
    <message>
        <source>Pooling must be one of {value}, not {kind}.</source>
        <translation>풀링은 {value} 중 하나여야 합니다. {kind}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>Pooling size and stride must be 1 or more.</source>
        <translation>풀링 크기와 스트라이드는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Pooling padding must be between 0 and half the window ({value}).</source>
        <translation>풀링 패딩은 0부터 창의 절반({value}) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A {size}×{size} pooling window does not fit in the {value}×{value2} map: use a smaller window or more padding.</source>
        <translation>{size}×{size} 풀링 창이 {value}×{value2} 맵에 들어가지 않습니다. 더 작은 창이나 더 큰 패딩을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>The network&apos;s output is shaped {value}, not (samples, classes).</source>
        <translation>신경망의 출력 모양이 (샘플, 클래스)가 아니라 {value}입니다.</translation>
    </message>
    <message>
        <source>An input of shape {value} does not fit this network.</source>
        <translation>모양이 {value}인 입력은 이 신경망에 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>true value</source>
        <extracomment>Points drawn at most: a scatter of 25,000 test rows costs the window&apos;s thread too much, and the cloud&apos;s shape is the same with an even sample of it. R² always uses every sample.</extracomment>
        <translation>실제 값</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>예측 값</translation>
    </message>
    <message>
        <source>Predicted vs true is for a number to predict (regression): choose reg-plane, reg-gauss or a table with a numeric target.</source>
        <translation>&apos;예측 대 실제&apos;는 수를 예측할 때(회귀) 쓰는 보기입니다. reg-plane, reg-gauss 또는 목표가 수인 표를 고르세요.</translation>
    </message>
    <message>
        <source>No predictions to draw: the network&apos;s answers are not finite numbers.</source>
        <translation>그릴 예측이 없습니다. 신경망의 답이 유한한 수가 아닙니다.</translation>
    </message>
    <message>
        <source>untrained network</source>
        <translation>학습 전 신경망</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>에포크 {epoch}</translation>
    </message>
    <message>
        <source>{what}: R² {r2} on {n} test samples. On the dashed line y = x the prediction is exact; the further a point lies from it, the larger its error.</source>
        <translation>{what}: 테스트 샘플 {n}개에서 R² {r2}. 점선 y = x 위에서는 예측이 정확하고, 점이 선에서 멀수록 오차가 큽니다.</translation>
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
    <message>
        <source>Your own image classes at 64×64 in colour: two small convolution blocks find colours and edges, and flipped, shifted copies of each picture while training make a few dozen samples a class enough.</source>
        <translation>64×64 컬러로 된 나만의 이미지 클래스: 작은 합성곱(convolution) 블록 두 개가 색과 가장자리를 찾고, 학습 중에 각 이미지를 뒤집고 옮긴 사본을 쓰므로 클래스마다 샘플 수십 개면 충분합니다.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The decision boundary needs a network whose first Linear layer takes {n} features.</source>
        <translation>결정 경계를 그리려면 첫 Linear 층이 특징 {n}개를 받는 신경망이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Resample</name>
    <message>
        <source>{text} is not a size like 640x480.</source>
        <translation>{text}은(는) 640x480 같은 크기가 아닙니다.</translation>
    </message>
    <message>
        <source>The scale must be above 0 and at most {MAX_SCALE}, not {scale}.</source>
        <translation>배율은 0보다 크고 {MAX_SCALE} 이하여야 합니다. {scale}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>A size of {w}x{h} has no pixels; use at least 1x1.</source>
        <translation>{w}x{h} 크기에는 픽셀이 없습니다. 적어도 1x1을 쓰세요.</translation>
    </message>
    <message>
        <source>{w}x{h} is more than {value} megapixels.</source>
        <translation>{w}x{h}은(는) {value}메가픽셀보다 큽니다.</translation>
    </message>
    <message>
        <source>Unknown interpolation {interp}; use {value}.</source>
        <translation>알 수 없는 보간 {interp}입니다. {value}을(를) 쓰세요.</translation>
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
        <source>The latest epoch&apos;s figures: loss and accuracy (for a number to predict: mean squared error and R²) on the training and test samples, time per epoch and samples per second.</source>
        <translation>마지막 에포크의 수치: 학습 샘플과 테스트 샘플의 손실과 정확도(수를 예측할 때는 평균 제곱 오차와 R²), 에포크당 시간, 초당 샘플 수.</translation>
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
        <source>Epoch {epoch}/{total}: loss {loss:.4f}, MSE {mse}, R² {r2}; test MSE {test_mse}, test R² {test_r2}. {ms:.0f} ms per epoch, {rate:,.0f} samples/s on {device}.</source>
        <translation>에포크 {epoch}/{total}: 손실 {loss:.4f}, MSE {mse}, R² {r2}, 테스트 MSE {test_mse}, 테스트 R² {test_r2}. 에포크당 {ms:.0f} ms, {device}에서 초당 샘플 {rate:,.0f}개.</translation>
    </message>
    <message>
        <source>Weights from {run}: Train goes on from them.</source>
        <translation>{run}의 가중치: 학습은 이 가중치에서 이어집니다.</translation>
    </message>
    <message>
        <source>under 0.1 ms</source>
        <translation>0.1 ms 미만</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{total}: loss {loss:.4f}, accuracy {acc:.1%}; test loss {test_loss:.4f}, test accuracy {test_acc:.1%}. {time} per epoch, {rate:,.0f} samples/s on {device}.</source>
        <translation>에포크 {epoch}/{total}: 손실 {loss:.4f}, 정확도 {acc:.1%}; 테스트 손실 {test_loss:.4f}, 테스트 정확도 {test_acc:.1%}. 에포크당 {time}, {device}에서 초당 샘플 {rate:,.0f}개.</translation>
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
        <extracomment>Room an entry needs beside its name: the line sample, the spacing and the frame.</extracomment>
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
    <message>
        <source>There is no sample called {name}; the samples are: {known}.</source>
        <extracomment>What the app shows on first start, so it is never empty.</extracomment>
        <translation>{name}(이)라는 샘플은 없습니다. 샘플은 다음과 같습니다: {known}.</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>The standalone script trains classifiers only; export this regression network as ONNX (.onnx) or TorchScript (.pt) instead.</source>
        <translation>독립 실행 스크립트는 분류 신경망만 학습시킵니다. 이 회귀 신경망은 ONNX(.onnx)나 TorchScript(.pt)로 내보내세요.</translation>
    </message>
    <message>
        <source>The {loss} loss is for predicting numbers; choose cross-entropy, BCE or MSE to export a script for classes.</source>
        <translation>{loss} 손실은 수를 예측할 때 씁니다. 클래스용 스크립트를 내보내려면 교차 엔트로피, BCE 또는 MSE를 고르세요.</translation>
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
    <message>
        <source>The Learning tab&apos;s part cannot be read.</source>
        <translation>학습 원리 탭 부분을 읽을 수 없습니다.</translation>
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
    <name>SplitOverlay</name>
    <message>
        <source>Drag the line: left of it the picture before, right of it the picture after.</source>
        <translation>선을 끌어 보세요: 선의 왼쪽은 이전 그림, 오른쪽은 이후 그림입니다.</translation>
    </message>
</context>
<context>
    <name>StepRecorder</name>
    <message>
        <source>● Record a step</source>
        <translation>● 단계 녹화</translation>
    </message>
    <message>
        <source>For teachers: press here where a step should start, change the app as a learner should, press again and choose a lesson file: the step is added with this start, this change as its solution and a check for it.</source>
        <translation>선생님용: 단계가 시작할 상태에서 누르고, 학습자가 할 변경을 직접 한 뒤 다시 눌러 레슨 파일을 고르세요. 그 시작 상태, 그 변경(풀이), 그리고 변경을 알아보는 확인 조건으로 단계가 추가됩니다.</translation>
    </message>
    <message>
        <source>■ Finish the step…</source>
        <translation>■ 단계 마치기…</translation>
    </message>
    <message>
        <source>Recording a step: change the app as a learner should, then press Finish the step.</source>
        <translation>단계를 녹화하는 중입니다: 학습자가 할 변경을 한 뒤 &apos;단계 마치기&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>Added {step} to {name}: write its texts in the file.</source>
        <translation>{name}에 {step}을(를) 추가했습니다. 파일에서 설명 문장을 쓰세요.</translation>
    </message>
    <message>
        <source>Add the step to a lesson file</source>
        <translation>단계를 추가할 레슨 파일</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>레슨 (*.json)</translation>
    </message>
    <message>
        <source>A lesson step can hold a Conv layer only with its starting kernels; undo the edited weights or remove the layer to record this step.</source>
        <translation>레슨 단계에는 처음 커널 그대로인 Conv 층만 담을 수 있습니다. 이 단계를 기록하려면 고친 가중치를 되돌리거나 층을 지우세요.</translation>
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
        <source>The column the network learns to predict: any text, one category per value, or a number (see Predict).</source>
        <translation>신경망이 예측하도록 배우는 열: 아무 텍스트(값마다 범주 하나) 또는 수(&apos;예측 대상&apos; 참고).</translation>
    </message>
    <message>
        <source>Classes (one output per value) or a number to predict (regression: one output, mean squared error). Found from the label: more than {n} different numbers are a quantity.</source>
        <translation>클래스(값마다 출력 하나) 또는 예측할 수(회귀(regression): 출력 하나, 평균 제곱 오차). 레이블에서 알아낼 때는 서로 다른 수가 {n}개보다 많으면 양(수)으로 봅니다.</translation>
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
        <source>Predict</source>
        <translation>예측 대상</translation>
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
    <name>TableTask</name>
    <message>
        <source>found from the label</source>
        <extracomment>What a table&apos;s label column is: found from it (many different numbers are a quantity), classes, or a number to predict (regression). Here and in the data panel&apos;s Predict box.</extracomment>
        <translation>레이블에서 알아냄</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>a number (regression)</source>
        <translation>수(회귀)</translation>
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
    <name>TensorBoardExport</name>
    <message>
        <source>Export run for TensorBoard</source>
        <translation>TensorBoard용으로 학습 기록 내보내기</translation>
    </message>
    <message>
        <source>Train the network (or step one epoch) first: there is no run to export.</source>
        <translation>먼저 신경망을 학습시키세요(또는 1 에포크 진행하세요). 내보낼 학습 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Wrote the run for TensorBoard to {folder}. See it with: tensorboard --logdir &quot;{parent}&quot;</source>
        <translation>학습 기록을 TensorBoard용으로 {folder}에 썼습니다. 보는 방법: tensorboard --logdir &quot;{parent}&quot;</translation>
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
    <name>TermTips</name>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {definition}&lt;br&gt;&lt;i&gt;F1 opens it in the glossary.&lt;/i&gt;</source>
        <extracomment>object name of a control -&gt; the id of its glossary term (resources/glossary/terms.json).</extracomment>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {definition}&lt;br&gt;&lt;i&gt;F1을 누르면 용어집에서 엽니다.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>TfEvents</name>
    <message>
        <source>{name} is not a TensorBoard event file, or it is damaged.</source>
        <translation>{name}은(는) TensorBoard 이벤트 파일이 아니거나 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>ToyData</name>
    <message>
        <source>Unknown logic gate &apos;{name}&apos;; choose one of {value}.</source>
        <translation>알 수 없는 논리 게이트 &apos;{name}&apos;입니다. {value} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>Unknown 2-D data set &apos;{name}&apos;; choose one of {value}.</source>
        <translation>알 수 없는 2차원 데이터셋 &apos;{name}&apos;입니다. {value} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>A 2-D data set needs at least 2 points.</source>
        <translation>2차원 데이터셋에는 점이 적어도 2개 필요합니다.</translation>
    </message>
    <message>
        <source>Noise must be zero or positive.</source>
        <translation>잡음은 0이거나 양수여야 합니다.</translation>
    </message>
    <message>
        <source>The test ratio must be at least 0 and below 1.</source>
        <translation>테스트 비율은 0 이상 1 미만이어야 합니다.</translation>
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
        <translation>&apos;{data}&apos;은(는) 클래스가 아니라 숫자를 예측합니다: 회귀 손실(mse, mae, huber)로 학습하세요.</translation>
    </message>
    <message>
        <source>The {loss} loss is for predicting numbers (regression); &apos;{data}&apos; has classes: use cross_entropy, bce or mse.</source>
        <translation>{loss} 손실은 숫자를 예측하는 회귀용입니다. &apos;{data}&apos;에는 클래스가 있으니 cross_entropy, bce, mse 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>CUDA was chosen but torch sees no CUDA GPU; choose Auto or CPU.</source>
        <extracomment>Networks up to this many parameters send their weights with every epoch (neuron view).</extracomment>
        <translation>CUDA를 골랐지만 torch가 CUDA GPU를 찾지 못했습니다. Auto나 CPU를 고르세요.</translation>
    </message>
    <message>
        <source>MPS was chosen but this machine has no Apple GPU; choose Auto or CPU.</source>
        <translation>MPS를 골랐지만 이 컴퓨터에는 Apple GPU가 없습니다. Auto나 CPU를 고르세요.</translation>
    </message>
    <message>
        <source>Unknown device &apos;{name}&apos;; choose auto, cpu, cuda or mps.</source>
        <translation>알 수 없는 장치 &apos;{name}&apos;입니다. auto, cpu, cuda, mps 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>The design takes input {value} but the data set &apos;{name}&apos; gives {value2}; change the input shape or the data set.</source>
        <translation>설계의 입력은 {value}인데 데이터셋 &apos;{name}&apos;은(는) {value2}을(를) 줍니다. 입력 모양이나 데이터셋을 바꾸세요.</translation>
    </message>
    <message>
        <source>loss became NaN at epoch {epoch}; lower the learning rate</source>
        <translation>에포크 {epoch}에서 손실이 NaN이 되었습니다. 학습률을 낮추세요</translation>
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
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>What the network is punished for: cross-entropy for classes, BCE for one yes/no output, MSE for distances; for a number to predict MSE, MAE (less swayed by outliers) or Huber (squared near 0, absolute beyond).</source>
        <translation>신경망이 무엇에 벌점을 받는지: 클래스에는 교차 엔트로피, 예/아니오 출력 하나에는 BCE, 거리에는 MSE. 수를 예측할 때는 MSE, MAE(이상값에 덜 흔들림) 또는 Huber(0 근처에서는 제곱, 그 밖에서는 절댓값).</translation>
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
    <message>
        <source>Pictures only: each training batch is flipped left-right at random and shifted by a few pixels (the same for the same seed); the test samples stay as they are. A few samples a class then look like many.</source>
        <translation>이미지 전용: 학습 배치마다 무작위로 좌우를 뒤집고 몇 픽셀 옮깁니다(같은 시드면 똑같이). 테스트 샘플은 그대로 둡니다. 그러면 클래스마다 샘플이 적어도 많은 것처럼 보입니다.</translation>
    </message>
    <message>
        <source>Augment (flip, shift)</source>
        <translation>증강(뒤집기, 옮기기)</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss: &lt;span style=&apos;color:{train}&apos;&gt;train&lt;/span&gt;, &lt;span style=&apos;color:{test}&apos;&gt;test&lt;/span&gt;, &lt;span style=&apos;color:{batch}&apos;&gt;per batch&lt;/span&gt;</source>
        <translation>손실: &lt;span style=&apos;color:{train}&apos;&gt;학습&lt;/span&gt;, &lt;span style=&apos;color:{test}&apos;&gt;테스트&lt;/span&gt;, &lt;span style=&apos;color:{batch}&apos;&gt;배치별&lt;/span&gt;</translation>
    </message>
    <message>
        <source>R² (1 is a perfect fit, 0 no better than the mean)</source>
        <translation>R² (1은 완벽한 적합, 0은 평균보다 나을 것 없음)</translation>
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
    <name>Video</name>
    <message>
        <source>The camera stopped sending pictures (unplugged or taken by another program); the last picture stays.</source>
        <extracomment>Frames larger than this are refused, as images are (a 8K video still fits). A camera that gives this many empty reads in a row is treated as disconnected. Containers OpenCV&apos;s FFmpeg backend writes, with the codec that needs no extra licence.</extracomment>
        <translation>카메라가 더 이상 화면을 보내지 않습니다(연결이 끊겼거나 다른 프로그램이 사용 중). 마지막 화면은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a video file.</source>
        <translation>{name}은(는) 동영상 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>{name} is not a video nnstudio can read (try MP4 or AVI).</source>
        <translation>{name}은(는) nnstudio가 읽을 수 있는 동영상이 아닙니다(MP4나 AVI를 써 보세요).</translation>
    </message>
    <message>
        <source>{name} has no frames nnstudio can read.</source>
        <translation>{name}에는 nnstudio가 읽을 수 있는 프레임이 없습니다.</translation>
    </message>
    <message>
        <source>{name}&apos;s frames are {width}×{height}, too large to show live; scale the video down first.</source>
        <translation>{name}의 프레임은 {width}×{height}로, 실시간으로 보여 주기에는 너무 큽니다. 먼저 동영상 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>Camera {index} could not be opened: there is no such camera or another program is using it.</source>
        <translation>카메라 {index}을(를) 열 수 없습니다. 그런 카메라가 없거나 다른 프로그램이 사용 중입니다.</translation>
    </message>
    <message>
        <source>Camera {index} opened but sent no picture; another program may be using it.</source>
        <translation>카메라 {index}이(가) 열렸지만 화면을 보내지 않습니다. 다른 프로그램이 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>카메라 {index}</translation>
    </message>
    <message>
        <source>{name}: nnstudio writes videos as .mp4, .mov, .avi or .mkv.</source>
        <translation>{name}: nnstudio는 동영상을 .mp4, .mov, .avi, .mkv로 씁니다.</translation>
    </message>
    <message>
        <source>Could not write {name}: the folder does not exist.</source>
        <translation>{name}을(를) 쓸 수 없습니다. 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Video frames must be 8-bit pictures.</source>
        <translation>동영상 프레임은 8비트 그림이어야 합니다.</translation>
    </message>
    <message>
        <source>Could not write {name}: OpenCV cannot encode this format here.</source>
        <translation>{name}을(를) 쓸 수 없습니다. 이 컴퓨터의 OpenCV는 이 형식으로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Every frame of a video must have the same size.</source>
        <translation>동영상의 모든 프레임은 크기가 같아야 합니다.</translation>
    </message>
    <message>
        <source>There were no frames to write.</source>
        <translation>쓸 프레임이 없습니다.</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}.</source>
        <translation>{name}을(를) 쓸 수 없습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>WeightFit</name>
    <message>
        <source>&apos;{key}&apos;</source>
        <translation>&apos;{key}&apos;</translation>
    </message>
    <message>
        <source>layer {n} ({kind})</source>
        <translation>층 {n} ({kind})</translation>
    </message>
    <message>
        <source>The weights in {file} do not fit this design: {layer} has no &apos;{name}&apos; in the file.</source>
        <translation>{file}의 가중치가 이 설계에 맞지 않습니다: {layer}의 &apos;{name}&apos;이(가) 파일에 없습니다.</translation>
    </message>
    <message>
        <source>The weights in {file} do not fit this design: {layer} has {name} {here} here but {there} in the file.</source>
        <translation>{file}의 가중치가 이 설계에 맞지 않습니다: {layer}의 {name}이(가) 여기서는 {here}인데 파일에서는 {there}입니다.</translation>
    </message>
    <message>
        <source>The weights in {file} do not fit this design: the file has &apos;{key}&apos;, a layer this design does not have.</source>
        <translation>{file}의 가중치가 이 설계에 맞지 않습니다: 파일에 이 설계에 없는 층 &apos;{key}&apos;이(가) 있습니다.</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>This network has no convolution layer, so it has no kernels to show.</source>
        <translation>이 신경망에는 합성곱 층이 없어서 보여 줄 커널이 없습니다.</translation>
    </message>
    <message>
        <source>Layer {index} is not a convolution layer.</source>
        <translation>층 {index}은(는) 합성곱 층이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>WeightsFile</name>
    <message>
        <source>There is no weights file {name}.</source>
        <extracomment>Room for the pickle, the archive&apos;s small records and its directory beside the storages.</extracomment>
        <translation>가중치 파일 {name}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>{name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a weights file.</source>
        <translation>{name}은(는) 가중치 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The weights in {name} do not fit this design: the file is {size} MB, its layers hold {needed} MB.</source>
        <translation>{name}의 가중치가 이 설계에 맞지 않습니다: 파일은 {size} MB인데 층들은 {needed} MB를 담습니다.</translation>
    </message>
    <message>
        <source>{name} is not a weights file nnstudio can read (a .pt file saved by nnstudio or torch.save).</source>
        <translation>{name}은(는) nnstudio가 읽을 수 있는 가중치 파일(nnstudio나 torch.save로 저장한 .pt 파일)이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} holds compressed data, which torch.save never writes; it is not a weights file nnstudio opens.</source>
        <translation>{name}에는 torch.save가 결코 쓰지 않는 압축 데이터가 있습니다. nnstudio가 여는 가중치 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The weights in {name} do not fit this design: the file declares more data than its layers hold.</source>
        <translation>{name}의 가중치가 이 설계에 맞지 않습니다: 파일이 층들이 담는 것보다 많은 데이터를 선언합니다.</translation>
    </message>
    <message>
        <source>{name} is not a weights file nnstudio can read (it is damaged or holds more than tensors).</source>
        <translation>{name}은(는) nnstudio가 읽을 수 있는 가중치 파일이 아닙니다 (손상되었거나 텐서 외의 것을 담고 있습니다).</translation>
    </message>
    <message>
        <source>{name} does not hold a state dict of weights (names and tensors).</source>
        <translation>{name}에 가중치의 state dict(이름과 텐서)가 없습니다.</translation>
    </message>
    <message>
        <source>{name} holds NaN or infinite weights (&apos;{key}&apos;).</source>
        <translation>{name}에 NaN이나 무한대 가중치가 있습니다 (&apos;{key}&apos;).</translation>
    </message>
    <message>
        <source>The weights in {name} do not fit this design (&apos;{key}&apos; has another type).</source>
        <translation>{name}의 가중치가 이 설계에 맞지 않습니다 (&apos;{key}&apos;의 형식이 다릅니다).</translation>
    </message>
    <message>
        <source>The weights in {name} do not fit this design (different layers or sizes).</source>
        <translation>{name}의 가중치가 이 설계에 맞지 않습니다 (층이나 크기가 다릅니다).</translation>
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
