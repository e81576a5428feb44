"""Speed gates of session 37 round 2 (speed53) give exactly what the code they replace
gives:
- ``mentions._ArticleNames._grouped``: the index of full names by their first word is
  built once per article (``by_first_built``), not again at every look-up when the
  article has no full name at all (an article of one-word names left it empty, so each
  "the company" resolved through ``statement_from`` walked every name again); the index
  is the same as the one built from the names, and a run of "a statement from the
  company" quotes keeps its speakers;
- ``singular_they.singular_they_person``: the cleaned name inside a declaration is read
  from the names between the declaration's start and its name's end (bisect on the name
  positions), not from every name of the article per "they"; a run of declarations
  keeps each "they" with its own person, and a job word before the name is still
  dropped.
Each is checked on the hostile shape at a small size and on sentences written for these
tests (fictional names)."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.quotes import singular_they as ST
from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _ArticleNames

_FIRST = ["Ash", "Kit", "Sam", "Jo", "Rory", "Quinn"]
_LAST = ["Roe-Lind", "Marrow", "Otterby", "Pellan", "Vasko", "Tremblay"]


def _speakers(text):
    arts = pd.DataFrame({"article_id": [1], "text": [text]})
    return analysis.extract_quotes(arts)["speaker"].tolist()


def test_statement_from_run_keeps_speakers():
    unit = (
        "“We will stay,” a statement from the company read. A statement from the Guild "
        "of Bakers, a trade body, said prices would rise. "
    )
    assert _speakers(unit * 8) == ["the company", "the Guild of Bakers"] * 8


def test_by_first_index_built_once_and_same():
    arts = pd.DataFrame({"article_id": [1], "text": ["Yes. Guild. Bakers. Zorn. Ridge."]})
    assert analysis.extract_quotes(arts).empty  # (no full name: the index stays empty)
    text = (
        "Birch Mining Corp. opened a mine in Ridgeton. “We will hire,” Birch's "
        "spokesperson said. “It is safe,” the company said."
    )
    assert _speakers(text) == ["Birch's spokesperson", "Birch Mining Corp."]


def test_by_first_flag_on_article_names():
    text = "Ann Roe met Tom Vale. Roe said it. Guild said so."
    an = _ArticleNames(text, [(0, 20), (21, 33), (34, len(text))], lexicon(), None)
    assert an.by_first_built is False
    an._grouped(an.by_first, "ann")
    built = {k: list(v) for k, v in an.by_first.items()}
    want = {}
    for entry in an.names:
        if len(entry[1]) > 1:
            want.setdefault(entry[3][4], []).append(entry)
    assert an.by_first_built is True and built == want and "ann" in built
    an._grouped(an.by_first, "tom")
    assert {k: list(v) for k, v in an.by_first.items()} == want  # (not built twice)


def test_singular_they_run_each_person():
    names = [f"{f} {_LAST[i]}" for i, f in enumerate(_FIRST)]
    text = " ".join(
        f"{n}, who uses the pronoun they, spoke. “We will stay,” they said." for n in names
    )
    assert _speakers(text) == names


def test_singular_they_job_word_dropped_and_negative():
    text = "Musher Lena Okpik, who uses the pronoun they, stayed. “We will stay,” they said."
    assert _speakers(text) == ["Lena Okpik"]
    # negative: no declaration, the group reading stays
    assert _speakers("Crews left the camp. “We will stay,” they said.") == ["crews"]


def test_singular_they_person_without_name_index():
    class An:
        text = "Crews left. Ash Roe-Lind, who uses the pronoun they, stayed. They said no."
        by_last: dict = {}

        @staticmethod
        def canonical(w):
            return " ".join(w)

    assert ST.singular_they_person(An, An.text.index("They said"), -1) == "Ash Roe-Lind"
    assert ST.singular_they_person(An, An.text.index("Crews"), -1) is None
