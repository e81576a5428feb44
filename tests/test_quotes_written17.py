"""Classes found by the eighth, blind written news batch (session 16 round 2, issue 12:
tests/data/written_news8): "the 33-year-old said" after a person the article never
gives that age (the person a "he"/"she" there would name, of either gender).
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows


def rows(text):
    return quote_rows(text, "speaker", "quote")


def speaker_of(text, quote):
    return next(s for s, q in rows(text) if q == quote)


def test_an_age_the_article_never_gives_is_the_person_just_quoted():
    text = (
        "Coach Ray Dunmore said the team had played well.\n\n"
        "Veteran goalie Anika Strand, who joined the club in 2019, says she heard the news "
        "on the radio.\n\n"
        "“I was driving to the rink,” the 31-year-old said."
    )
    assert speaker_of(text, "I was driving to the rink") == "Anika Strand"


def test_an_age_the_article_never_gives_after_a_named_subject():
    text = (
        "The mayor said the road would reopen Friday.\n\n"
        "Outside the library, Tobias Quill waited for the bus in the rain.\n\n"
        "“It has been like this all week,” the 58-year-old said."
    )
    assert speaker_of(text, "It has been like this all week") == "Tobias Quill"


def test_an_age_the_article_gives_still_names_its_owner():
    text = (
        "Mira Holt, 44, said the ferry was late again. Her neighbour Dale Prentice said "
        "he had stopped taking it.\n\n"
        "“We were promised a new boat,” the 44-year-old said."
    )
    assert speaker_of(text, "We were promised a new boat") == "Mira Holt"
