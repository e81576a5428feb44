"""A relative met in a reported clause ("Guy Marchand said his daughter was happier in
Brandon. She has not decided ...") who then speaks as "she" in the next paragraph's
quotation: the relative, by the name the article gives ("Leah Marchand ... Her father,
Guy Marchand,") or the kin description itself, not the woman quoted before
(``kin_reported_pronoun_speakers``).
"""

from __future__ import annotations

import re

from .kin import _KIN_GENDER
from .kin_subjects import _kin_subject_named
from .names import _stype_static

# "NAME said his daughter", "NAME says that her son": a full name, the cue, a possessed kin
_REPORTED_KIN_RE = re.compile(
    r"((?:[A-Z][\w’'-]+[ \t]+){1,3}[A-Z][\w’'-]+)[ \t]+(?:said|says)[ \t]+(?:that[ \t]+)?"
    r"(his|her)[ \t]+([a-z]+)[ \t]+[a-z]"
)

# the owner's own kin word for the relative's kin noun, by the owner's sex ("his
# daughter": the owner is her father)
_OWNER_WORD = {
    ("daughter", "his"): "father",
    ("daughter", "her"): "mother",
    ("son", "his"): "father",
    ("son", "her"): "mother",
}

_PRONOUN_SEX = {"she": "f", "he": "m"}


def _name_by_owner(an, owner, own, kin, before):
    """The full name written right before "<Her|His> <father|mother>, OWNER," (the
    relative named, then the owner apposed to its kin word: "Leah Marchand ... Her
    father, Guy Marchand,"), before ``before``; else None."""
    word = _OWNER_WORD.get((kin, own))
    if word is None:
        return None
    m = re.search(
        r"(?:His|Her)[ \t]+" + word + r",[ \t]+" + re.escape(owner) + ",", an.text[:before]
    )
    if m is None:
        return None
    lo = an.text.rfind("\n", 0, m.start()) + 1
    names = re.findall(r"\b([A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+)\b", an.text[lo : m.start()])
    surname = owner.split()[-1]
    names = [n for n in names if n.split()[-1] == surname and n != owner]
    return names[-1] if names else None


def kin_reported_pronoun_speakers(an, quotes):
    """Give '"...," she said' opening a paragraph the relative whose possessed kin noun
    of the pronoun's sex is the subject of a clause reported in the paragraph before
    ("NAME said his daughter was happier"), when that paragraph's last sentence opens with
    the same pronoun: the relative's name, else the description.

    >>> from analysis.quotes.assemble import extract
    >>> t = ('Ann Roe said she was tired.\\n\\nGuy Lamb said his daughter was happy there. '
    ...      'She has not decided.\\n\\n"I love it," she said.')
    >>> [q.speaker for q in extract(t)[0]][-1]
    'his daughter'
    """
    text = an.text
    for q in quotes:
        lm = (q.mention or "").lower()
        if lm not in _PRONOUN_SEX or q.start is None or q.m_start is None:
            continue
        para = text.rfind("\n", 0, q.start) + 1
        if text[para : q.start].strip(" \t\"'\u201c\u2018"):
            continue  # (the quotation does not open its paragraph)
        prev_end = text[:para].rstrip().__len__()
        prev = text.rfind("\n", 0, prev_end) + 1
        seg = text[prev:prev_end]
        if lm.capitalize() + " " not in seg:
            continue
        m = None
        for hit in _REPORTED_KIN_RE.finditer(seg):
            m = hit  # (the last reported kin of the paragraph)
        if m is None or _KIN_GENDER.get(m.group(3)) != _PRONOUN_SEX[lm]:
            continue
        last = re.split(r"(?<=[.!?])[ \t]+", seg[m.end() :].strip())
        if len(last) < 2 or not last[-1].startswith(lm.capitalize() + " "):
            continue
        if re.search(r"\b[A-Z][a-z]+[ \t]+[A-Z]", seg[m.end() :]):
            continue  # (another name after the relative)
        own, kin = m.group(2), m.group(3)
        name = _kin_subject_named(an, own, kin, q.m_start) or _name_by_owner(
            an, m.group(1), own, kin, q.m_start
        )
        if name:
            q.speaker, q.stype = name, "person"
        else:
            q.speaker = own + " " + kin
            q.stype = _stype_static([own, kin], an.lex)[0] or "unknown"
