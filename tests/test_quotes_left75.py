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
