"""JupyterLab integration: a pre-save hook that keeps the project's numbered
notebooks free of outputs, so JupyterLab's autosave never writes outputs into
the tracked ``notebooks/NN-*.ipynb`` files. ``make lab`` starts JupyterLab with
``--ContentsManager.pre_save_hook=analysis.lab.strip_outputs``; notebooks with
other names (your own copies) are saved with their outputs.
"""

from __future__ import annotations

import re

_TRACKED = re.compile(r"(^|/)\d\d-[^/]*\.ipynb$")


def strip_outputs(model: dict, path: str = "", **kwargs) -> dict:
    """Jupyter pre-save hook: empty the outputs and execution counts of a
    numbered notebook (``NN-name.ipynb``) before it is written.

    Example:
        >>> nb = {"cells": [{"cell_type": "code", "outputs": [{"text": "x"}], "execution_count": 3}]}
        >>> m = strip_outputs({"type": "notebook", "content": nb}, path="notebooks/02-sentiment.ipynb")
        >>> m["content"]["cells"][0]["outputs"], m["content"]["cells"][0]["execution_count"]
        ([], None)
    """
    if model.get("type") != "notebook" or not _TRACKED.search(str(path)):
        return model
    for cell in (model.get("content") or {}).get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return model
