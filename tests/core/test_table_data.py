"""A learner's own table: encodings, delimiters, headers, labels, standardisation, refusals."""

from __future__ import annotations

import csv
import os

import numpy as np
import pytest

from nnstudio.core import table_file
from nnstudio.core.dataset_registry import DataOptions, load_dataset
from nnstudio.core.errors import InputError
from nnstudio.core.table_data import TableChoice, table_dataset
from nnstudio.core.table_file import read_table
from nnstudio.core.toy_data import split

HEADER = ["키(cm)", "몸무게(kg)", "종류"]


def rows(n=40, seed=0):
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        kind = ["고양이", "개", "토끼"][i % 3]
        out.append([f"{rng.normal(30 + 10 * (i % 3), 3):.2f}", f"{rng.normal(4 + i % 3, 1):.2f}", kind])
    return out


def write(path, data, header=HEADER, encoding="utf-8", delimiter=","):
    with open(path, "w", newline="", encoding=encoding) as f:
        writer = csv.writer(f, delimiter=delimiter)
        if header:
            writer.writerow(header)
        writer.writerows(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr"])
def test_korean_text_reads_the_same_in_every_encoding_a_spreadsheet_saves(tmp_path, encoding):
    data = rows()
    table = read_table(write(tmp_path / "t.csv", data, encoding=encoding))
    assert table.columns == tuple(HEADER) and table.has_header
    assert table.head(3) == data[:3]
    assert table.encoding in ("utf-8", "utf-8-sig", "cp949")


@pytest.mark.parametrize("delimiter,name", [(",", "t.csv"), ("\t", "t.tsv"), (";", "t.csv"), ("\t", "t.txt")])
def test_the_delimiter_is_found_from_the_file(tmp_path, delimiter, name):
    table = read_table(write(tmp_path / name, rows(), delimiter=delimiter))
    assert table.delimiter == delimiter and len(table.columns) == 3


def test_a_table_without_a_header_gets_numbered_columns(tmp_path):
    data = [[r[0], r[1], str(i % 2)] for i, r in enumerate(rows())]
    table = read_table(write(tmp_path / "t.csv", data, header=None))
    assert not table.has_header and table.rows == len(data)
    assert table.columns == ("column 1", "column 2", "column 3")


def test_features_equal_numpy_loadtxt_and_are_standardised_with_the_training_rows_only(tmp_path):
    path = write(tmp_path / "t.csv", rows(60))
    data = table_dataset(read_table(path), TableChoice(label="종류"), test_ratio=0.25, seed=3)
    raw = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(0, 1), encoding="utf-8").astype(np.float32)
    labels = np.loadtxt(path, delimiter=",", skiprows=1, usecols=2, dtype=str, encoding="utf-8")
    codes = np.searchsorted(np.array(sorted(set(labels))), labels)
    x_tr, y_tr, x_te, y_te = split(raw, codes.astype(np.int64), 0.25, 3)
    mean, spread = x_tr.mean(axis=0), x_tr.std(axis=0)
    np.testing.assert_allclose(data.x_train, (x_tr - mean) / spread, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(data.x_test, (x_te - mean) / spread, rtol=1e-5, atol=1e-5)
    assert np.array_equal(data.y_train, y_tr) and np.array_equal(data.y_test, y_te)
    assert data.class_names == tuple(sorted(set(labels))) and data.feature_names == tuple(HEADER[:2])
    assert data.kind == "points"  # two features: the 2-D views apply


def test_label_and_feature_columns_by_name_or_number_and_numeric_labels_in_number_order(tmp_path):
    data = [[r[0], r[1], str([2, 10, 1][i % 3])] for i, r in enumerate(rows())]
    table = read_table(write(tmp_path / "t.csv", data, header=["a", "b", "c"]))
    got = table_dataset(table, TableChoice(label="3", features=("b",), standardise=False))
    assert got.class_names == ("1", "2", "10")
    assert got.input_shape == (1,) and got.kind == "table"
    every = np.sort(np.concatenate([got.x_train[:, 0], got.x_test[:, 0]]))
    np.testing.assert_allclose(every, np.sort([float(r[1]) for r in data]), rtol=1e-6)


@pytest.mark.parametrize("content,words", [
    ("a,b,c\n1,2,x\n,3,y\n", ["Row 3", "'a'", "empty"]),
    ("a,b,c\n1,2,x\n1,zwei,y\n", ["Row 3", "'b'", "zwei"]),
    ("a,b,c\n1,2,x\n3,4,x\n", ["only one class"]),
    ("", ["empty"]),
    ("a,b,c\n", ["no data rows"]),
    ("a,b,c\n1,2,x\n1,2\n", ["Row 3", "2 cells", "3"]),
    ("a,b,c\n1,2,\n3,4,y\n", ["Row 2", "'c'", "label"]),
    ("a,b,c\n1,2,x\n3,4,y\n", ["training rows", "2 classes"]),
])
def test_a_bad_table_is_refused_naming_the_row_and_column(tmp_path, content, words):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        table_dataset(read_table(path), TableChoice(), test_ratio=0.5)
    message = str(caught.value)
    assert all(w in message for w in words), message
    assert "\n" not in message


def test_a_huge_file_is_refused_from_its_size_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as f:
        f.truncate(2 * 1024**3)  # a sparse 2 GB file: reading it would take seconds and 2 GB
    opened = []
    monkeypatch.setattr(table_file.Path, "read_bytes", lambda self: opened.append(self) or b"")
    with pytest.raises(InputError, match="200 MB"):
        read_table(path)
    assert opened == []


def test_binary_and_wrongly_encoded_files_get_one_sentence(tmp_path):
    (tmp_path / "b.csv").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    with pytest.raises(InputError, match="not a text table"):
        read_table(tmp_path / "b.csv")
    (tmp_path / "e.csv").write_bytes("a,b\n1,가\n".encode("cp949"))
    with pytest.raises(InputError, match="not utf-8 text"):
        read_table(tmp_path / "e.csv", encoding="utf-8")


def test_the_registry_loads_a_table_file_and_the_bundled_fruit_table(tmp_path):
    path = write(tmp_path / "t.csv", rows())
    data = load_dataset("table-file", DataOptions(file=str(path), extra={"label": "종류"}))
    assert data.num_classes == 3 and data.input_shape == (2,)
    fruit = load_dataset("fruit-table")
    assert fruit.class_names == ("귤", "배", "사과") and fruit.input_shape == (4,)
    assert len(fruit.x_train) + len(fruit.x_test) == 300
    with pytest.raises(InputError, match="file"):
        load_dataset("table-file", DataOptions())
    with pytest.raises(InputError, match="'colour'"):
        load_dataset("table-file", DataOptions(file=str(path), extra={"colour": 1}))
    assert os.path.exists(path)


def test_a_regression_table_reads_features_and_target_as_numpy_does(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(60, 2)).round(3)
    lines = ["a,b,price"] + [f"{a},{b},{a * 2 - b:.3f}" for a, b in x]
    (tmp_path / "p.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(tmp_path / "p.csv")
    data = table_dataset(table, TableChoice(label="price", task="regress", standardise=False), 0.0, 0)
    expected = np.loadtxt(tmp_path / "p.csv", delimiter=",", skiprows=1)
    order = np.argsort(data.y_train)
    np.testing.assert_allclose(data.x_train[order], expected[np.argsort(expected[:, 2])][:, :2], rtol=1e-6)
    np.testing.assert_allclose(np.sort(data.y_train), np.sort(expected[:, 2]), rtol=1e-6)
    # A target cell that is not a number is named by its row and column.
    (tmp_path / "bad.csv").write_text("\n".join(lines[:5] + ["1.0,2.0,n/a"] + lines[5:]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="Row 6, column 'price'"):
        table_dataset(read_table(tmp_path / "bad.csv"), TableChoice(label="price", task="regress"), 0.0, 0)
