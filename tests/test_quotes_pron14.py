"""Pronoun speakers the extractor got wrong (session 14, issue 12), read in a random
sample of PolNeAR train pronoun attributions: "Nancy" is a woman's given name (the
resource said "m", so "she" skipped Nancy Roe for another woman); "it" after a
document that opens an earlier sentence ("The email ... was sent by ... . Two people
died. '...,' it reads.", "The post showed ... . It says: ...") is the document, not an
organisation named elsewhere. Every sentence here is written for the test; names and
events are fictional."""

import pandas as pd

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


def speakers(text):
    return [s for s, _ in rows(text)]


def test_nancy_is_a_womans_name():
    text = (
        "Mayor Grace Olin opened the fair on Sunday.\n\n"
        "One volunteer, county clerk Nancy Brevik, said the fair had drawn record crowds "
        "and thanked Olin for her support.\n\n"
        "\u201cWe really need more parking next year,\u201d she said."
    )
    assert speakers(text)[-1] == "Nancy Brevik"


def test_it_after_a_document_subject_two_sentences_back():
    text = (
        "Director Paul Venn said the State Department had been warned.\n\n"
        "The email, released by the Harbor Institute, was sent at 9 p.m. by aide Ivo "
        "Marsh. Two guards were hurt that night.\n\n"
        "\u201cWe have identified the teams that could move to the port,\u201d it reads.\n\n"
        "\u201cPlease advise how you wish to proceed,\u201d it said."
    )
    assert speakers(text)[-2:] == ["the email", "the email"]


def test_it_after_the_post_is_the_post():
    text = (
        "Former pitcher Dale Ormond was let go by Sportsline on Monday after sharing a "
        "Facebook post.\n\n"
        "The post showed a cartoon of a senator in a clown wig. It says: \u201cVOTE HIM "
        "OUT or pay more taxes for the rest of your life, every single year.\u201d"
    )
    assert speakers(text)[-1] == "the post"


def test_it_after_a_named_company_stays_the_company():
    text = (
        "The report on the merger came out on Monday. Harlow Mills Inc. rejected it.\n\n"
        "\u201cThe numbers are simply wrong and misleading,\u201d it said."
    )
    assert speakers(text)[-1] != "the report"


def test_they_after_two_people_named_together():
    text = (
        "In their new book \u201cCheap Money\u201d (Lakeside Press), Ida Brandt and Felix "
        "Oakes of Northfield College argue that the crisis was made at home.\n\n"
        "The central bank might have raised rates much sooner, they argue, perhaps by "
        "warning lenders in public."
    )
    assert speakers(text)[-1] == "Ida Brandt and Felix Oakes"


def test_they_after_a_group_with_a_capitalised_modifier():
    text = (
        "Senate Republicans blocked the harbor bill on Tuesday because they said the "
        "language was unfair to small ports."
    )
    assert speakers(text) == ["Senate Republicans"]


def test_they_after_people_briefed():
    text = (
        "Mayor Ivo Garnet moved his chief of staff on Friday.\n\n"
        "People briefed on the move were adamant that the council would object. And they "
        "insisted that no other staff would leave."
    )
    assert speakers(text)[-1] == "people"


def test_they_keeps_the_group_quoted_before():
    text = (
        "Mr. Garnet's aides said the debate had gone badly for him.\n\n"
        "Mr. Garnet's aides privately conceded that it was a hard night. But with the "
        "holiday coming, they argued, few voters would notice."
    )
    assert speakers(text)[-1] == "Mr. Garnet's aides"
