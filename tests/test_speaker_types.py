"""Speaker types (analysis.speaker_types, issue 13): one type per speaker from the
name, its mentions and the article texts; garbled names repaired; pronouns never
speakers. Texts here are written for the tests."""

import pandas as pd

from analysis import extract_quotes, resolve_speakers, speaker_counts
from analysis.speaker_types import SPEAKER_TYPES, is_pronoun, type_speakers


def resolved(texts):
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    return resolve_speakers(extract_quotes(arts), arts), arts


def typed(rows):
    """Resolved-looking frame from (article, speaker, engine type[, mention])."""
    q = pd.DataFrame(
        [
            {
                "article_id": r[0],
                "speaker": r[1],
                "speaker_mention": r[3] if len(r) > 3 else r[1],
                "speaker_type": r[2],
            }
            for r in rows
        ]
    )
    return resolve_speakers(q)


def test_pronouns_are_never_speakers():
    r = typed([("a", "they", "group"), ("a", "I’ve", "unknown"), ("b", "we", "group")])
    assert r["speaker_name"].tolist() == ["unknown"] * 3
    assert set(r["speaker_type"]) == {"unknown"}
    assert [is_pronoun(s) for s in ["You", "i’ll", "Youngkin", "Theo"]] == [
        True,
        True,
        False,
        False,
    ]
    # "US" and "U.S." are the country, not "us"
    r = typed([("a", "US", "organization"), ("b", "U.S.", "organization"), ("c", "us", "unknown")])
    assert r["speaker_name"].tolist() == ["US", "U.S.", "unknown"]
    assert r["speaker_type"].tolist() == ["organization", "organization", "unknown"]


def test_types_from_the_name():
    r = typed(
        [
            ("a", "Brightwater Holdings Inc", "person"),
            ("a", "Tories", "person"),
            ("b", "Canada", "person"),
            ("b", "Financial Times", "organization"),
            ("c", "the report", "organization"),
            ("c", "Maria Lopez", "person"),
            ("d", "GreenLeaf", "person"),
        ]
    )
    assert r["speaker_type"].tolist() == [
        "organization",
        "group",
        "organization",
        "document",
        "document",
        "person",
        "organization",
    ]
    assert set(r["speaker_type"]) <= set(SPEAKER_TYPES)


def test_it_back_reference_makes_an_organisation_and_he_a_person():
    r, _ = resolved(
        [
            "Orlanda announced on Monday that it would close two plants. "
            '"We regret this," Orlanda said in a statement.',
            "Dombrecki spoke to reporters after his visit. "
            '"We regret this," Dombrecki said, adding that he would return.',
        ]
    )
    by = dict(zip(r["speaker_name"], r["speaker_type"], strict=False))
    assert by["Orlanda"] == "organization"
    assert by["Dombrecki"] == "person"


def test_the_company_said_resolves_to_the_named_company():
    r, _ = resolved(
        [
            "Kestrel Mining Corp said on Tuesday it expects higher output. "
            "The company said output would rise 10 pct next year."
        ]
    )
    assert set(r["speaker_name"]) == {"Kestrel Mining Corp"}
    assert set(r["speaker_type"]) == {"organization"}


def test_glued_descriptions_and_sentence_start_words_are_repaired():
    r = typed([("a", "Singer Tom Walsh", "person"), ("b", "February Okafor", "person")])
    assert r["speaker_name"].tolist() == ["Tom Walsh", "Okafor"]
    r, _ = resolved(
        [
            "Currently the plan is on hold. "
            '"Currently nothing moves," the note read, and currently nobody knows.'
        ]
    )
    assert "Currently" not in set(r["speaker_name"])


def test_a_fragment_takes_the_capitalised_name_before_it():
    q = pd.DataFrame(
        {
            "article_id": ["a"],
            "speaker": ["Properties"],
            "speaker_mention": ["Properties"],
            "speaker_type": ["person"],
            "speaker_start": [6],
            "speaker_id": ["properties"],
            "speaker_name": ["Properties"],
        }
    )
    arts = pd.DataFrame({"article_id": ["a"], "text": ["ZOLAR Properties announced plans."]})
    out = type_speakers(q, arts)
    assert out[["speaker_name", "speaker_type"]].values.tolist() == [
        ["ZOLAR Properties", "organization"]
    ]


def test_speaker_counts_defaults_to_people():
    r = typed(
        [("a", "Maria Lopez", "person"), ("a", "officials", "group"), ("b", "Nato", "person")]
    )
    assert speaker_counts(r)["speaker"].tolist() == ["Maria Lopez"]
    other = speaker_counts(r, types=("organization", "group"))
    assert sorted(other["speaker_type"]) == ["group", "organization"]
    assert len(speaker_counts(r, types=None)) == 3


def test_type_speakers_is_pure_and_keeps_the_index():
    r = typed([("a", "they", "group"), ("b", "Acme Corp", "person")])
    r.index = [10, 20]
    before = r.copy()
    out = type_speakers(r)
    pd.testing.assert_frame_equal(r, before)
    assert list(out.index) == [10, 20]
    assert type_speakers(r.iloc[:0]).empty
