"""bug79's rules (session 41 round 2: names and speaker types), each checked on
sentences written for this file.

6. A union local's whole name as the speaker ("Kestrel Bus Drivers Local 518 said",
   "The Interior Woodworkers Local 1-417 said") keeps its number: the organisation,
   number and all (``org_names.union_local_speaker``); it was cut to "... Local" and
   typed person. "Local 518 of the Kestrel Transit Workers Union said" stays the
   union (the older convention of ``orgs._local_speaker``), and a person's name
   before a local's title ("Unifor Local 88 president Ann Roe said") stays the person.
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


_LEAD = "Buses ran late on Monday.\n\nThe drivers walked out at noon.\n\n"


# 6. a union local keeps its number


def test_union_local_keeps_its_number():
    text = _LEAD + (
        "Kestrel Bus Drivers Local 518, which represents about 400 drivers, said the "
        "schedule was unsafe."
    )
    assert typed(text) == [("Kestrel Bus Drivers Local 518", "organization")]
    text = _LEAD + "The schedule was unsafe, Kestrel Transit Workers Union Local 518 said."
    assert typed(text) == [("Kestrel Transit Workers Union Local 518", "organization")]


def test_hyphenated_local_number_and_the():
    text = _LEAD + "The Interior Woodworkers Local 1-417 said it had reached a deal."
    assert typed(text) == [("Interior Woodworkers Local 1-417", "organization")]


def test_local_of_a_union_and_a_local_president_are_unchanged():
    text = "Local 518 of the Kestrel Transit Workers Union said the schedule was unsafe."
    assert typed(text) == [("Kestrel Transit Workers Union", "organization")]
    text = "Unifor Local 88 president Ann Roewick said the plant would close in March."
    assert typed(text) == [("Ann Roewick", "person")]
