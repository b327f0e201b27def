"""Build parameters given on the command line reach the notebooks meaning what the user meant."""

from pathlib import Path

from newsreport.params import absolute_paths


def test_relative_config_path_is_resolved_against_the_callers_folder(tmp_path, monkeypatch):
    (tmp_path / "my_frames.yaml").write_text("version: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resolved = absolute_paths({"frames_config": "my_frames.yaml", "title": "My brief", "embedding_threshold": 0.4})
    assert resolved["frames_config"] == str(tmp_path / "my_frames.yaml")
    assert Path(resolved["frames_config"]).is_absolute()
    assert resolved["title"] == "My brief" and resolved["embedding_threshold"] == 0.4
