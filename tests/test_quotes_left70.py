"""left70's rules (session 35, rows left by round 1), each checked on sentences written
for this file.

* A sign, banner, placard, poster or slogan that "read(s)" a quotation ('A hand-lettered
  sign on the door reads "Closed until spring."', '"Jobs now," read one placard') gives
  no row: the words are shown, nobody speaks (``display_texts.display_reader``, asked by
  ``nonspeech._not_a_speech_verb``); a letter or an email that "read" one keeps its row,
  and so does a person who read a quotation aloud.
* "Growers on the benches above the lake say A" / "Families below the dam said A": a
  group placed by "above", "beyond", "near", "along", "below" ... a lower-case landmark,
  over at most two more place phrases, is the speaker (``placed_groups``, asked by
  ``np_left._left_np``); it was "the lake". A landmark after an object ("He watched the
  boats near the dock and said") or a subject that is no group keeps its old reading.
* "Lake of the Woods Fibre Corp., a Kenora company that ..., told a news conference that
  A": a company's name that holds "of the" and ends in a legal form is the whole name
  (``np_left._company_of_the_start`` for the phrase, ``names._company_of_the`` keeps
  "of the" in the name); it was "Woods Fibre Corp." or, after a long apposition, no row.
  "Tom Vale of the Acme Corp." stays the person and "the president of the Acme Corp."
  the description.
* "Tenants ... have few options, la Régie du logement said Tuesday.": a French name
  whose tail is lower-case, after a French article ("la", "le", "les") or the clause's
  start, before the cue is the speaker, without its article
  (``french_org_names.french_lower_tail_start``, asked by ``np_left._left_np``); it gave
  no row. An English phrase ("the union of tenants") is untouched.
* "A truck driver stopped at a service station near Dryden said A": a past participle
  that places a person ("stopped", "parked", "stranded", "stuck", "camped", ...) with
  its place phrase before the cue leaves the described person as the speaker
  (``reduced._REDUCED_PLACED_PARTICIPLES``, in ``reduced_court_relative``); it was "a
  service station near Dryden". A vehicle that stopped ("A truck stopped at the
  station, the driver said") keeps its clause.
"""

from __future__ import annotations

import pytest

from tests._quote_rows import speech_rows


def _pairs(text):
    return [(s, q) for s, _, q in speech_rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A hand-lettered sign on the door reads \u201cClosed until spring.\u201d",
        "A banner over the arena doors read \u201cWelcome home, Jets.\u201d",
        "\u201cJobs now,\u201d read one placard outside the legislature.",
        "The poster in the window reads \u201cNo vacancy.\u201d",
    ],
)
def test_display_that_reads_gives_no_row(text):
    assert speech_rows(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "A letter on the counter read \u201cBack in ten minutes.\u201d",
            "a letter on the counter",
            "Back in ten minutes.",
        ),
        ("\u201cBack in ten minutes,\u201d read the email.", "the email", "Back in ten minutes"),
        ("\u201cBack in ten minutes,\u201d she read.", "she", "Back in ten minutes"),
    ],
)
def test_letter_or_reader_keeps_its_row(text, speaker, quote):
    assert _pairs(text) == [(speaker, quote)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Growers on the benches above the lake say the frost came early.",
            "Growers on the benches above the lake",
        ),
        ("Families below the dam said they were worried.", "Families below the dam"),
        ("Cottagers along the shore said the water rose overnight.", "Cottagers along the shore"),
        ("Farmers beyond the ridge said the frost came early.", "Farmers beyond the ridge"),
        ("A guide near the falls said the trail was closed.", "a guide near the falls"),
        (
            "Residents of the towns along the river said the water rose.",
            "Residents of the towns along the river",
        ),
    ],
)
def test_group_placed_by_a_landmark(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("He watched the boats near the dock and said the season was over.", "He"),
        ("Snow fell on the benches above the lake, growers said.", "growers"),
        ("The house above the lake burned, the fire chief said.", "the fire chief"),
    ],
)
def test_landmark_without_a_placed_group_keeps_its_speaker(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


_LAKE = "Lake of the Woods Fibre Corp."


@pytest.mark.parametrize(
    "text",
    [
        f"{_LAKE} said the plant would restart in the spring.",
        f"{_LAKE}, which bought the mill in 2019, told workers on Monday that the plant would "
        "restart in the spring.",
        f"{_LAKE}, a Kenora company that bought the mill out of receivership in June, told a "
        "news conference at city hall that the plant would restart in the spring.",
        f"The plant would restart in the spring, {_LAKE} said.",
    ],
)
def test_company_name_holding_of_the(text):
    assert [(s, q.lower()) for s, q in _pairs(text)] == [
        (_LAKE, "the plant would restart in the spring")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sales fell, Tom Vale of the Acme Corp. said.", "Tom Vale"),
        ("Sales fell, the president of the Acme Corp. said.", "the president of the Acme Corp."),
    ],
)
def test_person_or_title_of_the_company_keeps_its_speaker(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Tenants who lose their leases have few options, la R\u00e9gie du logement said "
            "Tuesday.",
            "R\u00e9gie du logement",
            "Tenants who lose their leases have few options",
        ),
        (
            "The rent will rise, le Syndicat des locataires said.",
            "Syndicat des locataires",
            "The rent will rise",
        ),
        (
            "La R\u00e9gie du logement said the rent would rise.",
            "R\u00e9gie du logement",
            "the rent would rise",
        ),
    ],
)
def test_french_name_with_lower_case_tail_before_the_cue(text, speaker, quote):
    assert _pairs(text) == [(speaker, quote)]


def test_lower_case_words_without_a_french_head_give_no_french_name():
    assert all(
        "R\u00e9gie" not in s
        for s, _ in _pairs("Rents rose in the R\u00e9gie du logement case, tenants said.")
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A truck driver stopped at a service station near Dryden said he had waited six hours.",
            "a truck driver",
        ),
        (
            "The highway was closed. A nurse stranded on Highway 17 said she slept in her car.",
            "a nurse",
        ),
    ],
)
def test_person_placed_by_a_past_participle(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_vehicle_that_stopped_keeps_its_clause():
    assert _pairs("A truck stopped at the station, the driver said.") == [
        ("the driver", "A truck stopped at the station")
    ]
