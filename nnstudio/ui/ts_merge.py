"""A git merge driver for the .ts files: two branches that each translated or added strings
merge without a conflict (lupdate rewrites the whole file, so line-based merges conflict).

    git config merge.nnstudio-ts.driver "PYTHONPATH=. python -m nnstudio.ui.ts_merge %O %A %B"

(.gitattributes names the driver for resources/translations/*.ts.) Messages are matched by
context, source and comment; a finished translation wins over an unfinished one, ours over
theirs when both are finished. Run ``python -m nnstudio.ui.translations update`` afterwards:
it drops what the code no longer has and compiles the .qm files.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .ts_file import write_ts


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def merge(ours: Path, theirs: Path) -> None:
    """Write into `ours` the union of both files' messages."""
    tree = ET.parse(ours)
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    messages = {_key(name, m): (c, m) for name, c in contexts.items() for m in c.iter("message")}
    for context in ET.parse(theirs).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = _key(name, message)
            if key in messages:
                parent, mine = messages[key]
                if _finished(message) and not _finished(mine):
                    index = list(parent).index(mine)
                    parent.remove(mine)
                    parent.insert(index, copy.deepcopy(message))
                continue
            if name not in contexts:
                contexts[name] = ET.SubElement(root, "context")
                ET.SubElement(contexts[name], "name").text = name
            contexts[name].append(copy.deepcopy(message))
            messages[key] = (contexts[name], message)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name", ""))
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    write_ts(tree, ours)


def main(argv: list[str]) -> int:
    _base, ours, theirs = (Path(a) for a in argv)
    merge(ours, theirs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
