"""Reading a learner's own table (CSV or TSV) into columns of text, before any choice of
label or features: the encoding, the delimiter and whether the first row is a header are
found from the file itself, and every later refusal can name its row and column.

Korean spreadsheets often export CP949 (a superset of EUC-KR) instead of UTF-8; both, and
UTF-8 with a byte-order mark, are read without the user having to know which they have.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import InputError
from .i18n import translate

#: A table larger than this is refused from its size, before reading: the whole file is
#: held in memory as text and as numbers while it loads.
MAX_TABLE_BYTES = 200 * 1000 * 1000
#: Tried in this order when the encoding is "auto"; utf-8-sig also reads plain UTF-8.
ENCODINGS = ("utf-8-sig", "cp949")
DELIMITERS = ",\t;|"


@dataclass(frozen=True)
class Table:
    path: str
    encoding: str
    delimiter: str
    columns: tuple[str, ...]  # from the header row, or "column 1", "column 2", … without one
    lines: list[str]  # the data rows, one line each, header and blank lines left out
    has_header: bool

    @property
    def rows(self) -> int:
        return len(self.lines)

    @property
    def first_data_row(self) -> int:
        """The 1-based row of the file where data starts (for messages)."""
        return 2 if self.has_header else 1

    def head(self, count: int) -> list[list[str]]:
        """The first `count` data rows, for a preview."""
        return [[c.strip() for c in row] for row in csv.reader(self.lines[:count], delimiter=self.delimiter)]

    def numbers(self, indices: list[int]) -> np.ndarray:
        """The columns as float64 (rows, len(indices)), parsed by numpy's C reader (a
        100,000-row table in about a second); ValueError if a cell is not a number."""
        return np.loadtxt(self.lines, delimiter=self.delimiter, usecols=indices, dtype=np.float64,
                          quotechar='"', ndmin=2, comments=None)

    def texts(self, index: int) -> np.ndarray:
        """A column's cells as text without surrounding spaces."""
        cells = np.loadtxt(self.lines, delimiter=self.delimiter, usecols=index, dtype=str, quotechar='"',
                           ndmin=1, comments=None)
        return np.char.strip(cells)

    def cells(self, index: int) -> Iterator[tuple[int, str]]:
        """(file row, cell) down one column, read slowly: for finding a bad cell."""
        for number, row in enumerate(csv.reader(self.lines, delimiter=self.delimiter), start=self.first_data_row):
            yield number, row[index].strip()

    def column_index(self, name: str) -> int:
        """A column by its name, or by its 1-based number."""
        if name in self.columns:
            return self.columns.index(name)
        if name.isdigit() and 1 <= int(name) <= len(self.columns):
            return int(name) - 1
        raise InputError(translate("TableFile", "The table has no column '{name}'; its columns are {columns}.").format(
            name=name, columns=", ".join(self.columns)))


def _decode(raw: bytes, encoding: str, path: str) -> tuple[str, str]:
    if encoding != "auto":
        try:
            return raw.decode(encoding), encoding
        except LookupError:
            raise InputError(translate("TableFile", "Unknown text encoding '{encoding}'; try utf-8 or cp949.").format(
                encoding=encoding)) from None
        except UnicodeDecodeError as exc:
            raise InputError(translate("TableFile", "{path} is not {encoding} text (byte {offset}).").format(
                path=path, encoding=encoding, offset=f"{exc.start:,}")) from None
    for candidate in ENCODINGS:
        try:
            return raw.decode(candidate), ("utf-8" if candidate == "utf-8-sig" and not raw.startswith(
                b"\xef\xbb\xbf") else candidate)
        except UnicodeDecodeError:
            continue
    raise InputError(translate("TableFile", "{path} is neither UTF-8 nor CP949 (EUC-KR) text; save it as UTF-8 CSV.")
                     .format(path=path))


def _delimiter(text: str, path: str, given: str | None) -> str:
    if given:
        return "\t" if given in ("\\t", "tab") else given
    if path.lower().endswith((".tsv", ".tab")):
        return "\t"
    sample = "\n".join(text[:65536].splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _looks_like_header(first: list[str], rest: list[list[str]]) -> bool:
    """A header when some cell of the first row is not a number while the same column is
    numeric below it, or when every cell of the first row is text and a later row is not."""
    if not rest:
        return not any(_is_number(c) for c in first)
    below = rest[:20]
    for col, cell in enumerate(first):
        column = [r[col] for r in below if col < len(r)]
        if not _is_number(cell) and column and all(_is_number(c) for c in column if c.strip()):
            return True
    return all(not _is_number(c) for c in first) and any(any(_is_number(c) for c in r) for r in below)


def _check_widths(lines: list[str], sep: str, width: int, path: str) -> None:
    """Every row has as many cells as the first. Counting separators is quick; a file with
    quoted cells (which may hold the separator) is counted by the csv reader instead."""
    if any('"' in line for line in lines):
        widths = map(len, csv.reader(lines, delimiter=sep))
    else:
        widths = (line.count(sep) + 1 for line in lines)
    for number, found in enumerate(widths, start=1):
        if found != width:
            raise InputError(translate("TableFile", "Row {row} of {path} has {n} cells but the first row has {width}.")
                             .format(row=number, path=path, n=found, width=width))


def read_table(path: str | os.PathLike, encoding: str = "auto", delimiter: str | None = None) -> Table:
    """The file's rows as text, or InputError with one sentence naming what is wrong."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise InputError(translate("TableFile", "Cannot read {path}: {reason}.").format(
            path=name, reason=exc.strerror or exc)) from None
    if size > MAX_TABLE_BYTES:
        raise InputError(translate("TableFile", "{path} is {size} MB; tables up to {limit} MB can be opened.").format(
            path=name, size=f"{size / 1e6:,.0f}", limit=f"{MAX_TABLE_BYTES / 1e6:,.0f}"))
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(translate("TableFile", "Cannot read {path}: {reason}.").format(
            path=name, reason=exc.strerror or exc)) from None
    if b"\0" in raw[:65536]:
        raise InputError(translate("TableFile", "{path} is not a text table (it holds binary data).").format(path=name))
    text, used = _decode(raw, encoding, name)
    sep = _delimiter(text, name, delimiter)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(translate("TableFile", "{path} is empty.").format(path=name))
    first_rows = list(csv.reader(lines[:21], delimiter=sep))
    has_header = _looks_like_header(first_rows[0], first_rows[1:])
    width = len(first_rows[0])
    _check_widths(lines, sep, width, name)
    if has_header:
        columns = tuple(c.strip() or translate("TableFile", "column {n}").format(n=i + 1)
                        for i, c in enumerate(first_rows[0]))
        lines = lines[1:]
    else:
        columns = tuple(translate("TableFile", "column {n}").format(n=i + 1) for i in range(width))
    if not lines:
        raise InputError(translate("TableFile", "{path} has a header but no data rows.").format(path=name))
    return Table(name, used, sep, columns, lines, has_header)
