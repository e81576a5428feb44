"""Indirect speech the quote engine used to read wrong (issue 12, session 16): an aside
"as X said" after a clause (its content is that clause, not the words after the
aside), and a quoted title after "said in her book," or "on KTV's" (the title is not
what was said); every sentence is written for these tests, with invented names."""

from __future__ import annotations

import pytest
from _quote_rows import has_quote as has
from _quote_rows import speech_rows as rows

# ------------------------------------------------------------------ "as X said" asides


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Prices at the market fell sharply, as analysts had predicted.", "analysts", "Prices at the market fell sharply"),
        ("The mayor also met the union that day, as the Daily Courier reported on Tuesday, and she will join the talks next week.",
         "Daily Courier", "The mayor also met the union that day"),
        ('Still, the fact that the vote "is a toss-up," as Ann Lee said on a radio program on Monday, only raises the stakes.',
         "Ann Lee", 'Still, the fact that the vote "is a toss-up,"'),
        ("In the town where both claim roots - his mother also lived here, as Ivo Stam said at the outset - the mood was warm.",
         "Ivo Stam", "In the town where both claim roots - his mother also lived here"),
    ],
)  # fmt: skip
def test_aside_takes_the_clause_before(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("The mayor also met the union that day, as the Daily Courier reported on Tuesday, and she will join the talks next week.",
         "and she will join the talks next week"),
        ('Still, the fact that the vote "is a toss-up," as Ann Lee said on a radio program on Monday, only raises the stakes.',
         "on a radio program on Monday, only raises the stakes"),
    ],
)  # fmt: skip
def test_aside_leaves_the_words_after_it(text, bad):
    assert all(q != bad for _, _, q in rows(text))


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        # "as" means "because": the clause after the cue is the content
        ("The plan failed, as Ann Lee said the budget was too small.", "Ann Lee", "the budget was too small"),
        # a sentence-initial "As X said," frames what follows
        ("As Ann Lee said, the plan failed.", "Ann Lee", "the plan failed"),
        ("And, as the Daily Courier previously reported, Ivo Stam is the top donor.", "Daily Courier",
         "Ivo Stam is the top donor"),
        # the clause before is open: the aside sits inside the content
        ("The plan is, as Ann Lee said, a failure.", "Ann Lee", "a failure"),
        # a quotation after the aside is what was said
        ('The town is dying, as Ann Lee put it, "one shop at a time."', "Ann Lee", "one shop at a time."),
    ],
)  # fmt: skip
def test_not_an_aside(text, speaker, quote):
    assert has(text, speaker, quote)


def test_as_of_time_is_no_report():
    # "as Lee testifies" is a time, not a report of the clause before
    text = "A new season of hearings begins this week, as Ann Lee testifies before the committee on Thursday."
    assert all("A new season" not in q for _, _, q in rows(text))


def test_aside_between_subject_and_verb_keeps_old_reading():
    text = 'The result, as Tom Vale later explained, was an "economic bubble" that could burst.'
    assert all(q != "The result" for _, _, q in rows(text))


# ------------------------------------------------------------------ quoted titles


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ('Marto\'s reforms in 1959 dampened plans to return home, Ivo Stam said in his 2012 book, "A Long Road."',
         "Ivo Stam", "Marto's reforms in 1959 dampened plans to return home"),
        ("Ann Vale backed Lee while the governor was in the race, Tom Vale said Wednesday morning on KTV’s “Morning Talk.”",
         "Tom Vale", "Ann Vale backed Lee while the governor was in the race"),
        ("The town is dying, Ivo Stam wrote in his column, ''Notes From Home.''", "Ivo Stam", "The town is dying"),
    ],
)  # fmt: skip
def test_quoted_title_after_the_frame(text, speaker, quote):
    assert has(text, speaker, quote)


def test_lower_case_quotation_after_the_frame_is_content():
    text = 'The town is dying, Ivo Stam wrote in his column, "and nobody cares."'
    assert any("nobody cares" in q for _, _, q in rows(text))


# ------------------------------------------------------------------ "demands that"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Ann Vale demands that the council resign.", "Ann Vale", "the council resign"),
        ("Ann Vale also demands that the council resign.", "Ann Vale", "the council resign"),
        ("Protesters demand that the mayor resign.", "protesters", "the mayor resign"),
        ("They demand that the mayor resign.", "They", "the mayor resign"),
    ],
)  # fmt: skip
def test_present_demands_that(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The demands that the board made were ignored.",
        "The union's demands that the plant stay open went unheard.",
        "Workers' demands that wages rise were ignored.",
        "Such demands that the mayor resign are common.",
        "There is growing demand that the mayor resign.",
        "The firm had to comply with the KTV demand that the show be cut.",
        "Ann Vale demands changes to the budget.",
    ],
)
def test_demand_nouns_and_objects_stay_out(text):
    assert rows(text) == []


# ------------------------------------------------------------------ "accused X, appos, of"


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Ann Vale accused Ben Roe, the senator from Ohio, of lying about the budget.", "of lying about the budget"),
        ("Ann Vale accused the council, which she called corrupt, of hiding the report.", "of hiding the report"),
        ("Ann Vale accused Ben Roe of lying about the budget.", "of lying about the budget"),
    ],
)  # fmt: skip
def test_accused_across_an_apposition(text, quote):
    assert has(text, "Ann Vale", quote)


def test_accused_without_of_stays_out():
    assert rows("Ann Vale accused Ben Roe, and then left the room.") == []


# ------------------------------------------------------------------ "is continuing to insist"


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Ann Vale is continuing to insist she will release the records.", "she will release the records"),
        ("Ann Vale was seeking to argue that the plan failed.", "the plan failed"),
        ("Ann Vale is beginning to say that the plan failed.", "the plan failed"),
    ],
)  # fmt: skip
def test_progressive_catenative(text, quote):
    assert has(text, "Ann Vale", quote)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Stam was criticized for continuing to insist the old story.",
        "The rain is continuing to fall on the valley.",
    ],
)
def test_gerund_catenative_stays_out(text):
    assert rows(text) == []


# ------------------------------------------------------------------ "A, X wrote Y."


@pytest.mark.parametrize(
    "text",
    [
        "There is no need to move the old records now, Ann Vale wrote Roe.",
        "There is no need to move the old records now, Ann Vale wrote him.",
        "There is no need to move the old records now, Ann Vale wrote to Roe on Friday.",
        "There is no need to move the old records now, Ann Vale wrote Ben Roe.",
    ],
)
def test_content_before_a_frame_with_an_addressee(text):
    assert has(text, "Ann Vale", "There is no need to move the old records now")


def test_leading_adverbial_before_wrote_is_no_content():
    assert all(
        q != "In the old days of the town"
        for _, _, q in rows("In the old days of the town, Ann Vale wrote Poems.")
    )


# ------------------------------------------------------------------ "how X responds"


@pytest.mark.parametrize(
    "text",
    [
        "How he answers that question will have a direct bearing on the vote in the fall.",
        "As other crises have shown, how a candidate responds can be as important as the event itself.",
    ],
)
def test_how_x_responds_is_a_manner(text):
    assert rows(text) == []


def test_responded_that_stays():
    assert has("Ann Vale responded that the plan was dead.", "Ann Vale", "the plan was dead")


# ------------------------------------------------------------------ "While A, according to X, B"


def test_according_to_after_a_subordinate_clause_with_a_quotation():
    text = (
        "While most of the files were marked at the “confidential” level, according to a county "
        "official, two in the latest batch were marked “secret.”"
    )
    assert any(
        s == "a county official" and q.startswith("two in the latest batch")
        for s, _, q in rows(text)
    )


# ------------------------------------------------------------------ '"...," X declared in ...'


def test_quotation_closed_by_its_comma_before_a_frame_with_a_long_adverbial():
    text = (
        'Ben Moss\' plan would "end all the kinds of care we know," Ann Vale declared in an '
        "interview Thursday, in the latest escalation of words between the two candidates ahead "
        "of the county caucus."
    )
    assert has(text, "Ann Vale", 'Ben Moss\' plan would "end all the kinds of care we know,"')


def test_pledge_then_as_she_put_it_is_one_quote():
    text = (
        "On the campaign trail, Ms. Vale regularly pledges to ''make sure our town works for "
        "everyone, not just those at the top,'' as she put it on Wednesday in Dayton, Ohio."
    )
    got = rows(text)
    assert len(got) == 1
    assert got[0][2] == "to ''make sure our town works for everyone, not just those at the top,''"
