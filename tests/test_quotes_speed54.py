"""Speed gates of session 38 round 1 (speed54) give exactly what the code they replace
gives:
- ``kind_body_quoted.one_body_of_field``: what the quoted rows say for "the <head>"
  (the first position of each body of the head's field, the first of a body of another
  fit) is kept per article and read on from the rows read before (``_fit_state``), not
  read again from every row per "the company said" (quadratic in a long run of them);
  rows cut from the tail or a last row replaced make it read all rows again; it answers
  as the old walk over all rows does, on random sequences of appends, cuts and
  replacements, and a run of "the company said" keeps its speakers;
- ``antecedents._org_like_names_before``: whether a name is one "the company" may name
  (``_not_org_like``) is decided once per name and article, not once per look-up; the
  names it yields are those the old filter yields, for every position of a written
  article;
- ``link_lines.has_probe``: a text holds a link or note label probe (each ends with a
  colon) exactly when one of the substring scans finds one; one scan of the colons;
- ``role_named_further`` / ``anonymous_pronouns``: an index loop over the later quotes
  instead of a copy of them, and ``text.find(w, 0, lo) < 0`` instead of a copy of the
  text before (same answers: the role echoed by a new full name, the anonymous source's
  pronoun; a near sentence where the surname was given before is left alone).
Each is checked on the hostile shape at a small size and on sentences written for these
tests (fictional names)."""

from __future__ import annotations

from types import SimpleNamespace as Q

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import kind_body_quoted as K
from analysis.quotes import link_lines as L
from analysis.quotes import note_lines as N
from analysis.quotes.antecedents import _TIME_WORDS_CO, _org_like_names_before
from analysis.quotes.blocks import MASK
from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _ArticleNames
from analysis.quotes.names import _titled
from analysis.quotes.role_named_further import _new_name


def _speakers(text):
    arts = pd.DataFrame({"article_id": [1], "text": [text]})
    return analysis.extract_quotes(arts)["speaker"].tolist()


def _old_one_body(q_at, head, groups, persons=()):
    """``one_body_of_field`` before speed54 (the reference)."""
    words = K._FIELD_WORDS.get(head)
    if words is None:
        return None
    found, other = set(), False
    rows = [r for r in groups if r[2] == "organization"] + [r for r in persons if r[2] is None]
    for pos, name, _kind in rows:
        if pos >= q_at or not isinstance(name, str) or not name[:1].isupper():
            continue
        fit = K._may_be(head, name, words)
        if fit == "field":
            found.add(name)
        elif fit == "other":
            other = True
    return next(iter(found)) if len(found) == 1 and not other else None


_NAMES = [
    "Transplant Estrie",
    "Santé Mauricie",
    "Opéra Laurentien",
    "Harbour Theatre Company",
    "Northgate Paving Inc.",
    "the company",
    "Ann Roe",
    None,
    "Eastside Health",
]
_OPS = st.lists(
    st.tuples(
        st.sampled_from(["g", "p", "cut", "swap", "ask"]),
        st.integers(0, 400),
        st.sampled_from(_NAMES),
        st.sampled_from(["organization", "person", None, "f"]),
        st.sampled_from(["company", "agency", "authority", "union"]),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_OPS)
def test_one_body_of_field_memo_agrees_with_full_walk(ops):
    groups, persons, memo = [], [], {}
    for op, pos, name, kind, head in ops:
        if op == "g":
            groups.append((pos, name, kind))
        elif op == "p":
            persons.append((pos, name, kind))
        elif op == "cut":
            del groups[pos % (len(groups) + 1) :]
            del persons[pos % (len(persons) + 1) :]
        elif op == "swap" and groups:
            groups[-1] = (pos, name, "organization")
        want = _old_one_body(pos, head, groups, persons)
        assert K.one_body_of_field(pos, head, groups, persons, memo) == want
        assert K.one_body_of_field(pos, head, groups, persons) == want


def test_one_body_of_field_examples():
    memo = {}
    groups = [(5, "the agency", "organization")]
    persons = [(10, "Transplant Estrie", None)]
    assert K.one_body_of_field(90, "agency", groups, persons, memo) == "Transplant Estrie"
    assert K.one_body_of_field(8, "agency", groups, persons, memo) is None  # (not yet)
    persons.append((50, "Santé Mauricie", None))  # a second health body: none
    assert K.one_body_of_field(90, "agency", groups, persons, memo) is None
    del persons[1:]  # (cut again: the one body)
    assert K.one_body_of_field(90, "agency", groups, persons, memo) == "Transplant Estrie"


def test_company_said_run_keeps_speakers():
    assert _speakers("“Item,” the company said. " * 30) == ["the company"] * 30
    unit = "“Yes,” the company said. The Guild of Bakers, a trade body, said no. "
    assert _speakers(unit * 6) == ["the company", "the Guild of Bakers"] * 6


def test_body_of_field_quoted_before_the_agency():
    text = (
        "“Beds are full,” Transplant Estrie said on Monday.\n\n"
        "“We will add staff,” the agency said."
    )
    assert _speakers(text) == ["Transplant Estrie", "Transplant Estrie"]
    two = (
        "“Beds are full,” Transplant Estrie said on Monday.\n\n"
        "“Not here,” Santé Mauricie said.\n\n"
        "“We will add staff,” the agency said."
    )
    assert _speakers(two)[-1] == "the agency"


def _old_org_like(an, at, reach):
    """``_org_like_names_before`` before speed54 (the reference)."""
    import bisect

    an.antecedents()
    lex = an.lex
    i = bisect.bisect_left(an.positions(), at) - 1
    out = []
    while i >= 0:
        pos, cw, g, info = an.names[i]
        i -= 1
        if at - pos > reach:
            break
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        if (
            g is not None
            or cw[0].lower() in lex.gender
            or info[3] in an.by_last_multi
            or cw[-1] in lex.place_words
            or " ".join(cw) in lex.place_names
            or cw[-1].lower() in lex.titles
            or info[3] in _TIME_WORDS_CO
            or _titled(an.text, pos, cw, lex)
        ):
            continue
        out.append((pos, cw, info))
    return out


def test_org_like_names_memo_agrees():
    text = (
        "Birchgate Residential raised rents in Halifax on Monday. Mayor Ann Roe said "
        "Birchgate Residential must explain. Tom Vale, the spokesman, said Vellmark "
        "Foods would pay. The Guild of Bakers met in June. Harbour Ferries Ltd. sailed."
    )
    an = _ArticleNames(text, [(0, len(text))], lexicon(), None)
    for reach in (40, 400):
        for at in list(range(0, len(text) + 1, 7)) + [len(text)]:
            assert list(_org_like_names_before(an, at, reach)) == _old_org_like(an, at, reach)
    names = [" ".join(cw) for _p, cw, _i in _org_like_names_before(an, len(text), 4000)]
    assert "Birchgate Residential" in names and "Ann Roe" not in names


_PROBE_TEXT = st.text(alphabet="RrEeadmo: \nCLTIDNcltion'’s", max_size=60)


@settings(max_examples=400, deadline=None)
@given(_PROBE_TEXT)
@example("A.\nRead more: B")
@example("Correction:Correction: ::")
@example("Read more:")
def test_has_probe_agrees_with_substring_scans(t):
    assert L.has_probe(t, L._PROBES) == any(p in t for p in L._PROBES)
    assert L.has_probe(t, N._PROBES) == any(p in t for p in N._PROBES)


def test_note_and_link_lines_still_drop_rows():
    text = (
        "Ann Roe said the rink would open.\n\n"
        "Read more: Crews say the road will reopen\n\n"
        "Editor’s note: People who say they were there asked not to be named.\n"
    )
    assert _speakers(text) == ["Ann Roe"]
    assert L.has_probe("Correction: he said", N._PROBES)
    assert not L.has_probe("The correction: he said", ("Correction:",))


def test_role_named_further_and_anonymous_pronouns():
    text = (
        "The club's head coach told reporters that the season was over.\n\n"
        "The rink closed early.\n\n"
        "Ann Roe, who has coached the club since 2019, said the players were tired."
    )
    assert _speakers(text) == ["Ann Roe", "Ann Roe"]
    t = "Roe coached the juniors. The coach said so. Ann Roe, who coaches it, said no."
    q = Q(speaker="Ann Roe", stype="person")
    lo = t.index("The coach")
    assert not _new_name(t, q, lo)  # (the surname given before: no new name)
    assert _new_name(t[4:], q, lo - 4)  # ("coached ...": "Roe" only after ``lo``)
    assert _new_name("Ann Roe said.", q, 6)  # ("Ro" before ``lo``: not the surname)
    assert _new_name("The coach said so. Ann Roe said no.", q, 18)
    anon = (
        "Ann Roe said the audit was fair.\n\nA clerk, who asked not to be named "
        "because he was not authorized to speak, said the files were lost.\n\n"
        "“Nobody wanted to look,” he said."
    )
    assert _speakers(anon)[1:] == ["a clerk", "a clerk"]
