"""bug78's rules (session 41: names and speaker types), each checked on sentences
written for this file.

1. Acronyms: "The CBSA said" in an article that spells the organisation out ("The
   Canada Border Services Agency said ...", before or after the acronym) is that full
   name in its row (``acronyms._acronym_whole_name``: the one whole capitalised name
   whose initials spell the acronym, joining words skipped, a sentence-opening "In the"
   or a possessive dropped); the written gold writes the organisation's name and speaker
   counts group the acronym with it. Never spelled out, or spelled out by two bodies,
   the acronym stays as written; a longer name whose initials only begin it is not it.
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes
from tests._quote_rows import speaker_of_start


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


# 1. acronyms spelled out in the article


def test_acronym_after_the_spelled_out_name_is_the_name():
    text = (
        "The Prairie Grain Haulers Association said its members would park their trucks "
        "on Monday.\n\nThe PGHA said drivers had waited six hours at the elevator in Weyburn."
    )
    assert (
        speaker_of_start(text, "drivers had waited six hours")
        == "Prairie Grain Haulers Association"
    )


def test_three_letter_acronym_skips_joining_words():
    text = (
        "Officials at the Department of Fisheries and Oceans met the crews on Tuesday.\n\n"
        '"The stocks are recovering," the DFO said in a statement.'
    )
    assert typed(text) == [("Department of Fisheries and Oceans", "organization")]


def test_name_spelled_out_after_the_acronym():
    text = (
        "The CBSA said the crossing at Osoyoos would close overnight. In the Canada "
        "Border Services Agency's view, the road is unsafe."
    )
    assert speaker_of_start(text, "the crossing at Osoyoos") == "Canada Border Services Agency"


def test_acronym_never_spelled_out_stays():
    text = (
        "The Weyburn Trade Office met on Monday.\n\nThe WTA said the protest would last two hours."
    )
    assert speaker_of_start(text, "the protest would last two hours") == "the WTA"


def test_longer_name_or_two_names_keep_the_acronym():
    text = (
        "The Prairie Grain Haulers Association Board met on Monday.\n\nThe PGHA said "
        "drivers had waited six hours."
    )
    assert speaker_of_start(text, "drivers had waited six hours") == "the PGHA"
    text = (
        "The Kelowna Tenants Union said rents rose. The Kamloops Taxi Union said fares "
        "fell. The KTU said drivers had waited six hours."
    )
    assert speaker_of_start(text, "drivers had waited six hours") == "the KTU"
