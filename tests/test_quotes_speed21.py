"""Session 18 round 2 (speed21) speed changes in the quote engine give exactly what the
plain forms they replace give: the company subjects of "the company" memoised per
article. Texts are built from fictional pieces."""

from __future__ import annotations

from analysis.quotes import coref
from analysis.quotes.lexicon import lexicon


def _an(text):
    return coref._ArticleNames(text, [(0, len(text))], lexicon(), None)


def test_office_antecedent_resolves_the_mayor():
    """ "The mayor ... he" goes to the named mayor."""
    text = (
        "Mayor Tom Vale opened the bridge on Monday. The mayor spoke for an hour. "
        "Later he said the town would pay."
    )
    an = _an(text)
    an.antecedents()
    hi = text.index("he said")
    got = coref._office_antecedent(an, 0, hi, "m")
    assert got is not None and got[0] == text.index("The mayor") and got[1].endswith("Vale")


def test_called_the_company_memo_same_answers():
    """ "Zintor recalled ... The company said ... Zintor shares": Zintor is called the company, asked twice
    and for another word between (the memo of subjects is per article)."""
    text = (
        "Zintor recalled 40,000 heaters on Tuesday. The company said the fault was rare. "
        "Zintor shares fell. Ann Roe, a spokeswoman, said more would follow."
    )
    an = _an(text)
    an.antecedents()
    first = coref._called_the_company(an, "Zintor")
    assert first is True
    assert coref._called_the_company(an, "Roe") is False
    assert coref._called_the_company(an, "Zintor") is True
