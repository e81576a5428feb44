"""The report and JupyterLab in a real browser (issue 15 item 6).

Headless Chromium from the distribution (``apt-get install chromium``, done by
``.ci/run`` when missing), driven by Playwright's Python package with
``executable_path`` so no browser is ever downloaded. Two tests:

* the HTML report built on the sample corpus: ``index.html`` and every page it
  links load, every image loads, every local link and anchor resolves, and no
  page shows an error/stderr box, a traceback or a temporary path;
* JupyterLab (token-less, on a free port, over a copy of the notebooks so
  autosave never touches the tracked files) opens notebook 03, runs it with
  Run > Run All Cells, and no cell shows an error or stderr output.

Screenshots of every page go to the test's temporary folder, so a failure can
be looked at. Both tests skip, saying why, where no browser or no Playwright is
available. Set ``NEWSLENS_CHROMIUM`` to use another Chromium binary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# what a broken page shows: the kernel's stderr stream or an error, a traceback, a temp path
ERROR_BOXES = (
    '[data-mime-type="application/vnd.jupyter.stderr"], .output_stderr, .output_error, '
    ".jp-OutputArea-output.jp-mod-error"
)
BAD_TEXT = ("Traceback (most recent call last)", "/tmp/ipykernel_", "ipykernel_")


def _chromium() -> str | None:
    for cand in (
        os.environ.get("NEWSLENS_CHROMIUM"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        "/usr/bin/chromium",
    ):
        if cand and Path(cand).is_file() and os.access(cand, os.X_OK):
            return cand
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright's Python package is not installed"
    )
    exe = _chromium()
    if exe is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set NEWSLENS_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=FLAGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from analysis.report import run_report

    out = tmp_path_factory.mktemp("report")
    res = run_report(ROOT / "data" / "sample", out, progress=False)
    assert not res.failures, res.failures
    return res


def _local(url: str) -> bool:
    return urlparse(url).hostname in (None, "", "127.0.0.1", "localhost")


def _offline(page) -> None:
    """Requests leaving the machine are refused: the report must work offline, and
    the test must not depend on the network."""
    page.route(
        "**/*", lambda route: route.continue_() if _local(route.request.url) else route.abort()
    )


def _watch(page):
    """Collect console errors, page errors and failed local requests of ``page``."""
    problems: list[str] = []
    page.on(
        "console",
        lambda m: (
            problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" and "net::ERR_FAILED" not in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on(
        "requestfailed",
        lambda r: problems.append(f"request failed: {r.url}") if _local(r.url) else None,
    )
    return problems


def _check_links(page, here: Path) -> list[Path]:
    """Every local link of the page resolves (files exist, #anchors exist on their
    page); returns the linked HTML pages."""
    pages = []
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    for href in hrefs:
        url = urlparse(href)
        if url.scheme in ("http", "https", "mailto"):
            continue  # the report works offline; outside links are not followed
        if not url.path:  # "#anchor" on this page
            if url.fragment:
                n = page.eval_on_selector_all(
                    f'[id="{url.fragment}"], [name="{url.fragment}"]', "els => els.length"
                )
                assert n, f"{here.name}: broken anchor {href}"
            continue
        target = (here.parent / unquote(url.path)).resolve()
        assert target.exists(), f"{here.name}: broken link {href}"
        if target.suffix == ".html":
            pages.append(target)
    return pages


def _check_page(page, path: Path, shots: Path) -> int:
    problems = _watch(page)
    page.goto(path.as_uri(), wait_until="load")
    images = page.eval_on_selector_all(
        "img", "els => els.map(e => [e.getAttribute('src') || '', e.complete, e.naturalWidth])"
    )
    broken = [src[:60] for src, complete, width in images if not (complete and width > 0)]
    assert not broken, f"{path.name}: images that do not load: {broken}"
    boxes = page.eval_on_selector_all(ERROR_BOXES, "els => els.map(e => e.innerText.slice(0, 300))")
    assert not boxes, f"{path.name}: error/stderr boxes: {boxes}"
    body = page.inner_text("body")
    for bad in BAD_TEXT:
        assert bad not in body, f"{path.name}: shows {bad!r}"
    page.screenshot(path=str(shots / f"{path.stem}.png"), full_page=True)
    assert not problems, f"{path.name}: {problems}"
    return len(images)


def test_report_pages_in_a_real_browser(report, browser, tmp_path):
    page = browser.new_page()
    _offline(page)
    index = Path(report.index)
    _check_page(page, index, tmp_path)
    linked = _check_links(page, index)
    assert {p.name for p in linked} >= {Path(p).name for p in report.pages}
    for target in dict.fromkeys(linked):
        n_images = _check_page(page, target, tmp_path)
        assert n_images > 0, f"{target.name}: no charts"
        _check_links(page, target)
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    assert len(shots) == 1 + len(set(linked)), shots
    page.close()


# ---- JupyterLab -----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path):
    """JupyterLab, token-less on a free port, serving a copy of the notebooks (with the
    sample data beside them, as in the repository) so autosave writes only there."""
    work = tmp_path / "lab"
    (work / "notebooks").mkdir(parents=True)
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        shutil.copy(nb, work / "notebooks" / nb.name)
    (work / "data").symlink_to(ROOT / "data", target_is_directory=True)
    port = _free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "cfg"),
        ("JUPYTERLAB_SETTINGS_DIR", "settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "ws"),
        ("JUPYTER_RUNTIME_DIR", "rt"),
    ):
        env[var] = str(tmp_path / sub)
    # every cell in the page (no virtual scrolling), no news fetched
    settings = {
        "notebook-extension/tracker": {"windowingMode": "none"},
        "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    }
    for name, value in settings.items():
        f = tmp_path / "settings" / f"@jupyterlab/{name}.jupyterlab-settings"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(value), encoding="utf-8")
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
        "--ip=127.0.0.1", "--allow-root",  # CI runs as root
        "--IdentityProvider.token=", "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True", f"--ServerApp.root_dir={work / 'notebooks'}",
        "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]  # fmt: skip
    log = open(tmp_path / "lab.log", "wb")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=work)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    log.flush()
                    text = (tmp_path / "lab.log").read_text(errors="replace")[-2000:]
                    pytest.fail(f"JupyterLab did not start:\n{text}")
                time.sleep(0.3)
        yield url, work
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _click_menu(page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


_PROMPTS = (
    "() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')]"
    ".map(e => e.textContent.trim())"
)
# stderr that is only tqdm text progress bars ("analyze: 100%|##########| 46/46 [...]")
_PROGRESS_ONLY_RE = re.compile(r"(?:\w+: *\d+%\|[^\n]*\|[^\n]*\s*)+")

_ERRORS = (
    ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'], "
    ".jp-OutputArea-output.jp-mod-error"
)


def _kernel_connected(url: str, timeout: float = 60.0) -> None:
    """Wait until the server has a kernel that is idle with the page connected."""
    deadline = time.time() + timeout
    kernels = []
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/kernels", timeout=5) as r:
                kernels = json.loads(r.read())
        except OSError:  # a busy server may answer 500 or time out: ask again
            time.sleep(0.5)
            continue
        if any(k.get("execution_state") == "idle" and k.get("connections", 0) for k in kernels):
            time.sleep(1.0)
            return
        time.sleep(0.3)
    pytest.fail(f"no connected idle kernel after {timeout:.0f} s: {kernels}")


def _run_all_finished(page, shot: Path, timeout: float = 240.0) -> list[str]:
    """Wait until Run All is over: every code cell numbered, or an error shown, or
    nothing running or queued any more (a failed cell stops the rest). Takes a
    screenshot either way and returns the cells' prompts ("[3]:", "[*]:", "[ ]:")."""
    deadline = time.time() + timeout
    started = False
    quiet = 0
    while time.time() < deadline:
        prompts = page.evaluate(_PROMPTS)
        numbered = [bool(re.fullmatch(r"\[\d+\]:", p)) for p in prompts]
        running = any("*" in p for p in prompts)
        started = started or running or any(numbered)
        if prompts and all(numbered):
            break
        if page.eval_on_selector_all(_ERRORS, "els => els.length"):
            break
        quiet = quiet + 1 if not running else 0
        if quiet >= (10 if started else 30):  # 5 s idle after running, 15 s if never started
            break
        page.wait_for_timeout(500)
    page.screenshot(path=str(shot), full_page=True)
    return page.evaluate(_PROMPTS)


def test_notebook_03_runs_all_cells_in_jupyterlab(browser, lab, tmp_path):
    url, work = lab
    # no request routing here: it slows JupyterLab's hundreds of requests through the
    # driver and can stall the kernel connection; Lab's news and update checks are off
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems = _watch(page)
    page.goto(f"{url}/lab/tree/03-speakers.ipynb", wait_until="domcontentloaded")
    nb = json.loads((work / "notebooks" / "03-speakers.ipynb").read_text(encoding="utf-8"))
    n_code = sum(c["cell_type"] == "code" for c in nb["cells"])
    assert n_code >= 3
    # every cell rendered, and the kernel connected (the toolbar's status reads Idle)
    page.wait_for_function(
        f"() => document.querySelectorAll('.jp-Notebook .jp-CodeCell').length === {n_code}",
        timeout=45_000,
    )
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=45_000)
    _kernel_connected(url)
    for _ in range(3):  # a Run All sent while the kernel connects can be dropped: again
        _click_menu(page, "Run", "Run All Cells")
        prompts = _run_all_finished(page, tmp_path / "lab-03-speakers.png")
        if any(p != "[ ]:" for p in prompts):
            break
    boxes = page.eval_on_selector_all(_ERRORS, "els => els.map(e => e.innerText.slice(0, 300))")
    # a cold cache analyses the corpus first: its text progress bar goes to stderr and
    # is no error (a warning such as tqdm's "IProgress not found" still is)
    boxes = [b for b in boxes if not _PROGRESS_ONLY_RE.fullmatch(b.strip())]
    assert not boxes, f"error output in notebook 03: {boxes}"
    assert all(re.fullmatch(r"\[\d+\]:", p) for p in prompts), f"cells not all run: {prompts}"
    outputs = page.eval_on_selector_all(".jp-OutputArea-output", "els => els.length")
    assert outputs >= n_code // 2  # the cells did produce their charts and tables
    images = page.eval_on_selector_all(
        ".jp-OutputArea-output img", "els => els.filter(e => e.complete && e.naturalWidth).length"
    )
    assert images >= 1
    assert not [p for p in problems if "page error" in p], problems
    tracked = (ROOT / "notebooks" / "03-speakers.ipynb").read_text(encoding="utf-8")
    assert '"outputs": []' in tracked and '"execution_count": null' in tracked
    page.close()


def test_the_page_checks_catch_what_they_look_for(browser, tmp_path):
    """The checks above fail on a page with a broken image, a stderr box, a broken
    link or anchor (a page written here; the real report must show none of these)."""
    page = browser.new_page()
    _offline(page)
    shots = tmp_path / "shots"
    shots.mkdir()
    good = tmp_path / "good.html"
    good.write_text('<html><body><p id="top">fine</p><a href="#top">up</a></body></html>')
    _check_page(page, good, shots)
    assert _check_links(page, good) == []
    cases = {
        "img": '<img src="missing.png">',
        "stderr": '<div data-mime-type="application/vnd.jupyter.stderr">UserWarning</div>',
        "traceback": "<pre>Traceback (most recent call last):</pre>",
        "link": '<a href="nowhere.html">x</a>',
        "anchor": '<a href="#nowhere">x</a>',
    }
    for name, html in cases.items():
        bad = tmp_path / f"{name}.html"
        bad.write_text(f"<html><body>{html}</body></html>")
        with pytest.raises(AssertionError):
            _check_page(page, bad, shots)
            _check_links(page, bad)
    page.close()
