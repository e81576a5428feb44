"""Per-format readers for :func:`analysis.load_articles`: this module owns
decoding bytes (UTF-8 with or without BOM, cp1252, latin-1; undecodable bytes
replaced and flagged), sniffing a file's format from its name and first bytes,
and turning one file's bytes into raw documents for plain text, JSON / JSON
Lines, CSV / TSV, Parquet, Reuters-21578 SGML, Markdown with a YAML header and
HTML (a linear tokenizer; nothing is executed). Readers never raise on bad
data: they record each problem in a :class:`ProblemLog` and go on, and
:func:`read_document_bytes` guards each file (and :func:`_records_to_docs`
each record) so that an unexpected failure costs that file or record only.
Archives (gzip, zip, tar) are opened by :mod:`analysis._archives`, which
yields their members for this module to read and never calls back.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

__all__ = [
    "LoadError",
    "ProblemLog",
    "RawDoc",
    "decode_bytes",
    "sniff_format",
    "read_document_bytes",
    "FORMATS_BY_EXT",
    "FIELD_ALIASES",
]


class LoadError(ValueError):
    """A corpus could not be loaded, or (``errors="raise"``) one of its documents is bad."""


# ---------------------------------------------------------------------------
# problems


class ProblemLog:
    """Collects load problems as plain dicts; raises on the first when ``raise_first``.

    Example:
        >>> log = ProblemLog(raise_first=False)
        >>> log.add("a.txt", "empty file", "skipped", dropped=1)
        >>> log.items[0]["reason"]
        'empty file'
    """

    def __init__(self, raise_first: bool = False):
        self.raise_first = raise_first
        self.items: list[dict] = []

    def add(
        self,
        path,
        reason,
        action,
        *,
        line=None,
        record=None,
        article_id=None,
        dropped=0,
        notice=False,
    ):
        """Record one problem (``notice=True``: informational, never raises)."""
        item = {
            "path": str(path),
            "line": None if line is None else int(line),
            "record": None if record is None else int(record),
            "article_id": None if article_id is None else str(article_id),
            "reason": str(reason),
            "action": str(action),
            "dropped": int(dropped),
            "level": "notice" if notice else "problem",
        }
        if self.raise_first and not notice:
            raise LoadError(format_problem(item))
        self.items.append(item)
        if notice:
            self.notices = getattr(self, "notices", 0) + 1


def format_problem(item: dict) -> str:
    """One-line message for a problem dict ("path:line: reason (action)").

    Example:
        >>> format_problem({"path": "a.jsonl", "line": 3, "record": None,
        ...     "reason": "malformed JSON", "action": "skipped"})
        'a.jsonl:3: malformed JSON (skipped)'
    """
    where = item["path"]
    if item.get("line") is not None:
        where += f":{item['line']}"
    elif item.get("record") is not None:
        where += f" record {item['record']}"
    return f"{where}: {item['reason']} ({item['action']})"


# ---------------------------------------------------------------------------
# raw documents


@dataclass
class RawDoc:
    """One document as read from a file, before cleaning and id assignment."""

    path: str
    record: int
    format: str
    default_id: str
    fields: dict = field(default_factory=dict)
    kind: str = "plain"  # plain | markdown | body (already paragraphs) | html
    line: int | None = None
    stem: str = ""
    member: str | None = None  # path inside an archive, for the article_id


#: canonical column -> accepted field names (matched case-insensitively,
#: spaces/dashes as underscores); the canonical name itself wins.
FIELD_ALIASES = {
    "article_id": ("article_id", "id"),
    "text": ("text", "body", "content", "article", "story", "full_text", "article_text"),
    "title": ("title", "headline", "head", "heading"),
    "source": ("source", "outlet", "publisher", "publication", "site", "site_name"),
    "published": (
        "published",
        "date",
        "publication_date",
        "pub_date",
        "published_at",
        "published_time",
        "datetime",
        "timestamp",
    ),
    "url": ("url", "link", "source_url", "href", "permalink"),
    "author": ("author", "authors", "byline"),
    "tags": ("tags", "keywords", "topics", "categories"),
    "dateline": ("dateline",),
}

FORMATS_BY_EXT = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".sgm": "reuters",
    ".sgml": "reuters",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".gz": "gzip",
    ".zip": "zip",
    ".tar": "tar",
    ".tgz": "tar",
}

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF", "PDF document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"\xfd7zXZ", "xz data"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
]


def ext_of(name: str) -> str:
    """Lower-case extension, treating ``.tar.gz`` as ``.tgz``.

    Example:
        >>> ext_of("a/b.TAR.GZ"), ext_of("x.jsonl.gz"), ext_of("README")
        ('.tgz', '.gz', '')
    """
    low = name.lower()
    if low.endswith(".tar.gz"):
        return ".tgz"
    return PurePosixPath(low).suffix


def stem_of(name: str) -> str:
    """File stem without compression suffixes ("a/b.jsonl.gz" -> "b").

    Example:
        >>> stem_of("dir/000_f8a.txt"), stem_of("x.jsonl.gz"), stem_of("c.tar.gz")
        ('000_f8a', 'x', 'c')
    """
    base = PurePosixPath(name.replace("\\", "/")).name
    low = base.lower()
    for suf in (".tar.gz", ".tgz", ".gz"):
        if low.endswith(suf):
            base = base[: -len(suf)]
            break
    stem = PurePosixPath(base).stem if "." in base else base
    return stem or base


def sniff_format(name: str, head: bytes) -> str | None:
    """Format of a file from its first bytes, falling back to its extension.

    Returns one of "gzip", "zip", "tar", "parquet", "binary:<what>", "reuters",
    "markdown", "html", "jsonl", "json", "csv", "tsv", "text", or None when the
    extension is unknown and the content is not recognisable.

    Example:
        >>> sniff_format("x.txt", b"\\x89PNG\\r\\n\\x1a\\n....")
        'binary:PNG image'
        >>> sniff_format("x.txt", b"<!DOCTYPE lewis SYSTEM>\\n<REUTERS NEWID=1>")
        'reuters'
    """
    ext = ext_of(name)
    if head.startswith(b"\x1f\x8b"):
        return "tar" if ext == ".tgz" else "gzip"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"PAR1"):
        return "parquet"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary:{what}"
    if b"\x00" in head[:4096]:
        if not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
            if nul_kind(head) is None:
                return "binary:binary data (NUL bytes)"
    by_ext = FORMATS_BY_EXT.get(ext)
    if by_ext in ("gzip", "zip", "tar", "parquet"):
        return by_ext  # claims to be one but has no magic: the reader reports it
    text_head = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if by_ext in (None, "text"):
        if text_head.startswith(b"<!DOCTYPE lewis") or re.search(
            rb"<REUTERS\b[^>]*NEWID=", head[:4096]
        ):
            return "reuters"
        if by_ext is None and re.match(rb"(?i)<!doctype html|<html", text_head):
            return "html"
    return by_ext


# ---------------------------------------------------------------------------
# decoding

_CONTROL = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def nul_kind(data: bytes) -> str | None:
    """What NUL bytes in a file without a byte-order mark mean.

    "utf-16-le" / "utf-16-be" when the zero bytes alternate with text (UTF-16
    written without a BOM), "stray" when they are a few NULs in otherwise
    plain text (they are removed, with a notice), None when the bytes look
    binary (or hold no NUL at all). Looks at the first 64 KB only.

    Example:
        >>> nul_kind("The mayor spoke.".encode("utf-16-le"))
        'utf-16-le'
        >>> nul_kind(b"The mayor\\x00 spoke at length about the budget.")
        'stray'
        >>> nul_kind(bytes(range(256)) * 4) is None
        True
    """
    head = data[:65536]
    n_nul = head.count(0)
    if not n_nul:
        return None
    pairs = len(head) // 2
    if pairs >= 2:
        even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
        for zeros, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            # ASCII text puts a zero in every other byte; other scripts only at
            # spaces and punctuation, so a few percent of zeros on one side is enough
            if zeros >= 0.05 * pairs and other <= 0.01 * pairs + 1:
                try:
                    text = head[: 2 * pairs].decode(enc)
                except UnicodeDecodeError:
                    text = head[: 2 * pairs - 2].decode(enc, errors="replace")
                    if text.count("\ufffd") > 1:
                        continue
                if _looks_textual(text.encode("utf-8", "replace")) and _wordy(text):
                    return enc
    rest = head.replace(b"\x00", b"")
    if n_nul <= 0.05 * len(head) and len(rest) >= 16 and _looks_textual(rest):
        return "stray"
    return None


def _wordy(text: str) -> bool:
    """At least 90% letters, digits, spaces and punctuation (decoded binary is
    full of symbols, controls and unassigned code points), and words: 5% white
    space (8-bit text read two bytes at a time is a run of CJK with none)."""
    import unicodedata

    ok = sum(1 for ch in text if unicodedata.category(ch)[0] in "LNZP" or ch in "\n\t\r")
    spaces = sum(1 for ch in text if ch.isspace())
    return ok >= 0.9 * len(text) and spaces >= 0.05 * len(text)


def _looks_textual(data: bytes) -> bool:
    """Control bytes are under 1% and the bytes decode (UTF-8, or 8-bit text
    with few bytes from the C1 range)."""
    if len(_CONTROL.findall(data)) > 0.01 * len(data):
        return False
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data if b >= 0x80)
    return high <= 0.1 * len(data)


def decode_bytes(data: bytes, *, encoding: str | None = None):
    """Decode bytes -> ``(text, encoding_used, n_replaced)``.

    UTF-8 (BOM stripped); if that fails and the bytes contain valid UTF-8
    multi-byte sequences, UTF-8 with U+FFFD replacements (``n_replaced`` > 0,
    to be flagged); otherwise cp1252, then latin-1. UTF-16 with a BOM is
    honoured. ``\\r\\n`` is normalised to ``\\n``.

    Example:
        >>> decode_bytes("café".encode("cp1252"))
        ('café', 'cp1252', 0)
        >>> decode_bytes(b"ok \\xe2\\x80\\x99 then \\xff")[2]
        1
    """
    used = encoding
    n_bad = 0
    if encoding:
        text = data.decode(encoding, errors="replace")
        n_bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    elif data.startswith(b"\xef\xbb\xbf"):
        text, used, n_bad = _utf8(data[3:])
        used = "utf-8-sig" if not n_bad else used
    elif data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
        used = "utf-16"
        n_bad = text.count("\ufffd")
    else:
        text, used, n_bad = _utf8(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, used, n_bad


_UTF8_MULTI = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _utf8(data: bytes):
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTI.search(data):
        good = sum(1 for m in _UTF8_MULTI.finditer(data) if _valid_utf8(m.group()))
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
        if good >= bad:
            return text, "utf-8", max(bad, 1)
    try:
        return data.decode("cp1252"), "cp1252", 0
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", 0


def _valid_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# ---------------------------------------------------------------------------
# field mapping


def _norm_key(k) -> str:
    return re.sub(r"[\s\-]+", "_", str(k).strip().lower())


def map_fields(record: dict, columns: dict | None) -> dict:
    """Map a record's keys to canonical names (user ``columns`` first, then aliases).

    Unmapped keys are kept under their own (stripped) names.

    Example:
        >>> sorted(map_fields({"Headline": "H", "body": "B", "x": 1}, None).items())
        [('text', 'B'), ('title', 'H'), ('x', 1)]
        >>> map_fields({"story_txt": "B"}, {"story_txt": "text"})
        {'text': 'B'}
    """
    user = {_norm_key(k): v for k, v in (columns or {}).items()}
    out: dict = {}
    taken: set = set()
    norm = {k: _norm_key(k) for k in record}
    # 1) user mapping
    for k, nk in norm.items():
        if nk in user and user[nk] not in out:
            out[user[nk]] = record[k]
            taken.add(k)
    # 2) aliases in priority order
    for canon, names in FIELD_ALIASES.items():
        if canon in out:
            continue
        for alias in names:
            hit = next((k for k, nk in norm.items() if nk == alias and k not in taken), None)
            if hit is not None:
                out[canon] = record[hit]
                taken.add(hit)
                break
    for k in record:
        if k not in taken:
            name = str(k).strip()
            if name and name not in out:
                out[name] = record[k]
    return out


def _has_text_field(keys, columns) -> bool:
    user = {_norm_key(k): v for k, v in (columns or {}).items()}
    for k in keys:
        nk = _norm_key(k)
        if user.get(nk) == "text" or nk in FIELD_ALIASES["text"]:
            return True
    return False


def _no_text_message(path, keys, columns) -> str:
    found = ", ".join(repr(str(k)) for k in keys) or "(none)"
    known = {a for names in FIELD_ALIASES.values() for a in names}
    example = next(
        (str(k) for k in keys if str(k).strip() and _norm_key(k) not in known), "their_col"
    )
    return (
        f"no text column: found columns {found}; expected one of "
        f"{', '.join(FIELD_ALIASES['text'])} — map yours with "
        f"load_articles(..., columns={{{example!r}: 'text'}})"
    )


# ---------------------------------------------------------------------------
# readers: each takes (text or bytes, display path, stem, log, opts) -> list[RawDoc]


def read_plain(text: str, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    return [RawDoc(path, 1, "text", stem, {"text": text}, kind="plain", stem=stem)]


def _storable(fields: dict, path, log: ProblemLog, *, line=None, record=None) -> None:
    """Replace lone surrogates (a JSON or YAML ``\\ud800`` escape: not Unicode, and
    pandas/Arrow cannot store them) by U+FFFD in the string fields, in place, one
    character for one, with a notice naming the fields."""
    from .clean import as_text

    bad = []
    for k, v in fields.items():
        if isinstance(v, str) and not v.isascii():
            fixed = as_text(v)
            if fixed is not v:
                fields[k] = fixed
                bad.append(str(k))
    if bad:
        log.add(
            path,
            f"lone surrogate escape(s) in {', '.join(bad)} replaced by U+FFFD",
            "kept",
            line=line,
            record=record,
            notice=True,
        )


def _records_to_docs(records, path, stem, fmt, log, opts, lines=None) -> list[RawDoc]:
    """RawDocs from a file's records, one guard per record: a record that makes
    any step fail is reported (path, line, record) and the others load."""
    docs = []
    for i, rec in enumerate(records, start=1):
        line = lines[i - 1] if lines else None
        n_logged = len(log.items)
        try:
            doc = _record_to_doc(rec, i, line, path, stem, fmt, log, opts)
        except LoadError:
            raise
        except Exception as exc:  # noqa: BLE001 - the per-record guard
            if not any(it["dropped"] for it in log.items[n_logged:]):
                log.add(
                    path,
                    f"record could not be read: {type(exc).__name__}: {_short(exc)}",
                    "skipped",
                    line=line,
                    record=i,
                    dropped=1,
                )
            continue
        if doc is not None:
            docs.append(doc)
    return docs


def _record_to_doc(rec, i, line, path, stem, fmt, log, opts):
    if not isinstance(rec, dict):
        log.add(
            path,
            f"record is {type(rec).__name__}, not an object",
            "skipped",
            line=line,
            record=i,
            dropped=1,
        )
        return None
    f = map_fields(rec, opts.columns)
    text = f.get("text")
    if text is None or (isinstance(text, float) and text != text):
        log.add(
            path,
            _no_text_message(path, list(rec.keys()), opts.columns)
            if "text" not in f
            else "empty text",
            "skipped",
            line=line,
            record=i,
            dropped=1,
        )
        return None
    if isinstance(text, (list, tuple)) and all(isinstance(x, str) for x in text):
        text = "\n\n".join(text)  # a list of paragraphs
    elif isinstance(text, (dict, list, tuple)):
        log.add(
            path,
            f"text is a JSON {'object' if isinstance(text, dict) else 'array'}, not a string",
            "skipped",
            line=line,
            record=i,
            dropped=1,
        )
        return None
    elif not isinstance(text, str):  # a number or true/false: columns mixed up?
        what = "boolean" if isinstance(text, bool) else "number"
        text = str(text)
        log.add(path, f"text is a JSON {what} ({text[:40]}), kept as text", "kept", line=line,
                record=i, notice=True)  # fmt: skip
    f["text"] = text
    for k, v in list(f.items()):
        if isinstance(v, (list, tuple)) and k in ("tags", "author"):
            f[k] = "; ".join(str(x) for x in v)
        elif isinstance(v, (dict, list, tuple)):
            f[k] = json.dumps(v, ensure_ascii=False, default=str)
            if k in ("title", "source", "section"):  # one value expected: say so
                kind = "object" if isinstance(v, dict) else "array"
                log.add(path, f"{k} is a JSON {kind}, kept as its JSON text", "kept",
                        line=line, record=i, notice=True)  # fmt: skip
    _storable(f, path, log, line=line, record=i)
    return RawDoc(path, i, fmt, f"{stem}:{i}", f, kind="plain", line=line, stem=stem)


def _parse_int(digits: str):
    # beyond Python's int-string limit (4300 digits) a number stays a string
    return int(digits) if len(digits) < 4000 else digits


def _json_loads(s: str):
    """``json.loads`` whose failures are all ``ValueError``: huge integers stay
    strings; nesting deeper than the interpreter's recursion limit is an error."""
    try:
        return json.loads(s, parse_int=_parse_int)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return _short(exc)


def _split_lines(text: str):
    """``text.split("\\n")`` one piece at a time (no list of every line of a
    large file held beside the text).

    Example:
        >>> list(_split_lines("a\\nb\\n")) == "a\\nb\\n".split("\\n")
        True
    """
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def read_jsonl(text: str, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    records, lines = [], []
    for lineno, raw in enumerate(_split_lines(text), start=1):
        s = raw.strip()
        if not s:
            continue
        try:
            rec = _json_loads(s)
        except ValueError as exc:
            log.add(
                path,
                f"malformed JSON line: {_json_error(exc)}",
                "skipped",
                line=lineno,
                dropped=1,
            )
            continue
        records.append(rec)
        lines.append(lineno)
    # record numbers count the well-formed lines; line numbers point at the file
    docs = _records_to_docs(records, path, stem, "jsonl", log, opts, lines=lines)
    return docs


def read_json(text: str, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    s = text.lstrip()
    if not s.startswith("[") and not s.startswith("{"):
        log.add(path, "not JSON (does not start with '[' or '{')", "skipped", dropped=1)
        return []
    try:
        data = _json_loads(s)
    except ValueError as exc:
        # maybe JSON Lines saved as .json
        if isinstance(exc, json.JSONDecodeError) and s.startswith("{") and "\n" in s.strip():
            return [
                RawDoc(d.path, d.record, "json", d.default_id, d.fields, d.kind, d.line, d.stem)
                for d in read_jsonl(text, path, stem, log, opts)
            ]
        log.add(path, f"malformed JSON: {_json_error(exc)}", "skipped", dropped=1)
        return []
    if isinstance(data, dict):
        for key in ("articles", "data", "records", "items", "documents"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, dict):
        docs = _records_to_docs([data], path, stem, "json", log, opts)
        for d in docs:  # one document in the file: the id is the stem
            d.default_id = stem
        return docs
    if not isinstance(data, list):
        log.add(path, f"JSON top level is {type(data).__name__}", "skipped", dropped=1)
        return []
    return _records_to_docs(data, path, stem, "json", log, opts)


def read_csv(
    text: str, path: str, stem: str, log: ProblemLog, opts, *, delimiter=None
) -> list[RawDoc]:
    if delimiter is None:
        sample = text[:20000]
        try:
            delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    old_limit = csv.field_size_limit()
    csv.field_size_limit(1 << 30)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            log.add(path, "empty CSV (no header)", "skipped", dropped=0)
            return []
        except csv.Error as exc:
            log.add(path, f"unreadable CSV header: {exc}", "skipped", dropped=1)
            return []
        header = _unique_header(header, path, log)
        if not _has_text_field(header, opts.columns):
            if opts.sidecar_ok and any(
                _norm_key(h) in ("filename", "file", "file_name", "path") for h in header
            ):
                return [
                    RawDoc(
                        path,
                        0,
                        "metadata",
                        stem,
                        {"_sidecar_header": header, "_sidecar_rows": list(reader)},
                    )
                ]
            n_rows = _count_rows(reader)
            log.add(
                path, _no_text_message(path, header, opts.columns), "skipped file", dropped=n_rows
            )
            return []
        records, lines = _csv_body(text, reader.line_num, delimiter, header, path, log)
    finally:
        csv.field_size_limit(old_limit)
    for r in records:
        for k, v in list(r.items()):
            if v == "":
                r[k] = None
    return _records_to_docs(
        records, path, stem, "tsv" if delimiter == "\t" else "csv", log, opts, lines=lines
    )


_CSV_REREADS = 3  # unclosed quotes recovered from per file (each re-reads the rest)


class _Lines:
    """The lines of a text for ``csv.reader``, keeping those of the row being read
    (``row``) so a row over several lines can be checked and, after an unclosed
    quote, read again from its second line (``restart``)."""

    def __init__(self, text: str):
        self.src = io.StringIO(text, newline="")
        self.row: list[str] = []
        self.pending: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.pending.pop() if self.pending else self.src.readline()
        if not line:
            raise StopIteration
        self.row.append(line)
        return line

    def restart(self) -> None:
        self.pending = self.row[:0:-1]  # the row's lines after its first, next first
        self.row = []


def _strict_error(lines: list[str], delimiter: str) -> str:
    """The csv module's strict complaint about these lines ("" when none)."""
    try:
        for _ in csv.reader(
            io.StringIO("".join(lines), newline=""), delimiter=delimiter, strict=True
        ):
            pass
    except csv.Error as exc:
        return str(exc)
    return ""


def _csv_body(text: str, header_lines: int, delimiter: str, header: list, path, log: ProblemLog):
    """The rows after the header as (records, first line of each row); problems
    are reported at the line a row starts on. A row over several lines is read
    again strictly: a quote never closed would swallow every later row into one
    field (the csv module reads on to the end of the file), so that row is
    skipped, reported, and the lines after its first are read again; a quote
    closed mid-field (``"a"b``) may have joined rows: kept, and reported."""
    src = _Lines(text)
    reader = csv.reader(src, delimiter=delimiter)
    for _ in range(header_lines):
        next(src)
    records, lines = [], []
    line, rereads = header_lines, 0
    while True:
        src.row = []
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return records, lines
        except csv.Error as exc:
            line += len(src.row)
            log.add(path, f"malformed CSV row: {exc}", "skipped", line=start, dropped=1)
            continue
        line += len(src.row)
        span = f"row (lines {start}-{line})" if line > start else "row"
        if line > start and any(c for c in row):
            why = _strict_error(src.row, delimiter)
            if "unexpected end of data" in why and rereads < _CSV_REREADS:
                rereads += 1
                log.add(
                    path,
                    f"unclosed quote: the row starting at line {start} runs to the end of "
                    f"the file (line {line})",
                    "row skipped; the lines after its first read again",
                    line=start,
                    dropped=1,
                )
                src.restart()
                line = start
                continue
            if why and len(row) == len(header):
                log.add(
                    path,
                    f"{span}: malformed quoting ({why}); rows may be joined",
                    "kept as one row",
                    line=start,
                )
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            log.add(
                path,
                f"{span} has {len(row)} fields, header has {len(header)}",
                "skipped",
                line=start,
                dropped=1,
            )
            continue
        records.append(dict(zip(header, row, strict=False)))
        lines.append(start)


def _unique_header(header: list, path, log: ProblemLog) -> list:
    """Header names made unique: a repeated name (``id,text,text``) would keep only
    the last column; the second and later get ``_2``, ``_3`` (reported)."""
    seen: dict[str, int] = {}
    out = []
    for col, name in enumerate(header, start=1):
        key = _norm_key(name)
        if key in seen:
            seen[key] += 1
            new = f"{str(name).strip()}_{seen[key]}"
            while _norm_key(new) in seen:
                new += "_"
            seen[_norm_key(new)] = 1
            log.add(
                path,
                f"repeated column name {str(name)!r} (column {col})",
                f"column kept as {new!r}; the first {str(name)!r} is used",
                line=1,
            )
            out.append(new)
        else:
            seen[key] = 1
            out.append(name)
    return out


def _count_rows(reader) -> int:
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return n
        except csv.Error:
            n += 1
            continue
        if row and any(c.strip() for c in row):
            n += 1


def read_parquet(data: bytes, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
        names = [_utf8_name(n) for n in table.schema.names]
    except Exception as exc:  # noqa: BLE001 - any corrupt parquet is a reported problem
        log.add(
            path, f"unreadable Parquet: {type(exc).__name__}: {_short(exc)}", "skipped", dropped=1
        )
        return []
    if not _has_text_field(names, opts.columns):
        log.add(
            path,
            _no_text_message(path, names, opts.columns),
            "skipped file",
            dropped=table.num_rows,
        )
        return []
    columns = {}
    for name, col in zip(names, table.columns, strict=True):
        try:
            columns[name] = col.to_pylist()
        except (UnicodeDecodeError, pa.ArrowException):
            # invalid UTF-8 in a string column: decode each value with replacement
            values = (
                col.cast(pa.binary()).to_pylist()
                if pa.types.is_string(col.type) or pa.types.is_large_string(col.type)
                else None
            )
            if values is None:
                raise
            columns[name] = [None if v is None else v.decode("utf-8", "replace") for v in values]
            log.add(
                path,
                f"invalid UTF-8 in column {name!r} replaced with U+FFFD",
                "kept, flagged",
            )
    records = [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]
    return _records_to_docs(records, path, stem, "parquet", log, opts)


def _utf8_name(name) -> str:
    if isinstance(name, bytes):
        return name.decode("utf-8", "replace")
    return str(name)


# --- Reuters-21578 -----------------------------------------------------------

_REUTERS_START = re.compile(r"<REUTERS\b")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_D = re.compile(r"<D>([^<]*)</D>")
_TEXT_TYPE = re.compile(r'<TEXT\b[^>]*TYPE="(\w+)"')
_PARA_START = re.compile(r"\n(?=&\\t|\s{2,}\S)")
_CHARREF = re.compile(r"&#(\d{1,8});")


def _charref(m) -> str:
    n = int(m[1])
    if n < 32 or n == 127:
        return ""  # SGML control codes (&#2;, &#3;) are not text
    if n > 0x10FFFF or 0xD800 <= n <= 0xDFFF:
        return "\ufffd"
    return chr(n)


def _unescape_sgml(s: str) -> str:
    s = s.replace("&\\t", "\t")
    if "&#" in s:
        s = _CHARREF.sub(_charref, s)
    return _safe_unescape(s)


def _tag_text(inner: str, tag: str, to_end: bool = False) -> str | None:
    """Text between ``<TAG>`` and ``</TAG>`` (linear ``str.find``, no backtracking);
    with ``to_end`` an unclosed element runs to the end of ``inner``."""
    i = inner.find(f"<{tag}>")
    if i < 0:
        return None
    i += len(tag) + 2
    j = inner.find(f"</{tag}>", i)
    if j < 0:
        return inner[i:] if to_end else None
    return inner[i:j]


def _reuters_body(body: str) -> str:
    body = body.replace("&#3;", "").rstrip()
    m = body.endswith("Reuter") and body[-7:-6] in ("", " ", "\n")
    if m:  # keep the sign-off as its own line: the cleaner moves it to boilerplate
        body = body[:-6]
    paras = []
    for chunk in _PARA_START.split(body):
        lines = [ln.strip() for ln in chunk.split("\n")]
        para = " ".join(ln for ln in lines if ln)
        if para:
            paras.append(para)
    if m:
        paras.append("Reuter")
    return _unescape_sgml("\n\n".join(paras)).replace("\t", " ").strip()


def _reuters_elements(text: str):
    """(start, attributes, inner text, closed) for each ``<REUTERS`` start tag, in one
    linear pass: an element ends at its ``</REUTERS>`` or, when that is missing,
    at the next ``<REUTERS`` (or the end of the file)."""
    starts = [m.start() for m in _REUTERS_START.finditer(text)]
    for k, s in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        gt = text.find(">", s, stop)
        if gt < 0:
            yield s, None, "", False
            continue
        end = text.find("</REUTERS>", gt, stop)
        closed = end >= 0
        yield s, text[s + 8 : gt], text[gt + 1 : end if closed else stop], closed


def read_reuters(text: str, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    """Reuters-21578 SGML: one document per ``<REUTERS>`` element.

    Documents without a ``<BODY>`` (title-only briefs, unprocessed items) are
    reported with reason "no body" and not loaded; a document cut short (no
    ``</REUTERS>``, e.g. a truncated last one) loads what it has and is flagged;
    a ``<REUTERS`` tag that never closes is reported. Linear in the file size.
    """
    docs = []
    n = 0
    line_no, last = 1, 0
    for n, (start, attr_text, inner, closed) in enumerate(_reuters_elements(text), start=1):
        line_no += text.count("\n", last, start)
        last = start
        line = line_no
        if attr_text is None:
            log.add(
                path, "malformed <REUTERS tag (no '>')", "skipped", line=line, record=n, dropped=1
            )
            continue
        attrs = dict(_ATTR.findall(attr_text))
        aid = f"reuters-{attrs.get('NEWID') or n}"
        body = _tag_text(inner, "BODY", to_end=not closed)
        if body is None or not body.strip(" \n\x03&#3;"):
            kind = _TEXT_TYPE.search(inner[:2000])
            what = f" (TEXT TYPE={kind[1]})" if kind else ""
            cut = "" if closed else ", document cut short (no </REUTERS>)"
            log.add(
                path,
                f"no body{what}{cut}",
                "skipped",
                line=line,
                record=n,
                article_id=aid,
                dropped=1,
            )
            continue
        if not closed:
            log.add(
                path,
                "document cut short (no </REUTERS>): loaded what it has",
                "kept, flagged",
                line=line,
                record=n,
                article_id=aid,
            )
        body = body.split("</TEXT>", 1)[0]
        fields = {"article_id": aid, "text": _reuters_body(body), "source": "Reuters"}
        for tag, key in (("TITLE", "title"), ("DATELINE", "dateline"), ("DATE", "published")):
            t = _tag_text(inner, tag)
            if t is not None:
                val = _unescape_sgml(t).strip().rstrip("-").strip()
                if tag == "DATE":  # some DATEs carry trailing control codes ("...59.13&#5;RM")
                    dm = re.match(r"\d{1,2}-[A-Za-z]{3}-\d{4}\s+[\d:.]+", val)
                    val = dm.group().rstrip(".") if dm else val
                if val:
                    fields[key] = val
        tags = []
        for tag in ("TOPICS", "PLACES"):
            t = _tag_text(inner, tag)
            if t is not None:
                tags.extend(_D.findall(t))
        if tags:
            fields["tags"] = "; ".join(tags)
        docs.append(RawDoc(path, n, "reuters", aid, fields, kind="body", line=line, stem=stem))
    if n == 0:
        log.add(path, "no <REUTERS> documents found", "skipped", dropped=1)
    return docs


# --- Markdown with a YAML header ---------------------------------------------

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


MAX_YAML_HEADER = 256 * 1024


def _yaml_header(src: str, path, log: ProblemLog):
    """The YAML front matter as a dict, or None (problem reported): larger than
    :data:`MAX_YAML_HEADER` or using aliases (``*name``: a "billion laughs" bomb
    expands them exponentially) -> refused; any error while building values (an
    impossible date such as 2024-02-30) -> header ignored."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: same safety, ~10x faster
    why = None
    if len(src) > MAX_YAML_HEADER:
        why = f"YAML header larger than {MAX_YAML_HEADER:,} characters"
    elif "*" in src:
        try:
            if any(isinstance(t, yaml.AliasToken) for t in yaml.scan(src, Loader=loader)):
                why = "YAML header uses aliases (*name), refused (alias bomb protection)"
        except yaml.YAMLError:
            pass  # reported by the load below
    if why:
        log.add(path, why, "header ignored", line=1)
        return None
    try:
        return yaml.load(src, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        log.add(
            path,
            f"malformed YAML header: {str(exc).splitlines()[0]}",
            "header ignored",
            line=None if line is None else line + 2,
        )
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        log.add(
            path, f"bad value in YAML header: {type(exc).__name__}: {_short(exc)}", "header ignored"
        )
    return None


def read_markdown(text: str, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    fields: dict = {}
    body = text
    m = _FRONT.match(text)
    if m:
        header = _yaml_header(m.group(1), path, log)
        if isinstance(header, dict):
            fields = map_fields(header, opts.columns)
            # prefer the precise published_time over a bare date when both exist
            for k in ("published_time", "date"):
                if k in fields and "published" in fields:
                    fields.pop(k, None)
            for k, v in list(fields.items()):
                if isinstance(v, (list, tuple)):
                    fields[k] = "; ".join(str(x) for x in v)
                elif isinstance(v, dict):
                    fields[k] = json.dumps(v, ensure_ascii=False, default=str)
        body = text[m.end() :]
    fields["text"] = body
    _storable(fields, path, log)
    return [RawDoc(path, 1, "markdown", stem, fields, kind="markdown", stem=stem)]


# Every repeat below is bounded (link text 1,000 characters, a URL 2,000,
# emphasis 2,000; a parenthesis 500): unbounded ones
# rescanned the rest of a paragraph from each "[" or "_" (20k of them: minutes).
_MD_IMAGE = re.compile(r"!\[([^\]]{0,1000})\]\([^)]{0,2000}\)")
_MD_LINK = re.compile(
    r"\[([^\]]{0,1000})\]\((?:[^()\s]|\([^()]{0,500}\)){0,2000}(?:\s+\"[^\"]{0,500}\")?\)"
)
_MD_LINK_LOOSE = re.compile(
    r"\[([^\]]{0,1000})\]\((?:https?|mailto|ftp):\S{0,2000}?\)(?=[\s:;,.!?\u201d\"'*_]|$)"
)
_MD_REF_LINK = re.compile(r"\[([^\]]{1,1000})\]\[[^\]]{0,200}\]")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.{1,2000}?)(?<=\S)\1")
_MD_MAX_MARKERS = 200


def _md_sparse(t: str, markers: int) -> bool:
    """Markup worth rewriting: few markers, or at most one per 8 characters
    (a run of bold list labels in one paragraph has one per ~10)."""
    return markers <= _MD_MAX_MARKERS or markers * 8 <= len(t)


_MD_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_MD_RULE = re.compile(r"[-*_]{3,}")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$>|~\"'])")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MD_HTML = re.compile(r"</?(?:span|div|br|em|strong|a|sup|sub|u|i|b)\b[^<>]*>", re.I)


def markdown_to_text(md: str) -> str:
    """Plain paragraphs from Markdown: links -> their text, emphasis and bullets stripped.

    Paragraphs (blank-line separated; each list item and heading its own
    paragraph) are joined by a blank line; hard-wrapped lines are rejoined.

    Example:
        >>> markdown_to_text("A [link](http://x.y) and **bold**\\nwrapped.\\n\\n-   item one\\n-   item two")
        'A link and bold wrapped.\\n\\nitem one\\n\\nitem two'
    """
    paras: list[list[str]] = []
    cur: list[str] = []
    in_fence = False
    for raw in md.split("\n"):
        if raw.strip().startswith("```"):
            in_fence = not in_fence
            continue
        s = raw.strip()
        if not s:
            if cur:
                paras.append(cur)
                cur = []
            continue
        rule = s[0] in "-*_" and _MD_RULE.fullmatch(s) is not None
        if rule or (s[0] in "-*+#0123456789" and (_MD_BULLET.match(raw) or _MD_HEADING.match(raw))):
            if cur:
                paras.append(cur)
                cur = []
            if rule:
                continue
            s = _MD_HEADING.sub("", _MD_BULLET.sub("", raw)).strip()
        if s.startswith(">"):
            s = s.lstrip("> ").strip()
        cur.append(s)
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        t = " ".join(p)
        # a paragraph with thousands of markers is not prose: its markup is left as is
        # (each marker costs up to the repeat bounds above; this keeps the total linear)
        if ("](" in t or "][" in t) and _md_sparse(t, t.count("[")):
            t = _MD_IMAGE.sub("", t)
            for _ in range(2):  # nested [**x**](u)
                t = _MD_LINK.sub(r"\1", t)
            t = _MD_LINK_LOOSE.sub(r"\1", t)  # URLs with unbalanced parentheses
            t = _MD_REF_LINK.sub(r"\1", t)
        if "<" in t:
            t = _MD_AUTOLINK.sub(r"\1", t)
            t = _MD_HTML.sub("", t)
        if ("*" in t or "_" in t) and _md_sparse(t, t.count("*") + t.count("_")):
            for _ in range(2):
                t = _MD_EMPH.sub(r"\2", t)
            t = t.replace("**", "")  # stray bold markers left by unbalanced emphasis
        if "\\" in t:
            t = _MD_ESCAPE.sub(r"\1", t)
        t = " ".join(t.split())
        if t:
            out.append(t)
    return "\n\n".join(out)


# --- HTML ----------------------------------------------------------------------


# A small linear tokenizer instead of html.parser, whose rescans of unclosed
# comments, quotes and tags are quadratic (80k unclosed comments: minutes).
# Every match below stops at the next "<" or ">" (or runs to the end once), so
# each character is scanned a bounded number of times.
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment; an unclosed one runs to the end (as in browsers)
    r"|<(/?)([A-Za-z][^\s/<>]*)([^<>]*)>"  # start or end tag
    r"|<[!?][^<>]*>"  # doctype, processing instruction
    r"|[^<]+|<",
    re.S,
)
_HTML_ATTR = re.compile(r"""([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_RAW_END = {t: re.compile(rf"</{t}\s*>", re.I) for t in ("script", "style")}
_BIG_CHARREF = re.compile(r"&#(?:[xX]0*[0-9A-Fa-f]{7,}|0*\d{8,});?")


def _safe_unescape(s: str) -> str:
    """``html.unescape`` without its failure on numeric references of thousands of
    digits (beyond Python's int-string limit): those become U+FFFD first."""
    if "&" not in s:
        return s
    if "&#" in s:
        s = _BIG_CHARREF.sub("\ufffd", s)
    return html.unescape(s)


class _ArticleHTML:
    """Text of an HTML page in one linear pass: <p> paragraphs first; when a
    page has none, the text of block elements (div, td, li, ...); when that is
    empty too, the text of chrome (header, nav, footer, aside). Scripts, styles
    and SVG are never text."""

    _HARD = {"script", "style", "noscript", "template", "svg"}
    _CHROME = {"nav", "footer", "header", "aside", "form"}
    _BLOCK = {
        "p", "div", "td", "th", "tr", "li", "ul", "ol", "dl", "dd", "dt", "table",
        "section", "article", "main", "blockquote", "pre", "figcaption", "body",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", *_CHROME,
    }  # fmt: skip
    _VOID = {
        "br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col",
        "embed", "param", "track",
    }  # fmt: skip

    def __init__(self):
        self.title = ""
        self.h1 = ""
        self.paras: list[str] = []  # <p> paragraphs outside chrome
        self.blocks: list[str] = []  # any block text outside chrome
        self.chrome: list[str] = []  # block text inside chrome
        self.meta: dict = {}
        self.unclosed: list[str] = []
        self._open: dict[str, int] = {}
        self._stack: list[str] = []
        self._hard = self._chrome = 0
        self._p: list[str] | None = None
        self._b: list[str] = []
        self._c: list[str] = []
        self._in_title = self._in_h1 = False

    def feed(self, text: str) -> None:
        pos, n = 0, len(text)
        while pos < n:
            m = _HTML_TOKEN.match(text, pos)
            pos = m.end()
            if m.group(2) is None:
                tok = m.group(0)
                if not tok.startswith(("<!", "<?")) or len(tok) == 1:
                    self._data(_safe_unescape(tok))
                continue
            tag = m.group(2).lower()
            if m.group(1):
                self._end(tag)
                continue
            attrs = m.group(3)
            self._start(tag, attrs)
            if tag in _RAW_END and not attrs.rstrip().endswith("/"):
                end = _RAW_END[tag].search(text, pos)
                if end is None:  # unclosed: the rest is not script; read it as HTML
                    self.unclosed.append(tag)
                    self._end(tag)
                    continue
                pos = end.end()
                self._end(tag)
        self._flush()

    def _start(self, tag: str, attrs: str) -> None:
        if tag in ("meta", "link"):
            a = {k.lower(): _safe_unescape(v.strip("\"'")) for k, v in _HTML_ATTR.findall(attrs)}
            if tag == "meta":
                key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
                if key and a.get("content"):
                    self.meta.setdefault(key, a["content"])
            elif a.get("rel", "").lower() == "canonical" and a.get("href"):
                self.meta.setdefault("canonical", a["href"])
        if tag in self._BLOCK:
            self._block_break(tag == "p")
        if tag in self._VOID:
            if tag == "br":
                self._data(" ")
            return
        self._stack.append(tag)
        self._open[tag] = self._open.get(tag, 0) + 1
        if tag in self._HARD:
            self._hard += 1
        elif tag in self._CHROME:
            self._chrome += 1
        if tag == "title":
            self._in_title = True
        elif tag == "h1" and not self.h1 and not self._hard and not self._chrome:
            self._in_h1 = True
        elif tag == "p" and not self._hard and not self._chrome:
            self._p = []

    def _end(self, tag: str) -> None:
        if tag in self._BLOCK:
            self._block_break(tag == "p")
        if self._open.get(tag):
            while self._stack:
                t = self._stack.pop()
                self._open[t] -= 1
                if t in self._HARD:
                    self._hard -= 1
                elif t in self._CHROME:
                    self._chrome -= 1
                if t == tag:
                    break
        if tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False

    def _data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._hard:
            return
        if self._chrome:
            self._c.append(data)
            return
        if self._in_h1:
            self.h1 += data
        self._b.append(data)
        if self._p is not None:
            self._p.append(data)

    def _block_break(self, para: bool) -> None:
        for buf, out in ((self._b, self.blocks), (self._c, self.chrome)):
            t = " ".join("".join(buf).split())
            if t:
                out.append(t)
            buf.clear()
        if para and self._p is not None:
            t = " ".join("".join(self._p).split())
            if t:
                self.paras.append(t)
            self._p = None

    def _flush(self) -> None:
        self._block_break(True)


def read_html(text: str, path: str, stem: str, log: ProblemLog, opts) -> list[RawDoc]:
    parser = _ArticleHTML()
    parser.feed(text)
    for tag in parser.unclosed:
        log.add(path, f"unclosed <{tag}>: the text after it read as HTML", "kept, flagged")
    body, where = parser.paras, None
    if not body and parser.blocks:
        body, where = (
            parser.blocks,
            "no <p> paragraphs: text taken from block elements (div, td, ...)",
        )
    elif not body and parser.chrome:
        body, where = parser.chrome, "text only in page chrome (header/nav/footer/aside): kept"
    meta = parser.meta
    title = " ".join(parser.h1.split()) or " ".join(parser.title.split()) or meta.get("og:title")
    if body and title and body[0] == " ".join(title.split()) and where:
        body = body[1:]  # the heading is the title, not the first paragraph
    if not body:
        log.add(path, "no text found in the HTML page", "skipped", dropped=1)
        return []
    if where:
        log.add(path, where, "kept", notice=True)
    fields = {"text": "\n\n".join(body)}
    if title:
        fields["title"] = title
    for key, canon in (
        ("og:site_name", "source"),
        ("article:published_time", "published"),
        ("date", "published"),
        ("datepublished", "published"),
        ("og:url", "url"),
        ("canonical", "url"),
        ("author", "author"),
        ("article:author", "author"),
    ):
        if meta.get(key) and canon not in fields:
            fields[canon] = meta[key]
    return [RawDoc(path, 1, "html", stem, fields, kind="body", stem=stem)]


# ---------------------------------------------------------------------------
# dispatch


@dataclass
class ReadOptions:
    columns: dict | None = None
    encoding: str | None = None
    max_archive_bytes: int = 1 << 30
    sidecar_ok: bool = False
    want_lines: bool = True
    budget: list = field(default_factory=lambda: [0])


_TEXT_READERS = {
    "text": read_plain,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": lambda t, p, s, log, o: read_csv(t, p, s, log, o, delimiter="\t"),
    "reuters": read_reuters,
    "markdown": read_markdown,
    "html": read_html,
}


def read_document_bytes(
    data: bytes, name: str, path: str, log: ProblemLog, opts: ReadOptions, depth: int = 0
):
    """Read one file's bytes (any supported format, archives included) -> list of RawDoc.

    ``name`` is used for the extension, ``path`` is what problems and the
    ``path`` column show (archive members look like ``a.zip!inner/b.txt``).
    This is the one guard per file: whatever goes wrong inside a reader
    (a bug, a recursion limit, memory) costs this file only and is reported
    with its path; archive members are each read behind the same guard.

    Example:
        >>> docs = read_document_bytes(b"Title\\n\\nBody.", "a.txt", "a.txt", ProblemLog(), ReadOptions())
        >>> docs[0].default_id, docs[0].fields["text"]
        ('a', 'Title\\n\\nBody.')
    """
    from . import _archives

    if data and data[:8192].strip():
        fmt = sniff_format(name, data[:8192])
        if fmt in _archives.ARCHIVE_FORMATS:
            n_logged = len(log.items)
            docs: list[RawDoc] = []
            try:
                return _read_archive(fmt, data, name, path, log, opts, depth, docs)
            except LoadError:
                raise
            except Exception as exc:  # noqa: BLE001 - the guard, for the archive itself
                lost = docs or any(i["dropped"] for i in log.items[n_logged:])
                log.add(
                    path,
                    f"archive could not be read: {type(exc).__name__}: {_short(exc)}",
                    "stopped reading the archive",
                    dropped=0 if lost else 1,
                )
                return docs
    n_logged = len(log.items)
    try:
        return _read_one(data, name, path, log, opts)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - the per-file guard: report, never abort the load
        lost = sum(i["dropped"] for i in log.items[n_logged:])
        log.add(
            path,
            f"could not be read: {type(exc).__name__}: {_short(exc)}",
            "skipped",
            dropped=0 if lost else 1,
        )
        return []


def _read_archive(fmt, data, name, path, log, opts, depth, docs) -> list[RawDoc]:
    """Each member of an archive read like a file (behind its own guard)."""
    from . import _archives

    mine = []
    members = _archives.iter_members(fmt, data, name, path, log, opts, _is_doc_name, depth)
    for mname, mpath, content in members:
        base = PurePosixPath(mname.replace("\\", "/")).name
        got = read_document_bytes(content, base, mpath, log, opts, depth + 1)
        for d in got:
            if d.member is None and fmt != "gzip":
                d.member = mname.replace("\\", "/")
                mine.append(d)
        docs.extend(got)
    # one folder holding everything ("bbc/business/001.txt") is not part of the ids
    tops = {d.member.split("/", 1)[0] if "/" in d.member else None for d in mine}
    if len(tops) == 1 and None not in tops:
        for d in mine:
            d.member = d.member.split("/", 1)[1]
    return docs


def _unnul(data: bytes, path: str, log: ProblemLog):
    """``(data, encoding)`` for a text file holding NUL bytes: UTF-16 without
    a byte-order mark is decoded as such, stray NULs are removed; each with a
    notice naming the file. ``(None, None)`` (reported) when it is binary."""
    kind = nul_kind(data)
    if kind is None and b"\x00" in data[:8192]:
        log.add(path, "binary file (binary data (NUL bytes)), not text", "skipped", dropped=1)
        return None, None
    if kind in ("utf-16-le", "utf-16-be"):
        log.add(path, f"UTF-16 without a byte-order mark, decoded as {kind}", "kept", notice=True)
        return data, kind
    n_nul = data.count(0)
    line = data[: data.index(0)].count(b"\n") + 1
    log.add(
        path,
        f"{n_nul} NUL byte(s) removed (first at line {line})",
        "kept",
        line=line,
        notice=True,
    )
    return data.replace(b"\x00", b""), None


def _short(exc: BaseException) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else ""
    return msg[:200]


def _is_doc_name(base: str) -> bool:
    return ext_of(base) in FORMATS_BY_EXT


def _read_one(data: bytes, name: str, path: str, log: ProblemLog, opts: ReadOptions):
    stem = stem_of(name)
    if not data or not data.strip():
        log.add(path, "empty file", "skipped", dropped=1)
        return []
    fmt = sniff_format(name, data[:8192])
    if fmt is None:
        log.add(
            path,
            f"unsupported file type {ext_of(name) or '(no extension)'!r}",
            "skipped",
            dropped=0,
        )
        return []
    if fmt.startswith("binary:"):
        log.add(path, f"binary file ({fmt[7:]}), not text", "skipped", dropped=1)
        return []
    if fmt == "parquet":
        return read_parquet(data, path, stem, log, opts)
    enc = opts.encoding or ("latin-1" if fmt == "reuters" else None)
    if not enc and b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data, enc = _unnul(data, path, log)
        if data is None:
            return []
    text, used, n_bad = decode_bytes(data, encoding=enc)
    if n_bad:
        log.add(
            path,
            f"{n_bad} undecodable byte sequence(s) replaced with U+FFFD (decoded as {used})",
            "kept, flagged",
        )
    if not text.strip():
        log.add(path, "empty file (whitespace only)", "skipped", dropped=1)
        return []
    reader = _TEXT_READERS[fmt]
    docs = reader(text, path, stem, log, opts)
    if n_bad:
        for d in docs:
            d.fields.setdefault("_replaced_bytes", n_bad)
    return docs
