"""Session 18 round 2 (speed21) speed changes in the quote engine give exactly what the
plain forms they replace give: the company subjects of "the company" memoised per
article. Texts are built from fictional pieces."""

from __future__ import annotations

from _quote_rows import speaker_of_start

from analysis.quotes import mentions, org_names, titles
from analysis.quotes.lexicon import lexicon


def _an(text):
    return mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)


def test_office_antecedent_resolves_the_mayor():
    """ "The mayor ... he" goes to the named mayor."""
    text = (
        "Mayor Tom Vale opened the bridge on Monday. The mayor spoke for an hour. "
        "Later he said the town would pay."
    )
    an = _an(text)
    an.antecedents()
    hi = text.index("he said")
    got = titles._office_antecedent(an, 0, hi, "m")
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
    first = org_names._called_the_company(an, "Zintor")
    assert first is True
    assert org_names._called_the_company(an, "Roe") is False
    assert org_names._called_the_company(an, "Zintor") is True


def _lede(gap):
    """A lede whose description ends ``gap`` characters before the paragraph break
    (filled with a second sentence), then the titled person's paragraph."""
    lede = (
        "KELOWNA — Walk-in clinics will open on Sundays from March, the city’s chief "
        "medical officer of health"
    )
    tail = " said Tuesday. Staff"
    tail += " " + "x" * (gap - len(tail) - 2) + "." if gap > len(tail) + 2 else ""
    assert len(tail) == gap
    return (
        "Clinics open late\n\n"
        + lede
        + tail
        + "\n\nDr. Lena Okafor told reporters that wait times had doubled."
    )


def test_lede_description_named_next_up_to_300_characters_before_the_break():
    """The lede's description goes to the next paragraph's titled person when the
    paragraph break comes at most 300 characters after it (the break is looked for
    only that far: _resolve_named_next)."""
    assert speaker_of_start(_lede(20), "Walk-in clinics") == "Lena Okafor"
    assert speaker_of_start(_lede(300), "Walk-in clinics") == "Lena Okafor"
    assert speaker_of_start(_lede(301), "Walk-in clinics") != "Lena Okafor"


def test_lede_description_in_a_text_with_no_break_after_it():
    """No paragraph break after the description at all: nobody named next."""
    text = (
        "Walk-in clinics will open on Sundays, the city’s chief medical officer of "
        "health said Tuesday. Dr. Lena Okafor told reporters that wait times had doubled."
    )
    assert speaker_of_start(text, "Walk-in clinics") != "Lena Okafor"
