"""Speed changes of session 39 (speed56); no output change (``quotes_exact --check``
IDENTICAL on PolNeAR, White House, seed and sample). Rules covered:

- titles._office_antecedent: each office mention's test ("the premier" as a clause
  subject outside quotations, resolving to an office) is answered once per article
  (``an.office_cache``, keyed by position and words): the same antecedent as testing
  every mention again, including for a range that cuts a mention short; a long story
  of "the minister said" no longer tests every earlier mention at every pronoun.
- org_nearest._short_company: the walk back over the full names that open with a
  word starts at the last one before the position (bisection; text order).
- lede_body_named_opening._intro_before: whether an indefinite "a/an ... <head>"
  precedes a lede's "the <head>" statement in its paragraph is the same answer as
  searching the whole range, but a range of the same head already read without one is
  not read again (only the run of words and blanks around its end): a one-paragraph
  story of many "said the agency" read the paragraph once per statement.

Sentences are written for these tests (fictional names).
"""

from __future__ import annotations

from analysis.quotes.assemble import extract
from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _ArticleNames
from analysis.quotes.segment import sentence_spans
from analysis.quotes.titles import _office_antecedent


def _names(text):
    an = _ArticleNames(text, sentence_spans(text), lexicon(), None)
    an.antecedents()
    return an


def test_office_subject_found_and_cached():
    t = (
        "Mayor Ann Roe opened the rink on Monday. The mayor has long backed the plan. "
        "“We will keep it open,” she said."
    )
    an = _names(t)
    assert _office_antecedent(an, 0, len(t), "f") == (t.index("The mayor"), "Ann Roe")
    assert an.office_cache  # the mention's test is kept
    # asked again (from the cache): the same answer, and none for the other gender
    assert _office_antecedent(an, 0, len(t), "f") == (t.index("The mayor"), "Ann Roe")
    assert _office_antecedent(an, 0, len(t), "m") is None
    assert [(q.speaker, t[q.start : q.end]) for q in extract(t)[0]] == [
        ("Ann Roe", "We will keep it open")
    ]


def test_office_inside_a_clause_is_no_subject():
    # negative: "the mayor" after "Critics said" opens no clause of its own sentence
    t = (
        "Mayor Ann Roe opened the rink on Monday. Critics said the mayor has long "
        "backed the plan. “We will keep it open,” she said."
    )
    an = _names(t)
    assert _office_antecedent(an, 0, len(t), "f") is None
    assert _office_antecedent(an, 0, len(t), "f") is None  # (from the cache)


def test_many_office_mentions_cached_same_as_fresh():
    # hostile shape: many "the premier said" before a clause-subject office mention
    items = " ".join(f"“Item {i},” the premier said." for i in range(12))
    t = f"Premier Tom Vale spoke. {items} The premier has left. “No,” he said."
    an = _names(t)
    at = t.index("The premier has")
    for hi in (len(t), at + len("The premier has"), at + len("The prem"), at):
        fresh = _office_antecedent(_names(t), 0, hi, "m")
        assert _office_antecedent(an, 0, hi, "m") == fresh
    assert _office_antecedent(an, 0, len(t), "m") == (at, "Tom Vale")
    assert _office_antecedent(an, 0, at, "m") is None  # (no clause subject before it)
    got = [(q.speaker, t[q.start : q.end]) for q in extract(t)[0]]
    assert got[-1] == ("Tom Vale", "No") and len(got) == 13


def test_short_company_latest_fitting_name_before():
    # org_nearest._short_company: the walk back starts at the last full name before
    # ``pos`` (bisection over the names in text order); the latest fitting one wins
    from analysis.quotes.lexicon import COMPANY_SUFFIXES
    from analysis.quotes.org_nearest import _short_company

    t = (
        "Brightwater Foods Ltd. bought the plant. Brightwater Mills Corp. sold it. Later, "
        "Brightwater said the deal closed. Brightwater Foods Ltd. agreed."
    )
    an = _ArticleNames(t, sentence_spans(t), lexicon(), None)
    at = t.index("Brightwater said")
    assert _short_company(an, at, "Brightwater", COMPANY_SUFFIXES) == "Brightwater Mills Corp"
    assert _short_company(an, at, "Brightwater", {"ltd"}) == "Brightwater Foods Ltd"
    assert _short_company(an, 0, "Brightwater", COMPANY_SUFFIXES) is None  # none before
    assert _short_company(an, at, "Brightwaters", COMPANY_SUFFIXES) is None  # (negative)
    assert _short_company(an, len(t), "Brightwater", COMPANY_SUFFIXES) == "Brightwater Foods Ltd"


def test_company_said_rows_unchanged():
    t = "FreshWay Grocers Corp. opened a store on Main Street. “Prices will stay low,” the company said."
    assert [(q.speaker, t[q.start : q.end]) for q in extract(t)[0]] == [
        ("FreshWay Grocers Corp.", "Prices will stay low")
    ]


def _intro_full(text, head, ls, at):
    import re

    rx = r"\b[Aa]n?[ \t]+(?:[\w-]+[ \t]+){0,4}" + re.escape(head) + r"\b"
    return re.compile(rx).search(text, ls, at) is not None


def test_intro_before_same_as_full_search():
    from analysis.quotes.lede_body_named_opening import _intro_before

    texts = [
        "“Item,” said the agency. “Item,” said a spokesman. " * 6 + "An agency said so.",
        "The agency said no. A regional transit agency said yes. The agency said so.",
        "A  very   new\tagency said. The agency-run fund said. an agency; the agency",
        "Ann said an agency. The agency said. A vice- agency said a vice-agency.",
    ]
    for t in texts:
        for head in ("agency", "spokesman", "vice-"):
            memo: dict = {}
            ends = [i for i in range(len(t) + 1) if i % 3 == 0] + [len(t)]
            for at in ends + ends[::-2]:  # rising, then some falling ends
                assert _intro_before(t, head, 0, at, memo) == _intro_full(t, head, 0, at)


def test_lede_body_named_opening_unchanged():
    t = (
        "Station seeks licence\n\nA community radio station in Yorkton has asked for a "
        "new licence, the station said in its filing.\n\nCKRW-FM, known to listeners as "
        "Parkland Radio, has been on the air since 1996."
    )
    assert [q.speaker for q in extract(t)[0]] == ["CKRW-FM"]
    # negative: no indefinite "a ... station" before: the description stays
    t2 = t.replace("A community radio station", "The community radio station")
    assert [q.speaker for q in extract(t2)[0]] != ["CKRW-FM"]
