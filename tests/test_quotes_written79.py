"""w71's rules (session 31, the seventyfirst written batch), each checked on sentences
written for this file.

* A Q:/A: interview whose lead-in is about a person named at its opening ("Oona
  Pettigrew-Hale, a 71-year-old harvester ..., has fished ... . She spoke with reporter
  Lyle Dunn ...") or whose lead-in's subject is "She" / "He" right after a paragraph
  opening with that name: the answers are that person's, however often the article named
  someone else before (``interviewers.lead_in_pronoun_name``, asked by
  ``transcripts._interviewee``); they went to the person named most often.
* "Oona Pettigrew-Hale, a 71-year-old harvester, ..." then "the 71-year-old said": an age
  in an indefinite apposition after a name gives that name the age
  (``kin._resolve_aged``); with an interview between, it stayed the description.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

_UNION = (
    "Union president Cyril Vardane-Pottle said the cut was wrong. Vardane-Pottle said the "
    'union would sue. "We will win," Vardane-Pottle said.\n\n'
)


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_interview_lead_in_opening_with_the_interviewee():
    text = (
        _UNION + "Oona Pettigrew-Hale, a 71-year-old harvester from Port Rexton, has fished "
        "since 1977. She spoke with reporter Lyle Dunn as she mended a net.\n\n"
        "Q: Will you fish next year?\n\nA: I will be out there the first morning.\n\n"
        "Q: And after that?\n\nA: We will see what the cod say.\n"
    )
    assert _speakers(text, "I will be out there the first morning.") == ["Oona Pettigrew-Hale"]
    assert _speakers(text, "We will see what the cod say.") == ["Oona Pettigrew-Hale"]


def test_interview_lead_in_with_a_pronoun_subject():
    text = (
        _UNION + "Oona Pettigrew-Hale has fished out of Port Rexton since 1977.\n\n"
        "She spoke with reporter Lyle Dunn on her stage.\n\n"
        "Q: Will you fish next year?\n\nA: I will be out there the first morning.\n\n"
        "Q: Why?\n\nA: Because.\n"
    )
    assert _speakers(text, "I will be out there the first morning.") == ["Oona Pettigrew-Hale"]


def test_interview_lead_in_about_the_most_named_person_stays():
    text = (
        _UNION + "Vardane-Pottle spoke with reporter Lyle Dunn after the meeting.\n\n"
        "Q: Will you appeal?\n\nA: Every step of the way.\n\nQ: Why?\n\nA: Because.\n"
    )
    assert _speakers(text, "Every step of the way.") == ["Cyril Vardane-Pottle"]


def test_age_in_an_indefinite_apposition_names_the_aged_speaker():
    text = (
        "Oona Pettigrew-Hale, a 71-year-old harvester from Port Rexton, has fished since "
        "1977. She spoke with reporter Lyle Dunn as she mended a net.\n\n"
        "Q: Why?\n\nA: I like it.\n\nQ: Still?\n\nA: Still.\n\n"
        "The 71-year-old said her grandson had moved to Alberta."
    )
    assert _speakers(text, "her grandson had moved to Alberta") == ["Oona Pettigrew-Hale"]


def test_age_of_another_person_is_not_taken():
    text = (
        "Oona Pettigrew-Hale, a 71-year-old harvester, spoke first. Lyle Dunn, 44, spoke "
        "next.\n\nThe 44-year-old said the wharf needed work."
    )
    assert _speakers(text, "the wharf needed work") == ["Lyle Dunn"]
