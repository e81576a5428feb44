"""Session 26 integration: shapes broken or left when branches met (sentences of our own)."""

import pytest

from tests._quote_rows import quote_rows


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The road will close on May 2, the Halton Authority said in a notice to residents.",
            "The road will close on May 2",
        ),
        (
            "Runway 9 will close on April 20, the Red Pine Airport Authority said in a notice to air carriers.",
            "Runway 9 will close on April 20",
        ),
        (
            "Classes will resume Monday, the board said in a letter to parents.",
            "Classes will resume Monday",
        ),
        (
            "Classes will resume Monday, the board said in a letter to parents on Friday.",
            "Classes will resume Monday",
        ),
        (
            "The plan is dead, the board said in a letter to its members on Friday, citing costs.",
            "The plan is dead",
        ),
    ],
)
def test_a_written_notice_to_an_audience_keeps_the_statement(text, content):
    # "in a notice/letter to <lower-case audience>" ending the sentence is skipped like
    # "in a statement": the clause before is the statement
    assert quote_rows(text, "quote")[:1] == [(content,)]


def test_the_notice_after_it_is_its_issuers():
    text = (
        "Runway 9 will close on April 20, the Red Pine Airport Authority said in a notice "
        "to air carriers. The short runway will stay open, the notice said."
    )
    assert [r[0] for r in quote_rows(text, "speaker")] == ["the Red Pine Airport Authority"] * 2


def test_a_bare_age_after_the_same_paragraphs_speaker_is_that_speaker():
    # written45's "the 62-year-old" newcomer rule must not pass over the person who
    # spoke just before in the same paragraph for a place named in his words
    text = (
        '"We owed more than a week of groceries," said Omar Haddad, who drives a cab.\n\n'
        "Haddad said he would take his children to the New Halton branch in January. "
        '"We will need a bigger bag," the 41-year-old said.'
    )
    assert [r[0] for r in quote_rows(text, "speaker")] == ["Omar Haddad"] * 3


def test_an_unnamed_one_of_them_is_a_farmer_is_not_the_named_farmer():
    # written46's "the <noun> re-mentions the person just quoted" must see the unnamed
    # "One of them is a dairy farmer" (an "is a" said of someone unnamed, not of Roe)
    text = (
        "The beef farmer whose fields would hold six of them says he will not sign.\n\n"
        'Wim Roe has raised cattle on the land for 30 years. "I said no twice," Roe said.\n\n'
        "Not all of Roe's neighbours share his view. One of them is a dairy farmer who has "
        "signed for three turbines and did not want her name used because, she said, the "
        "fight had already cost her two friendships.\n\n"
        '"Milk prices are what they are. This is a pension," the farmer said.'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Wim Roe", "I said no twice") in rows
    assert ("the farmer", "Milk prices are what they are. This is a pension") in rows


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "February has warmed since the 1970s, Ann Roe said, and her models suggest "
            "the season will shift north.",
            "Ann Roe",
        ),
        ("Costs rose, Tom Vale said, and his figures show the gap is growing.", "Tom Vale"),
        ("Costs rose, Tom Vale said, and his lawyer said the deal is off.", "his lawyer"),
        ("Costs rose, Tom Vale said, and her models suggest the gap is growing.", "her models"),
    ],
)
def test_a_thing_the_speaker_owns_goes_on_with_her_statement(text, speaker):
    # "A, X said, and her models suggest B": B is X's statement going on (a person or
    # an office of X's speaks for itself; a possessive of the other gender is someone else)
    assert quote_rows(text, "speaker")[-1] == (speaker,)


def test_a_long_one_paragraph_text_is_no_lede(monkeypatch):
    # _lede_description_held_back searched the whole text before every description when
    # one paragraph had no break (quadratic): only the first _LEDE_REACH characters are
    # a lede, so the number of descriptions it reads stays bounded as the text grows
    from analysis.quotes import description_echoes

    seen = []

    class Counting:
        def fullmatch(self, s):
            seen.append(s)
            return real.fullmatch(s)

    real = description_echoes._LEDE_DESC_RE
    monkeypatch.setattr(description_echoes, "_LEDE_DESC_RE", Counting())
    counts = []
    for n in (400, 1600):
        seen.clear()
        quote_rows('"Item," the judge said. ' * n, "speaker")
        counts.append(len(seen))
    assert counts[0] > 0
    assert counts[1] == counts[0]  # (the same lede, however long the text)
