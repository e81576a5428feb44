"""left75's rules (session 38 round 1, rows left by session 37), each checked on sentences
written for this file.

* "The slide was first reported by a resident who called to say ..." (an adverb of
  resources/passive_adverbs.txt between a "be" form and the cue): still a passive, its
  subject no speaker (``nonspeech._not_a_speech_verb``); the row "The slide was" /
  "reported" came with a quotation in the clause. "Lee first reported the leak" stays
  a report.
* 'A resident called 911 to say the road had "vanished," according to police' (a mixed
  clause inside a later "according to X"): the inner row whose span runs on over the
  "according to" frame is no second statement (``assemble._outside_according_first``),
  as an indirect clause already was; an inner "said" before ", police said" stays.
* "The authority said the clinic would close in June and Dr. Ann Roe added that B" (a
  conjunct "and NAME added" after a clause ending in a time or place phrase): the
  capitalised object of "in" / "at" / "on" / "during" is no speaker, the name
  after "and" is (``np_left._after_object_conjunct``); it was "June and Ann Roe".
  "Voters in Ontario and Quebec said", "Dr. Ann Roe and Ben Hale said" and "Weeks
  after Ann Roe and Ben Hale declared" (a conjunction) keep their whole subjects.
* Checked, no change: "The team lost again, said a player who was benched." and "The
  ward will close at night, said the health authority that runs the hospital." (session
  37's rules) give the inverted speakers; '"We can't wait," he says, so the herd ...'
  gives no so-tail row (written gold keeps most indirect so-tails after an inserted
  frame as rows, so they stay).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _said(text):
    """(speaker in lower case, quote) of every row."""
    return [(s.lower(), q) for s, q in quote_rows(text, "speaker", "quote")]


def test_adverb_inside_passive_is_no_cue():
    text = (
        "The fire was first reported shortly after midnight by a neighbour who called "
        'to say the barn was "fully engulfed," according to the fire department.'
    )
    assert _said(text) == [
        (
            "the fire department",
            "The fire was first reported shortly after midnight by a neighbour who "
            'called to say the barn was "fully engulfed,"',
        )
    ]
    assert _said('The plan was later announced as "a fresh start," the minister said.') == [
        ("the minister", 'The plan was later announced as "a fresh start,"')
    ]


def test_adverb_before_active_cue_keeps_report():
    assert _said("Ann Roe first reported that the mill would close.") == [
        ("ann roe", "the mill would close")
    ]
    assert _said("The council also announced that the pool would reopen.") == [
        ("the council", "the pool would reopen")
    ]


def test_mixed_clause_inside_according_to_is_one_row():
    text = 'A resident called 911 to say the road had "disappeared," according to police.'
    assert _said(text) == [("police", 'A resident called 911 to say the road had "disappeared,"')]
    text = 'Officials were quick to say the dam was "perfectly safe," according to the union.'
    assert _said(text) == [
        ("the union", 'Officials were quick to say the dam was "perfectly safe,"')
    ]


def test_inner_said_before_said_frame_stays():
    text = (
        'The crash was reported by a driver who said the truck had "simply vanished," police said.'
    )
    rows = _said(text)
    assert ("a driver", 'the truck had "simply vanished,"') in rows
    assert rows[0][0] == "police"


def test_conjunct_after_clause_ending_in_place_or_time():
    text = (
        "The authority said the clinic would close in June and Dr. Ann Roe added that "
        "the staff would move to Halifax."
    )
    assert _said(text) == [
        ("the authority", "the clinic would close in June"),
        ("ann roe", "the staff would move to Halifax"),
    ]
    text = "The union said the plant would close in Moncton and Premier Ben Hale said the province would help."
    assert _said(text) == [
        ("the union", "the plant would close in Moncton"),
        ("ben hale", "the province would help"),
    ]


def test_coordinated_subjects_stay_whole():
    assert _said("Voters in Ontario and Quebec said the tax was unfair.") == [
        ("voters in ontario and quebec", "the tax was unfair")
    ]
    assert _said("Dr. Ann Roe and Ben Hale said the clinic would close.") == [
        ("ann roe and ben hale", "the clinic would close")
    ]
    text = "Weeks after Ann Roe and Ben Hale declared a fresh start, the plant closed."
    assert _said(text) == [("ann roe and ben hale", "a fresh start")]


def test_inverted_speaker_with_short_relative():
    assert _said("The team lost again, said a player who was benched.") == [
        ("a player", "The team lost again")
    ]
    text = "The ward will close at night, said the health authority that runs the hospital."
    assert _said(text) == [("the health authority", "The ward will close at night")]


def test_direct_quote_then_so_tail_is_one_row():
    assert _said('"We can\'t wait," he says, so the herd has to go in one day.') == [
        ("he", "We can't wait")
    ]
