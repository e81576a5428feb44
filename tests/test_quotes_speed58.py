"""speed58's structure of ``coref.resolve`` (session 40), checked on sentences written
for this file; no output changes.

* The per-article passes run from a table, ``coref._PASSES`` ((pass, gate) in the old
  call order), by ``coref._run_passes``: a pass with a gate runs only when some
  statement's mention opens with one of the gate's words (``_mention_first_words``:
  lower-cased first words, split on any white space). Skipping a gated pass changes
  nothing: the output with every gate removed is the same, on articles whose mentions
  open with the gate words and on articles whose mentions do not.
* The pronoun antecedent classes are built where ``kin_subject_speakers`` always built
  them (``coref._antecedents_now``), whether or not the pronoun passes after it run.
* Hostile shapes: no mention, a blank mention, a tab or a no-break space after the first
  word, upper-case mentions, an article of names only.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.quotes import coref

_TEXTS = [
    # pronouns after a description, a kin noun, a pair ("they")
    'Ann Roe chairs the Selvane library board. "We will reopen in May," Roe said. '
    "Her husband, Tom, agreed. He said the roof was fixed.\n\n"
    '"It took a year," she said. They said the grant came late.',
    # descriptions with "the", "a", "one of", a former / latter pair
    "A librarian who asked not to be named said the hours would shrink. "
    '"The board never asked us," the librarian said.\n\n'
    "Bo Park and Lia Chen spoke at the meeting. The former said the plan was rushed. "
    "One of them said the vote should wait.",
    # an organisation echoed in lower case, "its", "both"
    "The Harbour Tenants Association said rents rose 12 per cent. "
    "The tenants association said landlords ignored the rules.\n\n"
    "Its president said the city must act. Both said they would return.",
    # names only: every gated pass is skipped
    'Mayor Ann Roe said the budget was balanced. "We kept our word," Ann Roe said. '
    "Councillor Tom Vale said the numbers were wrong.",
    # hostile: a tab and a no-break space after the first word, upper case
    "THE\tMAYOR said the budget was late. The\u00a0clerk said it was not. "
    'HE said nothing more. "Fine," SHE said.',
    "",
    '"unbalanced quote, he said',
]


def _frame(texts):
    return pd.DataFrame({"article_id": range(len(texts)), "text": texts})


def _rows(texts):
    out = analysis.extract_quotes(_frame(texts))
    return out.astype(str).to_dict("records")


def test_gates_change_nothing(monkeypatch):
    gated = _rows(_TEXTS)
    ungated = tuple((run, None) for run, _gate in coref._PASSES)
    monkeypatch.setattr(coref, "_PASSES", ungated)
    assert _rows(_TEXTS) == gated
    assert gated  # (the texts do give statements)


def test_gated_pass_skipped_without_its_words(monkeypatch):
    ran = []
    table = tuple(
        ((lambda an, qs, k=k, run=run: (ran.append(k), run(an, qs))), gate)
        for k, (run, gate) in enumerate(coref._PASSES)
    )
    monkeypatch.setattr(coref, "_PASSES", table)
    analysis.extract_quotes(_frame([_TEXTS[3]]))  # names only: no gate word opens one
    assert ran == [k for k, (_run, gate) in enumerate(table) if gate is None]
    ran.clear()
    analysis.extract_quotes(_frame([_TEXTS[0]]))  # "he", "she", "they", "her": gated ones too
    assert [k for k in ran if table[k][1] is not None]
    assert all(table[k][1].isdisjoint({"the", "a", "an", "one"}) for k in ran if table[k][1])


@pytest.mark.parametrize(
    "mentions, words",
    [
        (["The mayor", "she", None, "  "], {"the", "she"}),
        (["THE\tMAYOR", "He"], {"the", "he"}),
        (["The\u00a0clerk"], {"the"}),
        (["Ann Roe"], {"ann"}),
        ([], set()),
    ],
)
def test_mention_first_words(mentions, words):
    class Q:
        def __init__(self, mention):
            self.mention = mention

    assert coref._mention_first_words([Q(m) for m in mentions]) == words


def test_pronoun_pass_gate_needs_pronoun():
    gates = {getattr(run, "__name__", ""): gate for run, gate in coref._PASSES}
    assert gates["kin_subject_speakers"] == coref._HE_SHE
    assert gates["relative_it_speakers"] == coref._IT
    assert gates["_document_authors"] is None  # (a speaker's document: no mention gate)
    names = [getattr(run, "__name__", "") for run, _ in coref._PASSES]
    assert names.index("_antecedents_now") == names.index("kin_subject_speakers") - 1
    assert gates["_antecedents_now"] is None


def test_gated_passes_still_fire():
    """The gated passes still give their speakers: "the former" (``resolve_former_latter``),
    "A librarian" taking the later "the librarian" (a gated description pass)."""
    out = analysis.extract_quotes(_frame(_TEXTS[:3]))
    got = list(zip(out.article_id, out.speaker_mention, out.speaker, strict=True))
    assert ("1", "The former", "Bo Park") in got
    assert ("1", "A librarian", "the librarian") in got
    assert ("0", "He", "Tom Roe") in got  # (the husband named in apposition)
