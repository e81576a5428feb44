"""split34's rules (session 24), on sentences written for these tests: the tail after a
mid-sentence attribution ("A, she said, which B"; "A, he said, and the review found B"),
a content-first speaker phrase with a restrictive relative ("A, the association that
represents them said"), an unnamed municipal spokesperson resolved to the "City of X"
the article names, and the conventions left as they are (a short subject before the
insertion is one statement with its predicate; "concluded" reports)."""

from __future__ import annotations

from _quote_rows import has_quote, quote_rows, speaker_of, speech_rows


# 1. the tail after a mid-sentence attribution
def test_which_tail_after_insertion():
    text = "Wait times have doubled since 2019, she said, which is why the unit needs more nurses."
    assert has_quote(text, "she", "Wait times have doubled since 2019")
    assert has_quote(text, "she", "which is why the unit needs more nurses")


def test_which_tail_with_a_verb_in_s():
    text = (
        "The new clinic will open in March, Dr. Ann Roe said, which means patients will"
        " no longer drive to Regina."
    )
    assert has_quote(text, "Ann Roe", "which means patients will no longer drive to Regina")


def test_which_tail_with_a_modal():
    text = "Some stores will need new freezers, the owner said, which could take a year."
    assert has_quote(text, "the owner", "which could take a year")


def test_which_tail_needs_a_verb():
    # "which" then a noun phrase: no clause of the content
    text = "The board picked two sites, the mayor said, which one first is unclear."
    assert not any(q.startswith("which") for _, _, q in speech_rows(text))


def test_and_tail_with_a_noun_like_past():
    text = (
        "The plant was never inspected, Mayor Tom Hale said, and the province's review"
        " found three serious faults."
    )
    assert has_quote(text, "Tom Hale", "The plant was never inspected")
    assert has_quote(text, "Tom Hale", "and the province's review found three serious faults")


def test_and_tail_with_set():
    text = "The rink is too old, the coach said, and the city set no date for a new one."
    assert has_quote(text, "the coach", "and the city set no date for a new one")


def test_and_tail_still_works_for_other_verbs():
    text = "The roads are dangerous, she said, and many are not plowed until noon."
    assert has_quote(text, "she", "and many are not plowed until noon")


def test_and_noun_list_is_no_tail():
    # "and the lost ..." holds no clause: no verb after a subject
    text = "The bus was late, she said, and the lost and found."
    assert not any(q.startswith("and the lost") for _, _, q in speech_rows(text))


# 2. a short subject before the insertion: two rows of one statement, as for quotations
def test_short_subject_split_is_one_statement():
    rows = quote_rows(
        "The colour, she said, suggests the water was contaminated.",
        "speaker",
        "quote",
        "statement_id",
    )
    assert [q for _, q, _ in rows] == ["The colour", "suggests the water was contaminated"]
    assert len({sid for _, _, sid in rows}) == 1


def test_quoted_split_is_one_statement_too():
    rows = quote_rows('"The plan is dead," he said, "and we start again."', "statement_id")
    assert len(rows) == 2 and rows[0] == rows[1]


# 3. a content-first speaker phrase with a restrictive relative
def test_content_first_relative_speaker_pronoun_object():
    text = (
        "Nurses are exhausted, the association that represents them said Tuesday,"
        " calling for more staff."
    )
    assert speaker_of(text, "Nurses are exhausted") == "the association"


def test_content_first_relative_speaker_noun_object():
    text = (
        "The cuts will hurt rural schools, the union that represents teachers said Monday,"
        " urging the province to reconsider."
    )
    assert speaker_of(text, "The cuts will hurt rural schools") == "the union"


def test_content_first_relative_speaker_with_determiner_object():
    text = "Sales fell, the company that owns the stores said."
    assert speaker_of(text, "Sales fell") == "the company"


def test_content_first_relative_speaker_with_who():
    text = "We were tired, the woman who runs the shelter said, and many had quit."
    assert speaker_of(text, "We were tired") == "the woman who runs the shelter"


def test_relative_speaker_needs_a_verb_after_that():
    # "that" is no relative pronoun here: no speaker "the plan"
    text = "It was late, the plan that day said."
    assert all(s != "the plan" for s, _, _ in speech_rows(text))


# 4. "concluded" reports, as PolNeAR annotates it ("the study concluded", "X concluded that")
def test_concluded_stays_a_report():
    text = "After a long review, its board concluded it could not afford the expansion."
    assert has_quote(text, "board", "it could not afford the expansion")


# 5. an unnamed municipal spokesperson speaks for the "City of X" the article names
def test_city_spokesperson_is_the_city():
    text = (
        "The City of Windsor will close the pool next week.\n\n"
        "A city spokesperson said the repairs would take a month."
    )
    assert speaker_of(text, "the repairs would take a month") == "City of Windsor"


def test_spokesperson_for_the_town():
    text = (
        "The Town of Cobourg will close the beach.\n\n"
        "A spokesman for the town said the water was unsafe."
    )
    assert speaker_of(text, "the water was unsafe") == "Town of Cobourg"


def test_city_spokesperson_without_a_named_city():
    text = "A city spokesperson said the repairs would take a month."
    assert speaker_of(text, "the repairs would take a month") == "a city spokesperson"


def test_company_spokesperson_is_not_a_municipality():
    text = (
        "The City of Windsor sued Acme Corp. on Monday.\n\n"
        "A company spokesperson said the suit had no merit."
    )
    assert speaker_of(text, "the suit had no merit") != "City of Windsor"


def test_named_city_spokesperson_keeps_the_name():
    text = (
        "The City of Windsor will close the pool.\n\n"
        "City spokesperson Ann Roe said the repairs would take a month."
    )
    assert speaker_of(text, "the repairs would take a month") == "Ann Roe"
