"""Session 25 (comma25): a thousands comma ("$5,000") never breaks content or a speaker
phrase; speaker names written with Latin-1 mojibake stay whole; a named subject with a
relative clause before the cue is the speaker; a rare given name + surname is a person."""

from __future__ import annotations

import pytest

from analysis.quotes.names import _NAME_SEQ_RE, _TOKEN
from analysis.quotes.phrases import _window_tokens, clause_comma_find, clause_comma_rfind
from tests._quote_rows import has_quote, quote_rows, speech_rows

# --- 1. thousands separators ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Ann Roe said a $5,000 grant was promised in March.",
            "a $5,000 grant was promised in March",
        ),
        (
            "Ann Roe said the $5,000 grant was promised in March.",
            "the $5,000 grant was promised in March",
        ),
        ("Ann Roe said a 5,000 grant was promised.", "a 5,000 grant was promised"),
        (
            "Ann Roe said a grant of $5,000 was promised in March.",
            "a grant of $5,000 was promised in March",
        ),
        ("Ann Roe said 5,000 people were hurt.", "5,000 people were hurt"),
        (
            "Ann Roe, the mayor, said the $12,500,000 budget was promised by the council.",
            "the $12,500,000 budget was promised by the council",
        ),
        (
            "Ann Roe told reporters that a $1,200 fine was promised and the firm paid it.",
            "a $1,200 fine was promised and the firm paid it",
        ),
    ],
)
def test_indirect_content_goes_on_over_a_thousands_comma(text, quote):
    assert has_quote(text, "Ann Roe", quote), speech_rows(text)


def test_amount_before_the_verb_and_after_according_to():
    assert has_quote("A $5,000 grant was promised, she said.", "she", "A $5,000 grant was promised")
    assert has_quote(
        "A $5,000 grant was promised in March, Ann Roe said.",
        "Ann Roe",
        "A $5,000 grant was promised in March",
    )
    assert has_quote(
        "According to Ann Roe, a $5,000 grant was promised in March.",
        "Ann Roe",
        "a $5,000 grant was promised in March",
    )
    assert has_quote(
        "A $5,000 grant was promised in March, according to Ann Roe.",
        "Ann Roe",
        "A $5,000 grant was promised in March",
    )


def test_a_later_cue_still_cuts_at_a_real_comma():
    text = "Ann Roe said a $5,000 grant was promised in March and police said the money never came."
    rows = speech_rows(text)
    assert ("Ann Roe", "said", "a $5,000 grant was promised in March") in rows
    assert ("police", "said", "the money never came") in rows


def test_direct_and_carried_quotations_with_amounts():
    text = (
        "Ann Roe, the mayor, spoke on Friday.\n\n"
        '"We lost 1,200 jobs," she said. "The $5,000 grant never came."\n\n'
        '"A $5,000 grant was promised, and a 1,200-seat hall."\n\n'
        "She said a $5,000 grant was promised in March."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ann Roe", "We lost 1,200 jobs") in rows
    assert ("Ann Roe", "The $5,000 grant never came.") in rows
    assert ("Ann Roe", "A $5,000 grant was promised, and a 1,200-seat hall.") in rows
    assert ("Ann Roe", "a $5,000 grant was promised in March") in rows


def test_a_subject_holding_a_number_with_a_thousands_comma():
    rows = quote_rows(
        "The 1,200 workers at the plant said they were never paid.", "speaker", "quote"
    )
    assert rows == [("the 1,200 workers at the plant", "they were never paid")]
    text = "A group of 1,200 parents, led by Ann Roe, said the school should stay open."
    assert quote_rows(text, "speaker")[0][0] == "a group of 1,200 parents"


def test_clause_comma_find_skips_digit_commas():
    assert clause_comma_rfind("said a $5,000 grant") == -1
    assert clause_comma_rfind("12,500,000") == -1
    t = "In 2019, 1,200 jobs"
    assert clause_comma_rfind(t) == t.index(",")
    assert clause_comma_find("a $5,000 grant, she said") == 14
    assert clause_comma_find("1,200 and 3,400") == -1
    assert clause_comma_rfind("a, b", 2) == -1  # (bounds as str.rfind)


def test_a_number_with_thousands_separators_is_one_token():
    words = [
        w for _, _, w in _window_tokens("paid $12,500,000 to 1,200-member unions, 1,2345", 0, 60)
    ]
    assert "12,500,000" in words and "1,200-member" in words
    assert "1" in words and "2345" in words  # (no thousands grouping: two numbers)


# --- 2. mojibake in a speaker's name ---------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("President FranÃ§ois Hollande said the talks would resume.", "FranÃ§ois Hollande"),
        ("The talks will resume, President FranÃ§ois Hollande said.", "FranÃ§ois Hollande"),
        ("The talks will resume, said RenÃ© LÃ©vesque on Friday.", "RenÃ© LÃ©vesque"),
        ("Conan Oâ€™Brien said the show would end.", "Conan Oâ€™Brien"),
        ("President François Hollande said the talks would resume.", "François Hollande"),
        ("Łukasz Żak said the plan would fail.", "Łukasz Żak"),
    ],
)
def test_a_mojibake_or_accented_name_stays_whole(text, speaker):
    rows = quote_rows(text, "speaker", "speaker_type", "start", "end")
    assert rows and rows[0][0] == speaker and rows[0][1] == "person", rows


def test_mojibake_offsets_index_the_text_as_given():
    text = "President FranÃ§ois Hollande said the talks would resume. Hollande said more."
    for s, ss, se in quote_rows(text, "speaker", "speaker_start", "speaker_end"):
        assert s == "FranÃ§ois Hollande"
        assert text[ss:se].endswith("Hollande")


def test_mojibake_pairs_join_only_after_a_lead_character():
    assert _TOKEN.findall("RenÃ© said") == ["RenÃ©", "said"]
    assert _TOKEN.findall("a café” and") == ["a", "café", "and"]  # é leads no pair
    assert [m.group() for m in _NAME_SEQ_RE.finditer("Oâ€™Brien and Ann Roe")] == [
        "Oâ€™Brien",
        "Ann Roe",
    ]


# --- 3. a named subject with a relative clause ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "House Speaker Paul Ryan, who has clashed with the president, said the bill would pass.",
        "House Speaker Paul Ryan, who spoke with Ann Roe on Monday, said the bill would pass.",
        "Paul Ryan, who met Mitch McConnell and Nancy Pelosi last week, said the bill would pass.",
        "The bill would pass, House Speaker Paul Ryan, who met President Obama on Friday, said.",
    ],
)
def test_named_subject_before_a_relative_clause_speaks(text):
    rows = quote_rows(text, "speaker", "quote")
    assert rows and rows[0][0] == "Paul Ryan", rows
    assert "the bill would pass" in rows[0][1].lower()


# --- 4. a rare given name + surname ---------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Guadalupe Potocacetpl said the river had flooded twice. She said the town was not ready.",
            "Guadalupe Potocacetpl",
        ),
        ("Xochitl Ruiz said the school would close. She said parents were angry.", "Xochitl Ruiz"),
        ("Tsegaye Wolde said the clinic was full. He said more beds were needed.", "Tsegaye Wolde"),
    ],
)
def test_rare_given_name_and_surname_is_a_person(text, name):
    rows = quote_rows(text, "speaker", "speaker_type")
    assert rows == [(name, "person"), (name, "person")], rows


def test_a_relative_clause_with_its_own_cue_keeps_both_rows_with_the_named_subject():
    text = (
        "House Speaker Paul Ryan, who told reporters last week that Donald Trump was wrong, "
        "said on Tuesday the bill would pass."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Paul Ryan", "Donald Trump was wrong"),
        ("Paul Ryan", "the bill would pass"),
    ]
    text = "Donald Trump met Paul Ryan on Thursday.\n\nRyan, who has clashed with Trump, said the talks went well."
    assert quote_rows(text, "speaker", "quote") == [("Paul Ryan", "the talks went well")]


def test_an_ampersand_name_opening_an_insertion_is_no_leading_adverbial():
    text = "AT&T laid 50,000 feet of cable downtown, she said, to make sure anyone with a phone can call."
    assert quote_rows(text, "quote") == [
        ("AT&T laid 50,000 feet of cable downtown",),
        ("to make sure anyone with a phone can call",),
    ]
    text = "At the plant, she said, 1,200 workers lost their jobs."  # (a leading adverbial)
    assert quote_rows(text, "quote") == [("1,200 workers lost their jobs",)]


@pytest.mark.parametrize("dash", [" — ", "\xa0— ", " – "])
def test_a_dash_before_a_time_distance_ends_the_content_before_the_next_cue(dash):
    text = (
        "Ann Roe announced the firm will invest $20 billion in shipping, which will create "
        f"10,000 new jobs{dash}days after Ann Roe pledged to rebuild the yards."
    )
    rows = speech_rows(text)
    assert (
        "Ann Roe",
        "announced",
        "the firm will invest $20 billion in shipping, which will create 10,000 new jobs",
    ) in rows
    assert ("Ann Roe", "pledged", "to rebuild the yards") in rows


def test_a_run_of_mojibake_pairs_is_cut_into_short_tokens_and_names_none():
    from analysis.quotes.phrases import _TOKEN_RE

    run = "Ã§" * 50
    assert max(len(m.group()) for m in _TOKEN_RE.finditer(run)) <= 14  # (at most six pairs)
    assert _NAME_SEQ_RE.search(run) is None  # (no lower-case letter: no name word)
    assert _NAME_SEQ_RE.search("LÃ‰VESQUE said") is None  # (capitals only, as "NASA")
