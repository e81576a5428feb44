"""No pickle, eval, exec or network on data anywhere in the package, and no
run-time downloads: checked on the package's syntax tree, not by grep."""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "analysis"
SOURCES = sorted(PKG.rglob("*.py"))
BANNED_MODULES = {
    "pickle",
    "cPickle",
    "dill",
    "shelve",
    "marshal",
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "ftplib",
    "joblib",
}
SAFE = {"urllib.parse"}  # string parsing only, no network
BANNED_CALLS = {"eval", "exec", "compile", "__import__"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PKG)))
def test_no_pickle_eval_exec_or_network(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name.split(".")[0] for a in node.names if a.name not in SAFE]
        elif isinstance(node, ast.ImportFrom) and node.module not in SAFE:
            names = [(node.module or "").split(".")[0]]
        else:
            names = []
        assert not BANNED_MODULES & set(names), f"{path.name}:{node.lineno} imports {names}"
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if isinstance(func, ast.Name):  # the builtins, not re.compile()
                assert name not in BANNED_CALLS, f"{path.name}:{node.lineno} calls {name}()"
            if name == "download":
                owner = getattr(func, "value", None)
                assert getattr(owner, "id", "") != "nltk", f"{path.name}: nltk.download()"
            if name in {"read_pickle", "to_pickle"}:
                raise AssertionError(f"{path.name}:{node.lineno} uses {name}")


def test_resources_are_package_data():
    resources = sorted(p.name for p in (PKG / "resources").iterdir())
    assert "stopwords.txt" in resources and "abbreviations.txt" in resources
    assert "reporting_verbs.txt" in resources
