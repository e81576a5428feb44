"""An organisation named earlier with capitals and taken up again in lower case: "for
the Canadian Coast Guard ... The coast guard said A" is the Canadian Coast Guard, not a
person of the guard kind; ``lower_case_org_echoes`` runs after the other speaker rules
of ``coref.resolve`` and changes speaker strings only.
"""

from __future__ import annotations

import re

# "the coast guard", "the fire department": "the" and two or three lower-case words
_LOWER_DESC_RE = re.compile(r"[Tt]he((?:[ \t]+[a-z][a-z'’-]+){2,3})")

# words before the echoed ones that still belong to the name ("Canadian", "Nova Scotia")
_CAP_WORD = r"[A-Z][\w'’.-]*"


def _named_before(text: str, words: list[str], before: int) -> str | None:
    """The last capitalised name before ``before`` that ends in ``words`` written with
    capitals and is not followed by another capitalised word (so "Police Chief Ann Roe"
    names no police chief body).

    >>> _named_before("for the Canadian Coast Guard. Later", ["coast", "guard"], 34)
    'Canadian Coast Guard'
    >>> _named_before("said Police Chief Ann Roe. Later", ["police", "chief"], 31) is None
    True
    """
    caps = [w[:1].upper() + w[1:] for w in words]
    if before <= 0 or text.find(caps[-1], 0, before) < 0:
        return None  # (cheap: the name's last word is not written with capitals before)
    tail = r"[ \t]+".join(re.escape(w) for w in caps)
    rx = re.compile(
        r"(?<![\w'’.-])((?:" + _CAP_WORD + r"[ \t]+){0,3}?" + tail + r")(?![\w'’-])(?![ \t]+[A-Z])"
    )
    found = None
    for m in rx.finditer(text, 0, before):
        found = m.group(1)
    if found is None:
        return None
    lead = found.split()
    while lead and lead[0] in ("The", "A", "An"):
        lead = lead[1:]
    return " ".join(lead) or None


def lower_case_org_echoes(an, quotes) -> None:
    """Give a quote whose speaker mention is "the <two or three lower-case words>" the
    organisation named earlier whose name ends in those words with capitals.

    >>> class Q:
    ...     mention, m_start, speaker, stype = "The coast guard", 40, "Ann Roe", "person"
    >>> class A:
    ...     text = "Boats for the Canadian Coast Guard. Ann Roe said so. " * 1
    >>> q = Q(); lower_case_org_echoes(A(), [q]); q.speaker
    'Canadian Coast Guard'
    """
    text = an.text
    for q in quotes:
        mention = q.mention or ""
        m = _LOWER_DESC_RE.fullmatch(mention)
        if m is None:
            continue
        words = m.group(1).split()
        speaker = (q.speaker or "").lower()
        if speaker.endswith(" ".join(words)) and speaker != mention.lower():
            continue  # (already an organisation of that name)
        name = _named_before(text, words, q.m_start)
        if name is not None and len(name.split()) >= len(words):
            q.speaker, q.stype = name, "organization"
