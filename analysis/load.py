"""Loading a news corpus into the ``articles`` frame: this module owns
:func:`load_articles` (files, directories, globs, lists of them; every supported
format auto-detected), the article schema (:data:`ARTICLE_COLUMNS`, documented
in one place and mirrored in docs/schema.md), the ``article_id`` rule (the
path under the corpus folder) and ``section`` column, which files are read
(regular files; symlinks only inside the corpus), the joining of
``metadata.tsv``/``.csv`` side tables, duplicate handling and the bad-input
contract: good documents always load, every problem is recorded and returned
by :func:`load_report` (summarised by :func:`summarize_load`), with documents
in = rows out + reported drops. Per-format reading lives in
:mod:`analysis.readers` and :mod:`analysis._archives`, cleaning and metadata
inference in :mod:`analysis.clean`.
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
import posixpath
import re
import stat
import warnings
from pathlib import Path

import pandas as pd

from .clean import (
    PUBLISHER_NAMES,
    clean_articles,
    clean_text,
    infer_from_filename,
    outlet_from_url,
    parse_date,
)
from .readers import (
    FORMATS_BY_EXT,
    LoadError,
    ProblemLog,
    RawDoc,
    ReadOptions,
    ext_of,
    map_fields,
    markdown_to_text,
    read_document_bytes,
    stem_of,
)
from .wording import counted

__all__ = [
    "load_articles",
    "load_report",
    "problem_kinds",
    "summarize_load",
    "ARTICLE_COLUMNS",
    "REPORT_COLUMNS",
    "LoadError",
    "SourceNotFoundError",
]


class SourceNotFoundError(LoadError, FileNotFoundError):
    """The path, directory or glob given to :func:`load_articles` does not exist / matches nothing."""


#: The articles frame, one row per article: column -> meaning. Columns come in
#: this order; other fields found in CSV/JSON/Parquet records follow as extra
#: columns under their own names.
ARTICLE_COLUMNS = {
    "article_id": "str, unique and stable across runs. An explicit `article_id` or `id` field "
    "wins; a one-document file (.txt/.md/.html/.json object) gives its path relative to the "
    "corpus folder without the extension ('business/001'; the stem for files in the root or "
    "given directly; members of an archive add their folders inside it); records of "
    "multi-record files give '<that>:<n>' (n = 1-based record number); Reuters gives "
    "'reuters-<NEWID>'. Repeated ids get '~2', '~3' suffixes (reported).",
    "title": "str or NA. Title field; for plain text the first title-like line (not chrome); "
    "Markdown YAML `title`; HTML <h1> or <title>; Reuters TITLE.",
    "source": "str or NA. The outlet: source/outlet/publisher field, metadata side table, "
    "file name '<publisher>_<YYYY-MM-DD>_<slug>', URL domain, or inferred from the text ('<X> News ... "
    "Correspondent', site chrome, copyright holder). 'Reuters' for Reuters-21578.",
    "published": "datetime64, NaT when unknown. Wall-clock time as written (time zone dropped). "
    "A copyright year alone gives January 1 of that year with date_precision='year'.",
    "url": "str or NA. url/link/source_url field, HTML canonical/og:url.",
    "text": "str. Clean body: boilerplate removed, paragraphs separated by '\\n\\n', lines inside "
    "a paragraph joined by spaces (clean=False: the decoded document as is, \\r\\n -> \\n).",
    "path": "str. File the article came from; archive members as 'archive.zip!member/path'.",
    "boilerplate": "str. The removed lines (chrome, captions, copyright, credits, repeated "
    "outlet lines), '\\n'-joined in order; '' when nothing was removed.",
    "duplicate_of": "str or NA. article_id of the first article (in row order) with exactly "
    "the same non-empty text. Only with duplicates='keep': by default such duplicates are "
    "left out (each listed in the load report).",
    "format": "str. text, jsonl, json, csv, tsv, parquet, reuters, markdown or html.",
    "record": "Int64. 1-based record number inside the file (1 for one-document files).",
    "date_precision": "str or NA. 'year', 'month', 'day' or 'time': how much of `published` is known.",
    "author": "str or NA. author/byline field, metadata side table or HTML meta.",
    "dateline": "str or NA. Reuters DATELINE or a dateline field.",
    "tags": "str or NA. Tags/topics joined by '; ' (Reuters TOPICS and PLACES, YAML tags).",
    "section": "str or NA. A `section` field, else the first folder under the corpus "
    "root when articles are grouped in folders ('business' for business/001.txt); NA for "
    "files directly in the root. Usable as group_col (e.g. distinctive_terms).",
}

#: Columns of :func:`load_report`.
REPORT_COLUMNS = [
    "path",
    "line",
    "record",
    "article_id",
    "reason",
    "action",
    "dropped",
    "level",
]

_SKIP_NAMES = ("readme", "license", "licence", "copying", "changelog", "notice", "authors")
_SIDECAR_FORMATS = ("text", "markdown", "html")
_GLOB_CHARS = set("*?[")


def load_report(articles) -> pd.DataFrame:
    """Problems met while loading ``articles``, one row each.

    Columns: path, line (1-based, where known), record, article_id, reason,
    action (what the loader did: "skipped", "kept, flagged", ...) and dropped
    (documents not loaded because of it; 0 for non-article files and for
    problems that kept the document) and level ("problem", or "notice" for
    information such as a joined metadata table; notices do not warn). Read from ``articles.attrs["load_errors"]``,
    a JSON string (list of objects) so that pandas copies it cheaply; a list
    of dicts (or that JSON) may also be passed directly.

    Example:
        >>> arts = load_articles("data/sample")            # doctest: +SKIP
        >>> load_report(arts)[["path", "reason", "action"]]  # doctest: +SKIP
    """
    items = articles.attrs.get("load_errors", []) if hasattr(articles, "attrs") else articles
    if isinstance(items, (str, bytes)):
        items = json.loads(items or "[]")
    frame = pd.DataFrame(list(items or []), columns=REPORT_COLUMNS)
    frame["line"] = frame["line"].astype("Int64")
    frame["record"] = frame["record"].astype("Int64")
    frame["dropped"] = frame["dropped"].fillna(0).astype(int)
    frame["level"] = frame["level"].astype(object).where(frame["level"].notna(), "problem")
    frame["level"] = frame["level"].astype(str)
    return frame


_KIND_RE = re.compile(r"'[^']*'|\"[^\"]*\"|(?<![\w-])\d[\d,.]*")


def problem_kinds(report) -> pd.DataFrame:
    """Load problems grouped by kind: the reason with names and numbers blanked
    ("duplicate article_id '…' (first in …)"), its level and count, most frequent first.

    ``report`` is :func:`load_report`'s frame or the articles frame.

    Example:
        >>> rep = load_report([{"path": "a", "reason": "row has 3 fields, header has 2",
        ...     "action": "skipped", "dropped": 1}, {"path": "b", "reason": "row has 5 fields, "
        ...     "header has 2", "action": "skipped", "dropped": 1}])
        >>> problem_kinds(rep).values.tolist()
        [['row has … fields, header has …', 'problem', 2, 2]]
    """
    rep = report if "reason" in getattr(report, "columns", ()) else load_report(report)
    cols = ["kind", "level", "count", "dropped"]
    if rep.empty:
        return pd.DataFrame(columns=cols)
    kinds = rep["reason"].astype(str).str.split(":").str[0].str.replace(_KIND_RE, "…", regex=True)
    out = (
        rep.assign(kind=kinds.str.slice(0, 100))
        .groupby(["kind", "level"], sort=False)
        .agg(count=("reason", "size"), dropped=("dropped", "sum"))
        .reset_index()
    )
    out["_p"] = out["level"] != "problem"
    out = out.sort_values(["_p", "count", "kind"], ascending=[True, False, True], kind="mergesort")
    return out[cols].reset_index(drop=True)


def summarize_load(articles, n: int = 20) -> str:
    """A readable summary of what loading ``articles`` met: counts, the problems
    by kind with counts, then the first ``n`` rows of the report and "... N more".

    Example:
        >>> arts = load_articles("data/sample")   # doctest: +SKIP
        >>> print(summarize_load(arts))           # doctest: +SKIP
    """
    rep = load_report(articles)
    n_prob = int((rep["level"] != "notice").sum())
    lines = [
        f"{n_prob} load problems, {len(rep) - n_prob} notices; "
        f"{int(rep['dropped'].sum())} documents not loaded"
    ]
    if rep.empty:
        return lines[0]
    lines.append("by kind:")
    for k in problem_kinds(rep).itertuples():
        note = " (notice)" if k.level != "problem" else ""
        lines.append(f"  {k.count:>6}  {k.kind}{note}")
    shown = rep.head(max(int(n), 0))
    if len(shown):
        lines.append(f"first {len(shown)}:")
        view = shown[["path", "line", "record", "reason", "action"]].astype(object)
        view = view.where(view.notna(), "")
        view["reason"] = view["reason"].str.slice(0, 120)
        lines.append(view.to_string(index=False))
    if len(rep) > len(shown):
        lines.append(f"... {len(rep) - len(shown)} more (analysis.load_report(articles))")
    return "\n".join(lines)


def _is_skip_name(name: str) -> bool:
    low = name.lower()
    return any(low == n or low.startswith(n + ".") or low.startswith(n + "_") for n in _SKIP_NAMES)


def _is_supported(name: str) -> bool:
    return ext_of(name) in FORMATS_BY_EXT


IGNORE_FILE = ".newslensignore"


def _read_ignore(path: Path) -> list[str]:
    """Glob patterns (one per line, ``#`` comments) from a ``.newslensignore`` file."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _ignored(p: Path, ignore: list[tuple[Path, str]]) -> bool:
    for base, pat in ignore:
        try:
            rel = p.relative_to(base).as_posix()
        except ValueError:
            continue
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(p.name, pat):
            return True
    return False


def shown_path(p) -> str:
    """A path as text that can always be stored and printed: bytes of a file name
    that are not UTF-8 (kept by the OS as surrogate escapes) shown as ``\\xNN``.

    Example:
        >>> shown_path(os.fsdecode(b"caf\\xe9.txt"))
        'caf\\\\xe9.txt'
    """
    s = str(p)
    if s.isascii():
        return s
    return os.fsencode(s).decode("utf-8", "backslashreplace")


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _check_file(p: Path, root_real: str | None, log: ProblemLog) -> bool:
    """Only regular files are read; a symlink only when it stays inside the corpus folder."""
    shown = shown_path(p)
    try:
        if root_real is not None and p.is_symlink():
            real = os.path.realpath(p)
            if not _inside(real, root_real):
                log.add(shown, "symlink pointing outside the corpus folder", "skipped", dropped=1)
                return False
        st = os.stat(p)
    except OSError as exc:
        log.add(shown, f"cannot read file: {exc.strerror or exc}", "skipped", dropped=1)
        return False
    if not stat.S_ISREG(st.st_mode):
        what = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device or socket"
        log.add(shown, f"not a regular file ({what})", "skipped", dropped=1)
        return False
    return True


def _walk(directory: Path, log: ProblemLog):
    """Sorted supported files under ``directory``; the rest reported as skipped.

    Symlinks to folders are not followed (one that points outside
    ``directory`` is reported; inside, its files are read at their own place);
    a symlinked file is read only when it points inside ``directory``; folders
    that cannot be read are reported."""
    found, skipped = [], []
    ignore: list[tuple[Path, str]] = []  # (folder of the .newslensignore, pattern)
    root_real = os.path.realpath(directory)
    visited = {root_real}

    def unreadable(exc: OSError):
        log.add(
            shown_path(exc.filename or directory),
            f"cannot read folder: {exc.strerror or exc}",
            "skipped (its files are not loaded)",
        )

    for root, dirs, files in os.walk(directory, onerror=unreadable):
        keep = []
        for d in sorted(d for d in dirs if not d.startswith(".")):
            sub = os.path.join(root, d)
            real = os.path.realpath(sub)
            if os.path.islink(sub):
                if not _inside(real, root_real):
                    log.add(
                        shown_path(sub), "symlinked folder outside the corpus folder", "skipped"
                    )
                # inside: its files are read at their own place (once, with their real ids)
            elif real not in visited:  # a folder reached twice is read once
                visited.add(real)
                keep.append(d)
        dirs[:] = keep
        if IGNORE_FILE in files:
            ignore.extend((Path(root), pat) for pat in _read_ignore(Path(root) / IGNORE_FILE))
        for name in sorted(files):
            if name.startswith("."):
                continue  # hidden files (.DS_Store, editor swap files) are not documents
            p = Path(root) / name
            if _ignored(p, ignore):
                continue  # listed in a .newslensignore by the corpus owner
            if _is_skip_name(name):
                skipped.append((p, "not an article file (README/LICENSE-like name)"))
            elif not _is_supported(name):
                skipped.append((p, f"unsupported file type {ext_of(name) or '(no extension)'!r}"))
            elif _check_file(p, root_real, log):
                found.append(p)
    if not found and not log.items:
        kinds = sorted({ext_of(p.name) or p.name for p, _ in skipped})
        raise LoadError(
            f"no supported article files in directory {shown_path(directory)!r}"
            + (f" (found only: {', '.join(kinds)})" if kinds else " (it is empty)")
            + f"; supported extensions: {', '.join(sorted(FORMATS_BY_EXT))}"
        )
    for p, why in skipped:
        log.add(shown_path(p), why, "skipped")
    return found


def _glob_root(pattern: str) -> Path:
    """The folder part of a glob before its first wildcard ("data/**/*.txt" -> data)."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _resolve(source, log: ProblemLog) -> list[tuple[Path, Path | None]]:
    """-> [(file, corpus root or None)] in order; raises for missing paths / empty dirs.

    The root is the folder given (or a glob's folder part): ids and sections
    are taken from the path relative to it."""
    items = source if isinstance(source, (list, tuple)) else [source]
    if not items:
        raise LoadError("load_articles: no source given (empty list)")
    out: list[tuple[Path, Path | None]] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(
                f"load_articles: source must be a path, glob or list of them, not {type(item).__name__}"
            )
        p = Path(item).expanduser()
        if p.is_file():
            out.append((p, None))
        elif p.is_dir():
            out.extend((f, p) for f in _walk(p, log))
        elif p.exists():
            raise LoadError(
                f"load_articles: not a regular file or folder (FIFO, device?): {item!r}"
            )
        elif _GLOB_CHARS & set(str(item)):
            matches = sorted(glob.glob(os.path.expanduser(str(item)), recursive=True))
            if not matches:
                raise SourceNotFoundError(
                    f"load_articles: no files match the pattern {str(item)!r}"
                )
            base = _glob_root(os.path.expanduser(str(item)))
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    out.extend((f, mp) for f in _walk(mp, log))
                elif mp.is_file():
                    if _is_supported(mp.name) and not _is_skip_name(mp.name):
                        out.append((mp, base))
                    else:
                        log.add(
                            shown_path(mp),
                            f"unsupported file type {ext_of(mp.name) or '(no extension)'!r}",
                            "skipped",
                        )
        else:
            raise SourceNotFoundError(f"load_articles: no such file or directory: {str(item)!r}")
    # a file reachable twice (overlapping sources, a symlink inside the corpus) is
    # read once, under its own name rather than a link's
    keys = [os.path.realpath(f) for f, _ in out]
    owner: dict[str, int] = {}
    for i, (f, _) in enumerate(out):
        if keys[i] not in owner or (not f.is_symlink() and out[owner[keys[i]]][0].is_symlink()):
            owner[keys[i]] = i
    return [item for i, item in enumerate(out) if owner[keys[i]] == i]


def _sidecar_table(doc: RawDoc, columns) -> dict:
    header = doc.fields["_sidecar_header"]
    table = {}
    for row in doc.fields["_sidecar_rows"]:
        if len(row) != len(header):
            continue
        rec = dict(zip(header, row, strict=False))
        key = next(
            (
                rec[h]
                for h in header
                if h.strip().lower() in ("filename", "file", "file_name", "path")
            ),
            None,
        )
        if not key:
            continue
        fields = map_fields(
            {k: v for k, v in rec.items() if v not in ("", "None", "NA", "null")}, columns
        )
        if "source" in fields:
            fields["source"] = PUBLISHER_NAMES.get(str(fields["source"]).strip(), fields["source"])
        table[stem_of(str(key).strip())] = {k: v for k, v in fields.items() if k in _META_KEYS}
    return table


_META_KEYS = ("title", "source", "published", "url", "author", "tags", "dateline")


def _present(v) -> bool:
    if v is None:
        return False
    if isinstance(v, float) and v != v:
        return False
    return not (isinstance(v, str) and not v.strip())


def load_articles(
    source,
    *,
    columns: dict | None = None,
    errors: str = "report",
    clean: bool = True,
    encoding: str | None = None,
    dayfirst: bool = False,
    max_archive_bytes: int = 1 << 30,
    repeated_min_count: int = 5,
    repeated_min_share: float = 0.2,
    duplicates: str = "drop",
) -> pd.DataFrame:
    """Load news articles from files, directories, globs or a list of them -> one row per article.

    Formats are detected from the extension and the first bytes: plain text
    (title on its own line), JSON Lines / JSON, CSV / TSV, Parquet,
    Reuters-21578 SGML, Markdown with a YAML header, HTML (linear parser, no
    scripts run), gzip of any of these, and .zip / .tar(.gz) archives read in
    memory (unsafe member paths refused; at most ``max_archive_bytes``
    decompressed per archive). Directories are read recursively in sorted
    order; hidden files and files matching a glob pattern listed in a
    ``.newslensignore`` file of the folder (e.g. a gold annotation table kept
    beside the corpus) are ignored, other unsupported files (.ann, .dtd,
    README, LICENSE...) are reported as skipped. A CSV/TSV inside a directory
    that has a ``filename`` column but no text column is a metadata side table
    (PolNeAR ``metadata.tsv``): its fields (title, publisher, date, author)
    are joined to the text/Markdown/HTML files with that stem and override
    what is inferred from the file name or text. Columns are described in
    :data:`ARTICLE_COLUMNS` (docs/schema.md); rows are sorted by path, then
    record order.

    ``columns`` maps your field names to ours (``{"story": "text"}``); common
    aliases (body/content/article, headline, outlet/publisher, date, link)
    are recognised anyway. ``clean=False`` keeps each text exactly as decoded
    (offsets of standoff annotations stay valid) but still infers metadata.
    Reuters documents without a BODY are not articles: each is reported with
    reason "no body", so documents in = rows out + reported drops.

    Folders: ``article_id`` is the path under the folder given, without the
    extension (``business/001`` for ``corpus/business/001.txt``), and
    ``section`` the first folder (``business``), usable as a ``group_col``.
    Exact duplicate texts are left out (``duplicates="drop"``, the default;
    each is listed in the report and counted in the warning) or kept with
    ``duplicate_of`` naming the first copy (``duplicates="keep"``).

    Bad input: with ``errors="report"`` (default) every good document loads,
    each problem (path, line/record, reason, action) is listed by
    :func:`load_report` and one warning gives the count; ``errors="raise"``
    raises :class:`LoadError` (a ValueError) at the first problem. A path that
    does not exist, a glob matching nothing, or a directory with no supported
    files raise in both modes; an empty result still has every column.

    Example:
        >>> arts = load_articles("data/sample")                      # doctest: +SKIP
        >>> arts[["article_id", "title", "source", "published"]].head()  # doctest: +SKIP
        >>> load_articles("feed.csv", columns={"story_txt": "text"})  # doctest: +SKIP
    """
    if errors not in ("report", "raise"):
        raise ValueError(f"errors must be 'report' or 'raise', not {errors!r}")
    if duplicates not in ("drop", "keep"):
        raise ValueError(f"duplicates must be 'drop' or 'keep', not {duplicates!r}")
    log = ProblemLog(raise_first=errors == "raise")
    files = _resolve(source, log)
    opts = ReadOptions(columns=columns, encoding=encoding, max_archive_bytes=max_archive_bytes)

    docs, sidecars = _read_files(files, log, opts, columns)

    side: dict = {}
    for _, table in sidecars:
        for k, v in table.items():
            side.setdefault(k, v)

    rows = []
    bad_dates: dict[str, list] = {}
    joined: dict[str, int] = {}
    for i, d in enumerate(docs):
        docs[i] = None  # its raw text is freed once its row is built
        try:  # one guard per document
            rows.append(_build_row(d, clean, dayfirst, side, bad_dates, joined))
        except Exception as exc:  # noqa: BLE001 - reported, the other documents load
            log.add(
                d.path,
                f"document could not be processed: {type(exc).__name__}: {str(exc)[:200]}",
                "skipped",
                line=d.line,
                record=d.record,
                dropped=1,
            )
    for spath, table in sidecars:
        n = sum(1 for k in table if k in joined)
        log.add(
            spath,
            f"metadata table with a filename column and no text column ({len(table)} rows)",
            f"joined by file stem to {n} loaded files",
            notice=True,
        )
    for path, values in bad_dates.items():
        value, line, record = values[0]
        at = [str(v[1] if v[1] is not None else v[2]) for v in values[:5]]
        kind = "line" if line is not None else "record"
        where = (
            f" ({kind}{'s' if len(at) > 1 else ''} {', '.join(at)}{', ...' * (len(values) > 5)})"
        )
        log.add(
            path,
            f"{len(values)} unparseable date(s), e.g. {value!r}"
            + (where if line is not None or record is not None else ""),
            "published set to NaT",
            line=line,
            record=record,
        )

    del docs
    frame = _to_frame(rows)  # empties ``rows``: the texts are held once, by the frame
    if clean and len(frame):
        frame = clean_articles(frame, min_count=repeated_min_count, min_share=repeated_min_share)
    frame = _assign_ids(frame, log)
    frame = _mark_duplicates(frame, log, drop=duplicates == "drop")
    frame = frame.reset_index(drop=True)
    _note_emptied(frame, log)
    # a JSON string, not a list: pandas deep-copies attrs on nearly every
    # operation, and copying thousands of dicts made each ~100x slower
    frame.attrs["load_errors"] = json.dumps(log.items, ensure_ascii=False)
    n_problems = len(log.items) - getattr(log, "notices", 0)
    n_dups = sum(1 for i in log.items if i["level"] == "notice" and i["dropped"])
    if n_problems or n_dups:  # other notices (a joined metadata table) don't warn
        dropped = sum(i["dropped"] for i in log.items) - n_dups
        what = (
            [f"{counted(n_problems, 'problem')} ({counted(dropped, 'document')} not loaded)"]
            if n_problems
            else []
        )
        if n_dups:
            what.append(f"{counted(n_dups, 'exact duplicate text')} left out")
        warnings.warn(
            f"load_articles: {counted(len(frame), 'article')}; {', '.join(what)}; "
            "see analysis.load_report(articles)",
            stacklevel=2,
        )
    return frame


def _note_emptied(frame: pd.DataFrame, log: ProblemLog) -> None:
    """A notice for each article whose whole text was boilerplate (site chrome,
    credit lines): it is kept, but no analysis will find anything in it."""
    if not len(frame):
        return
    gone = (frame["text"].str.strip() == "") & (frame["boilerplate"].str.strip() != "")
    for r in frame.loc[gone, ["path", "record", "article_id"]].itertuples(index=False):
        log.add(
            r.path,
            "no text left once boilerplate was removed (all site chrome or credit lines)",
            "kept with an empty text (see its boilerplate column)",
            record=None if pd.isna(r.record) else int(r.record),
            article_id=r.article_id,
            notice=True,
        )


def _read_files(files, log: ProblemLog, opts: ReadOptions, columns):
    """Raw documents and metadata side tables of every file, each read behind the
    guard of :func:`~analysis.readers.read_document_bytes`; ids get the folder
    path under the corpus root (``business/001``) and ``section`` its first folder."""
    docs: list[RawDoc] = []
    sidecars: list[tuple[str, dict]] = []
    for f, root in files:
        shown = shown_path(f)
        try:
            with open(f, "rb") as fh:  # regular files only: checked by _walk / is_file
                data = fh.read()
        except OSError as exc:
            log.add(shown, f"cannot read file: {exc.strerror or exc}", "skipped", dropped=1)
            continue
        opts.sidecar_ok = root is not None and ext_of(f.name) in (".csv", ".tsv", ".tab")
        folder = ""
        if root is not None:
            try:
                folder = shown_path(f.parent.relative_to(root).as_posix()).strip(".")
            except ValueError:
                folder = ""
        name = f.name if f.name.isascii() else os.fsencode(f.name).decode("utf-8", "replace")
        for d in read_document_bytes(data, name, shown, log, opts):
            if d.format == "metadata":
                sidecars.append((shown, _sidecar_table(d, columns)))
                continue
            _place(d, folder)
            docs.append(d)
        del data  # a large file's bytes go before the next is read
    return docs, sidecars


def _place(d: RawDoc, folder: str) -> None:
    """Prefix the default id with the document's folders under the corpus root
    (and inside an archive); the first of them is its section."""
    inner = posixpath.dirname(d.member) if d.member else ""
    prefix = "/".join(x for x in (folder, inner) if x)
    if prefix:
        d.fields.setdefault("section", prefix.split("/", 1)[0])
        if d.format != "reuters":
            d.default_id = f"{prefix}/{d.default_id}"


def _build_row(
    d: RawDoc, clean: bool, dayfirst: bool, side: dict, bad_dates: dict, joined: dict
) -> dict:
    f = dict(d.fields)
    raw = f.pop("text", "") or ""
    single = d.format in _SIDECAR_FORMATS
    if d.kind == "markdown":
        body_in = markdown_to_text(raw) if clean else raw
    else:
        body_in = raw
    known_title = f.get("title")
    if not _present(known_title) and single and d.stem in side:
        known_title = side[d.stem].get("title")  # a metadata table's title
    has_title = _present(known_title)
    body, boiler, meta = clean_text(
        body_in,
        detect_title=d.kind == "plain" and d.format == "text" and not has_title,
        title=known_title if has_title else None,
    )
    if not clean:
        body, boiler = raw, ""
    # precedence: explicit field > metadata side table > file name > inferred from the text
    extra = {}
    if single:
        if d.stem in side:
            joined[d.stem] = 1
            extra.update({k: v for k, v in side[d.stem].items() if _present(v)})
        for k, v in infer_from_filename(d.stem).items():
            extra.setdefault(k, v)
    for k, v in extra.items():
        if not _present(f.get(k)):
            f[k] = v
    if not _present(f.get("source")) and _present(f.get("url")):
        f["source"] = outlet_from_url(str(f["url"]))
    if not _present(f.get("title")) and meta.get("title"):
        f["title"] = meta["title"]
    if not _present(f.get("source")) and meta.get("source"):
        f["source"] = meta["source"]
    published, precision = pd.NaT, None
    if _present(f.get("published")):
        published, precision = parse_date(f["published"], dayfirst=dayfirst)
        if published is pd.NaT:
            bad_dates.setdefault(d.path, []).append((str(f["published"])[:60], d.line, d.record))
    if published is pd.NaT and meta.get("year"):
        published, precision = pd.Timestamp(int(meta["year"]), 1, 1), "year"
    if _present(f.get("date_precision")) and precision != "year":
        precision = f["date_precision"]
    row = {
        "article_id": str(f["article_id"]).strip()
        if _present(f.get("article_id"))
        else d.default_id,
        "title": _str_or_none(f.get("title")),
        "source": _str_or_none(f.get("source")),
        "published": published,
        "url": _str_or_none(f.get("url")),
        "text": body,
        "path": d.path,
        "boilerplate": boiler,
        "duplicate_of": None,
        "format": d.format,
        "record": d.record,
        "date_precision": precision,
        "author": _str_or_none(f.get("author")),
        "dateline": _str_or_none(f.get("dateline")),
        "tags": _str_or_none(f.get("tags")),
        "section": _str_or_none(f.get("section")),
    }
    for k, v in f.items():
        if k not in row and k not in ("article_id", "date_precision") and not k.startswith("_"):
            row[k] = v
    return row


def _str_or_none(v):
    if not _present(v):
        return None
    return " ".join(str(v).split()) if "\n" in str(v) else str(v).strip()


def _to_frame(rows: list[dict]) -> pd.DataFrame:
    """The frame of ``rows`` sorted by path, then record (stable). Takes
    ownership of ``rows``: the list is sorted in place and emptied, so the
    row dicts are freed as soon as the frame holds their values."""
    cols = list(ARTICLE_COLUMNS)
    extra = []
    for r in rows:
        for k in r:
            if k not in ARTICLE_COLUMNS and k not in extra:
                extra.append(k)
    # sorting the list (stable, like sorting the frame's rows) costs no copy of the texts
    rows.sort(key=lambda r: (r["path"], r["record"]))
    frame = pd.DataFrame(rows, columns=cols + extra)
    rows.clear()
    frame["published"] = pd.to_datetime(
        pd.Series(list(frame["published"]), dtype=object), errors="coerce"
    )
    if frame["published"].dtype.kind != "M":
        frame["published"] = frame["published"].astype("datetime64[us]")
    frame["record"] = frame["record"].astype("Int64")
    for c in ("text", "path", "boilerplate", "format"):
        frame[c] = frame[c].fillna("").astype(str)
    return frame


def _assign_ids(frame: pd.DataFrame, log: ProblemLog) -> pd.DataFrame:
    ids = frame["article_id"].astype(str).tolist()
    taken = set(ids)
    first: dict[str, int] = {}
    changed = False
    for i, aid in enumerate(ids):
        if aid not in first:
            first[aid] = i
            continue
        n = 2
        while f"{aid}~{n}" in taken:
            n += 1
        new = f"{aid}~{n}"
        taken.add(new)
        ids[i] = new
        changed = True
        log.add(
            frame["path"].iat[i],
            f"duplicate article_id {aid!r} (first in {frame['path'].iat[first[aid]]})",
            f"kept as {new!r}",
            record=int(frame["record"].iat[i]),
            article_id=new,
        )
    out = frame.copy() if changed else frame
    out["article_id"] = pd.Series(ids, index=frame.index, dtype=object).astype(str)
    return out


def _mark_duplicates(frame: pd.DataFrame, log: ProblemLog, drop: bool = True) -> pd.DataFrame:
    """Flag each exact duplicate text once (``duplicate_of`` = the first article's
    id, reported); with ``drop`` the duplicates are left out (counted as dropped)."""
    first: dict[str, str] = {}
    dup = []
    for i, (aid, text) in enumerate(zip(frame["article_id"], frame["text"], strict=False)):
        if not text:
            dup.append(None)
            continue
        if text in first:
            dup.append(first[text])
            log.add(
                frame["path"].iat[i],
                f"exact duplicate text of {first[text]!r}",
                "left out (duplicates='keep' loads it)" if drop else "kept; duplicate_of set",
                record=int(frame["record"].iat[i]),
                article_id=aid,
                dropped=int(drop),
                notice=drop,
            )
        else:
            first[text] = aid
            dup.append(None)
    out = frame.copy()
    out["duplicate_of"] = pd.Series(dup, index=frame.index, dtype=object)
    if drop:
        out = out[out["duplicate_of"].isna()]
    return out
