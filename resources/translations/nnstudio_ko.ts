<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
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
</TS>
