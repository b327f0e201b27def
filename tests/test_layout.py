"""The package layout a contributor relies on: one subpackage per stage, stages independent of the report
and the build, modules short enough to read in one sitting."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsreport"
STAGES = ("corpus", "figures", "narratives", "claims")
TIES = ("newsreport.report", "newsreport.build", "newsreport.cli")


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports (absolute names), at any depth of the file."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("stage", STAGES)
def test_analysis_stages_import_neither_report_build_nor_cli(stage):
    offenders = {f"{path.relative_to(PACKAGE)} imports {name}"
                 for path in (PACKAGE / stage).rglob("*.py") for name in imported_modules(path)
                 if name.startswith(TIES)}
    assert not offenders


def test_every_stage_is_a_subpackage_with_its_charts():
    for stage in STAGES + ("report",):
        assert (PACKAGE / stage / "__init__.py").exists(), stage
    for stage in STAGES:
        assert (PACKAGE / stage / "charts.py").exists(), stage


def test_no_module_is_longer_than_one_sitting():
    """A module is one job you can read in one sitting: at most 400 lines."""
    long_modules = {str(path.relative_to(PACKAGE)): n for path in PACKAGE.rglob("*.py")
                    if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long_modules


def test_test_modules_have_unique_names():
    """The tests folders have no __init__.py, so pytest imports each test module by its file name: two
    modules of one name in two stage folders stop the whole suite at collection."""
    names: dict[str, list[str]] = {}
    for path in PACKAGE.parents[1].joinpath("tests").rglob("test_*.py"):
        names.setdefault(path.name, []).append(str(path.parent.name))
    assert {name: folders for name, folders in names.items() if len(folders) > 1} == {}
