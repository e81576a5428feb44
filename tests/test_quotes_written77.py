"""w69's rules (session 31, the sixtyninth written batch), each checked on sentences
written for this file.

* "Tidewell board chair Ann Roe said ... after the regional water authority voted. ...
  The authority said A": a one-word organisation name that titles a person ("<Name>
  <words> <role> <Person>") in a sentence that calls a body "the ... authority" after
  it is the referent of a later "the authority" / "it" (merged as spk43's
  ``org_described._org_kind_acts_after``: the body of that kind acts in the sentence);
  it was "the authority" as written.
* "Deputy Chief Ann Roe of the Cree Nation of Birch Lake said A": a First Nation's band
  government "<People> Nation of <Place>" / "<People> Band of <Place>" is a local
  government the speaker phrase hops over to the person (``resources/place_body_heads.txt``:
  Nation, Band); it was "Cree Nation", read as a person "of" a place.
* "An engineer said the seam was real but thinner than the company's first reports had
  suggested": a cue right after "than <short subject>" is a comparison inside the
  content, never a new frame cutting it at "but" (``sides._continues_clause``); the
  content was cut to "the seam was real" and the rest given to "the company's first
  reports" (never for a count, "more than 4 in 10 said", nor after "and"/"but").
* "A, the clinic said Thursday in a notice taped to its front doors.": a participle of
  putting up or signing a document ("taped", "pinned", "nailed", "posted", "signed",
  "addressed", "handed", ...) after "said in a notice" is the document's tail, not the
  content (``sides._DOC_PARTICIPLE_TAIL_RE``); the content was "taped to its front
  doors" and the lede's content was missed.
* "The firm reported a loss of $3 million, as it has every quarter since 2021.": a
  comparison after a business object (", as it has ...") closes the object like a
  relative clause (``content._CLOSING_RELATIVE_RE``); the trap was read as speech.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


_TITLED = (
    "NANAIMO, B.C. — Tidewell board chair Rosalind Okafor-Brandt said Monday that the "
    "rate increase was unavoidable, after the regional water authority voted 5-3 to "
    "raise fees by 12 per cent.\n\n"
)


def test_the_authority_is_the_one_word_name_titling_the_chair():
    text = _TITLED + "The authority said the new rates would take effect in April."
    assert _speakers(text, "the new rates would take effect in April") == ["Tidewell"]


def test_it_after_the_authority_is_the_same_name():
    text = (
        _TITLED + "The authority said the new rates would take effect in April. It said "
        "a family of four would pay about $80 more a year."
    )
    assert _speakers(text, "a family of four would pay about $80 more a year") == ["Tidewell"]


def test_a_body_of_another_kind_is_not_the_titling_name():
    text = (
        "NANAIMO, B.C. — Tidewell board chair Rosalind Okafor-Brandt said Monday that "
        "rates would rise, after the regional school board voted.\n\n"
        "The agency said inspections would resume in May."
    )
    assert _speakers(text, "inspections would resume in May") != ["Tidewell"]


def test_a_sentence_without_the_kind_word_does_not_make_the_name_the_body():
    text = (
        "NANAIMO, B.C. — Tidewell board chair Rosalind Okafor-Brandt said Monday that "
        "rates would rise.\n\nThe regional water board met again later. Harbourview "
        "mayor Desmond Kilbride-Achebe said the authority should be audited.\n\n"
        "The authority said the audit was welcome."
    )
    assert _speakers(text, "the audit was welcome") != ["Tidewell"]


def test_a_possessive_kind_does_not_make_the_titling_word_the_body():
    text = (
        "The Marrow Creek Transit Commission locked out its drivers on Monday.\n\n"
        "Local president Odette Vanstone-Akers said the commission’s offer was an insult.\n\n"
        "The commission said it would meet the drivers on Friday."
    )
    assert _speakers(text, "it would meet the drivers on Friday") != ["Local"]


def test_the_chief_of_a_nation_of_a_place_is_the_chief():
    text = (
        "Deputy Chief Marguerite Wapachee-Lund of the Cree Nation of Birch Lake said the "
        "council had not yet taken a position on the road."
    )
    assert _speakers(text, "the council had not yet taken a position on the road") == [
        "Marguerite Wapachee-Lund"
    ]


def test_the_councillor_of_a_band_of_a_place_is_the_councillor():
    text = (
        "Coun. Desmond Okimaw-Fairley of the Dene Band of Stony Rapids said the ferry was "
        "the only way out in spring."
    )
    assert _speakers(text, "the ferry was the only way out in spring") == ["Desmond Okimaw-Fairley"]


def test_the_nation_of_a_place_alone_is_still_the_body():
    text = "The Cree Nation of Birch Lake said the road would stay closed until June."
    got = _speakers(text, "the road would stay closed until June")
    assert got and "Cree Nation" in got[0]


def test_a_comparison_before_a_cue_stays_in_the_content():
    text = (
        "A surveyor who once worked for the firm said the seam was real but thinner than "
        "the company's first reports had suggested."
    )
    rows = speech_rows(text)
    assert rows == [
        (
            "a surveyor",
            "said",
            "the seam was real but thinner than the company's first reports had suggested",
        )
    ]


def test_a_comparison_with_a_short_subject_and_claimed():
    text = "Ann Vesterby-Okoro said the bill was fair but higher than the tenants had claimed."
    assert speech_rows(text) == [
        ("Ann Vesterby-Okoro", "said", "the bill was fair but higher than the tenants had claimed")
    ]


def test_a_count_with_more_than_is_still_a_speaker():
    text = "Voters were split, but more than 4 in 10 said housing was the top issue."
    assert has_quote(text, "4 in 10", "housing was the top issue")


def test_than_then_and_said_is_a_new_verb_of_the_speaker():
    text = (
        "Pell Anand-Roux acknowledged that some wards had moved faster than others and said "
        "the board would meet in May."
    )
    assert has_quote(text, "Anand-Roux", "the board would meet in May")


def test_a_notice_taped_to_the_doors_is_the_tail_of_the_frame():
    text = (
        "BRIDGEWATER, N.S. — The walk-in clinic on King Street will close on Saturdays "
        "from January, the Lahave Family Practice said Thursday in a notice taped to its "
        "front doors."
    )
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == [
        "The walk-in clinic on King Street will close on Saturdays from January"
    ]


def test_a_letter_signed_by_doctors_is_the_tail_of_the_frame():
    text = (
        "The ward is unsafe at night, Dr. Tamsin Oyelaran-Voss said Monday in a letter "
        "signed by 40 of her colleagues."
    )
    assert speech_rows(text) == [("Tamsin Oyelaran-Voss", "said", "The ward is unsafe at night")]


def test_a_participle_inside_the_content_is_still_content():
    text = "Ann Kolberg-Mair said Thursday the notice taped to the door was wrong."
    assert has_quote(text, "Kolberg-Mair", "the notice taped to the door was wrong")


def test_a_loss_with_a_comparison_after_it_is_no_speech():
    text = (
        "Northgate Copper Corp. reported a loss of $3.2 million in its second quarter, as "
        "it has every quarter since it was listed."
    )
    assert speech_rows(text) == []


def test_a_loss_as_it_did_a_year_ago_is_no_speech():
    text = "The miner reported a loss of $4 million, as it did a year earlier."
    assert speech_rows(text) == []


def test_a_claim_after_the_comparison_is_still_speech():
    text = "Ann Moreau-Tessier said the mill would reopen, as it has every spring since 1990."
    assert has_quote(
        text, "Moreau-Tessier", "the mill would reopen, as it has every spring since 1990"
    )
