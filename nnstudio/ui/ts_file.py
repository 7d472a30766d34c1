"""Reading and writing Qt Linguist .ts files (the XML that lupdate writes and lrelease reads)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


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


def read_messages(ts: Path) -> list[Message]:
    """Every message of a .ts file, in file order."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            if forms:
                texts = tuple(f.text or "" for f in forms)
            else:
                texts = (translation.text or "",) if translation is not None else ("",)
            finished = (translation is not None and all(texts)
                        and translation.get("type") not in ("unfinished", "vanished", "obsolete"))
            messages.append(Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                                    message.get("numerus") == "yes", texts, finished))
    return messages


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write a .ts file in lupdate's own layout, so that running lupdate after it changes nothing."""
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root.iter("context"):
        lines.append("<context>")
        for child in context:
            if child.tag != "message":
                lines.append(f"    {_element(child)}")
                continue
            lines.append(f"    <message{_attributes(child)}>")
            for part in child:
                if part.tag == "translation" and len(part):
                    lines.append(f"        <translation{_attributes(part)}>")
                    lines += [f"            {_element(form)}" for form in part]
                    lines.append("        </translation>")
                else:
                    lines.append(f"        {_element(part)}")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _escape(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("'", "&apos;").replace('"', "&quot;")


def _attributes(element: ET.Element) -> str:
    return "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())


def _element(element: ET.Element) -> str:
    return f"<{element.tag}{_attributes(element)}>{_escape(element.text)}</{element.tag}>"
