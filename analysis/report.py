"""The headless report: run every numbered notebook against a corpus with
papermill, render each to HTML with its inputs hidden, write an ``index.html``
that links them and lists any load problems, and collect the data behind every
chart as CSV under ``DIR/tables/``. Notebooks hand their chart data to
:func:`save_table`, which writes only when the report passed a ``tables_dir``
parameter — so the same notebooks stay quiet when a user runs them by hand.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

_NAME_RE = re.compile(r"[^A-Za-z0-9_.-]+")


def save_table(frame, name: str, tables_dir=None):
    """Write the data behind a chart to ``tables_dir/name.csv`` and return it.

    Does nothing but return ``frame`` when ``tables_dir`` is None (interactive
    use). ``name`` is sanitised to a safe file name. Series are written as a
    one-column table.

    Example:
        >>> import pandas as pd, tempfile, os
        >>> d = tempfile.mkdtemp()
        >>> _ = save_table(pd.DataFrame({"a": [1]}), "01_demo", d)
        >>> os.listdir(d)
        ['01_demo.csv']
    """
    if tables_dir:
        out = Path(tables_dir)
        out.mkdir(parents=True, exist_ok=True)
        safe = _NAME_RE.sub("_", str(name)).strip("._") or "table"
        data = frame.to_frame() if isinstance(frame, pd.Series) else frame
        index = not isinstance(data.index, pd.RangeIndex)
        data.to_csv(out / f"{safe}.csv", index=index)
    return frame


def repo_notebooks_dir() -> Path:
    """The ``notebooks/`` folder next to the package (a source checkout).

    Example:
        >>> repo_notebooks_dir().name
        'notebooks'
    """
    return Path(__file__).resolve().parent.parent / "notebooks"


def list_notebooks(notebooks_dir=None) -> list[Path]:
    """Numbered notebooks (``NN-*.ipynb``) in order.

    Example:
        >>> [p.name[:2] for p in list_notebooks()][:1]
        ['01']
    """
    nb_dir = Path(notebooks_dir) if notebooks_dir else repo_notebooks_dir()
    return sorted(p for p in nb_dir.glob("[0-9][0-9]-*.ipynb") if p.is_file())


@dataclass
class ReportResult:
    """What :func:`run_report` produced: paths and any notebook failures."""

    out_dir: Path
    index: Path
    pages: list[Path] = field(default_factory=list)
    tables: list[Path] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)
    load_problems: pd.DataFrame | None = None


def _notebook_title(nb_path: Path) -> str:
    try:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "markdown":
                src = "".join(cell.get("source", []))
                for line in src.splitlines():
                    if line.startswith("#"):
                        return line.lstrip("#").strip()
    except (OSError, ValueError):
        pass
    return nb_path.stem


def _render_html(executed: Path, html_path: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    body, _ = exporter.from_notebook_node(nb)
    html_path.write_text(body, encoding="utf-8")


def _index_html(corpus, pages, failures, tables, problems, n_articles, elapsed) -> str:
    esc = html.escape
    rows = []
    for title, page in pages:
        status = "failed: " + esc(failures[title]) if title in failures else "ok"
        rows.append(f'<li><a href="{esc(page)}">{esc(title)}</a> — {status}</li>')
    table_rows = "".join(
        f'<li><a href="tables/{esc(t.name)}">{esc(t.name)}</a></li>' for t in tables
    )
    notices = 0
    if problems is not None and "level" in problems:
        notices = int((problems["level"] == "notice").sum())
        problems = problems[problems["level"] != "notice"]
    if problems is not None and len(problems):
        head = problems.head(20)
        items = "".join(
            "<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in rec) + "</tr>"
            for rec in head.itertuples(index=False)
        )
        cols = "".join(f"<th>{esc(str(c))}</th>" for c in head.columns)
        more = (
            f"<p>… and {len(problems) - 20} more (see tables/load_problems.csv)</p>"
            if len(problems) > 20
            else ""
        )
        prob_html = (
            f"<h2>Load problems: {len(problems)}</h2><table><tr>{cols}</tr>{items}</table>{more}"
        )
    else:
        prob_html = "<h2>Load problems: 0</h2><p>Every file loaded cleanly.</p>"
    if notices:
        prob_html += (
            f"<p>{notices} notice(s), e.g. metadata tables joined: see tables/load_problems.csv</p>"
        )
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>newslens report</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:2px 6px;font-size:90%}}</style>
</head><body>
<h1>newslens report</h1>
<p>Corpus: <code>{esc(str(corpus))}</code> — {n_articles} articles loaded.
Built in {elapsed:.0f} s.</p>
<h2>Notebooks</h2><ul>{"".join(rows)}</ul>
{prob_html}
<h2>Chart data (CSV)</h2><ul>{table_rows}</ul>
</body></html>
"""


def run_report(
    corpus, out_dir="report", *, notebooks_dir=None, kernel_name=None, progress=True, timeout=1200
) -> ReportResult:
    """Execute every numbered notebook on ``corpus`` and write an HTML report.

    Layout of ``out_dir``: ``index.html``, one ``NN-name.html`` per notebook
    (inputs hidden), ``notebooks/`` (the executed .ipynb), ``tables/`` (one CSV
    per chart plus ``load_problems.csv``). A notebook that fails is still
    rendered (with its traceback) and listed as failed in the index.

    Example:
        >>> res = run_report("data/sample", "/tmp/newslens-report")   # doctest: +SKIP
        >>> res.index.name                                             # doctest: +SKIP
        'index.html'
    """
    import papermill as pm
    from tqdm.auto import tqdm

    from .load import load_articles, load_report

    t0 = time.time()
    corpus_path = (
        str(Path(corpus).resolve()) if not any(c in str(corpus) for c in "*?[") else str(corpus)
    )
    out = Path(out_dir).resolve()
    tables_dir = out / "tables"
    nb_out = out / "notebooks"
    tables_dir.mkdir(parents=True, exist_ok=True)
    nb_out.mkdir(parents=True, exist_ok=True)

    # inputs: the corpus, loaded once here to report load problems on the index page
    articles = load_articles(corpus_path)
    problems = load_report(articles)
    save_table(problems, "load_problems", tables_dir)

    notebooks = list_notebooks(notebooks_dir)
    if not notebooks:
        raise FileNotFoundError(
            f"no numbered notebooks (NN-*.ipynb) found in {notebooks_dir or repo_notebooks_dir()}"
        )
    result = ReportResult(out_dir=out, index=out / "index.html", load_problems=problems)
    pages = []
    bar = tqdm(notebooks, desc="notebooks", unit="nb", disable=not progress, file=sys.stderr)
    for nb in bar:
        bar.set_postfix_str(nb.stem)
        title = _notebook_title(nb)
        executed = nb_out / nb.name
        html_path = out / f"{nb.stem}.html"
        try:
            pm.execute_notebook(
                str(nb),
                str(executed),
                parameters={"corpus": corpus_path, "tables_dir": str(tables_dir)},
                cwd=str(nb.parent),
                kernel_name=kernel_name,
                progress_bar=False,
                execution_timeout=timeout,
            )
        except Exception as exc:  # noqa: BLE001 - a failed notebook is reported, not fatal
            result.failures[title] = (
                f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
                if str(exc)
                else type(exc).__name__
            )
        if executed.exists():
            _render_html(executed, html_path)
            result.pages.append(html_path)
            pages.append((title, html_path.name))
    result.tables = sorted(tables_dir.glob("*.csv"))
    result.index.write_text(
        _index_html(
            corpus, pages, result.failures, result.tables, problems, len(articles), time.time() - t0
        ),
        encoding="utf-8",
    )
    return result
