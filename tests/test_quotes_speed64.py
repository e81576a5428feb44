"""speed64's exact rewrites (session 42), each checked against the code it replaced
on sentences written for this file, including the cases where the old path finds
something.

* "Judge Al Rendell ... Judge Bo Linwood ... Rendell dismissed the motion. '...,' the
  judge said": ``pronouns._subject_holding`` asked, per quotation, for the first
  earlier mention of the subject's surname titled with the role, walking all of that
  surname's mentions (``by_last``); it now asks ``surname_firsts.first_titled`` once
  per article, surname, role and status (the mentions are in text order, so the first
  titled one answers every bound). A surname never titled so ("Tom Rendell, a clerk")
  still gives nothing.
* "Mayor Dana Quint ... Quint is taking questions. '...,' the businessman said":
  ``pronouns._recent_subject`` refused a subject whose surname was written with an
  office before the quotation, walking all mentions; it now compares the bound with
  ``surname_firsts.first_office_pos`` (memoised the same way). A surname first titled
  after the quotation is still accepted.
* ``clauses._finite_speaker`` (148 lines) is split into ``_catenative_speaker`` ("Dana
  Bell went on to say that"), ``_subject_before_cue`` ("Hugh Hill, a doctor in Harwick,
  said") and ``_inverted_speaker`` ('"...," said Hugh Hill'), the same code in the same
  order: each shape keeps its speaker, and a near miss keeps its old reading.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.quotes import clauses
from analysis.quotes.surname_firsts import first_office_pos, first_titled
from analysis.quotes.titles import _OFFICES, _titled_person
from tests._quote_rows import article_names

ARTICLES = [
    "Judge Al Rendell opened the hearing on Monday. Judge Bo Linwood joined him later.\n\n"
    "Rendell dismissed the motion. Tom Rendell, a clerk, sat nearby. Judge Cy Rendell "
    "arrived late. Mayor Dana Quint met the council. Tom Quint was there too. Quint "
    "spoke. Senator Eve Quint, his aunt, spoke last.",
    "Tom Rendell, a clerk in Harwick, sat nearby. Rendell spoke.\n\nLater Judge Al "
    "Rendell opened the hearing. Bo Quint met the council. Coun. Ann Quint left.",
    "Nobody here has a title. Ann Vale met Bo Vale in Harwick. Vale left.",
]


def old_titled_before(an, last, role, status, bound):
    """``_subject_holding``'s loop before speed64: the canonical words of the first
    mention before ``bound`` titled ``role``."""
    for pos, cw, _g, info in an.by_last.get(last, ()):
        if pos < bound and _titled_person(an, pos, cw, info, role, status):
            return an.canonical(cw)
    return None


def new_titled_before(an, last, role, status, bound):
    first = first_titled(an, last, role, status)
    return an.canonical(first[1]) if first is not None and first[0] < bound else None


def old_office_before(an, last, bound):
    """``_recent_subject``'s loop before speed64: any mention before ``bound`` with an
    office title?"""
    return any(
        pos < bound and not _OFFICES.isdisjoint(info[2])
        for pos, _cw, _g, info in an.by_last.get(last, ())
    )


@pytest.mark.parametrize("text", ARTICLES)
def test_first_titled_answers_every_bound_as_the_old_loop(text):
    an = article_names(text)
    found = 0
    for last in ("rendell", "quint", "vale", "linwood", "nobody"):
        for role, status in (
            ("judge", frozenset()),
            ("mayor", frozenset()),
            ("senator", frozenset()),
            ("clerk", frozenset()),
        ):
            for bound in range(0, len(text) + 2, 3):
                old = old_titled_before(an, last, role, status, bound)
                assert new_titled_before(an, last, role, status, bound) == old
                found += old is not None
    if "Judge" in text:
        assert found > 0  # (the old loop did find titled mentions: both agree on them)


def test_first_titled_positive_and_near_miss():
    an = article_names(ARTICLES[0])
    pos, words = first_titled(an, "rendell", "judge", frozenset())
    assert list(words) == ["Al", "Rendell"] and ARTICLES[0][pos:].startswith("Judge Al")
    assert first_titled(an, "linwood", "mayor", frozenset()) is None  # (a judge, no mayor)
    an2 = article_names(ARTICLES[1])
    first = first_titled(an2, "rendell", "judge", frozenset())
    assert first is not None and first[0] >= ARTICLES[1].index("Later")  # titled later only
    assert (
        new_titled_before(an2, "rendell", "judge", frozenset(), ARTICLES[1].index("Later")) is None
    )


@pytest.mark.parametrize("text", ARTICLES)
def test_first_office_pos_answers_every_bound_as_the_old_loop(text):
    an = article_names(text)
    for last in ("rendell", "quint", "vale", "nobody"):
        for bound in range(0, len(text) + 2):
            new = 0 <= first_office_pos(an, last) < bound
            assert new == old_office_before(an, last, bound)


def test_first_office_pos_positive_and_near_miss():
    an = article_names(ARTICLES[0])
    assert first_office_pos(an, "quint") == ARTICLES[0].index("Mayor Dana")
    assert first_office_pos(an, "vale") == -1
    an3 = article_names(ARTICLES[2])
    assert first_office_pos(an3, "vale") == -1  # (no title anywhere)


def test_memo_is_per_article():
    a, b = article_names(ARTICLES[0]), article_names(ARTICLES[1])
    assert first_office_pos(a, "quint") != first_office_pos(b, "quint")
    assert "first_office_pos" in a.scan_memo


def _speakers(texts):
    df = pd.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))], "text": texts})
    q = analysis.extract_quotes(df)
    return [list(q.loc[q.article_id == f"t{i}", "speaker"]) for i in range(len(texts))]


def test_subject_holding_end_to_end():
    got = _speakers(
        [
            "Judge Al Rendell opened the hearing on Monday. Judge Bo Linwood joined him "
            "later.\n\nRendell dismissed the motion. “The case goes on,” the judge said.",
            "Judge Bo Linwood opened the hearing on Monday. Tom Rendell, a clerk, sat "
            "nearby.\n\nRendell dismissed the motion. “The case goes on,” the judge said.",
        ]
    )
    assert got == [["Al Rendell"], ["Bo Linwood"]]  # (the near miss: the judge titled last)


def test_finite_speaker_helpers_keep_each_shape():
    assert all(
        hasattr(clauses, f)
        for f in ("_catenative_speaker", "_subject_before_cue", "_inverted_speaker")
    )
    got = _speakers(
        [
            "Dana Bell went on to say that the bridge was safe.",  # catenative
            "Hugh Hill, a doctor in Harwick, said the clinic would close.",  # before the cue
            "“The clinic will close,” said Hugh Hill, a doctor in Harwick.",  # inverted
            "Voters in Harwick are more likely to say the bridge is safe.",  # adjective
            "The inspectors made him admit that the bridge was unsafe.",  # causative
            "The river rose in Harwick, and the bridge was closed.",  # near miss: no cue
        ]
    )
    assert got[:3] == [["Dana Bell"], ["Hugh Hill"], ["Hugh Hill"]]
    assert got[5] == []


def test_finite_speaker_is_under_the_limit():
    import inspect

    for f in ("_finite_speaker", "_catenative_speaker", "_subject_before_cue", "_inverted_speaker"):
        assert len(inspect.getsource(getattr(clauses, f)).splitlines()) < 100
