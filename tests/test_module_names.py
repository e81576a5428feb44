"""No module in ``analysis/`` binds the same top-level name twice.

A second ``_NAME_RE = ...`` or ``def _helper`` further down a long module silently
replaces the first for every rule that runs after import (a helper in session 21
caught two such shadowings by a full-split comparison only). Item assignments
(``_TABLE["x"] = ...``) and augmented ones (``_SET |= ...``) extend a name and are
allowed.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"


def _bound_names(node):
    """Names a top-level statement binds directly (def, class, ``x =``, ``a, b =``)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    names = []
    for t in targets:
        stack = [t]
        while stack:
            t = stack.pop()
            if isinstance(t, ast.Name):
                names.append(t.id)
            elif isinstance(t, (ast.Tuple, ast.List)):
                stack.extend(t.elts)
    return names


def _rebound(source: str) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        for name in _bound_names(node):
            lines.setdefault(name, []).append(node.lineno)
    return {k: v for k, v in lines.items() if len(v) > 1}


def test_the_check_sees_a_second_binding():
    src = "_A_RE = 1\ndef f():\n    pass\n_B = {}\n_B['x'] = 2\n_A_RE = 3\n"
    assert _rebound(src) == {"_A_RE": [1, 6]}
    assert _rebound("def g(): pass\nclass g: pass\n") == {"g": [1, 2]}


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_top_level_name_is_bound_twice(path):
    assert _rebound(path.read_text(encoding="utf-8")) == {}, path
