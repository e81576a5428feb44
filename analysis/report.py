"""The headless report: check the request (corpus, notebooks, parameters)
before anything is written, load and analyse the corpus once into the cache
(:func:`analysis.open_corpus`, in a child process so its memory is returned),
run the chosen numbered notebooks on it with papermill (``jobs`` kernels at
once, each reading the cached frames), render each to HTML with its inputs
hidden and warnings turned into one readable notice, write an ``index.html``
that links them and lists any load problems, and collect the data behind every
chart as CSV under ``DIR/tables/``. Notebooks hand their chart data to
:func:`save_table`, which writes only when the report passed a ``tables_dir``
parameter — so the same notebooks stay quiet when a user runs them by hand.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
import time
import warnings
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .wording import counted

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
    notices: list[str] = field(default_factory=list)


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


_WARNING_LINE = re.compile(r"^\S*?:\d+: (?:\w+\.)*(\w*Warning): (.*)$")
_PROGRESS = re.compile(r"\d+%\||\r")
_TEMP_PATH = re.compile(r"/tmp/ipykernel_\d+/\d+\.py|<ipython-input-[^>]*>")


def notices_from_stderr(text: str) -> list[str]:
    """Readable notices from a cell's stderr: one per warning (file paths and
    the echoed source line dropped), progress bars dropped, other lines kept.

    Example:
        >>> notices_from_stderr(
        ...     "/tmp/ipykernel_1/2.py:3: UserWarning: 2 problem(s)\\n  x = f()\\n"
        ... )
        ['2 problem(s)']
    """
    out: list[str] = []
    lines = text.replace("\r\n", "\n").split("\n")
    skip_echo = False
    for line in lines:
        m = _WARNING_LINE.match(line.strip())
        if m:
            msg = m.group(2).strip()
            skip_echo = True
        elif skip_echo and line.startswith((" ", "\t")):
            skip_echo = False
            continue  # the source line the warning points at
        else:
            skip_echo = False
            if not line.strip() or _PROGRESS.search(line):
                continue
            msg = _TEMP_PATH.sub("<notebook>", line.strip())
        if msg not in out:
            out.append(msg)
    return out


def clean_outputs(nb) -> None:
    """In place: each stderr stream of an executed notebook becomes one
    plain-text notice (or disappears), so a page shows no stderr box and no
    temporary kernel path.

    Example:
        >>> nb = {"cells": [{"cell_type": "code", "outputs": [
        ...     {"output_type": "stream", "name": "stderr", "text": "a.py:1: UserWarning: careful"}]}]}
        >>> clean_outputs(nb); nb["cells"][0]["outputs"][0]["text"]
        'Notice: careful\\n'
    """
    for cell in nb["cells"]:
        if cell.get("cell_type") != "code":
            continue
        kept = []
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                text = out.get("text", "")
                notes = notices_from_stderr("".join(text) if isinstance(text, list) else text)
                if not notes:
                    continue
                out = dict(out, name="stdout", text="".join(f"Notice: {n}\n" for n in notes))
            kept.append(out)
        cell["outputs"] = kept


def _render_html(executed: Path, html_path: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    clean_outputs(nb)
    exporter = HTMLExporter(
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        **dict.fromkeys(_CDN_URLS, ""),
    )
    body, _ = exporter.from_notebook_node(nb)
    html_path.write_text(readable_charts(tidy_tables(offline_html(body))), encoding="utf-8")


# nbconvert's templates load these from a CDN; report pages carry static charts and
# tables only, so they are left out and a page opens with no network request
_CDN_URLS = (
    "mathjax_url",
    "require_js_url",
    "jquery_url",
    "mermaid_js_url",
    "mermaid_layout_elk_js_url",
    "widget_renderer_url",
    "jupyter_widgets_base_url",
)
_EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>\s*')


def offline_html(body: str) -> str:
    """The page without the script tags whose address was emptied (an empty ``src``
    would make the browser fetch the page itself as a script).

    Example:
        >>> offline_html('<title>t</title><script src=""> </script> <p>x</p>')
        '<title>t</title><p>x</p>'
    """
    return _EMPTY_SCRIPT.sub("", body)


_PNG_IMG_RE = re.compile(
    r'<img(?P<attrs>[^>]*?) src="data:image/png;base64,(?P<head>[A-Za-z0-9+/]{32})'
)
#: a chart is shown at no less than this share of its size: a two-panel figure
#: (1,289 px) in an 800 px window shrank to 58%, its legends to 5 px letters
CHART_LEAST_SCALE = 0.75
_CHART_CSS = "<style>.jp-RenderedImage{overflow-x:auto}</style>"


def _png_width(head: str) -> int | None:
    import base64
    import binascii

    try:
        raw = base64.b64decode(head[:32])
    except (binascii.Error, ValueError):
        return None
    if raw[:8] != b"\x89PNG\r\n\x1a\n" or raw[12:16] != b"IHDR":
        return None
    return int.from_bytes(raw[16:20], "big")


def readable_charts(page: str) -> str:
    """Charts that shrink to a narrow window only down to
    :data:`CHART_LEAST_SCALE` of their size; below that their output area scrolls
    sideways, so a wide figure's text stays readable.

    Example:
        >>> png = "iVBORw0KGgoAAAANSUhEUgAABQkAAAEu"  # a 1,289 px wide PNG's first bytes
        >>> page = readable_charts(f'<head></head><img alt="" src="data:image/png;base64,{png}">')
        >>> page.split("<img")[1][:34]
        ' alt="" style="min-width:966px" sr'
    """

    def fix(m: re.Match) -> str:
        width = _png_width(m.group("head"))
        if not width or "style=" in m.group("attrs"):
            return m.group(0)
        least = int(width * CHART_LEAST_SCALE)
        return m.group(0).replace(" src=", f' style="min-width:{least}px" src=', 1)

    out, n = _PNG_IMG_RE.subn(fix, page)
    return out.replace("</head>", _CHART_CSS + "</head>", 1) if n else out


_TABLE_RE = re.compile(r'<table[^>]*class="dataframe[^"]*"[^>]*>.*?</table>', re.S)
_MISSING_CELL_RE = re.compile(r"<td>(?:NaN|nan|NaT|None|&lt;NA&gt;|<NA>)</td>")
_DATE_CELL_RE = re.compile(r"<td>(\d{4}-\d{2}(?:-\d{2})?(?: \d{2}:\d{2}(?::\d{2})?)?)</td>")
_DATE_HEAD_RE = re.compile(r"<th>(\d{4}-\d{2}(?:-\d{2})?)</th>")
_HEAD_RE = re.compile(r"<thead>(.*?)</thead>", re.S)
_BODY_ROW_HEAD_RE = re.compile(r"(<tr[^>]*>)\s*<th>([^<]*)</th>")


def _drop_row_numbers(table: str) -> str:
    """The table without its index column when that index is only row numbers
    (an unnamed integer index: 0, 1, 2 … or rows picked out of a longer frame)."""
    head = _HEAD_RE.search(table)
    if not head or head.group(1).count("<tr") != 1:  # a named index has a second row
        return table
    first = re.search(r"<tr[^>]*>\s*<th>([^<]*)</th>", head.group(1))
    if not first or first.group(1).strip():
        return table
    body = table[head.end() :]
    keys = _BODY_ROW_HEAD_RE.findall(body)
    if not keys or not all(re.fullmatch(r"\d+|\.\.\.", k.strip()) for _, k in keys):
        return table
    if len(keys) != body.count("<tr"):
        return table
    new_head = head.group(0).replace(first.group(0), first.group(0).rsplit("<th>", 1)[0], 1)
    new_body = _BODY_ROW_HEAD_RE.sub(r"\1", body)
    return table[: head.start()] + new_head + new_body


_ROW_RE = re.compile(r"<tr[^>]*>.*?</tr>", re.S)
_CELL_RE = re.compile(r"<(t[hd])([^>]*)>(.*?)</t[hd]>", re.S)
_NUMBER_RE = re.compile(r"[-+−]?[\d,.]+%?|[-+]?(?:inf|nan)|\d{4}-\d{2}(?:-\d{2})?.*")
#: text columns that end where the next column starts (the context before a quote
#: or a keyword) stay right-aligned
_RIGHT_TEXT = {"left", "before"}


def _align_text(table: str) -> str:
    """Columns of words (names, titles, quotes, contexts) left-aligned, as text
    reads; numbers, dates and the context columns in :data:`_RIGHT_TEXT` keep
    pandas' right alignment."""
    head = _HEAD_RE.search(table)
    if not head:
        return table
    header_rows = _ROW_RE.findall(head.group(1))
    names = _column_names(head.group(1))
    body = table[head.end() :]
    rows = [_CELL_RE.findall(r) for r in _ROW_RE.findall(body)]
    left = set()
    for k, name in enumerate(names):
        cells = [r[k][2].strip() for r in rows if len(r) == len(names) and r[k][0] == "td"]
        cells = [c for c in cells if c]
        words = [c for c in cells if not _NUMBER_RE.fullmatch(c)]
        if name not in _RIGHT_TEXT and cells and len(words) * 2 > len(cells):
            left.add(k)
    if not left:
        return table

    def row(m: re.Match) -> str:
        cells = _CELL_RE.findall(m.group(0))
        if len(cells) != len(names):
            return m.group(0)
        k = iter(range(len(cells)))

        def cell(c: re.Match) -> str:
            i, tag = next(k), c.group(1)
            if i not in left or "text-align" in c.group(2) or (tag == "th" and not in_head):
                return c.group(0)
            return f'<{tag}{c.group(2)} style="text-align:left">{c.group(3)}</{tag}>'

        return _CELL_RE.sub(cell, m.group(0))

    in_head = True  # the column names over left-aligned text are left-aligned too,
    new_head = head.group(0)  # on every header row (a pivot's names are on the first)
    for header in header_rows:
        new_head = new_head.replace(header, _ROW_RE.sub(row, header), 1)
    in_head = False
    return table[: head.start()] + new_head + _ROW_RE.sub(row, body)


_MONTH_START_RE = re.compile(r"(\d{4}-\d{2})-01(?: 00:00(?::00)?)?")
_INTEGER_RE = re.compile(r"(-?)(\d{4,})(\.\d+)?")
#: columns whose numbers are names or positions, not amounts: never "2,025" for a
#: year, "1,234" for an id or a character offset
_NOT_AMOUNT_RE = re.compile(
    r"(?:^|_)(?:id|year|rank|topic|start|end|offset)$|^(?:year|rank|topic|id)", re.I
)


def _column_names(head: str) -> list[str]:
    """One name per column: the header rows' texts, the last non-empty one
    (pandas puts the index name on a second header row)."""
    rows = [_CELL_RE.findall(r) for r in _ROW_RE.findall(head)]
    width = len(rows[-1]) if rows else 0
    names = [""] * width
    for cells in rows:
        if len(cells) != width:
            continue
        for k, c in enumerate(cells):
            text = re.sub(r"<[^>]+>", "", c[2]).strip()
            names[k] = text or names[k]
    return names


def _thousands(text: str) -> str:
    m = _INTEGER_RE.fullmatch(text)
    return f"{m.group(1)}{int(m.group(2)):,}{m.group(3) or ''}" if m else text


def _format_cells(table: str) -> str:
    """Numbers and months as the charts write them: whole numbers of four digits
    or more with thousands separators ("18,773"; not in id, year, rank, topic or
    offset columns), and a column of month starts ("2021-02-01", a monthly period) as
    months ("2021-02")."""
    head = _HEAD_RE.search(table)
    if not head:
        return table
    names = _column_names(head.group(1))
    body = table[head.end() :]
    rows = [_CELL_RE.findall(r) for r in _ROW_RE.findall(body)]
    months = set()
    for k, name in enumerate(names):
        cells = [r[k][2].strip() for r in rows if len(r) == len(names) and r[k][0] == "td"]
        cells = [c for c in cells if c and c not in ("NaT", "nan", "None")]
        starts = [c for c in cells if _MONTH_START_RE.fullmatch(c)]
        if (
            starts
            and len(starts) == len(cells)
            and (len(starts) > 1 or name in ("period", "month"))
        ):
            months.add(k)
    amounts = {k for k, n in enumerate(names) if not _NOT_AMOUNT_RE.search(n)}

    def row(m: re.Match) -> str:
        cells = _CELL_RE.findall(m.group(0))
        if len(cells) != len(names):
            return m.group(0)
        k = iter(range(len(cells)))

        def cell(c: re.Match) -> str:
            i, text = next(k), c.group(3)
            if c.group(1) != "td":
                return c.group(0)
            if i in months:
                text = _MONTH_START_RE.sub(r"\1", text)
            elif i in amounts:
                text = _thousands(text)
            return f"<td{c.group(2)}>{text}</td>"

        return _CELL_RE.sub(cell, m.group(0))

    return table[: head.end()] + _ROW_RE.sub(row, body)


def tidy_tables(page: str) -> str:
    """Tables of a report page as a reader expects them: no column of bare row
    numbers, missing values as empty cells (never "NaN", "None" or "<NA>"),
    whole numbers with thousands separators and monthly periods as months
    (:func:`_format_cells`), dates (cells and column names) that never wrap at their hyphens, and
    columns of words left-aligned.

    Example:
        >>> t = ('<table class="dataframe"><thead><tr><th></th><th>a</th></tr></thead>'
        ...      '<tbody><tr><th>7</th><td>NaN</td></tr>'
        ...      '<tr><th>2</th><td>2025-01-09</td></tr></tbody></table>')
        >>> print(tidy_tables(t))  # doctest: +NORMALIZE_WHITESPACE
        <table class="dataframe"><thead><tr><th>a</th></tr></thead><tbody><tr><td></td></tr><tr><td
        style="white-space:nowrap">2025-01-09</td></tr></tbody></table>
    """

    def fix(m: re.Match) -> str:
        table = _drop_row_numbers(m.group(0))
        table = _format_cells(_MISSING_CELL_RE.sub("<td></td>", table))
        table = _DATE_CELL_RE.sub(r'<td style="white-space:nowrap">\1</td>', table)
        table = _DATE_HEAD_RE.sub(r'<th style="white-space:nowrap">\1</th>', table)
        return _align_text(table)

    return _TABLE_RE.sub(fix, page)


def _cell(v) -> str:
    """One cell of an index-page table: missing values empty."""
    if v is None or (not isinstance(v, str) and pd.api.types.is_scalar(v) and pd.isna(v)):
        return ""
    return html.escape(str(v))


def _html_table(frame: pd.DataFrame) -> str:
    esc = html.escape
    cols = "".join(f"<th>{esc(str(c))}</th>" for c in frame.columns)
    items = "".join(
        "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in rec) + "</tr>"
        for rec in frame.itertuples(index=False)
    )
    return f'<div class="wide"><table><tr>{cols}</tr>{items}</table></div>'


def _kinds_html(problems: pd.DataFrame) -> str:
    """Problems summarised by kind with counts (the loader's ``problem_kinds``,
    where this version of the loader has it), shown before the first rows."""
    try:
        from .load import problem_kinds
    except ImportError:
        return ""
    try:
        kinds = problem_kinds(problems)
    except (KeyError, ValueError, TypeError):
        return ""
    return f"<h3>By kind</h3>{_html_table(kinds)}<h3>First rows</h3>" if len(kinds) else ""


def one_line(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` for reading on a page: in its text columns every run of white
    space (line and paragraph breaks, which a table shows as a literal "\\n")
    is one space. The CSVs keep the text as it is.

    Example:
        >>> one_line(pd.DataFrame({"quote": ["Okay.\\n\\nGiven  that"], "n": [1]}))["quote"].tolist()
        ['Okay. Given that']
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = [re.sub(r"\s+", " ", v) if isinstance(v, str) else v for v in out[col]]
    return out


class ReadableTable:
    """A frame shown as the report shows it, in JupyterLab too: :func:`tidy_tables`
    applied to pandas' own HTML (no column of row numbers, text columns left-aligned
    by inline styles that beat Lab's right alignment). Made by :func:`readable`;
    ``.frame`` is the data.

    Example:
        >>> t = ReadableTable(pd.DataFrame({"match": ["treaty"], "n": [1]}))
        >>> "<th>0</th>" in t._repr_html_(), 'style="text-align:left">treaty' in t._repr_html_()
        (False, True)
    """

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def _repr_html_(self) -> str:
        return tidy_tables(self.frame._repr_html_() or "")

    def __repr__(self) -> str:
        return repr(self.frame)


def readable(frame: pd.DataFrame) -> ReadableTable:
    """:func:`one_line` of ``frame``, displayed as on a report page (:class:`ReadableTable`):
    for every table a notebook shows (keyword in context, quotes, counts, tone). A column
    of True/False reads "yes" / "" (:func:`yes_or_blank`).

    Example:
        >>> readable(pd.DataFrame({"left": ["the"], "match": ["treaty"]})).frame.shape
        (1, 2)
        >>> readable(pd.DataFrame({"in_chart": [True, False]})).frame["in_chart"].tolist()
        ['yes', '']
    """
    return ReadableTable(one_line(yes_or_blank(frame)))


def yes_or_blank(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every boolean column as "yes" (True) or "" (False): a table's
    flag reads as a word, not as Python's True/False. Other columns are kept.

    Example:
        >>> yes_or_blank(pd.DataFrame({"ok": [False, True], "n": [1, 2]})).to_dict("list")
        {'ok': ['', 'yes'], 'n': [1, 2]}
    """
    flags = [c for c in frame.columns if pd.api.types.is_bool_dtype(frame[c])]
    if not flags:
        return frame
    out = frame.copy()
    for c in flags:
        out[c] = frame[c].map({True: "yes", False: ""})
    return out


def corpus_root(corpus, paths=()) -> str:
    """The folder (absolute) the load-problem paths are shown relative to:
    ``corpus`` itself (a folder), its folder (a file) or the fixed part of a
    glob; where one of ``paths`` lies outside it, the folder all of them share.

    Example:
        >>> corpus_root("/data/news/*.jsonl", ["/data/news/a.jsonl"])
        '/data/news'
        >>> corpus_root("/data/news", ["/data/news/x/a.txt", "/other/b.txt"])
        '/'
        >>> corpus_root(["/data/a/x.csv", "/data/b"])
        '/data'
    """
    if isinstance(corpus, (list, tuple)):  # several files, folders or globs
        roots = [corpus_root(c) for c in corpus] or [os.path.abspath(".")]
        return corpus_root(os.path.commonpath(roots) + os.sep, paths)
    text = str(corpus)
    fixed = re.split(r"[*?\[]", text, maxsplit=1)[0]
    root = os.path.abspath(fixed or ".")
    if (
        fixed != text
        and not fixed.endswith(os.sep)
        or (Path(root).suffix and not os.path.isdir(root))
    ):
        root = os.path.dirname(root)
    paths = [os.path.abspath(p) for p in paths if isinstance(p, str) and p]
    if paths and not all(_inside(p, root) for p in paths):
        root = os.path.commonpath([*paths, root])
    return root


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([os.path.abspath(path), root]) == root


def relative_paths(problems: pd.DataFrame, root: str) -> pd.DataFrame:
    """``problems`` with each ``path`` under ``root`` written relative to it
    (the page names the root once, above the table; the CSV keeps full paths).

    Example:
        >>> rel = relative_paths(pd.DataFrame({"path": ["/c/a/b.txt", "/d/x.csv"]}), "/c")
        >>> rel["path"].tolist()
        ['a/b.txt', '/d/x.csv']
    """
    if not root or "path" not in problems:
        return problems

    def rel(p):
        if isinstance(p, str) and p and _inside(p, root):
            return Path(os.path.relpath(os.path.abspath(p), root)).as_posix()
        return p

    return problems.assign(path=[rel(p) for p in problems["path"]])


def _problems_html(corpus, problems) -> str:
    """The index page's load-problems section (notices left out; they are counted)."""
    notices = 0
    if problems is not None and "level" in problems:
        notices = int((problems["level"] == "notice").sum())
        problems = problems[problems["level"] != "notice"]
    if problems is not None and len(problems):
        head = problems.head(20)
        root = corpus_root(corpus, head["path"].tolist() if "path" in head else [])
        where = (
            f"<p>Paths are relative to <code>{html.escape(root)}</code>.</p>"
            if root and "path" in head
            else ""
        )
        more = (
            f"<p>… and {len(problems) - 20:,} more (see tables/load_problems.csv)</p>"
            if len(problems) > 20
            else ""
        )
        out = (
            f"<h2>Load problems: {len(problems):,}</h2>{_kinds_html(problems)}"
            f"{where}{_html_table(relative_paths(head, root))}{more}"
        )
    else:
        out = "<h2>Load problems: 0</h2><p>Every file loaded cleanly.</p>"
    if notices:
        out += (
            f"<p>{counted(notices, 'notice')}, e.g. metadata tables joined: "
            "see tables/load_problems.csv</p>"
        )
    return out


def _index_html(corpus, pages, failures, tables, problems, n_articles, elapsed) -> str:
    esc = html.escape
    rows = []
    for title, page in pages:
        status = "failed: " + esc(failures[title]) if title in failures else "ok"
        rows.append(f'<li><a href="{esc(page)}">{esc(title)}</a> — {status}</li>')
    table_rows = "".join(
        f'<li><a href="tables/{esc(t.name)}">{esc(t.name)}</a></li>' for t in tables
    )
    prob_html = _problems_html(corpus, problems)
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>newslens report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}}
.wide{{overflow-x:auto}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:2px 6px;font-size:90%}}</style>
</head><body>
<h1>newslens report</h1>
<p>Corpus: <code>{esc(str(corpus))}</code> — {counted(n_articles, "article")} loaded.
Built in {elapsed:.0f} s.</p>
<h2>Notebooks</h2><ul>{"".join(rows)}</ul>
{prob_html}
<h2>Chart data (CSV)</h2><ul>{table_rows}</ul>
</body></html>
"""


class ReportError(ValueError):
    """A report request that cannot run (missing corpus, unknown notebook or
    parameter); raised before anything is written."""


_RESERVED = ("corpus", "tables_dir")


def select_notebooks(selected=None, notebooks_dir=None) -> list[Path]:
    """The notebooks to run: all numbered ones, or those named in ``selected``
    by number ("02") or name ("02-sentiment"), in number order.

    Example:
        >>> [p.name[:2] for p in select_notebooks(["03", "01-corpus-overview"])]
        ['01', '03']
    """
    available = list_notebooks(notebooks_dir)
    if not available:
        where = notebooks_dir or repo_notebooks_dir()
        raise ReportError(f"no numbered notebooks (NN-*.ipynb) found in {where}")
    if not selected:
        return available
    chosen = []
    for sel in selected:
        sel = str(sel).removesuffix(".ipynb")
        hits = [p for p in available if p.stem == sel or p.stem.split("-", 1)[0] == sel]
        if len(hits) != 1:
            names = ", ".join(p.stem for p in available)
            raise ReportError(f"unknown notebook {sel!r}: choose from {names}")
        if hits[0] not in chosen:
            chosen.append(hits[0])
    return sorted(chosen)


def _parse_value(text, default: str | None):
    """A ``-p`` value typed like the notebook's default (text stays text where
    the default is a string; None/int/float inferred otherwise)."""
    if not isinstance(text, str):
        return text
    if default is not None and default.strip()[:1] in ('"', "'"):
        return text
    if text in ("None", "null"):
        return None
    if text in ("True", "true", "False", "false"):
        return text.lower() == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def check_parameters(parameters, notebooks) -> dict[Path, dict]:
    """Per notebook, the ``parameters`` it declares (typed like its defaults);
    unknown or reserved names raise :class:`ReportError`.

    Example:
        >>> nbs = select_notebooks(["04"])
        >>> check_parameters({"k": "3", "kwic_term": "2016"}, nbs)[nbs[0]]
        {'k': 3, 'kwic_term': '2016'}
    """
    import papermill as pm

    declared = {nb: pm.inspect_notebook(str(nb)) for nb in notebooks}
    parameters = dict(parameters or {})
    for name in parameters:
        if name in _RESERVED:
            raise ReportError(f"parameter {name!r} is set by the report itself")
        if not any(name in d for d in declared.values()):
            known = sorted({n for d in declared.values() for n in d} - set(_RESERVED))
            raise ReportError(f"unknown parameter {name!r}: the notebooks take {', '.join(known)}")
    return {
        nb: {k: _parse_value(v, d[k].get("default")) for k, v in parameters.items() if k in d}
        for nb, d in declared.items()
    }


def _corpus_path(corpus) -> str:
    from .session import load_key

    text = str(corpus)
    if load_key(corpus) is None:
        raise ReportError(f"corpus not found: {text} (no such file, folder or matching glob)")
    return text if any(c in text for c in "*?[") else str(Path(corpus).resolve())


_LINK_REASONS = ("symlink pointing outside", "symlinked folder outside")


def no_articles_message(corpus, problems: pd.DataFrame | None, hint: bool = True) -> str:
    """Why a report stops when ``corpus`` loaded no article: the path, the
    load problems by reason (most frequent first, at most three) and, where
    the files were symlinks to elsewhere (which the loader skips, so a corpus
    folder cannot read files outside itself), the folder they point to;
    ``hint`` adds the command that lists every problem.

    Example:
        >>> probs = pd.DataFrame({"path": ["/c/a.txt", "/c/b.txt"], "reason": [
        ...     "cannot read file: Permission denied"] * 2, "level": ["problem"] * 2})
        >>> print(no_articles_message("/c", probs))
        no articles loaded from /c: 2 load problems (cannot read file: Permission denied: 2); see `python -m analysis load /c`
    """
    text = f"no articles loaded from {corpus}"
    probs = problems if problems is not None else pd.DataFrame()
    if "level" in probs.columns:
        probs = probs[probs["level"] != "notice"]
    if probs.empty:
        return text + ": its files hold no documents"
    reasons = probs["reason"].astype(str).value_counts(sort=True)
    shown = "; ".join(f"{r}: {n:,}" for r, n in reasons.head(3).items())
    more = f"; {len(reasons) - 3:,} other kinds" if len(reasons) > 3 else ""
    text += f": {counted(len(probs), 'load problem')} ({shown}{more})"
    links = probs[probs["reason"].astype(str).str.startswith(_LINK_REASONS)]["path"]
    targets = [os.path.realpath(p) for p in links if isinstance(p, str)]
    if targets:
        where = os.path.commonpath(targets)
        where = where if os.path.isdir(where) else os.path.dirname(where)
        text += (
            ". Symlinks are read only when they point inside the corpus folder"
            f" (so a corpus cannot read files elsewhere); the links point into {where}:"
            " give that folder (or a symlink to it) as the corpus"
        )
    return text + (f"; see `python -m analysis load {corpus}`" if hint else "")


def _prepare(corpus, cache_dir, n_jobs, progress, conn, stage="analyse") -> None:
    """Child process, one per stage. ``"load"``: parse the corpus into the
    cache (the parser's memory goes with the process). ``"analyse"``: run
    ``analyze()`` on the cached texts and resolve speakers (shared by three
    notebooks) in a fresh process, whose workers fork from a small heap. Sends
    back notices or an error."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from .session import _notices, corpus_cached, load_cached, open_corpus

            if stage == "load":
                if not corpus_cached(corpus, cache_dir):
                    load_cached(corpus, cache_dir)
                notes = _notices(caught)
            else:
                session = open_corpus(
                    corpus, cache_dir=cache_dir, n_jobs=n_jobs, progress=progress, quiet=True
                )
                session.quotes  # noqa: B018 - computed once here, read by every notebook
                notes = list(session.notices)
        notes += [str(w.message) for w in caught if str(w.message) not in notes]
        conn.send(("ok", notes))
    except Exception as exc:  # noqa: BLE001 - reported by the parent as one line
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _run_child(stage, corpus, cache_dir, jobs, progress) -> list[str]:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_prepare, args=(corpus, cache_dir, jobs, progress, child, stage))
    proc.start()
    child.close()
    try:
        status, payload = parent.recv()
    except EOFError:
        status, payload = "error", f"the analysis process died (exit code {proc.exitcode})"
    proc.join()
    if status != "ok":
        raise ReportError(f"cannot analyse {corpus}: {payload}")
    return payload


def _prepare_cache(corpus, cache_dir, jobs, progress) -> list[str]:
    """Load, then analyse, the corpus into the cache: each stage in a process
    of its own, so neither holds the other's memory (the parse of a large JSON
    Lines file leaves gigabytes of freed heap behind)."""
    notes = _run_child("load", corpus, cache_dir, jobs, progress)
    more = _run_child("analyse", corpus, cache_dir, jobs, progress)
    return notes + [n for n in more if n not in notes]


_KERNEL_QUIET = ["--IPKernelApp.log_level=CRITICAL"]  # no TCP / KeyboardInterrupt log lines


def _execute(nb: Path, executed: Path, params: dict, kernel_name, timeout):
    import papermill as pm

    try:
        pm.execute_notebook(
            str(nb),
            str(executed),
            parameters=params,
            # the kernel starts in the notebook's folder; papermill's own ``cwd=``
            # would chdir the whole process, which races between --jobs threads
            resources={"metadata": {"path": str(nb.parent)}},
            kernel_name=kernel_name,
            progress_bar=False,
            execution_timeout=timeout,
            extra_arguments=list(_KERNEL_QUIET),
        )
    except Exception as exc:  # noqa: BLE001 - a failed notebook is reported, not fatal
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return None


def _check_folder(path: Path, option: str) -> None:
    """Raise :class:`ReportError` when ``path`` cannot become a writable folder: it
    (or the nearest part of it that exists) is a file, or is not writable.

    Example:
        >>> import tempfile
        >>> f = Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = f.write_text("x")
        >>> _check_folder(f / "sub", "--out")
        Traceback (most recent call last):
        ...
        analysis.report.ReportError: --out ...a.txt/sub: ...a.txt is a file, not a folder
    """
    if path.exists() and not path.is_dir():
        raise ReportError(f"{option} {path} exists and is not a folder")
    near = path
    while not near.exists() and near.parent != near:
        near = near.parent
    if not near.is_dir():
        raise ReportError(f"{option} {path}: {near} is a file, not a folder")
    if not os.access(near, os.W_OK | os.X_OK):
        raise ReportError(f"{option} {path}: {near} is not writable")


def run_report(
    corpus,
    out_dir="report",
    *,
    notebooks=None,
    parameters=None,
    jobs: int | None = None,
    notebooks_dir=None,
    kernel_name=None,
    cache_dir=None,
    progress=True,
    timeout=1200,
) -> ReportResult:
    """Run the numbered notebooks on ``corpus`` and write an HTML report.

    ``notebooks`` picks some by number or name (default: all); ``parameters``
    ({name: value}, values as typed on a command line are converted like the
    notebook's default) are passed to every notebook that declares them;
    ``jobs`` kernels run at once (default: 2, or 1 on one core). Everything is
    checked first: a missing corpus, an unknown notebook or parameter raise
    :class:`ReportError` and nothing is written. The corpus is then loaded and
    analysed once into the cache (``cache_dir``, default
    :func:`analysis.pipeline.default_cache_dir`), which every notebook reads.

    Layout of ``out_dir``: ``index.html``, one ``NN-name.html`` per notebook
    (inputs hidden, warnings shown as notices), ``notebooks/`` (the executed
    .ipynb), ``tables/`` (one CSV per chart plus ``load_problems.csv``). A
    notebook that fails is still rendered (with its traceback) and listed as
    failed in the index.

    Example:
        >>> res = run_report("data/sample", "/tmp/r", parameters={"target": "summit"})  # doctest: +SKIP
        >>> res.index.name                                                              # doctest: +SKIP
        'index.html'
    """
    from .pipeline import progress_bar

    tqdm = progress_bar()
    t0 = time.time()
    corpus_path = _corpus_path(corpus)
    chosen = select_notebooks(notebooks, notebooks_dir)
    per_nb = check_parameters(parameters, chosen)
    given_jobs = max(1, int(jobs)) if jobs else None
    out = Path(out_dir).resolve()
    _check_folder(out, "--out")
    cache = Path(cache_dir).resolve() if cache_dir else None
    if cache is not None:
        _check_folder(cache, "--cache-dir")
    notices = _prepare_cache(corpus_path, cache, -1, progress)
    from .session import open_corpus

    session = open_corpus(corpus_path, cache_dir=cache, quiet=True)  # warm: stamps only
    problems, n_articles = session.load_problems, len(session.meta)
    del session
    if n_articles == 0:  # pages of empty charts help nobody: say why, write nothing
        raise ReportError(no_articles_message(corpus, problems))
    jobs = given_jobs or default_jobs(n_articles)

    tables_dir, nb_out = out / "tables", out / "notebooks"
    try:
        tables_dir.mkdir(parents=True, exist_ok=True)
        nb_out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # e.g. a read-only file system
        raise ReportError(f"--out {out}: cannot create the folder ({exc.strerror or exc})") from exc
    save_table(problems, "load_problems", tables_dir)
    result = ReportResult(out_dir=out, index=out / "index.html", load_problems=problems)
    result.notices = notices
    saved_env = os.environ.get("NEWSLENS_CACHE")
    if cache is not None:
        os.environ["NEWSLENS_CACHE"] = str(cache)  # the kernels read the same cache
    bar = tqdm(
        total=len(chosen), desc="notebooks", unit="nb", disable=not progress, file=sys.stderr
    )
    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = {}
            for nb in sorted(chosen, key=_cost, reverse=True):  # longest first
                params = {"corpus": corpus_path, "tables_dir": str(tables_dir), **per_nb[nb]}
                fut = pool.submit(_execute, nb, nb_out / nb.name, params, kernel_name, timeout)
                futures[fut] = nb
            for fut in as_completed(futures):
                nb = futures[fut]
                if fut.result():
                    result.failures[_notebook_title(nb)] = fut.result()
                bar.set_postfix_str(nb.stem)
                bar.update(1)
    finally:
        bar.close()
        if cache is not None:
            if saved_env is None:
                os.environ.pop("NEWSLENS_CACHE", None)
            else:
                os.environ["NEWSLENS_CACHE"] = saved_env
    pages = []
    for nb in chosen:
        executed, html_path = nb_out / nb.name, out / f"{nb.stem}.html"
        if executed.exists():
            _render_html(executed, html_path)
            result.pages.append(html_path)
            pages.append((_notebook_title(nb), html_path.name))
    result.tables = sorted(tables_dir.glob("*.csv"))
    result.index.write_text(
        _index_html(
            corpus, pages, result.failures, result.tables, problems, n_articles, time.time() - t0
        ),
        encoding="utf-8",
    )
    return result


_COSTS = {"04": 4, "02": 3, "03": 2}


# above this many articles each kernel holds ~1 M resolved quotes (~3 GB at 100k):
# one kernel at a time keeps the report's process tree under 4 GB
ONE_KERNEL_ABOVE = 40_000


def default_jobs(n_articles: int) -> int:
    """Kernels run at once when ``--jobs`` is not given: two (one on a one-core
    machine), or one above :data:`ONE_KERNEL_ABOVE` articles, where memory, not
    the second core, is what runs out.

    Example:
        >>> default_jobs(100_000)
        1
    """
    if n_articles > ONE_KERNEL_ABOVE:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def _cost(nb: Path) -> int:
    """Relative run time of a notebook (topics and terms take longest)."""
    return _COSTS.get(nb.name[:2], 1)
