"""Notebook outputs never reach git: the committed notebooks have none, and
JupyterLab started by ``make lab`` strips them when a numbered notebook is saved."""

import copy
import json
import re
import subprocess
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_committed_notebooks_have_no_outputs():
    try:
        listed = subprocess.run(
            ["git", "ls-files", "notebooks/*.ipynb"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    assert listed
    for name in listed:
        blob = subprocess.run(
            ["git", "show", f"HEAD:{name}"], cwd=ROOT, capture_output=True, text=True
        ).stdout
        if not blob:  # added but not committed yet: the working copy is checked elsewhere
            continue
        for cell in json.loads(blob)["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, name


def test_lab_save_hook_strips_numbered_notebooks_only(tmp_path):
    from jupyter_server.services.contents.filemanager import FileContentsManager

    cm = FileContentsManager(root_dir=str(tmp_path), pre_save_hook="analysis.lab.strip_outputs")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print(1)", execution_count=1)
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    nb.cells.append(cell)
    for name in ("01-overview.ipynb", "my-copy.ipynb"):
        model = {"type": "notebook", "format": "json", "content": copy.deepcopy(nb)}
        cm.save(model, name)
    tracked = json.loads((tmp_path / "01-overview.ipynb").read_text())
    own = json.loads((tmp_path / "my-copy.ipynb").read_text())
    assert tracked["cells"][0]["outputs"] == [] and tracked["cells"][0]["execution_count"] is None
    assert own["cells"][0]["outputs"]  # the user's own notebooks keep their outputs


def test_make_lab_uses_the_hook_and_the_project_kernel():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    rule = re.search(r"^lab:.*\n((?:\t.*\n)+)", make, re.M)
    assert rule, "no `make lab` target"
    assert "pre_save_hook=analysis.lab.strip_outputs" in rule.group(1)
    assert "$(PY) -m jupyter lab" in rule.group(1)  # the venv's Python: its python3 kernel
