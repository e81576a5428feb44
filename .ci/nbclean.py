"""Normalise the committed notebooks: strip outputs and execution counts, set
the python3 kernelspec (papermill needs it), drop editor-specific metadata.

    python .ci/nbclean.py notebooks/*.ipynb        # rewrite in place
    python .ci/nbclean.py --check notebooks/*.ipynb  # exit 1 if any would change
"""

import json
import sys
from pathlib import Path

KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


def clean(nb: dict) -> dict:
    nb["metadata"] = {"kernelspec": KERNELSPEC,
                      "language_info": {"name": "python"}}
    for cell in nb["cells"]:
        meta = {k: v for k, v in cell.get("metadata", {}).items() if k == "tags"}
        cell["metadata"] = meta
        cell.pop("id", None)
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    nb["nbformat"], nb["nbformat_minor"] = 4, 4
    return nb


def main(argv):
    check = "--check" in argv
    changed = []
    for name in [a for a in argv if a != "--check"]:
        path = Path(name)
        before = path.read_text(encoding="utf-8")
        after = json.dumps(clean(json.loads(before)), indent=1, ensure_ascii=False) + "\n"
        if after != before:
            changed.append(name)
            if not check:
                path.write_text(after, encoding="utf-8")
    if check and changed:
        print("notebooks need cleaning (python .ci/nbclean.py notebooks/*.ipynb):", *changed)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
