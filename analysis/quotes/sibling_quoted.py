"""Which of several same-surname relatives "her brother" / "his sister" names: when the
article names more than one person of the sibling's sex with the surname of the person
the possessive stands for ("Ambrose Roe, who died in 1988 ... his grandson, Paul Roe,
said ... Roe's sister, Ida Roe, said ... Her brother said"), the one of them quoted
before is the sibling; an unquoted namesake (a grandparent, a founder) is no speaker.
Owns only that choice (asked by ``kin._resolve_spouse`` for a sibling noun when its
surname test leaves more than one candidate).
"""

from __future__ import annotations


def quoted_sibling(cands, persons, at):
    """The one name of ``cands`` quoted before ``at`` (``persons``: (position, name,
    gender) of the speakers resolved so far), or None when none or several were.

    >>> quoted_sibling({"Al Roe", "Paul Roe"}, [(10, "Paul Roe", "m"), (40, "Ida Roe", "f")], 90)
    'Paul Roe'
    >>> quoted_sibling({"Al Roe", "Paul Roe"}, [(40, "Ida Roe", "f")], 90) is None
    True
    """
    quoted = {name for pos, name, _g in persons if pos < at and name in cands}
    return next(iter(quoted)) if len(quoted) == 1 else None
