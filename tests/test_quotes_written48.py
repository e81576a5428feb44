"""written40's rules (session 25), each checked on sentences written for this file.

* "priest" is a role title ("The parish priest, Rev. Ann Roe, ..." then "the priest").
* A role named in a relative clause of a person's apposition ("Al Roe, a retired
  principal who has been a trustee since 2016,") is that person ("the trustee said").
* "the director of public works" (a role "of" an unlisted field) is a speaker phrase.
* A listener with an owner, with or without a determiner, before a time adverbial is
  no content ("A, the director told council's executive committee on Wednesday.").
* An opening role description ("..., the chief librarian said") is the full name the
  next paragraph gives right after "said" ('"B," said Nadia Roe, who ...'), unless an
  apposition gives that person another role; "the director" later is the person "the
  director of public works" was.
* A dateline's place ("REGINA —", "MEDICINE HAT, Alta. —") is nobody named before the
  lede, however like a given name it looks.
* A plural noun opening its sentence before a restrictive "who" ("Borrowers who pay
  late") is no person.
* "Each time," / "Every winter," before an inserted frame is an adjunct of the content.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def test_priest_is_a_role_title():
    text = (
        "The parish priest, Rev. Anton Kowalczyk, closed the hall in May.\n\n"
        "“We could not heat it any longer,” said the priest, who now serves two parishes."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Anton Kowalczyk", "We could not heat it any longer")
    ]


def test_role_in_a_relative_clause_of_the_apposition():
    text = (
        "Harold Finnegan, a retired bus driver who has been a trustee since 2016, voted no.\n\n"
        "The rules were too loose, the trustee said."
    )
    assert has_quote(text, "Harold Finnegan", "The rules were too loose")


def test_role_in_a_relative_clause_needs_that_role():
    text = (
        "Harold Finnegan, a retired bus driver who has been a trustee since 2016, voted no. "
        "Mia Sorensen chairs the board.\n\n"
        "The rules were too loose, the chair said."
    )
    assert not has_quote(text, "Finnegan", "The rules were too loose")


def test_role_of_a_field_is_a_speaker_phrase():
    text = "Crews missed 60 routes in two weeks, the director of public works said Monday."
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("the director of public works", "Crews missed 60 routes in two weeks")
    ]
    text = "Three wards lost power, the city's head of operations told reporters."
    assert speech_rows(text)[0][2] == "Three wards lost power"


def test_a_lack_of_a_plural_is_still_no_speaker():
    assert speech_rows("Crews missed 60 routes, a lack of drivers said nothing.") == []


def test_owned_listener_before_a_time_adverbial_is_no_content():
    for listener in ("council’s finance committee", "the city’s finance committee"):
        text = f"Fees will rise by 4 per cent, the treasurer told {listener} on Tuesday."
        assert quote_rows(text, "quote") == [("Fees will rise by 4 per cent",)]


def test_owned_listener_before_that_keeps_the_content():
    text = "Ruth Okafor told council’s finance committee on Tuesday that fees will rise."
    assert has_quote(text, "Ruth Okafor", "fees will rise")


def test_opening_role_named_after_said_in_the_next_paragraph():
    text = (
        "SASKATOON — Parking at the arena will be free on weeknights, the facility "
        "manager said Friday.\n\n"
        "“We want families back in the stands,” said Colette Marchand, who has run the "
        "arena since 2020.\n\n"
        "The manager said the change would cost about $40,000 a year."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Colette Marchand", "Parking at the arena will be free on weeknights")
    assert rows[1][0] == "Colette Marchand"


def test_opening_role_not_named_by_someone_with_another_role():
    text = (
        "TRURO, N.S. — The pool will close for a year, the mayor said Friday.\n\n"
        "“It is a blow to every swim club,” said Colette Marchand, a councillor who "
        "voted against the budget."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][1] == "The pool will close for a year"
    assert rows[0][0] != "Colette Marchand"


def test_role_without_its_field_is_the_same_person():
    text = (
        "WINNIPEG — Crews missed 60 routes in two weeks, the director of public works "
        "told council’s executive committee on Wednesday.\n\n"
        "Some streets waited 11 days, said Hamid Qureshi, who oversees road maintenance.\n\n"
        "The director said a report would follow in the spring."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert [s for s, _ in rows] == ["Hamid Qureshi"] * 3


def test_dateline_place_like_a_given_name_is_nobody():
    text = (
        "Regina library drops late fees\n\n"
        "REGINA — Late fees are gone, the chief librarian said Monday.\n\n"
        "“Fines kept children away,” said Odette Lavallée, who has led the library since 2019."
    )
    assert has_quote(text, "Odette Lavallée", "Late fees are gone")


def test_plural_noun_before_restrictive_who_is_no_person():
    text = (
        "MEDICINE HAT, Alta. — Borrowers who return books late will no longer pay.\n\n"
        "Fines kept families away, the chief librarian said.\n\n"
        "“We lost readers over a few dollars,” said Odette Lavallée, who has led the "
        "library since 2019."
    )
    assert has_quote(text, "Odette Lavallée", "Fines kept families away")


def test_each_time_before_an_inserted_frame_is_an_adjunct():
    text = "Each time, she said, the van driver turned back at the corner."
    assert quote_rows(text, "quote") == [("the van driver turned back at the corner",)]
    text = "Every winter, he said, the road drifts shut."
    assert quote_rows(text, "quote") == [("the road drifts shut",)]
