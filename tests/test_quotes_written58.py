"""w50's rules (session 27, after the fiftieth written batch), each checked on sentences
written for this file.

* "the rookie lead said" after "Kearney's lead, 21-year-old Kay Roe, ..." is the apposed
  person: a possessive apposition may have a name as the possessor and an age before the
  name, and "lead" (a curling position) is a person noun.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, start):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]


_CURLERS = (
    "Rink wins provincial title\n\n"
    "BRANDON, Man. — Marla Vickery had waited 11 years for the shot.\n\n"
    "Vickery’s lead, 19-year-old Tamsin Oduya, was playing in her first final after "
    "joining the rink in the fall.\n\n"
    '"My knees were shaking in the first end," the rookie lead said.'
)


def test_rookie_lead_is_the_apposed_person_not_the_possessor():
    assert _speaker_of(_CURLERS, "My knees") == ["Tamsin Oduya"]


def test_possessive_apposition_with_age_before_the_name():
    text = (
        "Club wins\n\n"
        "HALIFAX — Dean Fortier coached the club for a decade.\n\n"
        "Fortier's goalie, 22-year-old Rhys Amankwah, made 40 saves on Saturday.\n\n"
        '"I just tried to stay square," the young goalie said.'
    )
    assert _speaker_of(text, "I just tried") == ["Rhys Amankwah"]


def test_skip_stays_a_given_name():
    assert _speaker_of('"We will win," Skip Lanford said on Monday.', "We will win") == [
        "Skip Lanford"
    ]
