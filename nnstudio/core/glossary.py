"""The glossary: every term of the study notes in Korean and English, with a one-line
definition in each language and the place in the app where the idea can be seen.

The terms live in ``resources/glossary/terms.json`` (data, not code: a teacher can read and
extend it). A place is ``"tab"`` or ``"tab/view"`` with the tab's key ("pixels", "filters",
"network", "learning") and a view that tab knows how to show (ui/help/places.py).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .resources import resource

GLOSSARY_VERSION = 1


@dataclass(frozen=True)
class Term:
    id: str  # a stable key: lessons and tooltips name terms by it
    ko: str
    en: str
    place: str
    ko_text: str
    en_text: str

    def name(self, language: str) -> str:
        return self.ko if language == "ko" else self.en

    def text(self, language: str) -> str:
        return self.ko_text if language == "ko" else self.en_text

    def matches(self, query: str) -> bool:
        """Whether a search for `query` finds this term: in either language, in the names
        first of all but also in the definitions, ignoring case and spaces (a learner types
        "특징맵" as often as "특징 맵")."""
        needle = _folded(query)
        if not needle:
            return True
        return any(needle in _folded(field) for field in (self.ko, self.en, self.id, self.ko_text, self.en_text))

    def rank(self, query: str) -> int:
        """0 when a name starts with the query, 1 when a name holds it, 2 for a definition."""
        needle = _folded(query)
        names = (_folded(self.ko), _folded(self.en), _folded(self.id))
        if any(name.startswith(needle) for name in names):
            return 0
        return 1 if any(needle in name for name in names) else 2


def _folded(text: str) -> str:
    # NFC so that a Korean syllable typed as separate jamo still matches; no spaces or case.
    return "".join(unicodedata.normalize("NFC", text).casefold().split())


@lru_cache(maxsize=1)
def glossary() -> tuple[Term, ...]:
    """Every term, in the file's order (the order of the notes' topics)."""
    data = json.loads(resource("glossary", "terms.json").read_text(encoding="utf-8"))
    if data.get("version") != GLOSSARY_VERSION:
        raise ValueError(f"glossary version {data.get('version')!r} is not {GLOSSARY_VERSION}")
    return tuple(Term(**entry) for entry in data["terms"])


def search(query: str) -> list[Term]:
    """The terms a search box shows for `query`: names that start with it first, then names
    that hold it, then definitions that mention it; each group in the file's order."""
    found = [term for term in glossary() if term.matches(query)]
    return sorted(found, key=lambda term: term.rank(query))


def term(term_id: str) -> Term | None:
    return next((t for t in glossary() if t.id == term_id), None)
