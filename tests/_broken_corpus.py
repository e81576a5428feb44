"""A folder of broken, hostile and unlucky files, one per class of problem the
loader must survive, built in memory by the tests and by benchmarks/load.py
(never real corpus text). ``build_broken_corpus(folder)`` returns, for every
file, how many documents it holds (counted by the builder, not the loader):
documents in = rows out + reported drops must hold file by file."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

GOOD = "A Plain Title\n\nA first sentence of the body. A second one follows here.\n"


def _reuters(newid: int, body: str | None, close: bool = True) -> str:
    inner = f"<TEXT><TITLE>ITEM {newid}</TITLE>" + (f"<BODY>{body}</BODY>" if body else "")
    return f'<REUTERS NEWID="{newid}">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n{inner}</TEXT>' + (
        "</REUTERS>\n" if close else "\n"
    )


def _parquet(table) -> bytes:
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def _zip(members: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def negative_size_tar() -> bytes:
    """A tar whose second header claims a negative size (base-256), pointing back."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for name in ("a.txt", "b.txt"):
            data = f"Title {name}\n\nBody of {name}.".encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    raw = bytearray(buf.getvalue())
    hdr = 512 + 512  # second member's header
    raw[hdr + 124 : hdr + 136] = b"\xff" * 12  # size field: -1 in base-256
    raw[hdr + 148 : hdr + 156] = b" " * 8
    raw[hdr + 148 : hdr + 155] = f"{sum(raw[hdr : hdr + 512]):06o}\x00".encode()
    return bytes(raw)


def alias_bomb_yaml(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines)


def build_broken_corpus(folder: Path, outside: Path | None = None) -> dict[str, int]:
    """Write the broken files into ``folder`` -> {path as the loader shows it: documents}.

    ``outside`` (a folder not under ``folder``) receives the target of a symlink
    that points out of the corpus."""
    import pyarrow as pa

    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, int] = {}

    def put(name: str, data, docs: int) -> None:
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[str(p)] = docs

    put("good.txt", GOOD, 1)
    put("empty.txt", b"", 1)
    put("blank.md", b"  \n\n ", 1)
    put("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1)
    put("nul.json", b'{"text": "x\x00\x00"}', 1)
    big = "9" * 5000
    deep = "[" * 100_000 + "]" * 100_000
    put(
        "lines.jsonl",
        "\n".join(
            [
                json.dumps({"id": "j1", "text": "Line one is fine."}),
                "{broken",
                '{"id": "j3", "text": "Huge number.", "n": ' + big + "}",
                '{"id": "j4", "text": "Deep.", "x": ' + deep + "}",
                '"just a string"',
            ]
        ),
        5,
    )
    put("deep.json", deep, 1)
    put("bigint.json", '[{"text": "Big int record.", "n": ' + big + "}]", 1)
    put("dupcols.csv", "id,text,text,id\nc1,first text,second text,x\nc2,more,other,y\n", 2)
    put("ragged.csv", "id,text\nr1,fine row\nr2,too,many,fields\n", 2)
    put("headerless.csv", "alpha,beta\ngamma,delta\nepsilon,zeta\n", 2)
    put("corrupt.parquet", b"PAR1 not really parquet PAR1", 1)
    bad = pa.array([b"Valid text here.", b"Invalid \xff\xfe bytes."], pa.binary()).view(pa.string())
    put("badutf8.parquet", _parquet(pa.table({"id": ["p1", "p2"], "text": bad})), 2)
    names = _parquet(pa.table({"text": ["Named column."]})).replace(b"text", b"te\xffx")
    put("badnames.parquet", names, 1)
    put("notext.parquet", _parquet(pa.table({"headline": ["a", "b", "c"]})), 3)
    sgm = (
        _reuters(1, "Closed document body.")
        + '<REUTERS NEWID="2"'  # a start tag that never closes
        + "\n" * 3
        + "".join('<REUTERS NEWID="9"\n' for _ in range(3))
        + _reuters(3, None)
        + _reuters(4, "Out of range &#99999999; and &#" + "7" * 5000 + "; refs.")
        + _reuters(5, "Cut short at the end of the file.", close=False)
    )
    put("hostile.sgm", sgm, 1 + 1 + 3 + 1 + 1 + 1)
    put("nodocs.sgm", "<!DOCTYPE lewis SYSTEM 'lewis.dtd'>\n", 1)
    put("baddate.md", "---\ntitle: Bad Date\ndate: 2024-02-30\n---\n\nBody of the bad date.\n", 1)
    put("bomb.md", "---\n" + alias_bomb_yaml() + "\ntitle: Bomb\n---\n\nBody after a bomb.\n", 1)
    put("nested.html", "<div>" * 150_000 + "<p>Deep paragraph.</p>" + "</div>" * 150_000, 1)
    put("comments.html", "<p>Before comments.</p>" + "<!--x" * 80_000, 1)
    put("quotes.html", "<p>Before quotes.</p>" + "<a b='" * 80_000, 1)
    put(
        "divs.html",
        "<html><body><div>Text in a div only.</div><td>And a cell.</td></body></html>",
        1,
    )
    put("script.html", "<p>Intro para.</p><script>var x = 1;<p>After the script.</p>", 1)
    put("charref.html", "<p>Ref &#" + "9" * 5000 + "; here.</p>", 1)
    put(
        "evil.zip",
        _zip(
            {
                "../../escape.txt": GOOD.replace("first", "escaped"),
                "ok/inside.txt": GOOD.replace("first", "zipped"),
            }
        ),
        2,
    )
    whole = _zip({"a.txt": GOOD.replace("first", "za"), "b.txt": GOOD.replace("first", "zb")})
    put("truncated.zip", whole[: len(whole) // 2], 1)
    put("negative.tar", negative_size_tar(), 1)
    gz = gzip.compress((GOOD * 50).encode())
    put("cut.txt.gz", gz[: len(gz) // 2], 1)
    put("README.md", "# About\n\nNot an article.", 0)
    put("notes.ann", "T1\tSource 0 3\tabc\n", 0)
    # a file name that is not UTF-8
    raw_name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(raw_name, "wb") as fh:
        fh.write(GOOD.replace("first", "accented").encode())
    expected[os.fsencode(str(folder)).decode() + "/caf\\xe9.txt"] = 1
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.txt")
        expected[str(folder / "fifo.txt")] = 1
    if outside is not None:
        outside.mkdir(parents=True, exist_ok=True)
        (outside / "secret.txt").write_text(GOOD.replace("first", "secret"), encoding="utf-8")
        (folder / "leak.txt").symlink_to(outside / "secret.txt")
        expected[str(folder / "leak.txt")] = 1
    return expected


def check_accounting(articles, report, expected: dict[str, int]) -> list[tuple]:
    """Files where documents in != rows out + reported drops: (path, in, out, dropped)."""

    def file_of(p: str) -> str:
        return p.split("!", 1)[0]

    out: dict[str, int] = {}
    for p in articles["path"]:
        out[file_of(p)] = out.get(file_of(p), 0) + 1
    dropped: dict[str, int] = {}
    for p, d in zip(report["path"], report["dropped"], strict=True):
        dropped[file_of(p)] = dropped.get(file_of(p), 0) + int(d)
    keys = set(expected) | set(out) | set(dropped)
    bad = []
    for k in sorted(keys):
        n_in, n_out, n_drop = expected.get(k, 0), out.get(k, 0), dropped.get(k, 0)
        if n_in != n_out + n_drop:
            bad.append((k, n_in, n_out, n_drop))
    return bad
