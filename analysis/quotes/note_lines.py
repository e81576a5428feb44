"""Note lines (``without_note_lines``): a paragraph that opens with a newsroom note label
("Editor's note: The Canadian Press does not identify people who say ...", "Correction:
An earlier version said ..."; ``resources/note_line_labels.txt``) is the newsroom
speaking about the story, so no quote row starts inside it, whatever reporting verb its
words hold."""

from __future__ import annotations

import re

from .lexicon import _lines
from .link_lines import has_probe, outside_spans

_LABELS = tuple(_lines("note_line_labels.txt"))
# the cheap probes: the label and its colon as written or in upper case
_PROBES = tuple(dict.fromkeys(p for lab in _LABELS for p in (lab + ":", lab.upper() + ":")))
_PROBE_RE = re.compile("|".join(re.escape(p) for p in _PROBES))


def note_line_spans(text):
    """(start, end) of each note paragraph of ``text``: a line opening with a note label
    and its colon.

    >>> t = "Roe said no.\\n\\nCorrection: An earlier version said she agreed.\\n"
    >>> [t[s:e] for s, e in note_line_spans(t)]
    ['Correction: An earlier version said she agreed.']
    >>> note_line_spans("The correction: he said it was late.")
    []
    """
    if not has_probe(text, _PROBES):
        return []  # (most texts hold no probe: one scan of the colons, no regex)
    out = []
    for m in _PROBE_RE.finditer(text):
        ls = m.start()  # back over the spaces and tabs before the label only, so that a
        while ls > 0 and text[ls - 1] in " \t":  # line of 10,000 labels stays linear
            ls -= 1
        if ls > 0 and text[ls - 1] != "\n":
            continue  # ("The correction: he said ...": not at a paragraph start)
        le = text.find("\n", m.end())
        out.append((ls, len(text) if le < 0 else le))
    return out


def without_note_lines(text, quotes):
    """``quotes`` (objects with ``start``) without those that start inside a note line.

    >>> from types import SimpleNamespace as N
    >>> t = "A.\\nEditor's note: People who say so asked to be named.\\n"
    >>> [q.start for q in without_note_lines(t, [N(start=0), N(start=t.index("so"))])]
    [0]
    """
    return outside_spans(quotes, note_line_spans(text))
