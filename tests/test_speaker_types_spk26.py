"""Lone capitalised speakers in ``extract_quotes`` (spk26): a single name that says or
tells something is a person unless its article gives organisation evidence (a
suffix, "the company", "it"/"its"); "according to <Word>" keeps the organisation.
Sentences written for the tests."""

from tests._quote_rows import quote_rows


def types_of(text):
    return quote_rows(text, "speaker", "speaker_type")


def test_a_lone_surname_that_says_is_a_person():
    assert types_of('The council met on Monday. "We will vote next week," Smith said.') == [
        ("Smith", "person")
    ]
    assert types_of('"Prices are fair," Delgado said on Tuesday.') == [("Delgado", "person")]


def test_a_lone_name_in_a_headline_line_is_a_person():
    text = 'Okafor says tariffs will stay\n\n"They work," Okafor said.'
    assert {t for _, t in types_of(text)} == {"person"}


def test_a_lone_name_that_told_reporters_is_a_person():
    assert types_of("Brankov told reporters the strike was over.") == [("Brankov", "person")]


def test_org_evidence_keeps_the_organisation():
    assert types_of('"We expect growth," Brennard said in its quarterly report.') == [
        ("Brennard", "organization")
    ]
    text = "Tressler said prices would rise in the spring. The company also said it would hire."
    assert {t for _, t in types_of(text)} == {"organization"}


def test_according_to_a_lone_word_stays_an_organisation():
    text = "Gas prices fell 3% in March, according to Quillmart, and may fall again."
    assert types_of(text) == [("Quillmart", "organization")]


def test_announced_with_its_stays_an_organisation():
    text = "Korvana announced it will invest $40 million in its Ohio plant."
    assert types_of(text) == [("Korvana", "organization")]
