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
import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from .ts_file import Message, read_messages, write_ts

PACKAGE = Path(__file__).resolve().parents[1]
FOLDER = PACKAGE.parent / "resources" / "translations"
UPDATE_COMMAND = "python -m nnstudio.ui.translations update"

#: language -> (Qt's target language, its number of plural forms). The English file holds
#: the plurals only: every other English text is its own source.
TS_FILES = {"ko": ("ko_KR", 1), "en": ("en_US", 2)}

#: The contexts whose Korean must be complete (tests/ui/test_translations.py checks it): ALL
#: since every tab was translated; a tuple of context names would limit the check.
ALL = "all"
TRANSLATED_CONTEXTS: tuple[str, ...] | str = ALL  # every string: a new one needs its Korean before it lands


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
    target, _ = TS_FILES[language]
    _run([str(qt_tool("lupdate")), "-extensions", "py", "-locations", "none", "-no-obsolete",
          "-source-language", "en_US", "-target-language", target, str(sources), "-ts", str(ts)])


def refresh(ts: Path, language: str, sources: Path = PACKAGE) -> None:
    """lupdate, then make every "%n" message a plural with its forms.

    lupdate's Python parser marks a plural only for ``self.tr(text, comment, n)``; from
    ``translate(context, text, comment, n)`` it extracts the text as a plain message (and
    turns a plural it finds in the file back into one). So plurals are marked here, by the
    ``%n`` in their source, and their translations carried over from before the run.
    """
    before = {m.key[:3]: m for m in read_messages(ts) if "%n" in m.source} if ts.exists() else {}
    lupdate(ts, language, sources)
    tree = ET.parse(ts)
    forms_wanted = TS_FILES[language][1]
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            if "%n" not in source:
                if language == "en":
                    context.remove(message)
                continue
            old = before.get((name, source, message.findtext("comment", "")))
            translation = message.find("translation")
            current = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            forms, finished = (old.translations, old.finished) if old else (current, False)
            forms = (list(forms) + [forms[-1]] * forms_wanted)[:forms_wanted]
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            if finished and all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
        if not context.findall("message"):
            tree.getroot().remove(context)
    write_ts(tree, ts)
    if language == "en":
        fill_english_plurals(ts)


def lrelease(ts: Path, qm: Path) -> None:
    _run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)])


def english_plural_forms(source: str) -> tuple[str, str] | None:
    """"%n sample(s)" -> ("%n sample", "%n samples"), "%n pass(es)" -> ("%n pass", "%n passes");
    None for a source without such an ending."""
    if not _PLURAL_ENDING.search(source):
        return None
    return _PLURAL_ENDING.sub("", source), _PLURAL_ENDING.sub(r"\1", source)


_PLURAL_ENDING = re.compile(r"\((e?s)\)")


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
    write_ts(tree, ts)
    return filled


def update(folder: Path = FOLDER, sources: Path = PACKAGE) -> None:
    """Refresh both .ts files from the code and compile both .qm files."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in TS_FILES:
        ts = ts_path(language, folder)
        refresh(ts, language, sources)
        lrelease(ts, ts.with_suffix(".qm"))


def calls_in_code(sources: Path = PACKAGE) -> list[tuple[str, str, str]]:
    """(context, text, "file:line") of every translation call with literal arguments in the
    code, found with Python's own parser: what lupdate should have extracted."""
    found = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls, call in _calls(tree, None):
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in call.args[:2]]
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(sources.parent)}:{call.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and None not in args:
                found.append((args[0], args[1], where))
            elif (name == "tr" and cls and isinstance(func, ast.Attribute)
                  and isinstance(func.value, ast.Name) and func.value.id == "self" and args and args[0] is not None):
                found.append((cls, args[0], where))
    return found


def _calls(node: ast.AST, cls: str | None):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            yield from _calls(child, child.name)
            continue
        if isinstance(child, ast.Call):
            yield cls, child
        yield from _calls(child, cls)


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
