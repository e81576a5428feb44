"""speed66's exact gates (session 42, round 2), each checked against the code it replaced
on sentences written for this file, including the cases where the old path finds
something.

* "Tina Harder said A. The Harders said B. '...,' she said": ``family_members.
  family_member_before`` walked every mention of the family's surname (``by_last``) for
  each such pronoun, quadratic in an article that repeats "The Harders said ... she
  said"; it now asks ``family_members.family_member`` once per article, family and
  gender (``an.scan_memo``), the same answer as the walk (``_family_member_scan``). A
  family with two full names of the pronoun's gender ("Tina Harder", "Ruth Harder")
  still gives nobody, and a family with no full name of that gender gives nobody.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.quotes.family_members import _family_member_scan, family_member
from tests._quote_rows import article_names

ARTICLES = [
    # one full name per gender: the walk finds Tina Harder (f) and Abel Harder (m)
    "Abel Harder and Tina Harder run a farm near Dunmore. Tina Harder said the road "
    "flooded. Harder said it again. The Harders said they would appeal. Abel Harder "
    "spoke last.",
    # two women of the family: the walk finds no one member for "she"
    "Tina Harder said the road flooded. Ruth Harder said the bus was late. The Harders "
    "said they would appeal. Ivo Stroud-Lane said he was sorry.",
    # "-es" plural: both stems are read ("Vanderhoek-Asante", "Vanderhoek-Asant")
    "Maria Vanderhoek-Asante said the school closed. The Vanderhoek-Asantes said they "
    "would move. Tom Lindqvist said the mill was shut.",
    # no full name of the family at all
    "The Pellworths said they would appeal. Pellworth said little. Ann Roe agreed.",
]
FAMILIES = ["Harders", "Vanderhoek-Asantes", "Pellworths", "Lindqvists", "Roes", "Stroud-Lanes"]


def old_family_member(an, plural, want):
    """``family_member_before``'s walk before speed66, verbatim: the one canonical full
    name of gender ``want`` among the surname's mentions."""
    stems = (plural[:-1], plural[:-2]) if plural.endswith("es") else (plural[:-1],)
    names = set()
    for stem in stems:
        for e in an.by_last.get(stem.lower(), ()):
            if len(e[1]) > 1 and e[2] == want:
                names.add(an.canonical(e[1]))
    if len(names) != 1:
        return None
    return names.pop()


@pytest.mark.parametrize("text", ARTICLES)
def test_family_member_answers_as_the_old_walk(text):
    an = article_names(text)
    for plural in FAMILIES:
        for want in ("m", "f"):
            old = old_family_member(an, plural, want)
            assert family_member(an, plural, want) == old
            assert family_member(an, plural, want) == old  # (again: from the memo)
            assert _family_member_scan(an, plural, want) == old


def test_the_old_walk_does_find_members():
    """The agreement above covers answers, not only Nones."""
    an = article_names(ARTICLES[0])
    assert old_family_member(an, "Harders", "f") == "Tina Harder"
    assert old_family_member(an, "Harders", "m") == "Abel Harder"
    assert family_member(an, "Harders", "f") == "Tina Harder"
    an = article_names(ARTICLES[2])
    assert family_member(an, "Vanderhoek-Asantes", "f") == "Maria Vanderhoek-Asante"


def test_two_members_of_one_gender_give_nobody():
    an = article_names(ARTICLES[1])
    assert old_family_member(an, "Harders", "f") is None
    assert family_member(an, "Harders", "f") is None


def test_memo_is_per_article():
    a, b = article_names(ARTICLES[0]), article_names(ARTICLES[1])
    assert family_member(a, "Harders", "f") == "Tina Harder"
    assert family_member(b, "Harders", "f") is None  # (b's own scan, not a's answer)
    assert a.scan_memo["family_member"][("Harders", "f")] == "Tina Harder"
    assert ("Harders", "f") in b.scan_memo["family_member"]


def _speakers(text):
    df = pd.DataFrame({"article_id": ["t"], "text": [text]})
    return analysis.extract_quotes(df).speaker.tolist()


def test_family_pronoun_end_to_end():
    text = (
        "Abel Harder and Tina Harder farm near Dunmore. Tina Harder said the road flooded. "
        "Ivo Stroud-Lane said she was sorry. The Harders said they would appeal.\n\n"
        '"We just want an answer," she said.'
    )
    assert _speakers(text)[-1] == "Tina Harder"


def test_family_pronoun_near_miss_keeps_the_old_reading():
    """Two women of the family: the family rule gives nobody, so "she" is read by the
    older rules (never one of the two Harders picked by the family rule)."""
    text = (
        "Tina Harder said the road flooded. Ruth Harder said the bus was late. "
        "Ivy Stroud-Lane said she was sorry. The Harders said they would appeal.\n\n"
        '"We just want an answer," she said.'
    )
    an = article_names(text)
    assert family_member(an, "Harders", "f") is None
    assert _speakers(text)[-1] != "Tina Harder"


def test_repeated_family_frames_scan_once(monkeypatch):
    """Many "The Harders said ... she said" in one article: every pronoun asks the
    family rule, and the surname's mentions are walked once, not once per pronoun
    (before speed66: 40 walks of 80 mentions)."""
    from analysis.quotes import family_members, pronouns

    calls = {"before": 0, "scan": 0}
    before, scan = family_members.family_member_before, family_members._family_member_scan

    def counted_before(*a, **k):
        calls["before"] += 1
        return before(*a, **k)

    def counted_scan(*a, **k):
        calls["scan"] += 1
        return scan(*a, **k)

    monkeypatch.setattr(pronouns, "family_member_before", counted_before)
    monkeypatch.setattr(family_members, "_family_member_scan", counted_scan)
    part = (
        "Tina Harder said the road was bad. The Harders said they would appeal. "
        '"We want an answer," she said.\n\n'
    )
    rows = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [part * 40]}))
    assert calls["before"] == 40
    assert calls["scan"] == 1
    assert (rows.speaker == "Tina Harder").sum() == 80
