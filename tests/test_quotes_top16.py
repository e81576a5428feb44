"""The most-quoted speaker per article and named speakers (session 16): an absolute
construction "..., with <Name> <participle> that ..." is that name's statement, not the
earlier cue's. Every sentence here is invented."""

from _quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "cue", "quote")


def test_absolute_with_name_participle_that_is_the_names():
    rows = _rows(
        "Democrats were quick to respond, with Tom Vale tweeting that it was a "
        '"mess" for the mayor and asking, "How can someone so careless run the city?"'
    )
    assert rows == [
        ("Tom Vale", "tweeting", 'it was a "mess" for the mayor'),
        ("Tom Vale", "asking", "How can someone so careless run the city?"),
    ]
    rows = _rows("Democrats were quick to respond, with Tom Vale saying that it was a mess.")
    assert rows == [("Tom Vale", "saying", "it was a mess")]


def test_that_after_adverbials_stays_the_cues():
    assert _rows("Ann Roe responded on Monday that the plan was fine.") == [
        ("Ann Roe", "responded", "the plan was fine")
    ]


def test_carried_paragraph_continues_the_outer_speaker_not_a_nested_cue():
    text = (
        "Tom Vale said that for years some critics had been predicting a closure of the "
        "plant, but this would not happen.\n\n"
        '"That is because this town is the heart of our business and remains the most '
        'important site for the company."\n\nOTHER NEWS.'
    )
    rows = quote_rows(text, "speaker", "kind")
    assert rows == [("Tom Vale", "indirect"), ("Tom Vale", "direct")]


def test_apposition_name_before_an_adverb_and_the_cue():
    rows = _rows(
        "The head of the city council, Ann Roe, recently told reporters that the budget was late."
    )
    assert rows == [("Ann Roe", "told", "the budget was late")]
    assert _rows("Ann Roe spoke at the rally in Dover, then said the budget was late.") == [
        ("Ann Roe", "said", "the budget was late")
    ]


def test_a_description_skips_the_last_quoted_person_who_holds_an_office():
    for ray in ("Jim Ray, the former press secretary", "former press secretary Jim Ray"):
        text = (
            f'Tom Vale was in Ohio on Monday. "It was rude," said {ray}. More troubling '
            "was Vale’s refusal to back the plan. Instead, the businessman has insisted "
            "that his position will be stronger if he waits."
        )
        assert quote_rows(text, "speaker") == [("Jim Ray",), ("Tom Vale",)]


def test_the_business_mogul_is_the_person_just_named():
    text = (
        "On Thursday, Tom Vale named a new manager. In a statement, the business mogul "
        'announced that "he is merging the two offices."'
    )
    assert quote_rows(text, "speaker", "speaker_mention")[-1] == (
        "Tom Vale",
        "the business mogul",
    )


def test_promises_after_an_adjective_is_a_noun():
    text = "Since 2001, Vale has made other public promises to give his profits to charity."
    assert quote_rows(text, "speaker") == []
    assert _rows("Vale promises to give the proceeds to charity.") == [
        ("Vale", "promises", "to give the proceeds to charity")
    ]
