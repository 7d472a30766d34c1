"""The .ts merge driver keeps every branch's strings and translations."""

from __future__ import annotations

from nnstudio.ui.ts_file import read_messages
from nnstudio.ui.ts_merge import merge

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ko_KR">\n'


def ts(*contexts: tuple[str, list[tuple[str, str | None]]]) -> str:
    parts = [HEAD]
    for name, messages in contexts:
        parts.append(f"<context>\n    <name>{name}</name>\n")
        for source, translation in messages:
            kind = "" if translation else ' type="unfinished"'
            parts.append(f"    <message>\n        <source>{source}</source>\n"
                         f"        <translation{kind}>{translation or ''}</translation>\n    </message>\n")
        parts.append("</context>\n")
    return "".join(parts) + "</TS>\n"


def test_union_of_strings_and_finished_translations_win(tmp_path):
    ours, theirs = tmp_path / "ours.ts", tmp_path / "theirs.ts"
    ours.write_text(ts(("B", [("Open", "열기"), ("Save", None)]), ("D", [("Mine", None)])), encoding="utf-8")
    theirs.write_text(ts(("A", [("New", "새로")]), ("B", [("Open", "딴말"), ("Save", "저장")])), encoding="utf-8")
    merge(ours, theirs)
    got = {(m.context, m.source): (m.translations[0], m.finished) for m in read_messages(ours)}
    assert got == {("A", "New"): ("새로", True), ("B", "Open"): ("열기", True),
                   ("B", "Save"): ("저장", True), ("D", "Mine"): ("", False)}
    assert [m.context for m in read_messages(ours)] == ["A", "B", "B", "D"]  # contexts in order
