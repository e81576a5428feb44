"""Transcripts (analysis.transcripts, issue 13): speaker turns become kind="turn"
rows with the label resolved to the full name the document gives. The
transcripts here are written for the tests."""

import pandas as pd

from analysis import extract_quotes, resolve_speakers, speaker_counts
from analysis.transcripts import find_turns, is_transcript

BRIEFING = (
    "Press Secretary Dana Whitfield held a briefing with Admiral Owen Marsh.\n\n"
    "1:05 P.M. EDT\n\n"
    "MS. WHITFIELD: Good afternoon, everyone. I have two announcements today.\n\n"
    "I think the bill will pass this week.\n\n"
    "Q Thanks, Dana. Is the vote still on Thursday?\n\n"
    "MS. WHITFIELD: It is. Senator Ray Colby said, “We have the votes.”\n\n"
    "Q Admiral, on the ships?\n\n"
    "ADMIRAL MARSH: We are sending two more.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: One detail on that.\n\n"
    "END 1:40 P.M. EDT"
)
NEWS = 'The mayor spoke on Monday. "We will rebuild," Mayor Lia Brandt said.'


def frames():
    arts = pd.DataFrame({"article_id": ["t", "n"], "text": [BRIEFING, NEWS]})
    return arts, extract_quotes(arts)


def test_find_turns_offsets_and_labels():
    turns = find_turns(BRIEFING)
    assert [t[0] for t in turns] == [
        "MS. WHITFIELD",
        "Q",
        "MS. WHITFIELD",
        "Q",
        "ADMIRAL MARSH",
        "SENIOR ADMINISTRATION OFFICIAL",
    ]
    lab, ls, le, s, e = turns[0]
    assert BRIEFING[ls:le] == "MS. WHITFIELD"
    assert BRIEFING[s:e].startswith("Good afternoon") and BRIEFING[s:e].endswith("this week.")
    assert BRIEFING[turns[-1][3] : turns[-1][4]] == "One detail on that."  # END line cut
    assert not is_transcript(NEWS) and find_turns("") == [] and find_turns(None) == []


def test_turn_rows_resolve_labels_to_full_names():
    arts, q = frames()
    turns = q[q["kind"] == "turn"]
    assert turns["speaker"].tolist() == [
        "Dana Whitfield",
        "reporter",
        "Dana Whitfield",
        "reporter",
        "Owen Marsh",
        "senior administration official",
    ]
    assert turns["speaker_type"].tolist() == ["person", "anonymous"] * 2 + ["person", "anonymous"]
    text = dict(zip(arts["article_id"], arts["text"], strict=True))
    for r in q.itertuples():
        assert text[r.article_id][r.start : r.end] == r.quote
    assert q["quote_id"].is_unique
    assert (q.loc[q["article_id"] == "n", "kind"] != "turn").all()


def test_quotes_inside_turns_keep_their_speakers_first_person_goes_to_the_turn():
    _, q = frames()
    inner = q[(q["article_id"] == "t") & (q["kind"] != "turn")]
    assert "Ray Colby" in set(inner["speaker"])
    assert not inner["speaker"].str.casefold().isin(["i", "we", "dana", "q dana"]).any()


def test_resolved_transcript_counts_have_no_pronouns():
    arts, q = frames()
    c = speaker_counts(resolve_speakers(q, arts), types=("person", "anonymous"))
    assert c["speaker"].iloc[:2].tolist() == ["Dana Whitfield", "reporter"]
    assert not c["speaker"].str.casefold().isin(["i", "we", "you", "they", "it"]).any()


def test_headings_and_comparisons_are_not_turns():
    fact_sheet = (
        "HOAX: The plan cuts every school budget.\n\nFACT: The plan adds money; the hoax "
        "ignores that fact.\n\nHOAX: Prices rose.\n\nFACT: Prices fell."
    )
    versus = (
        "BRANDT: Raised taxes.\n\nOKAFOR: Cut taxes.\n\nBRANDT: Closed plants.\n\nOKAFOR: Opened."
    )
    assert find_turns(fact_sheet) == [] and find_turns(versus) == []
    arts = pd.DataFrame({"article_id": ["f"], "text": [fact_sheet]})
    assert "turn" not in set(extract_quotes(arts)["kind"])


def test_turn_rows_keep_the_statement_contract():
    # statement_id names the first row of the row's statement after the turns are
    # numbered in: never a stale id pointing at a turn, never missing
    text = (
        "Press Secretary Ann Lee took questions.\n\n"
        'MS. LEE: Good afternoon. "Prices are falling," Mayor Tom Hale said last week. '
        '"We will keep going," he said. "It is working."\n\n'
        "Q Thank you.\n\nMS. LEE: Sure."
    )
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert q["statement_id"].notna().all() and q["attribution"].notna().all()
    first = q.set_index("quote_id")
    assert set(q["statement_id"]) <= set(q["quote_id"])
    for sid, grp in q.groupby("statement_id"):
        assert (grp["speaker"] == first.loc[sid, "speaker"]).all()
        assert first.loc[sid, "kind"] == "turn" or not (grp["kind"] == "turn").any()
    turns = q[q["kind"] == "turn"]
    assert (turns["statement_id"] == turns["quote_id"]).all()
    assert "Tom Hale" in set(q["speaker"])
