"""What the modules that apply a lesson state share: the tab by key, the refusal sentence,
choosing a combo box entry by its data."""

from __future__ import annotations

from ...core.errors import InputError
from ...core.i18n import QT_TRANSLATE_NOOP, translate


def page(window, key: str):
    return next(page for page in window.pages if page.key == key)


def refuse(text: str, **values) -> InputError:
    """One sentence (``text`` is marked with QT_TRANSLATE_NOOP where it is written)."""
    return InputError(translate("Lessons", text).format(**values))


def known(value: object, names, text: str) -> None:
    """Refuse ``value`` unless it is one of ``names``; ``text`` has {name} and {known}."""
    if value not in names:
        raise refuse(text, name=repr(value), known=", ".join(names))


def index_of(value: object, choices: tuple[str, ...], key: str) -> int:
    if value not in choices:
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"{key}\" must be one of {choices}, not {value}."),
            key=key, choices=", ".join(choices),
                      value=repr(value))
    return choices.index(value)


def once(signal, slot) -> None:
    """Call ``slot`` the next time ``signal`` fires, then no more."""
    def fire(*_args) -> None:
        signal.disconnect(fire)
        slot()
    signal.connect(fire)


def select_data(combo, data) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
