"""left58's rules: rows left by session 29 (sentences written for these tests)."""

from tests._quote_rows import quote_rows, speech_rows


def test_quoted_word_in_apposition_is_not_the_quote():
    rows = speech_rows(
        'Mira Castell, a welder with a truck she calls "the old mule," said the garage '
        "overcharged her for repairs."
    )
    assert rows == [("Mira Castell", "said", "the garage overcharged her for repairs")]


def test_quoted_word_in_relative_clause_is_not_the_quote():
    rows = speech_rows(
        'Osgood Penn, who describes his orchard as "modest," said the frost killed half the trees.'
    )
    assert rows == [("Osgood Penn", "said", "the frost killed half the trees")]


def test_partial_quotation_then_inverted_speaker_stays():
    rows = quote_rows(
        'The new bylaw is "a gift to developers," said councillor Hana Vries.', "speaker"
    )
    assert rows == [("Hana Vries",)] or rows == [("councillor Hana Vries",)]


def test_quotation_then_inverted_description_stays():
    rows = quote_rows('"We will rebuild the rink," said the mayor of Corbett.', "speaker", "quote")
    assert rows == [("the mayor of Corbett", "We will rebuild the rink")]


def test_quotation_in_naming_relative_after_added_object():
    rows = quote_rows(
        "Goalie Wren Ashby added a diving save in the second period that Coach Ilse Marr "
        'called "the best stop of the whole season."',
        "speaker",
        "cue",
        "quote",
    )
    assert rows == [
        ("Coach Ilse Marr", "called", "the best stop of the whole season.")
    ] or rows == [("Ilse Marr", "called", "the best stop of the whole season.")]


def test_quotation_in_which_relative_after_added_object():
    rows = quote_rows(
        "Bexley added another run in the ninth, which Tobin Rusk dubbed "
        '"a gift from the baseball gods."',
        "speaker",
        "cue",
    )
    assert rows == [("Tobin Rusk", "dubbed")]


def test_added_speech_noun_with_quotation_stays():
    rows = quote_rows(
        'The minister added a warning that the ferry would be "out of service for months."',
        "speaker",
        "cue",
    )
    assert rows == [("The minister", "added")]


_EXCHANGE = (
    "Selwyn Okoro, the depot's former night supervisor, took the stand on Thursday.\n\n"
    '"Did you ever count the crates?" the Crown attorney asked him.\n\n'
    '"Never," he answered.\n\n'
    "The Crown then turned to a shipment that went missing in April. The court heard the "
    "following exchange:\n\n"
    "Q. Who signed for that shipment?\n\n"
    "A. Somebody from the day shift. I never saw the form.\n\n"
    "Q. Not you?\n\n"
    "A. Not me. I was home with my daughter.\n\n"
    "The trial continues on Monday.\n"
)


def test_exchange_answers_go_to_the_witness_who_answered_before():
    rows = quote_rows(_EXCHANGE, "speaker", "cue", "quote")
    assert ("Selwyn Okoro", "A.", "Somebody from the day shift. I never saw the form.") in rows
    assert ("Selwyn Okoro", "A.", "Not me. I was home with my daughter.") in rows
    assert not any(q.startswith(("Who signed", "Not you")) for _, _, q in rows)


def test_exchange_after_a_question_asked_last_has_no_witness():
    text = _EXCHANGE.replace('"Never," he answered.\n\n', "").replace(
        '"Did you ever count the crates?" the Crown attorney asked him.',
        '"Did you ever count the crates?" the Crown attorney asked.',
    )
    rows = quote_rows(text, "cue")
    assert ("A.",) not in rows


def test_exchange_witness_past_a_remark_to_the_jury():
    text = _EXCHANGE.replace(
        '"Never," he answered.\n\n',
        '"Never," he answered.\n\nJustice Helen Fenn reminded the jurors that the accused '
        "need not testify.\n\n",
    )
    rows = quote_rows(text, "speaker", "cue", "quote")
    assert ("Selwyn Okoro", "A.", "Not me. I was home with my daughter.") in rows


def test_progressive_label_verb_is_the_subjects():
    text = (
        'Senator Ada Kowal is labeling the new levy "a cash grab by a tired government." '
        "Her rivals disagreed."
    )
    assert quote_rows(text, "speaker", "cue", "quote") == [
        ("Ada Kowal", "labeling", "a cash grab by a tired government.")
    ]


def test_label_after_an_adverbial_aside():
    text = 'Ada Kowal, for her part, branded the levy "a cash grab by a tired government."'
    assert quote_rows(text, "speaker", "cue") == [("Ada Kowal", "branded")]


def test_passive_label_is_still_no_row():
    text = 'The levy is being labeled "a cash grab by a tired government" by critics.'
    assert quote_rows(text, "cue") == []
