"""Build the written news set: src/<name>.src (annotated) -> <name>.txt + <name>.json.

Every article is fictional and written for this set (see README.md). A source file is
the article's text with each gold quote wrapped as ``{{Speaker Full Name|quote words}}``
(direct quotes: the words inside the quotation marks, without the marks; indirect
speech: the reported clause); ``<nbsp>`` stands for a non-breaking space. This script
writes the plain text and a JSON list of {"start", "end", "speaker", "text"} whose
offsets index the .txt (``text`` is the span, kept so a validator can check offsets).

Run:  python tests/data/written_news/build.py [folder ...]   (default: this folder;
the second batch is tests/data/written_news2, same format)

>>> strip_markup("A {{Jo Ray|B c}} d.<nbsp>")
('A B c d.\\xa0', [{'start': 2, 'end': 5, 'speaker': 'Jo Ray', 'text': 'B c'}])
"""

from __future__ import annotations

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def strip_markup(src: str):
    """Return (text, spans) for one annotated source string (see module doc)."""
    src = src.replace("<nbsp>", "\u00a0")
    out, spans, i = [], [], 0
    pos = 0
    while True:
        j = src.find("{{", i)
        if j < 0:
            out.append(src[i:])
            break
        out.append(src[i:j])
        pos += j - i
        bar = src.index("|", j)
        close = src.index("}}", bar)
        speaker = src[j + 2 : bar].strip()
        body = src[bar + 1 : close]
        if "{{" in body:
            raise ValueError(f"nested markup near {src[j : j + 60]!r}")
        spans.append({"start": pos, "end": pos + len(body), "speaker": speaker, "text": body})
        out.append(body)
        pos += len(body)
        i = close + 2
    text = "".join(out)
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]
    return text, spans


def main(folders=None) -> None:
    """Build every src/*.src of each folder (default: this one) into <name>.txt/.json."""
    for here in [pathlib.Path(f) for f in folders or [HERE]]:
        _build(here)


def _build(here: pathlib.Path) -> None:
    for path in sorted((here / "src").glob("*.src")):
        text, spans = strip_markup(path.read_text(encoding="utf-8"))
        (here / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        (here / f"{path.stem}.json").write_text(
            json.dumps(spans, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"{path.stem}: {len(text.split())} words, {len(spans)} quotes")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
