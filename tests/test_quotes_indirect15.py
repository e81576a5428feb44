"""Indirect speech the quote engine used to miss (issue 12, session 15): emphatic
"did / does / do" before a bare reporting verb, "it" with an adverb before the cue,
and the questions, negations and clefts next to them that must stay out; every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from _quote_rows import has_quote as has
from _quote_rows import speech_rows as rows

# ------------------------------------------------------------------ emphatic "do"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Ann Lee did say that the plant would close.", "Ann Lee", "the plant would close"),
        ("Tom Vale did suggest that the ferry owner has an edge.", "Tom Vale", "the ferry owner has an edge"),
        ("Ann Lee did tell reporters that the plant would close.", "Ann Lee", "the plant would close"),
        ("The charter does say that members must vote.", "charter", "members must vote"),
        ("Ivo Stam skipped the rivals but did note that he had won most votes.", "Ivo Stam", "he had won most votes"),
        ("Ivo Stam gave no names. He did not name rivals but did note that he had won.", "Ivo Stam", "he had won"),
    ],
)  # fmt: skip
def test_emphatic_do(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Did Ann Lee say that the plant would close?",
        "What Ann Lee did say was that the plant would close.",
        "Ann Lee did not say that the plant would close.",
        "Ann Lee didn't say that the plant would close.",
        "Ann Lee did report a loss of $4 million.",
    ],
)
def test_no_emphatic_do(text):
    assert rows(text) == []


# ------------------------------------------------------------------ "it" + adverb


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Acme Corp. cut 40 jobs. It also said that the plant will close.", "Acme", "the plant will close"),
        ("Acme Corp. denied the report. It does say that the mill will close.", "Acme", "the mill will close"),
        ("Acme Corp. cut 40 jobs. It has since said the plant will close.", "Acme", "the plant will close"),
    ],
)  # fmt: skip
def test_it_with_adverb(text, speaker, quote):
    assert has(text, speaker, quote)


def test_dummy_it_stays_out():
    assert rows("It was cold in Vellmar. It also rained all week.") == []


# ------------------------------------------------------------------ plural present, "continue to"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Harbor scholars caution that high tides don't last.", "scholars", "high tides don't last"),
        ("The unions met in Orlan. They maintain that most members back the deal.", "They", "most members back the deal"),
        ("In the study, they conclude that four of the judges favored ports.", "they", "four of the judges favored ports"),
        ("Other voices counter it's time to rebuild the pier.", "voices", "it's time to rebuild the pier"),
        ("Farmers continue to warn that the drought will last.", "Farmers", "the drought will last"),
        ("Ann Lee continues to maintain that the vote was rigged.", "Ann Lee", "the vote was rigged"),
        ("Her aides continued to assure her that the merger was worth it.", "aides", "the merger was worth it"),
    ],
)  # fmt: skip
def test_plural_present_and_continue(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Running counter to all that is the new plan.",
        "Rivals deride it as poll-tested caution.",
        "Ann Lee sought to counter the mayor's appeal.",
        "Ann Lee continues to maintain a large lead.",
        "The rains continue to say little about the drought.",
        "The talks conclude today in Orlan.",
    ],
)
def test_object_and_noun_uses_stay_out(text):
    assert rows(text) == []


def test_implicit_caution_is_no_cue():
    text = '"Wait for the vote," she said, in an implicit caution to the crowd.'
    assert [c for _, c, _ in rows(text)] == ["said"]


# ------------------------------------------------------------------ "was quick to add", "point out"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Tom Vale was quick to add that the ferry deal was not off.", "Tom Vale", "the ferry deal was not off"),
        ("Tom Vale was careful to note that the ferry deal was not off.", "Tom Vale", "the ferry deal was not off"),
        ("He is correct to note that the levy was a compromise.", "He", "the levy was a compromise"),
        ("The panel is right to note, however, that the levy was a compromise.", "panel", "the levy was a compromise"),
        ("Ann Lee was eager to point out that the dam is safe.", "Ann Lee", "the dam is safe"),
        ("Harbor pilots point out that the channel is too shallow.", "pilots", "the channel is too shallow"),
        ("Tom Vale argued, however, that the ferry deal was dead.", "Tom Vale", "the ferry deal was dead"),
    ],
)  # fmt: skip
def test_adjective_catenatives_and_point_out(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery in Orlan is quick to sell out.",
        "Even Tom Vale took a moment to point out the lack of a crowd.",
        "When it came to the harbor pledge, however, the mayor made no effort to act.",
    ],
)
def test_no_adjective_catenative_report(text):
    assert rows(text) == []


# ------------------------------------------------------------------ datelines


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("ORLAN (AP) — A news report published Wednesday said the harbor chief used a personal email.",
         "news report", "the harbor chief used a personal email"),
        ("ORLAN (CP) — Several supporters of reform said the levy was weak.", "supporters", "the levy was weak"),
        ("CALGARY, Alta. — Farmers in the county who watched the debate said the levy was weak.",
         "Farmers", "the levy was weak"),
    ],
)  # fmt: skip
def test_subject_after_dateline(text, speaker, quote):
    assert has(text, speaker, quote)


# ------------------------------------------------------------------ "by warning that"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Tom Vale rallied supporters by warning that the port is in danger.", "Tom Vale", "the port is in danger"),
        ("Tom Vale won by warning voters that the port is in danger.", "Tom Vale", "the port is in danger"),
        ("Tom Vale rallied supporters by warning darkly that the port is in danger.", "Tom Vale", "the port is in danger"),
    ],
)  # fmt: skip
def test_gerund_warning(text, speaker, quote):
    assert has(text, speaker, quote)


def test_warning_as_noun_stays_out():
    assert rows("The ferry sailed despite warning lights on the dock.") == []
    assert [c for _, c, _ in rows("The ferry sailed despite warning, the mayor said.")] == ["said"]


# ------------------------------------------------------------------ "and on Tuesday said"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Ann Lee has been critical of the mayor but on Tuesday wrote that she agreed with him.", "Ann Lee", "she agreed with him"),
        ("Ann Lee met the mayor and last week told reporters that she agreed with him.", "Ann Lee", "she agreed with him"),
        ("Ann Lee met the mayor, and in a statement said that she agreed with him.", "Ann Lee", "she agreed with him"),
    ],
)  # fmt: skip
def test_conjoined_cue_after_adjunct(text, speaker, quote):
    assert has(text, speaker, quote)


def test_quantity_of_them_past_adverbs():
    assert has("Most of them have since said they were tired.", "most of them", "they were tired")
    assert has("Two of them later said they were tired.", "two of them", "they were tired")
    assert not has("Two of them later said they were tired.", "later", "they were tired")


# ------------------------------------------------------------------ "-ly" adverb before a noun-like cue


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Ann Lee regularly pledges to cut taxes for everyone.", "Ann Lee", "to cut taxes for everyone"),
        ("Tom Vale politely notes that the ferry is late.", "Tom Vale", "the ferry is late"),
    ],
)  # fmt: skip
def test_adverb_before_nounish_cue(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The firm's quarterly reports show a loss.",
        "Its costly reports were late.",
        "Tom Vale's lovely note was read aloud.",
    ],
)
def test_adjective_before_noun_stays_out(text):
    assert rows(text) == []


# ------------------------------------------------------------------ progressive after an insertion


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ('Tom Vale, who won the primary in his home state, is pledging to "win many votes."', "Tom Vale", 'to "win many votes."'),
        ("Tom Vale, who won the primary, was warning that the port is unsafe.", "Tom Vale", "the port is unsafe"),
        ('Tom Vale, the oddest mayor in modern times, is promising to create "a big show" in May.', "Tom Vale", 'to create "a big show" in May'),
    ],
)  # fmt: skip
def test_progressive_after_insertion(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The plan, which the council backed, is reporting a loss.",
        "The real worry, of course, is warning signs on the pier.",
        "Tom Vale, who won the primary, is said to be tired.",
    ],
)
def test_no_progressive_after_insertion(text):
    assert rows(text) == []


def test_dash_insertion_then_auxiliary_and_adverb():
    text = (
        "Port officials — including harbor chief Ann Lee — have long argued that dredging is vital."
    )
    assert has(text, "Port officials", "dredging is vital")
    text = (
        "Tom Vale — who guarded the mayor for three years — has since said that the job was hard."
    )
    assert has(text, "Tom Vale", "the job was hard")


def test_floating_quantifier_before_adjective_catenative():
    text = "The actors are all quick to point out that they are not the mayor."
    assert has(text, "the actors", "they are not the mayor")
    assert has("Both are more likely to say the plan is dead.", "both", "the plan is dead")


def test_parenthetical_frame_content_inside_parentheses():
    text = "Her low ratings (at one point as low as 19%, Tom Vale says) hurt the mayor."
    assert has(text, "Tom Vale", "at one point as low as 19%")
    assert not any(q.startswith(")") for _, _, q in rows(text))
