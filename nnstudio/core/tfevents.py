"""TensorBoard event files, written and read without TensorBoard.

torch.utils.tensorboard.SummaryWriter imports the tensorboard package, which nnstudio does
not require (it is the optional ``tensorboard`` extra), so the few records a training run
needs are written here by hand:

- a file ``events.out.tfevents.<seconds>.<host>`` is a sequence of TFRecords, each
  ``length`` (uint64, little-endian), masked CRC-32C of those 8 bytes, the data, masked
  CRC-32C of the data;
- each record's data is a ``tensorflow.Event`` protobuf: wall_time (field 1, double), step
  (2, varint), file_version (3, string) or summary (5); a Summary holds Values with a tag (1)
  and either simple_value (2, float) or a HistogramProto (5: min, max, num, sum,
  sum_squares as doubles 1-5, bucket_limit and bucket as packed doubles 6 and 7).

The protobuf wire format is written directly (a handful of fields) instead of through
generated classes: the Event schema ships with TensorFlow/TensorBoard, not with protobuf.
The reader reads back what the writer writes (scalars and histograms) and checks every CRC.
"""

from __future__ import annotations

import os
import socket
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .atomic_write import check_writable, write_error
from .errors import InputError
from .i18n import translate

FILE_VERSION = "brain.Event:2"
HISTOGRAM_BINS = 30


# --- CRC-32C (Castagnoli), which zlib and binascii do not offer -----------------------------
def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_TABLE = _crc_table()


def crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc = _TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def masked_crc(data: bytes) -> int:
    """TFRecord's mask: a CRC of data that holds CRCs is itself a poor check, so it is rotated
    and offset."""
    crc = crc32c(data)
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def record(data: bytes) -> bytes:
    header = struct.pack("<Q", len(data))
    return header + struct.pack("<I", masked_crc(header)) + data + struct.pack("<I", masked_crc(data))


# --- protobuf wire format ---------------------------------------------------------------------
def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64 as protobuf writes it: ten bytes, two's complement
    out = bytearray()
    while True:
        bits = value & 0x7F
        value >>= 7
        if value:
            out.append(bits | 0x80)
        else:
            out.append(bits)
            return bytes(out)


def _key(number: int, wire: int) -> bytes:
    return _varint(number << 3 | wire)


def _double(number: int, value: float) -> bytes:
    return _key(number, 1) + struct.pack("<d", value)


def _bytes(number: int, value: bytes) -> bytes:
    return _key(number, 2) + _varint(len(value)) + value


def _event(wall_time: float, step: int, body: bytes) -> bytes:
    return _double(1, wall_time) + _key(2, 0) + _varint(step) + body


def _summary(tag: str, value: bytes) -> bytes:
    return _bytes(5, _bytes(1, _bytes(1, tag.encode("utf-8")) + value))


def scalar_event(tag: str, value: float, step: int, wall_time: float) -> bytes:
    return _event(wall_time, step, _summary(tag, _key(2, 5) + struct.pack("<f", value)))


@dataclass(frozen=True)
class Histogram:
    min: float
    max: float
    num: float
    sum: float
    sum_squares: float
    bucket_limit: tuple[float, ...]  # right edge of each bucket
    bucket: tuple[float, ...]  # how many values fell in it

    @classmethod
    def of(cls, values: np.ndarray, bins: int = HISTOGRAM_BINS) -> Histogram:
        values = np.asarray(values, dtype=np.float64).ravel()
        values = values[np.isfinite(values)]
        if values.size == 0:
            values = np.zeros(1)
        counts, edges = np.histogram(values, bins=bins)
        return cls(float(values.min()), float(values.max()), float(values.size), float(values.sum()),
                   float(np.dot(values, values)), tuple(float(e) for e in edges[1:]),
                   tuple(float(c) for c in counts))


def histogram_event(tag: str, histogram: Histogram, step: int, wall_time: float) -> bytes:
    h = histogram
    packed = lambda number, xs: _bytes(number, struct.pack(f"<{len(xs)}d", *xs))  # noqa: E731
    body = (_double(1, h.min) + _double(2, h.max) + _double(3, h.num) + _double(4, h.sum)
            + _double(5, h.sum_squares) + packed(6, h.bucket_limit) + packed(7, h.bucket))
    return _event(wall_time, step, _summary(tag, _bytes(5, body)))


# --- writing -----------------------------------------------------------------------------------
class EventWriter:
    """Appends events to a new event file in `folder` (made if missing), as SummaryWriter does.
    Each add_* writes through at once, so a run stopped half-way keeps what it had."""

    def __init__(self, folder: str | Path) -> None:
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(folder, exc) from None
        # The same name pattern as TensorFlow's, which TensorBoard looks for; a counter keeps
        # two writers started in the same second apart.
        stamp, host = int(time.time()), socket.gethostname() or "localhost"
        self.path = folder / f"events.out.tfevents.{stamp}.{host}"
        serial = 1
        while self.path.exists():
            self.path = folder / f"events.out.tfevents.{stamp}.{host}.{serial}"
            serial += 1
        check_writable(self.path)
        self._file = open(self.path, "wb")  # noqa: SIM115 (closed by close())
        self._write(_event(time.time(), 0, _bytes(3, FILE_VERSION.encode())))

    def _write(self, data: bytes) -> None:
        try:
            self._file.write(record(data))
            self._file.flush()
        except OSError as exc:
            raise write_error(self.path, exc) from None

    def add_scalar(self, tag: str, value: float, step: int, wall_time: float | None = None) -> None:
        self._write(scalar_event(tag, float(value), int(step), time.time() if wall_time is None else wall_time))

    def add_histogram(self, tag: str, values: np.ndarray, step: int, wall_time: float | None = None) -> None:
        self._write(histogram_event(tag, Histogram.of(values), int(step),
                                    time.time() if wall_time is None else wall_time))

    def close(self) -> None:
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def __enter__(self) -> EventWriter:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


# --- reading (for tests, and to check a file) ------------------------------------------------
@dataclass
class Event:
    wall_time: float = 0.0
    step: int = 0
    file_version: str = ""
    scalars: dict[str, float] = field(default_factory=dict)
    histograms: dict[str, Histogram] = field(default_factory=dict)


def _fields(data: bytes):
    """(field number, wire type, value) of one protobuf message: ints for varints, bytes for
    the rest."""
    i = 0
    while i < len(data):
        key, i = _read_varint(data, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _read_varint(data, i)
        elif wire == 1:
            value, i = data[i:i + 8], i + 8
        elif wire == 5:
            value, i = data[i:i + 4], i + 4
        elif wire == 2:
            size, i = _read_varint(data, i)
            value, i = data[i:i + size], i + size
        else:
            raise ValueError(f"wire type {wire}")
        yield number, wire, value


def _read_varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def _histogram(data: bytes) -> Histogram:
    parts: dict[int, object] = {}
    for number, _wire, value in _fields(data):
        if number in (6, 7):
            parts[number] = struct.unpack(f"<{len(value) // 8}d", value)
        else:
            parts[number] = struct.unpack("<d", value)[0]
    return Histogram(*(parts.get(n, 0.0) for n in range(1, 6)), parts.get(6, ()), parts.get(7, ()))


def _parse_event(data: bytes) -> Event:
    event = Event()
    for number, _wire, value in _fields(data):
        if number == 1:
            event.wall_time = struct.unpack("<d", value)[0]
        elif number == 2:
            event.step = value - (1 << 64) if value >= 1 << 63 else value
        elif number == 3:
            event.file_version = value.decode("utf-8")
        elif number == 5:
            for _n, _w, entry in _fields(value):
                items = {n: v for n, _w2, v in _fields(entry)}
                tag = items.get(1, b"").decode("utf-8")
                if 2 in items:
                    event.scalars[tag] = struct.unpack("<f", items[2])[0]
                elif 5 in items:
                    event.histograms[tag] = _histogram(items[5])
    return event


def read_events(path: str | Path) -> list[Event]:
    """Every event in one event file, CRCs checked; InputError if it is not one."""
    path = Path(path)
    data = path.read_bytes()
    events, i = [], 0
    bad = InputError(translate("TfEvents", "{name} is not a TensorBoard event file, or it is damaged.").format(
        name=path.name))
    while i < len(data):
        if i + 12 > len(data):
            raise bad
        header = data[i:i + 8]
        (length,) = struct.unpack("<Q", header)
        (header_crc,) = struct.unpack("<I", data[i + 8:i + 12])
        body = data[i + 12:i + 12 + length]
        end = i + 12 + length
        if header_crc != masked_crc(header) or end + 4 > len(data) or \
                struct.unpack("<I", data[end:end + 4])[0] != masked_crc(body):
            raise bad
        try:
            events.append(_parse_event(body))
        except (ValueError, IndexError, struct.error, UnicodeDecodeError):
            raise bad from None
        i = end + 4
    return events


def event_files(folder: str | Path) -> list[Path]:
    return sorted(Path(folder).rglob("*tfevents*"))
