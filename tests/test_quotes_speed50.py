"""Speed gates of session 35 (speed50) give exactly what the code they replace gives:
- ``link_lines``: one regular-expression scan for the link-label probes
  (``_PROBE_RE``) finds a probe exactly when one of the ~16 substring scans did;
- ``suffix_dots``: the inner-abbreviation probe (``_INNER_LEAD_RE``) finds something
  whenever one of the eight forms ("St. ", "Mt ", ...) is in the text;
- ``french_org_names``: one scan for a French connector (``_CONNECTOR_RE``) agrees
  with the five substring scans;
- ``lower_case_orgs._named_before``: the cheap "last word with capitals before" guard
  gives what the full regular-expression scan gave (compared with the old code);
- ``first_person_tails``: the cheaper checks first, the same rows.
Each is compared with the plain form on generated texts and on sentences written for
these tests (fictional names)."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import french_org_names as F
from analysis.quotes import link_lines as L
from analysis.quotes import lower_case_orgs as O
from analysis.quotes import suffix_dots as S

PIECES = [
    "St", "Ste", "Mt", "Ft", ".", " ", "\t", "\n", "Read more", "READ MORE", "Related",
    "RELATED STORIES", "Related stories", ":", " de ", " des ", " du ", " en ", " pour ",
    "de", "du", "Coast", "Guard", "coast", "guard", "The", "the", "Canadian", "Pierre",
    "Trevor", "said", "x", "é", "Further reading", "More coverage", "Also read", "Sa",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _quotes(text):
    arts = pd.DataFrame({"article_id": ["t"], "text": [text]})
    out = analysis.extract_quotes(arts)
    return list(zip(out.quote, out.speaker, strict=True))


@settings(max_examples=400, deadline=None)
@given(texts)
@example("A.\nRead more: B")
@example("French de x")
def test_probes_agree_with_substring_scans(t):
    assert (L._PROBE_RE.search(t) is not None) == any(p in t for p in L._PROBES)
    assert (F._CONNECTOR_RE.search(t) is not None) == any(c in t for c in F._CONNECTOR_INFIXES)
    if any(h in t for h in S._INNER_LEADS):
        assert S._INNER_LEAD_RE.search(t) is not None


def old_named_before(text, words, before):
    """``lower_case_orgs._named_before`` before speed50 (the reference)."""
    tail = r"[ \t]+".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    rx = re.compile(
        r"(?<![\w'’.-])((?:"
        + O._CAP_WORD
        + r"[ \t]+){0,3}?"
        + tail
        + r")(?![\w'’-])(?![ \t]+[A-Z])"
    )
    found = None
    for m in rx.finditer(text, 0, before):
        found = m.group(1)
    if found is None:
        return None
    lead = found.split()
    while lead and lead[0] in ("The", "A", "An"):
        lead = lead[1:]
    return " ".join(lead) or None


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(-3, 120))
@example("for the Canadian Coast Guard. The coast guard said", 30)
@example("The Coast Guard", 0)
def test_named_before_as_before(t, before):
    words = ["coast", "guard"]
    assert O._named_before(t, words, before) == old_named_before(t, words, before)


def test_lower_case_echo_still_named():
    t = (
        "Crews from the Northern Coast Guard searched the bay on Monday.\n\n"
        "The coast guard said the search would resume at dawn."
    )
    assert ("the search would resume at dawn", "Northern Coast Guard") in _quotes(t)
    # negative: no capitalised name ends in "coast guard" before the mention
    t2 = "Crews searched the bay on Monday.\n\nThe coast guard said the search would resume."
    assert all(sp != "Northern Coast Guard" for _, sp in _quotes(t2))


def test_link_line_still_no_row():
    t = (
        "Mayor Ida Brault said the rink would open in May.\n\n"
        "Read more: Councillors say the rink budget is tight\n\n"
        "The rink needs a new roof, Brault said."
    )
    rows = _quotes(t)
    assert not any("budget is tight" in q for q, _ in rows)
    assert any("new roof" in q for q, _ in rows)


def test_inner_abbreviation_still_joined():
    t = (
        "Goalie Trevor St. Pierre stopped 31 shots on Saturday.\n\n"
        "St. Pierre said the team had found its rhythm."
    )
    assert ("the team had found its rhythm", "Trevor St. Pierre") in _quotes(t)
    # negative: no inner abbreviation anywhere, the speaker is left as written
    t2 = "Goalie Trevor Pierre stopped 31 shots.\n\nPierre said the team had found its rhythm."
    assert ("the team had found its rhythm", "Trevor Pierre") in _quotes(t2)


def test_first_person_tail_still_carried():
    t = "I lost my savings, she wrote. I do not know which is worse.\n\nThe court rose."
    assert [q for q, _ in _quotes(t)] == ["I lost my savings", "I do not know which is worse"]
    # negative: a third-person content before the frame carries nothing
    t2 = "He lost his savings, she wrote. I do not know which is worse.\n\nThe court rose."
    assert [q for q, _ in _quotes(t2)] == ["He lost his savings"]


def test_hostile_inner_abbreviation_run_small():
    """The hostile shape of the per-word scans: one abbreviated name, then many short
    paragraphs quoting its last word (each word is scanned once per article now)."""
    t = "Goalie Trevor St. Pierre stopped 31 shots.\n\n" + "".join(
        f"“Shot {i} was close,” St. Pierre said.\n\n" for i in range(40)
    )
    rows = _quotes(t)
    assert len(rows) == 40
    assert {sp for _, sp in rows} == {"Trevor St. Pierre"}
