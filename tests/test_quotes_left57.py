"""left57's rules: bare quotation paragraphs carried back to the speaker attributed in
the paragraph after them (sentences written for these tests)."""

from tests._quote_rows import quote_rows

_LEAD = (
    "The council met on Monday to vote on the budget.\n\n"
    "Not everyone was pleased with the outcome.\n\n"
    '"We were promised a new library and we got nothing at all."\n\n'
    '"This is the third year in a row that the east end has been ignored."\n\n'
    '"I will be running against every one of them next fall," said Gloria Penhallow, '
    "who has lived in the ward for decades.\n"
)


def test_bare_paragraphs_before_attributed_are_its_speakers():
    rows = quote_rows(_LEAD, "speaker", "quote")
    assert ("Gloria Penhallow", "We were promised a new library and we got nothing at all.") in rows
    assert (
        "Gloria Penhallow",
        "This is the third year in a row that the east end has been ignored.",
    ) in rows
    assert len(rows) == 3


def test_one_bare_paragraph_before_attributed():
    text = (
        "Ferry service to the island was cut again this week.\n\n"
        '"Nobody from the province has called us back in a month."\n\n'
        '"We are running out of patience," said Tomas Brevik, who runs the island store.\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tomas Brevik", "Nobody from the province has called us back in a month.") in rows


def test_bare_paragraph_after_another_speaker_is_not_carried_back():
    text = (
        '"The road will open in May," Mayor Alma Quist said on Tuesday.\n\n'
        '"Crews have already started on the bridge deck."\n\n'
        '"I doubt it will be ready," said Rui Okafor, a contractor who bid on the job.\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Rui Okafor", "Crews have already started on the bridge deck.") not in rows


def test_speaker_named_before_the_quote_is_not_carried_back():
    text = (
        "The hearing lasted six hours.\n\n"
        '"The numbers in this report simply do not add up for us."\n\n'
        'Then Rui Okafor stood up and said: "I doubt it will be ready."\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Rui Okafor", "The numbers in this report simply do not add up for us.") not in rows


def test_spokeswoman_for_a_coalition_of_members_before_said():
    text = "Grocery prices rose again in March. Families are skipping meals, a spokeswoman for a coalition of tenants said on Monday.\n"
    rows = quote_rows(text, "speaker", "quote")
    assert ("a spokeswoman for a coalition of tenants", "Families are skipping meals") in rows


def test_lawyers_for_a_group_of_members_after_said():
    text = "The landlord broke the lease, said lawyers for a group of tenants in a court filing.\n"
    rows = quote_rows(text, "speaker", "quote")
    assert ("lawyers for a group of tenants", "The landlord broke the lease") in rows


def test_group_before_of_and_a_place_keeps_its_end():
    text = "The landlord broke the lease, said lawyers for the group of Halifax.\n"
    rows = quote_rows(text, "speaker", "quote")
    assert ("lawyers for the group", "The landlord broke the lease") in rows


def test_described_name_with_a_quoted_word_before_said():
    text = (
        "The lead plaintiff, Dale Morrow, a 52-year-old welder with a truck loan he calls "
        '"crushing," said he had joined the suit last year.\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dale Morrow", "he had joined the suit last year") in rows


def test_representative_plaintiff_with_a_quoted_word_before_said():
    text = (
        "The representative applicant, Ines Baptiste, a retired nurse with a pension she "
        'calls "tiny," said she had joined the suit in May.\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ines Baptiste", "she had joined the suit in May") in rows


def test_plural_noun_before_its_verb_is_no_cue():
    text = "Provincial election agency reports list every donation over $500.\n"
    assert quote_rows(text, "speaker", "quote") == []


def test_reports_with_an_object_stays_a_cue():
    text = "The Halifax Herald reports the ferry will stop running in May.\n"
    rows = quote_rows(text, "speaker", "quote")
    assert ("the Halifax Herald", "the ferry will stop running in May") in rows
