"""Where a build writes: `out_dir/data`, `out_dir/figures`, `out_dir/report`."""

from dataclasses import dataclass
from pathlib import Path

# The repository root when installed editable (src layout); default corpus and config live here.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"
CONFIG_DIR = PROJECT_ROOT / "config"


@dataclass(frozen=True)
class OutputPaths:
    """The three output folders of one build, created on demand."""

    out_dir: Path

    @property
    def data(self) -> Path:
        return self._made(Path(self.out_dir) / "data")

    @property
    def figures(self) -> Path:
        return self._made(Path(self.out_dir) / "figures")

    @property
    def report(self) -> Path:
        return self._made(Path(self.out_dir) / "report")

    @staticmethod
    def _made(path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        return path
