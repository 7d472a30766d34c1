"""The hand-written TensorBoard event files: CRC-32C against its published check values, the
record layout byte for byte, and every event decoded by protobuf's own parser with the Event
schema (tensorflow/core/util/event.proto, summary.proto) declared here."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

from nnstudio.core.errors import InputError
from nnstudio.core.tfevents import (EventWriter, Histogram, crc32c, histogram_event, masked_crc, read_events,
                                    record, scalar_event)


def test_crc32c_check_values():
    # RFC 3720 (iSCSI) B.4 and the catalogue's check value for "123456789".
    assert crc32c(b"123456789") == 0xE3069283
    assert crc32c(bytes(32)) == 0x8A9136AA
    assert crc32c(b"\xff" * 32) == 0x62A8AB43
    assert crc32c(bytes(range(32))) == 0x46DD794E


def test_record_layout():
    data = b"hello"
    raw = record(data)
    assert raw[:8] == (5).to_bytes(8, "little")
    crc = crc32c(raw[:8])
    assert struct.unpack("<I", raw[8:12])[0] == ((((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF)
    assert raw[12:17] == data
    assert struct.unpack("<I", raw[17:])[0] == masked_crc(data)
    assert len(raw) == 8 + 4 + len(data) + 4


def _event_class():
    """tensorflow.Event with the fields written here, built with protobuf's descriptors."""
    f = descriptor_pb2.FileDescriptorProto(name="nnstudio_test_event.proto", package="tfcheck", syntax="proto3")
    T = descriptor_pb2.FieldDescriptorProto
    histo = f.message_type.add(name="HistogramProto")
    for number, name in enumerate(("min", "max", "num", "sum", "sum_squares"), 1):
        histo.field.add(name=name, number=number, type=T.TYPE_DOUBLE, label=T.LABEL_OPTIONAL)
    for number, name in ((6, "bucket_limit"), (7, "bucket")):
        histo.field.add(name=name, number=number, type=T.TYPE_DOUBLE, label=T.LABEL_REPEATED)
    summary = f.message_type.add(name="Summary")
    value = summary.nested_type.add(name="Value")
    value.field.add(name="tag", number=1, type=T.TYPE_STRING, label=T.LABEL_OPTIONAL)
    value.field.add(name="simple_value", number=2, type=T.TYPE_FLOAT, label=T.LABEL_OPTIONAL, oneof_index=0)
    value.field.add(name="histo", number=5, type=T.TYPE_MESSAGE, type_name=".tfcheck.HistogramProto",
                    label=T.LABEL_OPTIONAL, oneof_index=0)
    value.oneof_decl.add(name="value")
    summary.field.add(name="value", number=1, type=T.TYPE_MESSAGE, type_name=".tfcheck.Summary.Value",
                      label=T.LABEL_REPEATED)
    event = f.message_type.add(name="Event")
    event.field.add(name="wall_time", number=1, type=T.TYPE_DOUBLE, label=T.LABEL_OPTIONAL)
    event.field.add(name="step", number=2, type=T.TYPE_INT64, label=T.LABEL_OPTIONAL)
    event.field.add(name="file_version", number=3, type=T.TYPE_STRING, label=T.LABEL_OPTIONAL, oneof_index=0)
    event.field.add(name="summary", number=5, type=T.TYPE_MESSAGE, type_name=".tfcheck.Summary",
                    label=T.LABEL_OPTIONAL, oneof_index=0)
    event.oneof_decl.add(name="what")
    pool = descriptor_pool.DescriptorPool()
    pool.Add(f)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("tfcheck.Event"))


def test_events_parse_with_protobuf():
    Event = _event_class()
    parsed = Event.FromString(scalar_event("loss/train", 0.25, 7, 1234.5))
    assert (parsed.wall_time, parsed.step) == (1234.5, 7)
    assert parsed.summary.value[0].tag == "loss/train"
    assert parsed.summary.value[0].simple_value == np.float32(0.25)
    values = np.array([-1.0, 0.5, 0.5, 2.0, 3.5])
    parsed = Event.FromString(histogram_event("weights/w", Histogram.of(values, bins=4), 3, 1.0))
    h = parsed.summary.value[0].histo
    counts, edges = np.histogram(values, bins=4)
    assert (h.min, h.max, h.num, h.sum) == (-1.0, 3.5, 5.0, values.sum())
    assert h.sum_squares == pytest.approx(float(np.dot(values, values)))
    assert list(h.bucket) == counts.tolist() and list(h.bucket_limit) == edges[1:].tolist()
    assert Event.FromString(scalar_event("x", 1.0, -1, 0.0)).step == -1  # negative int64 as ten bytes


def test_writer_then_reader(tmp_path):
    with EventWriter(tmp_path / "run") as writer:
        writer.add_scalar("a", 1.5, 1)
        writer.add_scalar("a", -2.25, 2)
        writer.add_histogram("w", np.arange(10.0), 2)
    events = read_events(writer.path)
    assert "tfevents" in writer.path.name
    assert events[0].file_version == "brain.Event:2"
    assert [(e.step, e.scalars["a"]) for e in events if "a" in e.scalars] == [(1, 1.5), (2, -2.25)]
    assert events[-1].histograms["w"].num == 10 and sum(events[-1].histograms["w"].bucket) == 10


def test_damaged_file_is_one_sentence(tmp_path):
    with EventWriter(tmp_path) as writer:
        writer.add_scalar("a", 1.0, 1)
    data = bytearray(writer.path.read_bytes())
    data[-6] ^= 0xFF
    writer.path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="damaged"):
        read_events(writer.path)
