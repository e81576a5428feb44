"""Coordinated subjects that open a reported clause: in "Roe said he and two other
drivers had written to the council" the "and" after the lone subject pronoun joins two
subjects, not two clauses, so the reporting verb that follows ("written", "asked") is
the reported clause's own verb and opens no new frame. This module owns that check,
asked by ``sides`` where the content before a later cue is cut at its last "and"."""

from __future__ import annotations

_SUBJECT_PRONOUNS = frozenset("he she we they i you".split())


def pronoun_conjunct_subject(seg: str, cut: int) -> bool:
    """Is the clause break at ``cut`` in ``seg`` (the content up to the next cue) an
    " and " right after a lone subject pronoun that opens ``seg``?

    >>> pronoun_conjunct_subject("he and his wife had ", 2)
    True
    >>> pronoun_conjunct_subject("taxes would fall and his wife had ", 16)
    False
    """
    return seg[cut : cut + 5] == " and " and seg[:cut].strip().lower() in _SUBJECT_PRONOUNS
