"""List items flattened into running text ("... rose. - Acme announced ...") are
sentences of their own, so a reported clause ends with its item and a label after a
bullet still frames its quotation. Every sentence here is invented."""

import pandas as pd

from analysis import extract_quotes, split_sentences


def _arts(*texts):
    return pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": list(texts)})


FLAT = (
    "Orders rose at the plant. - Zorvex Motors announced it will hire 300 welders in Ohio. "
    "- Pellam Bikes announced it will open a second factory. - Equipment maker Torvo "
    "committed to doubling its workforce."
)


def test_a_dash_after_a_sentence_end_opens_a_new_sentence_without_the_dash():
    s = split_sentences(_arts(FLAT))
    got = [FLAT[a:b] for a, b in zip(s["start"], s["end"], strict=True)]
    assert got == [
        "Orders rose at the plant.",
        "Zorvex Motors announced it will hire 300 welders in Ohio.",
        "Pellam Bikes announced it will open a second factory.",
        "Equipment maker Torvo committed to doubling its workforce.",
    ]


def test_a_dash_inside_a_sentence_or_before_lower_case_is_no_boundary():
    text = "The score was 5 - 3 at the half. He left early. - and then came back."
    s = split_sentences(_arts(text))
    got = [text[a:b] for a, b in zip(s["start"], s["end"], strict=True)]
    assert got == ["The score was 5 - 3 at the half.", "He left early. - and then came back."]


def test_a_reported_clause_ends_with_its_list_item():
    q = extract_quotes(_arts(FLAT))
    assert list(zip(q["speaker"], q["quote"], strict=True)) == [
        ("Zorvex Motors", "it will hire 300 welders in Ohio"),
        ("Pellam Bikes", "it will open a second factory"),
    ]


def test_a_label_after_a_bullet_frames_its_quotation():
    text = (
        "Crossings fell in March. - Harbour Daily: \u201cArrivals dropped by half in a month.\u201d "
        "Officials were pleased. - Mira Talvik, a former envoy, read the report and said: "
        "\u201cThis is good news.\u201d The talks went on."
    )
    q = extract_quotes(_arts(text))
    assert list(zip(q["speaker"], q["quote"], strict=True)) == [
        ("Harbour Daily", "Arrivals dropped by half in a month."),
        ("Mira Talvik", "This is good news."),
    ]


def test_a_label_on_a_bullet_line_frames_its_quotation():
    text = (
        "The union reacted at once.\n"
        "- Coalition for Fair Docks: \u201cThe deal resets the harbour.\u201d\n"
        "The vote is on Friday."
    )
    q = extract_quotes(_arts(text))
    assert list(zip(q["speaker"], q["quote"], strict=True)) == [
        ("Coalition for Fair Docks", "The deal resets the harbour.")
    ]
