"""The most-quoted speaker per article and named speakers (session 16): an absolute
construction "..., with <Name> <participle> that ..." is that name's statement, not the
earlier cue's. Every sentence here is invented."""

import pandas as pd
from _quote_rows import quote_rows

from analysis import extract_quotes


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


def test_speaker_counts_group_the_surface_forms_of_one_person():
    from analysis.speakers import resolve_speakers, speaker_counts

    text = (
        '"We will rebuild the bridge," Ann Roe said on Monday. Roe, the mayor, added '
        'that the work would start in May. "It is long overdue," Ms. Roe told reporters. '
        'Tom Vale said the plan was fine. "I disagree," said Mayor Roe.'
    )
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    q = extract_quotes(arts)
    assert set(q["speaker"]) == {"Ann Roe", "Tom Vale"}
    for frame in (q, resolve_speakers(q, arts)):
        counts = speaker_counts(frame, by="article_id")
        assert counts[["speaker", "quotes"]].values.tolist() == [["Ann Roe", 4], ["Tom Vale", 1]]


def test_resolved_raw_surface_forms_count_as_one_person_per_article_and_corpus():
    from analysis.speakers import resolve_speakers, speaker_counts

    raw = pd.DataFrame(
        {
            "article_id": ["b"] * 5 + ["c"] * 3,
            "speaker": ["Ann Roe", "Roe", "Ms. Roe", "Roe’s", "Tom Vale"]
            + ["Roe", "Sen. Ann Roe", "Vale"],
            "speaker_type": "person",
            "quote": list("abcdefgh"),
        }
    )
    r = resolve_speakers(raw)
    assert r["speaker_name"].tolist() == ["Ann Roe"] * 4 + ["Tom Vale", "Ann Roe", "Ann Roe"] + [
        "Tom Vale"
    ]
    per_article = speaker_counts(r, by="article_id")[["article_id", "speaker", "quotes"]]
    assert per_article.values.tolist() == [
        ["b", "Ann Roe", 4],
        ["b", "Tom Vale", 1],
        ["c", "Ann Roe", 2],
        ["c", "Tom Vale", 1],
    ]
    corpus = speaker_counts(r)[["speaker", "quotes", "articles"]].values.tolist()
    assert corpus == [["Ann Roe", 6, 2], ["Tom Vale", 2, 2]]


def test_two_people_with_one_surname_are_not_merged():
    text = (
        "Ann Roe said the plan was fine. Tom Roe, her brother, said it was too costly. "
        '"We cannot pay for it," Mr. Roe said. "We must," Ms. Roe said.'
    )
    assert [s for (s,) in quote_rows(text, "speaker")] == [
        "Ann Roe",
        "Tom Roe",
        "Tom Roe",
        "Ann Roe",
    ]


def test_a_relative_clause_cue_takes_no_content_before_its_antecedent():
    text = (
        "The tax was delayed, and it is the mayor, under pressure from unions, who has "
        "insisted on acting now."
    )
    assert quote_rows(text, "speaker") == []
    assert _rows("The river rose sharply, Lee said during a visit to the dam.") == [
        ("Lee", "said", "The river rose sharply")
    ]


def test_participle_after_a_comma_and_clause_is_that_clauses_subject():
    text = (
        "Protest groups say the rules are unfair, and the Acme Union of Ohio has already "
        "sued the city over the rules, saying they violate free-speech rights."
    )
    assert quote_rows(text, "speaker", "cue")[-1] == ("Acme Union of Ohio", "saying")


def test_they_after_a_possessive_group_subject():
    text = (
        "Mr. Vale’s supporters showed no sign of backing down on Tuesday. Several "
        "threatened protests over a system that they say has treated Mr. Vale unfairly."
    )
    assert quote_rows(text, "speaker", "speaker_mention") == [("Vale’s supporters", "they")]


def test_a_name_after_a_place_inversion_is_the_subject_for_he():
    for lead in ("Yet there in the back was", "In the back sat"):
        text = (
            f'"We will win," Tom Vale said at the rally. {lead} Jim Ray, the store clerk. '
            'He was not impressed.\n\n"This is like a pep rally," he said.'
        )
        assert quote_rows(text, "speaker")[-1] == ("Jim Ray",)
