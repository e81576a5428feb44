"""The one matcher of a news dateline that opens a line or a paragraph ("TORONTO — ",
"HALIFAX, N.S. -- ", "OTTAWA (CP) — ", "WASHINGTON, Jan 5 (Reuters) - ", "SAN JUAN,
Puerto Rico, March 3 (AP) — "): ``DATELINE_RE``, its parts named (``place``,
``region``, ``agency``, ``dash``), used by the sentence units (``segment``: a place
ending in an abbreviation), the subject finder (``phrases``), the content before a
cue (``frames``) and the article's names (``coref``: the dateline's place, a name
right after a dateline).
"""

from __future__ import annotations

import re

DATELINE_RE = re.compile(
    r"(?P<place>(?:[A-Z][A-Z.'\-]+[ \t]?){1,4})"
    r"(?P<region>(?:,[ \t]+[A-Z][\w.]*(?:[ \t](?:[A-Z][\w.]*|\d{1,2}))?){0,2})"
    r"(?P<agency>[ \t]*\([A-Za-z. ]{1,20}\))?"
    r"(?P<dash>[ \t]*(?:—|–|--|-)[ \t]*)(?=[A-Z\"“‘'])"
)
# the longest dateline ``abbrev_dateline`` looks for (place, region and dash)
_HEAD = 120
# a region that is an abbreviation only (", B.C.", ", Ont.", ", N.W.T.")
_ABBREV_REGION_RE = re.compile(r",[ \t]+(?:[A-Z][a-z]*\.){1,3}")


def abbrev_dateline(text, pos, end):
    """The dateline match opening text[pos:end] (after spaces) whose place ends in a
    regional abbreviation and a long dash ("SMITHERS, B.C. — ", "TRURO, N.S. -- "),
    else None: the sentence splitter keeps "B.C." with the lead.

    >>> abbrev_dateline("SMITHERS, B.C. — Water rose.", 0, 28).group("place", "region")
    ('SMITHERS', ', B.C.')
    >>> abbrev_dateline("OTTAWA — Water rose.", 0, 20) is None
    True
    """
    while pos < end and text[pos] in " \t":
        pos += 1
    head = text[pos : min(end, pos + _HEAD)]
    if "." not in head or not ("—" in head or "–" in head or "--" in head):
        return None  # (cheap: the pattern backtracks long on an all-caps line)
    m = DATELINE_RE.match(text, pos, end)
    if (
        m is None
        or m.group("agency") is not None
        or m.group("dash").strip() == "-"
        or m.group("place")[-1:] in " \t"
        or not _ABBREV_REGION_RE.fullmatch(m.group("region"))
    ):
        return None
    return m


def long_dash_dateline(text, pos, end):
    """The dateline match opening text[pos:end] with a spaced long dash and no news
    agency ("OTTAWA — ", "PRINCE ALBERT, Sask. — "), else None.

    >>> long_dash_dateline("PRINCE ALBERT, Sask. — A man spoke.", 0, 35).group("place")
    'PRINCE ALBERT'
    """
    m = DATELINE_RE.match(text, pos, end)
    if m is None or m.group("agency") is not None:
        return None
    dash, region = m.group("dash"), m.group("region")
    spaced = dash[:1] in " \t" or (not region and m.group("place")[-1:] in " \t")
    if not spaced or dash[-1:] not in " \t" or dash.strip() not in ("—", "–"):
        return None
    return m
