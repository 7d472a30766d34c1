"""The command line in Korean and English: --lang before or after the command, the locale as
the default, messages and help in the chosen language, JSON untouched."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from nnstudio.cli import main, requested_language
from nnstudio.core import i18n
from nnstudio.core.image_io import load_image


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install(None)  # main() installs the language it chose; other tests expect English


@pytest.fixture
def image(tmp_path):
    path = tmp_path / "ramp.png"
    Image.fromarray(np.tile(np.arange(0, 250, 10, dtype=np.uint8), (6, 1))).save(path)
    return path


def test_korean_error_on_stderr_with_exit_2(capsys, tmp_path):
    missing = str(tmp_path / "nope.png")
    assert main(["--lang", "ko", "info", missing]) == 2
    assert capsys.readouterr().err.strip() == "nnstudio: 오류: nope.png: 그런 파일이 없습니다."
    assert main(["info", "--lang", "en", missing]) == 2
    assert capsys.readouterr().err.strip() == "nnstudio: error: nope.png: no such file."


def test_korean_text_output_and_english_json(capsys, image):
    assert main(["info", str(image), "--lang=ko"]) == 0
    text = capsys.readouterr().out
    facts = load_image(str(image)).source.info()
    assert f"크기:              {facts['width']} x {facts['height']} 픽셀" in text
    assert main(["--lang", "ko", "info", str(image), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == facts  # keys and values as in English


def test_korean_help_texts(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "ko", "pixels", "--help"])
    assert "쓸 PNG 파일" in capsys.readouterr().out


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "ko_KR.UTF-8"}, "ko"), ({"LANG": "de_DE.UTF-8"}, "en"), ({"LANGUAGE": "ko:en", "LANG": "C"}, "ko"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}, "en"), ({}, "en"),
])
def test_the_locale_decides_without_lang(monkeypatch, environment, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert requested_language(["info", "x.png"]) == expected
    assert requested_language(["info", "--lang", "en", "x.png"]) == "en"


def test_korean_plural_from_the_cli_translator():
    from nnstudio.ui.cli_language import install_cli_language

    assert install_cli_language("ko")
    assert i18n.translate("CliActivations", "Wrote %n layer(s) for {what} to {path}", None, 3) == \
        "{what}의 층 3개를 {path}에 썼습니다"
    assert i18n.translate("NoSuchContext", "%n file(s)", None, 2) == "2 files"  # English when missing
