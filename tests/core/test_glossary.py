"""The glossary covers the notes' terms, in Korean and English, agrees with TERMS.md, and its
search finds terms in either language as a learner types them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nnstudio.core.glossary import glossary, search, term

#: The terms of the study notes (shared/study-notes/, see its README), as the notes write
#: them: every one must be in the glossary under its Korean or its English name.
NOTES_TERMS = [
    ("인공신경망", "artificial neural network"), ("딥러닝", "deep learning"), ("심층 신경망", "deep neural network"),
    ("머신러닝", "machine learning"), ("뉴런", "neuron"), ("퍼셉트론", "perceptron"),
    ("다층 퍼셉트론", "multi-layer perceptron"), ("은닉층", "hidden layer"), ("가중치", "weight"), ("편향", "bias"),
    ("임계값", "threshold"), ("선형", "linear"), ("활성화 함수", "activation function"), ("시그모이드", "sigmoid"),
    ("ReLU", "ReLU"), ("순전파", "feed forward"), ("역전파", "backpropagation"), ("연쇄 법칙", "chain rule"),
    ("미분", "derivative"), ("기울기 소실", "vanishing gradient"), ("과적합", "overfitting"), ("드롭아웃", "dropout"),
    ("파라미터", "parameter"), ("공유 파라미터", "shared parameters"), ("XOR 문제", "XOR problem"),
    ("합성곱", "convolution"), ("합성곱 신경망", "convolutional neural network"), ("채널", "channel"),
    ("필터", "filter"), ("스트라이드", "stride"), ("특징 맵", "feature map"), ("활성화 맵", "activation map"),
    ("패딩", "padding"), ("풀링", "pooling"), ("완전 연결층", "fully connected"), ("영상 처리", "image processing"),
    ("기하 변환", "geometric transform"), ("화질 개선", "enhancement"), ("복원", "restoration"), ("압축", "compression"),
    ("객체 인식", "object recognition"), ("분할", "segmentation"), ("픽셀", "pixel"), ("비트맵", "bitmap"),
    ("해상도", "resolution"), ("1비트 이미지", "1-bit image"), ("8비트 회색조", "8-bit gray"), ("24비트 컬러", "24-bit colour"),
    ("비트 깊이", "bit depth"), ("텐서", "tensor"), ("N차원 배열", "N-dimensional array"), ("브로드캐스팅", "broadcasting"),
    ("모양", "shape"), ("선형대수", "linear algebra"), ("행렬", "matrix"), ("벡터", "vector"), ("샘플", "sample"),
    ("특징", "feature"), ("데이터 흐름 그래프", "dataflow graph"), ("노드", "node"), ("엣지", "edge"),
    ("지도 학습", "supervised learning"), ("비지도 학습", "unsupervised learning"), ("레이블", "label"),
    ("데이터셋", "data set"), ("분산 표현", "distributed representation"), ("CPU", "CPU"), ("GPU", "GPU"),
    ("CUDA", "CUDA"), ("병렬 처리", "parallel processing"), ("직렬 처리", "serial processing"),
    ("텐서플로", "TensorFlow"), ("케라스", "Keras"), ("PyTorch", "PyTorch"), ("넷트론", "Netron"),
    ("OpenVINO", "OpenVINO"), ("텐서보드", "TensorBoard"), ("ONNX", "ONNX"), ("프레임워크", "framework"),
    ("학습", "training"), ("예측", "prediction"), ("분류", "classification"), ("모델", "model"),
]


def _plain(text: str) -> str:
    """A name without its parenthesis: "합성곱 신경망(CNN)" -> "합성곱 신경망"."""
    return re.sub(r"\s*\(.*?\)", "", text).strip().casefold()


def test_at_least_80_terms_each_in_both_languages_with_one_line_definitions():
    terms = glossary()
    assert len(terms) >= 80
    assert len({t.id for t in terms}) == len(terms)
    for t in terms:
        assert t.ko and t.en and t.place, t.id
        for text in (t.ko_text, t.en_text):
            assert text and "\n" not in text and len(text) <= 200, t.id
        assert re.search("[가-힣]", t.ko_text), f"{t.id}: the Korean definition has no Korean"
        assert not re.search("[가-힣]", t.en_text), f"{t.id}: the English definition has Korean in it"


@pytest.mark.parametrize("korean,english", NOTES_TERMS)
def test_every_term_of_the_notes_is_in_the_glossary(korean, english):
    names_ko = {_plain(t.ko) for t in glossary()}
    names_en = {_plain(t.en) for t in glossary()}
    assert _plain(korean) in names_ko or _plain(english) in names_en, (korean, english)


def _terms_md_pairs() -> dict[str, str]:
    """English -> Korean, from every table row of TERMS.md ("a / b | 가 / 나" pairs split)."""
    text = (Path(__file__).parents[2] / "resources" / "translations" / "TERMS.md").read_text(encoding="utf-8")
    pairs = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("English", "---") or not line.startswith("|"):
            continue
        english, korean = cells[0].split(" / "), cells[1].split(" / ")
        if len(english) == len(korean):
            for e, k in zip(english, korean):
                pairs[_plain(e)] = _plain(k)
    return pairs


def test_korean_names_agree_with_terms_md():
    pairs = _terms_md_pairs()
    checked = 0
    for t in glossary():
        english = _plain(t.en)
        if english in pairs and pairs[english] != english:  # "CPU / GPU" stay as they are
            assert _plain(t.ko) == pairs[english], (t.id, t.ko, pairs[english])
            checked += 1
    assert checked >= 60  # most glossary terms are in TERMS.md's tables


@pytest.mark.parametrize("query,expected", [
    ("풀링", "pooling"), ("pool", "pooling"), ("STRIDE", "stride"), ("특징맵", "feature_map"),
    ("feature map", "feature_map"), ("역전파", "backpropagation"), ("vanishing", "vanishing_gradient"),
    ("비트 깊이", "bit_depth"), ("onnx", "onnx"),
])
def test_search_finds_a_term_in_either_language_first(query, expected):
    found = search(query)
    assert found and found[0].id == expected, [t.id for t in found[:5]]


def test_search_narrows_and_an_empty_query_lists_everything():
    assert len(search("")) == len(glossary())
    assert 0 < len(search("맵")) < len(search(""))
    assert search("no such term xyz") == []
    # A definition mentions a word its name lacks: found, but after the names.
    found = [t.id for t in search("ReLU")]
    assert found[0] == "relu" and "activation_map" in found


def test_term_by_id():
    assert term("perceptron").ko == "퍼셉트론"
    assert term("nothing") is None
