"""Classes found by the second, blind written news batch (session 11, issue 12:
tests/data/written_news2): Canadian police titles before a name, a name in
apposition to a description ("Ontario's solicitor general, Ann Roy, said"), and a
quotation followed by an apposition's head ('"...," the lawyer, Jo Ray, said').
Every sentence here is written for the test; names and events are fictional."""

import pandas as pd
import pytest

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


@pytest.mark.parametrize("title", ["Cpl.", "Const.", "Cst.", "Sgt."])
def test_police_titles_before_a_name(title):
    text = f'"The road will stay closed overnight," {title} Wren Abiola said Friday.'
    assert rows(text) == [("Wren Abiola", "The road will stay closed overnight")]


def test_hyphenated_role_before_a_name():
    text = '"We saw the same pattern in every town," said co-author Ilse Varga, a geographer.'
    assert rows(text) == [("Ilse Varga", "We saw the same pattern in every town")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Manitoba's Deputy Premier, Corbin Ashdown, said the bridge would reopen in May.",
            "Corbin Ashdown",
        ),
        (
            "Another resident, retired nurse Opal Brantley, 81, said the bus never came.",
            "Opal Brantley",
        ),
        (
            "The province's road-safety watchdog, the Highway Review Office, said the "
            "crossing had been inspected twice.",
            "Highway Review Office",
        ),
        ("Hugh Dorner, a farmer from Elmvale, said the frost came early.", "Hugh Dorner"),
    ],
)
def test_name_in_apposition_is_the_speaker(text, speaker):
    got = rows(text)
    assert len(got) == 1 and speaker in got[0][0]


def test_quotation_then_apposition_head_is_direct():
    text = '"We will appeal the ruling," the lawyer, Tamsin Greer, said outside the courthouse.'
    assert rows(text) == [("Tamsin Greer", "We will appeal the ruling")]
