"""CSV tables keep every figure's value exactly and write the same bytes twice."""

import pandas as pd

from newsreport.tables import read_csv, write_csv


def test_floats_keep_all_their_digits(tmp_path):
    table = pd.DataFrame({"doc": list("abcdef"),
                          "value": [1234567.0, 2300000000.0, 33.333333333333336, 0.1 + 0.2, 589e9, None]})
    path = write_csv(table, tmp_path / "t.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[1] for line in lines[1:]] == ["1234567", "2300000000", "33.3333333333333", "0.3",
                                                          "589000000000", ""]
    back = read_csv(path)["value"]
    assert back[0] == 1234567 and back[1] == 2.3e9 and abs(back[2] - 100 / 3) < 1e-12


def test_two_writes_are_byte_identical(tmp_path):
    table = pd.DataFrame({"doc": ["a", "b"], "value": [1234567.891, 1 / 7]})
    first = write_csv(table, tmp_path / "one.csv").read_bytes()
    assert first == write_csv(table, tmp_path / "two.csv").read_bytes()
