"""Kin owned by a named person: a speaker still left as "Roe-Lang's husband" (a
surname's possessive and a kin noun) is the one relative the article introduced before
as that person's kin, outside quotations: "Ann Roe-Lang stood with her husband, Tom
Lang, ..." or "Roe-Lang's husband, Tom Lang," (the "his" / "her" of an introduction
counts only when the owner's surname stands before it in the same sentence). Every
statement that took the description as its speaker (the pronouns after it too) takes
the name. This module owns that pass (``possessor_kin_named``)."""

from __future__ import annotations

import re

from .antecedents import _unquoted_before
from .kin import _KIN_GENDER, _kin_before_rx

# "Dasgupta-Reid's husband", "Ann Roe's late husband": owner words, an optional modifier, kin
_OWNER_KIN_RE = re.compile(
    r"((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*)['’]s[ \t]+(?:[a-z-]+[ \t]+)?([a-z]+)"
)
# the possessor inside an introduction: "her husband, NAME" / "Roe's husband NAME"
_INTRO_OWNER_RE = re.compile(r"(?<![\w'’])(?:(his|her|their)|([A-Z][\w'’.-]*)['’]s)[ \t]")
# where the sentence of an introduction starts
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?[ \t]+(?=[\"“A-Z])|\n")


def possessor_kin_named(an, quotes, reach=6000):
    """Give the statements whose speaker is "<Surname>'s <kin noun>" the one relative the
    ``reach`` unquoted characters before the first of them introduced as that person's
    kin (see the module doc); statements of another speaker are left alone.

    >>> import pandas as pd, analysis
    >>> t = ("Ann Roe-Lang stood outside with her husband, Tom Lang, on Tuesday. "
    ...      "Later, Roe-Lang's husband said he had found a kitchen.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Tom Lang']
    """
    done: dict = {}
    for q in quotes:
        sp = q.speaker or ""
        if "s " not in sp or ("'" not in sp and "’" not in sp):
            continue  # (the cheap test first)
        if sp not in done:
            done[sp] = _kin_named_for(an, q, sp, reach)
        if done[sp] is not None:
            q.speaker, q.stype = done[sp], "person"


def _kin_named_for(an, q, speaker, reach):
    """The canonical name of the one relative introduced as the kin of ``speaker``'s
    owner before ``q``'s mention, else None."""
    m = _OWNER_KIN_RE.fullmatch(speaker)
    if m is None or m.group(2) not in _KIN_GENDER:
        return None
    owner, kin = m.group(1).split()[-1], m.group(2)
    if owner.lower() not in an.by_last:
        return None  # (an owner the article never named as a person)
    lo, seg = _unquoted_before(an, q.m_start, reach)
    if kin not in seg or owner not in seg:
        return None
    want = _KIN_GENDER[kin]
    found = set()
    for mm in _kin_before_rx(kin).finditer(seg):
        po = _INTRO_OWNER_RE.search(mm.group(0))
        if po is None:
            continue  # ("whose husband", "the couple's son"): no owner to check
        if po.group(2) is not None:
            if po.group(2) != owner:
                continue  # ("Vale's husband, NAME"): someone else's
        else:
            cut = [e.end() for e in _SENTENCE_END_RE.finditer(seg, 0, mm.start())]
            if owner not in seg[cut[-1] if cut else 0 : mm.start()]:
                continue  # ("her husband" of a sentence that never names the owner)
        cw = (mm.group(1) or mm.group(2)).split()
        g = an.lex.gender.get(cw[0].lower())
        if want in ("m", "f") and g is not None and g != want:
            continue
        found.add(an.canonical(cw))
    return found.pop() if len(found) == 1 else None
