"""left76's rules (session 38 round 2, rows left by round 1), each checked on sentences
written for this file.

* "A, the mayor said, while the county engineer, who inspected it, said B": a determiner
  and one to three lower-case words right before ", who" are the person the relative
  clause describes, though the head is no listed speaker noun
  (``apposed_speakers._relative_described``); B had no row. The segments before a
  "while" / "whereas" segment are another clause and the conjunction is no part of the
  speaker (``apposed_speakers._after_clause_conjunction``): "while a parks official" was
  the speaker, and "The mayor spoke, while ..." gave "The mayor spoke".
* "Environment Canada reported gusts of 104 km/h at the airport that evening, and ..." /
  "reported 40 centimetres of snow": a number and a unit of measure
  (``resources/measure_units.txt``) after "report" is a reading, no row, when the phrase
  up to its first comma holds no clause (``measured_readings.measured_reading``);
  "reported that gusts reached ...", "reported gusts topped ..." and "reported spending
  $40,000" keep their rows.
* "The ministry has told us A, the co-op said": a present perfect "has/have told us/me"
  inside a clause whose frame follows it is the speaker relaying what it was told, like
  the past perfect "had told him" (``assemble._nest_relayed``); "told us" was a second
  row. "The ministry has told the co-op A, the manager said" and "Dr. Lind told Obi A,
  Obi said" (a statement opening the clause) keep both rows.
* "The audit was written by Ann Roe and Ben Hale said it was accurate": a first name
  after a participle and "by" is the passive's agent, so only the name after "and" is the
  subject (``np_left_core._passive_agent_conjunct``); it was "Ann Roe and Ben Hale".
  "Ann Roe and Ben Hale said" and "The audit, written by ..., said" are unchanged.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_described_subject_before_who_clause_after_while():
    text = (
        "The bridge is safe to reopen, the mayor said, while the county engineer, who "
        "inspected it last week, said the deck needs new bearings."
    )
    assert has_quote(text, "the mayor", "The bridge is safe to reopen")
    assert ("the county engineer", "said", "the deck needs new bearings") in speech_rows(text)


def test_while_is_no_part_of_the_apposed_speaker():
    text = (
        "The rink will close in March, the manager said, while a parks official, who "
        "asked not to be named, said it could stay open."
    )
    assert ("a parks official", "said", "it could stay open") in speech_rows(text)


def test_clause_before_while_is_not_the_speaker():
    text = (
        "The mayor spoke first, while the fire chief, who arrived late, said the hall "
        "must be closed."
    )
    assert [s for s, _, q in speech_rows(text) if q == "the hall must be closed"] == [
        "the fire chief"
    ]


def test_named_pair_with_ages_stays_a_pair():
    # near negative: "and" between apposed names is a pair, not a new clause
    text = "Ann Roe, 45, and Tom Vale, 50, said the deck needs new bearings."
    assert speech_rows(text) == [("Ann Roe and Tom Vale", "said", "the deck needs new bearings")]


def test_relative_on_a_thing_is_no_speaker():
    # near negative: "which" describes a thing, not the person "who" describes
    text = "The council approved the plan, which the engineer drew, and said work starts soon."
    assert not any(s.startswith("the plan") for s, _, _ in speech_rows(text))


def test_measured_reading_after_reported_is_no_row():
    text = (
        "Environment Canada reported gusts of 104\u00a0km/h at the Gander airport that "
        "evening, and a wind warning had been in force since noon."
    )
    assert speech_rows(text) == []
    text = "The weather station at Lynn Lake reported 40 centimetres of snow by morning, and the road closed."
    assert speech_rows(text) == []


def test_reported_clause_with_a_measurement_keeps_its_row():
    # near negatives: a clause ("that", a past verb) and a campaign's spending are rows
    text = "The agency reported that gusts reached 104 km/h at the airport."
    assert has_quote(text, "agency", "gusts reached 104 km/h at the airport")
    text = "The mayor spoke first. Environment Canada reported gusts topped 90 km/h near the wharf."
    assert has_quote(text, "Environment Canada", "gusts topped 90 km/h near the wharf")
    text = "The campaign reported spending $40,000 on advertising in March."
    assert has_quote(text, "campaign", "spending $40,000 on advertising in March")


def test_present_perfect_told_us_inside_a_clause_is_relayed():
    text = (
        "The ministry has told us the permits have to be reissued, the Tignish "
        "Fishermen's Co-op said in a notice posted at the plant door."
    )
    assert [c for _, c, _ in speech_rows(text)] == ["said"]
    text = "Parks Canada has told me the trail will stay closed until June, the outfitter said."
    assert speech_rows(text) == [
        ("the outfitter", "said", "Parks Canada has told me the trail will stay closed until June")
    ]


def test_told_a_third_party_inside_a_clause_stays_a_row():
    # near negatives: a listener not the speaker, and a simple past statement
    text = "The ministry has told the co-op the permits have to be reissued, the manager said."
    assert any(c == "told" for _, c, _ in speech_rows(text))
    text = "Dr. Lind told Obi the scan was clear, Obi said."
    assert has_quote(text, "Lind", "the scan was clear")


def test_passive_agent_is_not_part_of_the_next_subject():
    text = "The audit was written by Ann Roe and Ben Hale said it was accurate."
    assert speech_rows(text) == [("Ben Hale", "said", "it was accurate")]
    text = "The bylaw was drafted by Tom Vale and Ann Roe said it was fair."
    assert speech_rows(text) == [("Ann Roe", "said", "it was fair")]


def test_names_joined_without_a_passive_stay_a_pair():
    # near negatives: a plain pair subject, and the agent inside an apposition
    text = "Ann Roe and Ben Hale said the fund was short."
    assert speech_rows(text) == [("Ann Roe and Ben Hale", "said", "the fund was short")]
    text = "The audit, written by Ann Roe and Ben Hale, said the fund was short."
    assert not any("Roe" in s for s, _, _ in speech_rows(text))
