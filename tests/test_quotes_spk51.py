"""spk51: speakers left by session 34 (sentences written for these tests).

1. "the lawyer" is the person the article titles with a lawyer's rank as the title's
   LAST word ("Inquiry counsel Maya Ferrante", "Crown prosecutor Daniel Okoro",
   "Commission counsel Paul Leclair": resources/role_ranks.txt, as "Const. Jo Roe" is
   "the officer"); "Attorney General" or "Solicitor General" (another last word) and a
   police chief are no lawyer.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of

# --- 1. a lawyer's rank before the name makes "the lawyer" -------------------------------------


def test_inquiry_counsel_is_the_lawyer():
    text = (
        "Inquiry counsel Maya Ferrante questioned the chief for an hour on Tuesday. The chief "
        'said little. "That is not what the minutes say," the lawyer said.'
    )
    assert speaker_of(text, "That is not what the minutes say") == "Maya Ferrante"


def test_crown_prosecutor_is_the_lawyer():
    text = (
        "Crown prosecutor Daniel Okoro told the jury the case was simple. The defence objected "
        'twice. "The evidence is overwhelming," the lawyer said.'
    )
    assert speaker_of(text, "The evidence is overwhelming") == "Daniel Okoro"


def test_commission_counsel_is_the_lawyer():
    text = (
        'Commission counsel Paul Leclair opened the hearing. "We will hear from twelve '
        'witnesses," the lawyer said.'
    )
    assert speaker_of(text, "We will hear from twelve witnesses") == "Paul Leclair"


def test_attorney_general_is_no_lawyer():
    text = (
        "Attorney General Maya Ferrante spoke on Tuesday. The chief said little. "
        '"That is not what the minutes say," the lawyer said.'
    )
    assert speaker_of(text, "That is not what the minutes say") == "the lawyer"


def test_police_chief_is_no_lawyer():
    text = (
        "Police Chief Maya Ferrante spoke to reporters on Tuesday. The council met later. "
        '"That is not what the minutes say," the lawyer said.'
    )
    assert quote_rows(text, "speaker") == [("the lawyer",)]
