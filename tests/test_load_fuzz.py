"""Fuzz tests (hypothesis), one per reader: whatever bytes a file holds, reading
it never raises, every document's text is a string, problems are plain
records, and a one-document file gives one row or one reported drop."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.readers import ProblemLog, ReadOptions, read_document_bytes

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

TOKENS = {
    ".txt": ["Title", "\n", "\n\n", "©", "Reuter", " said ", "\ufffd", "\r\n", "\x00"],
    ".jsonl": ['{"text": "', '"}', "\n", '{"id": 1, "text": ', "[", "]", "null", "9" * 50, "\\ud800"],
    ".json": ["[", "]", "{", "}", '"text"', ":", ",", '"a"', "1e999", '"articles"', "\\u0000"],
    ".csv": ["id", "text", ",", "\n", '"', ";", "\t", "a b", '""', "\r"],
    ".tsv": ["id", "text", "\t", "\n", '"', "x"],
    ".sgm": ["<REUTERS NEWID=\"1\">", "</REUTERS>", "<BODY>", "</BODY>", "<TITLE>", "&#", "99999999;", "&lt;", "<D>", "</D>", "<TOPICS>"],
    ".md": ["---\n", "title: ", "date: 2024-02-30", "*a", "&a ", "[x](", ")", "**", "\n", "- ", "# "],
    ".html": ["<p>", "</p>", "<div>", "<script>", "</script>", "<!--", "-->", "<a b='", ">", "&#", "&amp;", "<meta name=\"author\" content=\"x\">", "text"],
}  # fmt: skip
SINGLE = {".txt", ".md", ".html"}


BIG = "9" * 5000  # beyond Python's int-string limit
for _ext in (".jsonl", ".json"):
    TOKENS[_ext] += [BIG, "[" * 3000]
for _ext in (".sgm", ".html"):
    TOKENS[_ext] += ["&#" + BIG + ";", "&#x110000;"]
TOKENS[".md"] += ["date: 2024-02-30\n", "a: &x [1]\nb: *x\n", "published: 99999-01-01\n"]
SKELETON = {  # most examples inside a well-formed frame, so the inner parsers are reached
    ".sgm": '<REUTERS NEWID="1"><TEXT><TITLE>{a}</TITLE><BODY>{b}</BODY></TEXT></REUTERS>{c}',
    ".md": "---\n{a}\n---\n{b}{c}",
    ".jsonl": '{{"id": "x", "text": "t{a}", "v": {b}}}\n{c}',
    ".json": '[{{"text": "t", "v": {a}}}, {b}]{c}',
    ".html": "<html><head><title>{a}</title></head><body><p>{b}</p>{c}",
    ".csv": "id,text\n1,{a}\n{b}{c}",
}


def _text(ext):
    part = st.one_of(st.sampled_from(TOKENS[ext]), st.text(max_size=6))
    free = st.lists(part, max_size=40).map("".join)
    if ext not in SKELETON:
        return free
    framed = st.builds(lambda a, b, c: SKELETON[ext].format(a=a, b=b, c=c), free, free, free)
    return st.one_of(framed, free)


def _read(data: bytes, name: str):
    log = ProblemLog()
    docs = read_document_bytes(data, name, name, log, ReadOptions(max_archive_bytes=1 << 20))
    for d in docs:
        assert isinstance(d.fields.get("text"), str)
    for item in log.items:
        assert isinstance(item["reason"], str) and isinstance(item["dropped"], int)
    return docs, log


def _check(ext, text):
    for data in (text.encode("utf-8", "surrogatepass"), text.encode("utf-8", "replace")):
        docs, log = _read(data, "f" + ext)
        if ext in SINGLE and data.strip():
            assert len(docs) + sum(i["dropped"] for i in log.items) == 1


@FAST
@given(_text(".txt"))
def test_fuzz_plain_text(text):
    _check(".txt", text)


@FAST
@given(_text(".jsonl"))
def test_fuzz_jsonl(text):
    _check(".jsonl", text)


@FAST
@given(_text(".json"))
def test_fuzz_json(text):
    _check(".json", text)


@FAST
@given(_text(".csv"))
def test_fuzz_csv(text):
    _check(".csv", text)


@FAST
@given(_text(".tsv"))
def test_fuzz_tsv(text):
    _check(".tsv", text)


@FAST
@given(_text(".sgm"))
def test_fuzz_reuters(text):
    _check(".sgm", text)


@FAST
@given(_text(".md"))
def test_fuzz_markdown(text):
    _check(".md", text)


@FAST
@given(_text(".html"))
def test_fuzz_html(text):
    _check(".html", text)


@FAST
@given(st.binary(max_size=300), st.integers(0, 400))
def test_fuzz_parquet(noise, cut):
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["a", "b"], "text": ["One.", "Two."]}), buf)
    good = buf.getvalue()
    data = good[:cut] + noise + good[cut + len(noise) :]
    _read(data, "f.parquet")


@FAST
@given(st.binary(max_size=200), st.integers(0, 2000), st.sampled_from(["gz", "zip", "tar"]))
def test_fuzz_archives(noise, cut, kind):
    inner = b"Title\n\nSome body text here."
    if kind == "gz":
        good = gzip.compress(inner)
    elif kind == "zip":
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w") as zf:
            zf.writestr("a/x.txt", inner)
            zf.writestr("b.jsonl", b'{"text": "j"}')
        good = b.getvalue()
    else:
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode="w") as tf:
            info = tarfile.TarInfo("x.txt")
            info.size = len(inner)
            tf.addfile(info, io.BytesIO(inner))
        good = b.getvalue()
    cut = min(cut, len(good))
    data = good[:cut] + noise + good[cut + len(noise) :]
    _read(data, {"gz": "f.txt.gz", "zip": "f.zip", "tar": "f.tar"}[kind])
