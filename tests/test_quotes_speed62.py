"""speed62's change (session 41): the description resolvers of a mention without a role
word are dispatched on the mention instead of tried one by one. No output changes; each
test below checks one rule of the dispatch on sentences and mentions written for this
file.

* ``roles._DESCRIPTION_RESOLVERS`` holds the 46 resolvers (48 with spk67's
  ``apposed_description``, before ``_resolve_described``, and spk68's
  ``resolve_relation_apposed_job``, second to last) in the order the old chain of
  ``_resolve_mention_words`` tried them, each with the first characters, the "-year-old"
  word and the lower-cased last words it can fire on.
* ``roles._description_resolvers(mention)`` gives, in table order, every resolver whose
  old call gate admits the mention, less only those whose own first test (made before
  any side effect: "the" / "this" first word, a role word last, "a" / "an" first, a
  pattern anchored at the mention's first character) cannot pass; a resolver left out
  returns False without reading the article, the quote's other fields or the speakers.
* The chain for a key (first character, declared last word, "-year-old" in it) is
  built once and is the same as a fresh filter of the table (hostile mentions: white
  space first, tab, no-break space, upper case, "İ", "-year-old", one word).
* ``extract_quotes`` gives the same frame with the dispatch as with every resolver of the
  old gates tried, on small articles including hostile ones, and the resolvers still
  fire ("the winger said" after Al Roe; "the fire chief said" with the chief named next).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import roles

# the rows whose old call had no gate: their letters / last words are their own first test
_OWN_FIRST_TEST = {
    "_resolve_lede_role_said_next",
    "_resolve_described",
    "_named_next_of_description",
    "_resolve_lede_role_plain_next",
    "_resolve_described_named_next",
    "_resolve_described_named_same_paragraph",
    "resolve_described_aged_next",
}


def _old_gate_chain(mention):
    """The resolvers the old chain would have called for ``mention`` (its inline gates
    only: first letters and "-year-old"), in order."""
    out = []
    for fn, letters, aged, _heads, _space in roles._DESCRIPTION_RESOLVERS:
        if fn.__name__ in _OWN_FIRST_TEST:
            out.append(fn)
        elif (letters is None or mention[:1] in letters) and (not aged or "-year-old" in mention):
            out.append(fn)
    return out


def _fresh_filter(mention):
    """``_description_resolvers`` without the memo: the table filtered for ``mention``."""
    words = mention.lower().split()
    last = words[-1] if words else ""
    c = mention[:1]
    return tuple(
        fn
        for fn, letters, aged, heads, space in roles._DESCRIPTION_RESOLVERS
        if (letters is None or c in letters or (space and c.isspace()))
        and (not aged or "-year-old" in mention)
        and (heads is None or last in heads)
    )


class _Bare:
    """A quote that holds only its mention: a resolver that reads anything else raises."""

    def __init__(self, mention):
        self.mention = mention


HOSTILE_MENTIONS = [
    "Ann Roe",
    "Roe",
    "Tom Vale",
    "the mayor",
    "The Mayor",
    "THE MAYOR",
    " the mayor",
    "\tthe fire chief",
    "\xa0the fire chief",
    "\u2003The chief",
    "this reporter",
    "the 62-year-old",
    "a 40-year-old welder",
    "The 84-year-old grandmother",
    "a nurse who asked not to be named",
    "an official",
    "its director",
    "Their lawyer",
    "Her grandson",
    "his wife",
    "One volunteer",
    "another dispatcher",
    "İstanbul's mayor",
    "Greater Sudbury's fire chief",
    "the town's fire chief",
    "’the mayor",
    "x",
    "the",
    "Chief",
    "chief",
    "the advocate",
    "Officials",
    "Ärzte",
]


def test_table_keeps_the_old_order():
    names = [r[0].__name__ for r in roles._DESCRIPTION_RESOLVERS]
    # 49: 46 + spk67's apposed_description + w135's resolve_lede_party_org + spk68's relation resolver
    assert len(names) == 49 and len(set(names)) == 49
    assert names[:3] == [
        "resolve_relative_apposed",
        "_resolve_who_leads_named_next",
        "_resolve_owned_role",
    ]
    assert names[-1] == "_resolve_player_mentioned"
    # kin rows after the apposition rows, the lede rows after the named-next row
    assert names.index("_resolve_apposed") < names.index("_resolve_possessed_role")
    assert names.index("_named_next_of_description") < names.index("resolve_head_named")


@pytest.mark.parametrize("mention", HOSTILE_MENTIONS)
def test_dispatch_is_the_old_chain_less_resolvers_that_cannot_fire(mention):
    got = roles._description_resolvers(mention)
    old = _old_gate_chain(mention)
    it = iter(old)
    assert all(fn in it for fn in got)  # a subsequence: the same order
    for fn in old:
        if fn in got:
            continue
        assert fn.__name__ in _OWN_FIRST_TEST
        q = _Bare(mention)
        assert not fn(None, q, None)  # (no article, no speakers: it never read them)
        assert q.__dict__ == {"mention": mention}


@pytest.mark.parametrize("mention", HOSTILE_MENTIONS)
def test_memoised_chain_equals_a_fresh_filter(mention):
    first = roles._description_resolvers(mention)
    assert first == _fresh_filter(mention)
    assert roles._description_resolvers(mention) is first  # built once per key


def test_names_skip_the_description_resolvers():
    got = [f.__name__ for f in roles._description_resolvers("Ann Roe")]
    assert got == [
        "_named_next_of_description",
        "_resolve_described_named_next",
        "_resolve_described_named_same_paragraph",
        "resolve_described_aged_next",
        "_resolve_lede_local_named_next",
        "_resolve_lede_job_named_next",
    ]
    assert [f.__name__ for f in roles._description_resolvers("Roe")] == [
        "_named_next_of_description"
    ]
    # a role word last brings in the lede row; a space first brings in "the" words
    assert roles._resolve_lede_role_plain_next in roles._description_resolvers("Roe's chief")
    assert roles._resolve_described in roles._description_resolvers("\tthe mayor")
    assert roles._resolve_described not in roles._description_resolvers("a mayor")
    assert roles._resolve_aged in roles._description_resolvers("a 40-year-old welder")
    assert roles._resolve_aged not in roles._description_resolvers("a welder")


_WORDS = st.sampled_from(
    ["the", "The", "a", "An", "its", "his", "Her", "one", "Ann", "Roe", "chief", "mayor"]
    + ["62-year-old", "nurse", "İ", "this", "THE", "of", "fire", "who", "Tom", "x"]
)
_SPACE = st.sampled_from(["", " ", "\t", "\xa0", "\u2003"])


@settings(max_examples=300, deadline=None)
@given(_SPACE, st.lists(_WORDS, min_size=1, max_size=6), st.sampled_from([" ", "\t"]))
def test_dispatch_property(lead, words, sep):
    mention = lead + sep.join(words)
    got = roles._description_resolvers(mention)
    assert got == _fresh_filter(mention)
    old = _old_gate_chain(mention)
    it = iter(old)
    assert all(fn in it for fn in got)
    for fn in old:
        if fn not in got:
            assert not fn(None, _Bare(mention), None)


ARTICLES = [
    'Al Roe, who had not scored in weeks, said he was relieved. "It felt good," the winger said.',
    "Flames gutted a barn on Route 9 overnight, the town's fire chief said Monday.\n\n"
    'Rochelle Delorme said crews arrived within minutes. "It was fully involved," she said.',
    'Her grandson, Ciaran Doyle, said the farm would stay open. "We owe her that," her '
    'grandson said.\n\n"It is home," the 24-year-old said.',
    'A nurse who asked not to be named said the ward was full. "We cope," the nurse said.',
    '\t"Tabs first," the mayor said.\xa0"No-break spaces," the\xa0mayor said.',
    '"Yes," said THE MAYOR. "No," said İlker Vale, the deputy mayor.',
    'The 84-year-old said she would vote. "Always," the 84-year-old added.',
    "",
    '"unbalanced, the chief said',
]


def _with_old_chain(monkeypatch):
    monkeypatch.setattr(roles, "_description_resolvers", _old_gate_chain)


def test_output_same_as_the_old_chain(monkeypatch):
    arts = pd.DataFrame(
        {"article_id": [f"s62_{i}" for i in range(len(ARTICLES))], "text": ARTICLES}
    )
    new = analysis.extract_quotes(arts)
    _with_old_chain(monkeypatch)
    old = analysis.extract_quotes(arts)
    pd.testing.assert_frame_equal(new, old)


def test_resolvers_still_fire():
    arts = pd.DataFrame({"article_id": ["w", "c"], "text": ARTICLES[:2]})
    out = analysis.extract_quotes(arts)
    assert out[out.article_id == "w"].speaker.tolist() == ["Al Roe", "Al Roe"]
    assert "Rochelle Delorme" in out[out.article_id == "c"].speaker.tolist()
