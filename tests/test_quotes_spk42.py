"""spk42: speaker rules of session 30 (sentences written for these tests)."""

from analysis.quotes.indefinite_named import indefinite_named_after, indefinite_named_head
from tests._quote_rows import quote_rows


def _speaker_of(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


# an indefinite description that names its person is no unnamed person: a later bare
# description with its head is that person


def test_apposed_indefinite_description_names_the_later_description():
    text = (
        "A scrutineer for the mayor, Wendy Ostrander, said the count had been fair.\n\n"
        '"You never lose ballots," the veteran scrutineer said.\n'
    )
    assert _speaker_of(text, "You never lose ballots") == ["Wendy Ostrander"]


def test_who_clause_gives_the_first_name():
    text = (
        "A construction foreman, who gave only his first name, Bogdan, said his crew "
        'started early.\n\n"We stop at noon," the foreman said.\n'
    )
    assert _speaker_of(text, "We stop at noon") == ["Bogdan"]


def test_unnamed_indefinite_description_stays_unnamed():
    text = (
        "Wendy Ostrander said the count had been fair. A scrutineer for the challenger "
        'complained about the lights.\n\n"You never lose ballots," the veteran scrutineer said.\n'
    )
    assert _speaker_of(text, "You never lose ballots") != ["Wendy Ostrander"]


def test_description_naming_someone_else_is_not_the_last_person():
    text = (
        "A foreman, Bogdan Ilic, said the crew started early. Later Wendy Ostrander "
        'spoke to the crowd.\n\n"We stop at noon," the foreman said.\n'
    )
    assert _speaker_of(text, "We stop at noon") != ["Wendy Ostrander"]


def test_indefinite_named_helpers():
    s = "A letter carrier named Odile Fenwick said she fell. The letter carrier said"
    assert indefinite_named_after(s, 0, "carrier") == "Odile Fenwick"
    assert indefinite_named_after("A carrier said so, Fenwick wrote.", 0, "carrier") is None
    assert indefinite_named_head(s, 0, 52, "carrier") == "carrier"
    assert indefinite_named_head("A carrier fell. The carrier said", 0, 16, "carrier") is None
