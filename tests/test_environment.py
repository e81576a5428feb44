"""environment.yml (for conda users) must describe the same environment as
pyproject.toml, the single source of dependencies, and the Makefile."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def _env():
    return yaml.safe_load((ROOT / "environment.yml").read_text())


def _pip_section(env):
    for dep in env["dependencies"]:
        if isinstance(dep, dict) and "pip" in dep:
            return dep["pip"]
    raise AssertionError("environment.yml has no pip: section")


def test_environment_yml_matches_pyproject_pins():
    project = _pyproject()
    expected = set(project["dependencies"])
    expected |= set(project["optional-dependencies"]["test"])
    expected |= set(project["optional-dependencies"]["dask"])
    pip = _pip_section(_env())
    listed = {d for d in pip if not d.startswith("-e")}
    assert listed == expected, (
        f"missing in environment.yml: {sorted(expected - listed)}; "
        f"extra in environment.yml: {sorted(listed - expected)}"
    )
    assert "-e .[test,dask]" in pip


def test_environment_python_and_pip():
    env = _env()
    deps = [d for d in env["dependencies"] if isinstance(d, str)]
    assert "pip" in deps
    pythons = [d for d in deps if d.startswith("python")]
    assert pythons, "environment.yml must pin python"
    version = re.search(r"(\d+)\.(\d+)", pythons[0]).groups()
    required = re.search(r">=\s*(\d+)\.(\d+)", _pyproject()["requires-python"]).groups()
    assert tuple(map(int, version)) >= tuple(map(int, required))


def test_every_dependency_is_pinned():
    project = _pyproject()
    for dep in project["dependencies"] + project["optional-dependencies"]["test"]:
        assert "==" in dep, f"{dep} is not pinned"


def test_makefile_installs_the_same_extras_as_environment_yml():
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet -e '.[test,dask]'" in makefile
