"""Session 25 (anon25): an occupation described then named in the next paragraph; an
organisation name with "and" inside; geographic names are places, not people."""

from tests._quote_rows import quote_rows

_FERRY = "Three people were hurt when the ferry ramp collapsed on Sunday morning in Saint John.\n\n"


def test_described_doctor_named_next_paragraph():
    text = (
        _FERRY + "A doctor who treated her at the regional hospital said the woman was lucky"
        ' to be alive.\n\n"She had a broken leg," said Dr. Ann Roe, who treated the injured'
        " at the hospital.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ann Roe", "the woman was lucky to be alive") in rows


def test_described_lawyer_named_next_paragraph():
    text = (
        "The trial of a Moncton contractor opened on Monday.\n\n"
        "A lawyer who represents the contractor said the charges would be dropped.\n\n"
        '"My client did nothing wrong," said Paul Gagnon, who represents the contractor.\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Paul Gagnon", "the charges would be dropped") in rows


def test_described_doctor_without_echo_stays_unnamed():
    text = (
        _FERRY + "A doctor at the clinic said the woman was lucky to be alive.\n\n"
        '"It was loud," said Ann Roe, who lives across the street.\n'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("a doctor at the clinic", "the woman was lucky to be alive") in rows


def test_senior_official_stays_anonymous_even_with_echo():
    text = (
        _FERRY + "A senior official with the port authority said the ramp had been inspected.\n\n"
        '"We followed every rule," said Mark Delorme, who runs the port authority.\n'
    )
    rows = quote_rows(text, "speaker", "quote", "speaker_type")
    assert ("Mark Delorme", "the ramp had been inspected", "person") not in rows
    assert rows[0][2] == "anonymous"


def test_spokesperson_stays_anonymous_even_with_echo():
    text = (
        "The Halifax council voted to close the library branch on Tuesday night.\n\n"
        "A spokesperson for the library said the branch would reopen in the spring.\n\n"
        '"We will keep the staff," said Ann Roe, who chairs the library board.\n'
    )
    rows = quote_rows(text, "speaker", "quote", "speaker_type")
    assert rows[0][2] == "anonymous"


def test_the_department_is_the_whole_name_with_and():
    text = (
        "The Department of Transportation and Infrastructure announced the closure Monday."
        " The department said the bridge will close for a month."
    )
    rows = quote_rows(text, "speaker", "speaker_type")
    assert rows == [("Department of Transportation and Infrastructure", "organization")]


def test_the_ministry_is_the_whole_name_with_and():
    text = (
        "The Ministry of Environment and Climate Change issued an order Monday."
        " The ministry said the mill must close."
    )
    rows = quote_rows(text, "speaker", "speaker_type")
    assert rows == [("Ministry of Environment and Climate Change", "organization")]


def test_and_before_a_person_is_not_part_of_the_department():
    text = (
        "The Department of Justice and Ann Roe met on Monday."
        " The department said the case was closed."
    )
    assert quote_rows(text, "speaker") == [("Department of Justice",)]


def test_and_before_another_body_is_not_part_of_the_department():
    text = (
        "The Department of Justice and Health Canada Minister Ann Roe met on Monday."
        " The department said the case was closed."
    )
    assert quote_rows(text, "speaker") == [("Department of Justice",)]


def test_staff_at_an_icefield_are_the_speakers_not_the_icefield():
    rows = quote_rows(
        "Parks staff at the Columbia Icefield said the trail would stay closed.",
        "speaker",
        "speaker_type",
    )
    assert rows == [("Parks staff at the Columbia Icefield", "group")]


def test_a_guide_at_a_glacier_is_an_unnamed_person():
    rows = quote_rows(
        "A guide at the Athabasca Glacier said the ice was thin.", "speaker", "speaker_type"
    )
    assert rows == [("a guide at the Athabasca Glacier", "anonymous")]


def test_plural_subject_near_a_lake_or_falls():
    for text, want in (
        ("Hikers near Peyto Lake said the trail was icy.", "Hikers near Peyto Lake"),
        ("Crews at Bow Falls said the water was high.", "Crews at Bow Falls"),
    ):
        assert quote_rows(text, "speaker", "speaker_type") == [(want, "group")]


def test_a_person_named_lake_is_still_a_person():
    rows = quote_rows("Ricki Lake said the show was over.", "speaker", "speaker_type")
    assert rows == [("Ricki Lake", "person")]
    rows = quote_rows(
        "Ann Roe, who lives near Bow Falls, said the water was high.", "speaker", "speaker_type"
    )
    assert rows == [("Ann Roe", "person")]
