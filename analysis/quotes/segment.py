"""Sentence spans of one masked text for the quote rules (``sentences``): a sentence
never splits inside a quotation block.
"""

from __future__ import annotations

import re

from .blocks import MASK

# Sentence ends: [.!?]+(?=["“”'’)\]]*\s+[\x01"“A-Z0-9(\[]) | (?<!\x01)\x01++(?=[ \t]+[\x01A-Z])
# | \n+ -- written with the first character consumed by one plain class and the branch
# chosen by look-behind, so that ``re`` scans for candidates fast (same matches).
_SENT_RE = re.compile(
    r"[.!?\x01\n](?:(?<=[.!?])[.!?]*(?=[\"“”'’)\]]*\s+[\x01\"“A-Z0-9(\[])"
    r"|(?<=\x01)(?<!\x01\x01)\x01*+(?=[ \t]+[\x01A-Z])|(?<=\n)\n*)"
)

_ABBREV_END = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "adm",
    "maj",
    "prof",
    "rev",
    "hon",
    "st",
    "jr",
    "sr",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "inc",
    "corp",
    "co",
    "u.s",
    "a.m",
    "p.m",
}

_ABBREV_FINAL = {"u.s", "inc", "corp", "co", "jr", "sr", "a.m", "p.m", "no"}

_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")

_STARTERS = {
    "he", "she", "it", "they", "we", "i", "the", "but", "and", "this", "that", "there",
    "in", "on", "a", "an", "his", "her", "their", "its", "some", "many", "however", "so",
    "if", "when", "while", "after", "before", "as", "at", "for", "more", "most", "no",
}  # fmt: skip


def sentences(text: str, masked: str):
    """(start, end) sentence spans over the text, never splitting inside quotes."""
    out = []
    append = out.append
    start = 0
    n = len(text)
    for m in _SENT_RE.finditer(masked):
        s, e = m.span()
        ch = masked[s]
        if ch == "\n":
            cut = s
            nxt = e
        elif ch == MASK:
            j = e
            while j > s and text[j - 1] in "\"”»'’":
                j -= 1
            if text[j - 1] not in ".!?":
                continue
            cut = e
            nxt = e
        else:
            # abbreviation or initial before the period? (the word before it; a word of
            # 5+ characters is neither, so the walk back stops there: same decision)
            lim = s - 5 if s > 5 else 0
            if lim and masked[lim:s].isalpha():
                word = ""  # 5+ letters: no abbreviation and not one letter (as below)
            else:
                j = s
                while j > lim and (masked[j - 1].isalnum() or masked[j - 1] == "."):
                    j -= 1
                if j == lim and j > 0 and (masked[j - 1].isalnum() or masked[j - 1] == "."):
                    word = ""  # longer than any abbreviation and not one letter
                else:
                    word = masked[j:s].lower()
            if word in _ABBREV_END or (
                len(word) == 1
                and word.isalpha()
                and word.isupper() is False
                and masked[j].isupper()
            ):
                if word not in _ABBREV_FINAL:
                    continue
                nw = _NEXT_WORD_RE.match(masked, e)
                if nw is None or nw.group(1).lower() not in _STARTERS:
                    continue
            cut = e
            # include closing quote marks after the period
            while cut < n and text[cut] in "\"”’')]":
                cut += 1
            nxt = cut
        if cut > start:
            _append_trimmed(append, text, start, cut)
        start = nxt
    if start < n:
        _append_trimmed(append, text, start, n)
    return out


def _append_trimmed(append, text, a, b):
    """append((a, b)) for the span a..b of text without its outer whitespace, unless
    nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        append((a, b))
