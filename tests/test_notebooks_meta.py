"""The committed notebooks follow the project's conventions: numbered names,
outputs stripped, a first code cell tagged ``parameters`` that holds the
corpus path and ``tables_dir``, and no sys.path hacks or downloads."""

import json
import re
from pathlib import Path

import pytest

NB_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NB_DIR.glob("*.ipynb"))


def test_there_are_numbered_notebooks():
    assert [p.name[:3] for p in NOTEBOOKS][:1] == ["01-"]
    for p in NOTEBOOKS:
        assert re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", p.name), p.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_conventions(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3", (
        "run: python .ci/nbclean.py notebooks/*.ipynb"
    )
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "notebook has no code"
    first = code[0]
    assert "parameters" in first.get("metadata", {}).get("tags", [])
    src = "".join(first["source"])
    assert re.search(r"^corpus\s*=", src, re.M)
    assert re.search(r"^tables_dir\s*=\s*None", src, re.M)
    for cell in code:
        assert cell["outputs"] == [], f"outputs not stripped in {path.name}"
        body = "".join(cell["source"])
        assert "sys.path" not in body
        assert "nltk.download" not in body
