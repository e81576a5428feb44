"""Speaker types that ``extract_quotes`` writes, and ``resolve_speakers`` without the
articles (session 25): each speaker is typed from its own article's evidence with
``analysis.speaker_types``' rules (one implementation), so a lone brand that
"announced it will", "according to <Brand>" and "<Outlet>: “...”" are not people,
while a person with an unlisted given name, a "she" or a "Mr." stays a person.
Sentences written for the tests."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_quotes, resolve_speakers, speaker_counts
from analysis.speaker_types import _pronoun_after, article_speaker_types
from tests._quote_rows import quote_rows


def types_of(text):
    return quote_rows(text, "speaker", "speaker_type")


def test_lone_brand_announcing_with_its_is_an_organisation():
    text = "Korvana announced it will invest $40 million in its Ohio plant."
    assert types_of(text) == [("Korvana", "organization")]


def test_according_to_a_brand_is_an_organisation():
    text = "Gas prices fell 3% in March, according to Quillmart, and may fall again."
    assert types_of(text) == [("Quillmart", "organization")]


def test_outlet_colon_quotation_is_a_document():
    text = "Markets rallied on Friday.\n\nBloomberg: “Stocks posted their best week since May.”"
    assert types_of(text) == [("Bloomberg", "document")]


def test_the_company_in_the_next_sentence_types_the_name():
    text = "Tressler said prices would rise in the spring. The company also said it would hire."
    assert {t for _, t in types_of(text)} == {"organization"}


def test_person_with_an_unlisted_given_name_and_she_stays_a_person():
    text = (
        "Xochitl Ruiz said the clinic would reopen in June. "
        "She added that the staff had been rehired."
    )
    assert set(types_of(text)) == {("Xochitl Ruiz", "person")}


def test_honorific_makes_a_person():
    assert types_of("“We will appeal,” Mr. Stellan said on Tuesday.") == [("Stellan", "person")]


def test_its_inside_a_quotation_is_no_evidence():
    text = "Odalys Brenner on the budget: “The waste, it is astonishing.”"
    assert types_of(text) == [("Odalys Brenner", "person")]


def test_its_of_another_noun_is_no_evidence():
    text = (
        "Okonkwo Adeyemi, the chief of a carmaker, said the tariffs could push "
        "the car maker to move its production."
    )
    assert {t for s, t in types_of(text) if s == "Okonkwo Adeyemi"} == {"person"}


def test_a_capitalised_description_of_a_person_is_no_organisation():
    text = (
        'Dana Frisk, a three-time Olympian, went home on Tuesday. "I am tired," the Olympian said.'
    )
    assert types_of(text) == [("Dana Frisk", "person")]
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    r = resolve_speakers(extract_quotes(arts), arts)
    assert r["speaker_type"].tolist() == ["person"]


def test_resolving_without_articles_is_as_good_as_with_them():
    texts = [
        "Korvana announced it will invest $40 million in its Ohio plant.",
        "Korvana said on Monday that its sales rose.",
        "Markets rallied.\n\nBloomberg: “Stocks posted their best week since May.”",
        "Xochitl Ruiz said the clinic would reopen. She added that staff were back.",
    ]
    arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "text": texts})
    q = extract_quotes(arts)
    without = resolve_speakers(q)
    with_texts = resolve_speakers(q, arts)
    cols = ["speaker_name", "speaker_type"]
    assert without[cols].values.tolist() == with_texts[cols].values.tolist()
    people = speaker_counts(without)["speaker"].tolist()
    assert people == ["Xochitl Ruiz"]
    assert set(without["speaker_name"]) == {"Korvana", "Bloomberg", "Xochitl Ruiz"}


def test_article_speaker_types_keeps_turns_and_descriptions():
    q = pd.DataFrame(
        {
            "article_id": "a",
            "speaker": ["Lumo", "a senior official", "Lumo", "the report"],
            "speaker_mention": ["Lumo", "a senior official", "LUMO", "the report"],
            "speaker_type": ["person", "anonymous", "person", "organization"],
            "kind": ["indirect", "indirect", "turn", "indirect"],
        }
    )
    text = "Lumo said it would cut prices, a senior official said, and the report said so."
    assert article_speaker_types(q, {"a": text}) == [
        "organization",
        "anonymous",
        "person",
        "document",
    ]
    assert article_speaker_types(q.iloc[:0], {}) == []


@pytest.mark.parametrize(
    ("after", "word"),
    [
        (" announced it will invest in its plants.", "it"),
        (", 34, said she would run again.", "she"),
        (" said on Friday that its profit rose.", "its"),
        (" cut prices. It said demand was weak.", "it"),
        (" cut prices. The firm said so.", "the"),
        (' on waste: "The sheer amount, it is', None),
        (" said the car maker could move its plant.", None),
        (" said Ann Roe would move her office.", None),
    ],
)
def test_pronoun_of_the_names_own_clause(after, word):
    assert _pronoun_after(after) == word


ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "bench_types25", ROOT / "benchmarks" / "speaker_types.py"
)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("mode", ["no_articles", "extract_only"])
def test_types_without_articles_on_the_hand_checked_table(mode):
    path, _ = bench.CORPORA["whitehouse"]
    if not path.exists():
        pytest.skip(f"{path} not present")
    m = bench.measure("whitehouse", top=150, mode=mode)
    assert m["coverage"] >= 0.85, m["missing"]
    assert m["accuracy"] >= 0.97, m["wrong"]
