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


def test_formula_cells_round_trip_in_text_mixed_and_pyarrow_columns(tmp_path):
    # text a spreadsheet would run is written with an apostrophe and read back exactly, whether the
    # column holds only text, text and numbers mixed, or pandas' Arrow strings
    quoted = ["=SUM(A1:A3)", "-5% on the day", "'=already quoted", "@handle wrote", "plain", None]
    table = pd.DataFrame({"text": quoted,
                          "mixed": ["+44 20 7946 0000", 3, True, "=1+1", None, 2.5],
                          "arrow": pd.Series(quoted, dtype="string[pyarrow]")})
    path = write_csv(table, tmp_path / "t.csv")
    written = path.read_text(encoding="utf-8").splitlines()[1]
    assert written.startswith("'=SUM(A1:A3),'+44 20 7946 0000,'=SUM(A1:A3)")
    back = read_csv(path)
    assert back["text"].tolist()[:5] == quoted[:5] and back["arrow"].tolist()[:5] == quoted[:5]
    assert back["mixed"].tolist()[0] == "+44 20 7946 0000" and back["mixed"].tolist()[3] == "=1+1"
