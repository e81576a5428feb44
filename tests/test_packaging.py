"""pyproject.toml lists every folder of the package, so an install ships the
resources and setuptools prints no "absent from the packages configuration"
warning (the ~45-line warning a first install used to show)."""

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_and_its_data_shipped():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    listed = set(conf["packages"])
    data = conf.get("package-data", {})
    for folder in sorted((ROOT / "analysis").rglob("*")):
        if not folder.is_dir() or folder.name == "__pycache__":
            continue
        files = [p for p in folder.iterdir() if p.is_file()]
        if not files:
            continue
        name = ".".join(folder.relative_to(ROOT).parts)
        assert name in listed, f"{name} is not in [tool.setuptools] packages"
        for f in files:
            if f.suffix in (".py", ".pyc"):
                continue
            assert any(fnmatch.fnmatch(f.name, pat) for pat in data.get(name, [])), (
                f"{f.relative_to(ROOT)} is not shipped: add it to package-data of {name!r}"
            )
