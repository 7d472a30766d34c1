"""Keeping the translation files in step with the code (for contributors, not the running app).

    python -m nnstudio.ui.translations update    # after adding or changing any tr() string
    python -m nnstudio.ui.translations stats     # how many strings, how many translated

``update`` runs Qt's ``lupdate`` over nnstudio/ into resources/translations/nnstudio_ko.ts (every
string) and nnstudio_en.ts (only the plurals, whose English forms it fills in where the source
follows the ``"%n sample(s)"`` convention), then ``lrelease`` to the .qm files the app loads.
Both the .ts and the .qm files are committed, so a fresh clone runs in Korean with no build step.
Translate with Qt Linguist (``pyside6-linguist resources/translations/nnstudio_ko.ts``) or any
text editor, then run ``update`` again.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

PACKAGE = Path(__file__).resolve().parents[1]
FOLDER = PACKAGE.parent / "resources" / "translations"
UPDATE_COMMAND = "python -m nnstudio.ui.translations update"

#: language -> (Qt's target language, whether the file holds the plurals only)
TS_FILES = {"ko": ("ko_KR", False), "en": ("en_US", True)}

#: The contexts whose Korean must be complete (tests/ui/test_translations.py checks it). The
#: full pass over every tab adds the rest, until this becomes ALL.
ALL = "all"
TRANSLATED_CONTEXTS: tuple[str, ...] | str = (
    "Cli", "DeviceLabel", "LanguageMenu", "MainWindow", "Page", "Samples",
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one per plural form; ("",) when untranslated
    finished: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return self.context, self.source, self.comment, self.numerus


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"nnstudio_{language}.ts"


def qt_tool(name: str) -> Path:
    """Qt's own lupdate/lrelease binaries, shipped inside PySide6 (pyside6-lupdate runs them)."""
    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))
    if not exe.is_file():
        raise FileNotFoundError(f"{exe} is missing: install PySide6-Essentials")
    return exe


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def lupdate(ts: Path, language: str, sources: Path = PACKAGE) -> None:
    """Extract every tr()/translate() string under ``sources`` into ``ts``, keeping what is
    translated. No line numbers (-locations none): they would change with every edit of the
    code and make every branch's .ts conflict with every other's."""
    target, plurals_only = TS_FILES[language]
    command = [str(qt_tool("lupdate")), "-extensions", "py", "-locations", "none", "-no-obsolete",
               "-source-language", "en_US", "-target-language", target, str(sources), "-ts", str(ts)]
    if plurals_only:
        command.insert(1, "-pluralonly")
    _run(command)


def lrelease(ts: Path, qm: Path) -> None:
    _run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)])


def read_messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(f.text or "" for f in forms) if forms else ((translation.text or "",) if translation is not None else ("",))
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete") and all(texts)
            messages.append(Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                                    message.get("numerus") == "yes", texts, finished))
    return messages


def english_plural_forms(source: str) -> tuple[str, str] | None:
    """"%n sample(s)" -> ("%n sample", "%n samples"); None for a source without "(s)"."""
    if "(s)" not in source:
        return None
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english_plurals(ts: Path) -> int:
    """Give each unfinished English plural its two forms; returns how many it filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = english_plural_forms(message.findtext("source", ""))
        if message.get("numerus") != "yes" or translation is None or forms is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def update(folder: Path = FOLDER, sources: Path = PACKAGE) -> None:
    """lupdate both .ts files, fill the English plurals, lrelease both .qm files."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in TS_FILES:
        ts = ts_path(language, folder)
        lupdate(ts, language, sources)
        if language == "en" and fill_english_plurals(ts):
            lupdate(ts, language, sources)  # back to lupdate's own layout
        lrelease(ts, ts.with_suffix(".qm"))


def is_translated(context: str, contexts: tuple[str, ...] | str = TRANSLATED_CONTEXTS) -> bool:
    return contexts == ALL or context in contexts


def unfinished(messages: list[Message], contexts: tuple[str, ...] | str = TRANSLATED_CONTEXTS) -> list[Message]:
    return [m for m in messages if is_translated(m.context, contexts) and not m.finished]


def write_pseudo(qm: Path, wrap=lambda text: f"⟦{text}⟧", folder: Path = FOLDER) -> int:
    """A translation that wraps every string of nnstudio_ko.ts (which holds them all), so
    a text on screen that is not wrapped did not go through the translator. Returns the count."""
    tree = ET.parse(ts_path("ko", folder))
    root = tree.getroot()
    root.set("language", "en_US")  # two plural forms
    count = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = wrap(source)
        else:
            translation.text = wrap(source)
        count += 1
    ts = qm.with_suffix(".ts")
    write_ts(tree, ts)
    lrelease(ts, qm)
    return count


def stats(folder: Path = FOLDER) -> str:
    messages = read_messages(ts_path("ko", folder))
    done = sum(m.finished for m in messages)
    contexts = sorted({m.context for m in messages})
    plurals = [m for m in read_messages(ts_path("en", folder))]
    return (f"{len(messages)} strings in {len(contexts)} contexts; {done} translated into Korean, "
            f"{len(messages) - done} to do; {sum(m.finished for m in plurals)} of {len(plurals)} "
            f"English plurals have their forms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnstudio.ui.translations", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "stats"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    print(stats())
    return 0


if __name__ == "__main__":
    sys.exit(main())
