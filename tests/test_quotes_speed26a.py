"""Session 21 (speed26a) speed changes in coref give exactly what the plain forms they
replace give. Texts are built from fictional pieces."""

from __future__ import annotations

import re

from _quote_rows import speaker_of_start
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import kin, ledes

# --- _PRONOUN_KIN_GIVEN_RE: the "H"/"h" first; _PRONOUN_KIN_HINT_RE before it ---------

OLD_PRONOUN_KIN_GIVEN_RE = re.compile(
    r"(?<![\w'’-])([Hh]er|[Hh]is)[ \t]+(?:(?:youngest|eldest|oldest)(?=,)"
    r"|(?:(?:youngest|eldest|oldest)[ \t]+)?(?:son|daughter|wife|husband|brother|sister"
    r"|father|mother|grandson|granddaughter|nephew|niece|stepson|stepdaughter))"
    r",[ \t]+([A-Z][a-z]+)[,.]"
)

PRONOUN_KIN_PIECES = [
    "Her", "her", "His", "his", "This", "ther", "-", "'", "’", " ", "\t", "  ", "\n",
    "son", "grandson", "Johnson", "wife", "niece", "nephew", "stepdaughter", "daughter",
    "brother", "husband", "youngest", "eldest", "oldest", "best", ",", ", ", "Bill", "Mia", "MIA", "B", ".", "x", "h", "H",
]  # fmt: skip
pronoun_kin_texts = st.lists(st.sampled_from(PRONOUN_KIN_PIECES), max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(pronoun_kin_texts)
@example("Ann Roe spoke. Her husband, Bill, agreed.")
@example("his stepdaughter,\tMia. This son, Al. xher wife, Jo,")
@example("Johnson, Bill, and her  niece,  Jo.")
def test_pronoun_kin_given_pattern_and_hint_equal_the_old_pattern(text):
    def found(rx):
        return [(m.span(), m.span(1), m.groups()) for m in rx.finditer(text)]

    old = found(OLD_PRONOUN_KIN_GIVEN_RE)
    assert found(kin._PRONOUN_KIN_GIVEN_RE) == old
    if old:  # (no hint: no match, so the pattern is skipped)
        assert kin._PRONOUN_KIN_HINT_RE.search(text) is not None


def test_a_relative_named_by_a_possessive_pronoun_takes_the_surname():
    t = (
        'Nora Vellacott opened the bakery in 1990. "We started small," Vellacott said.\n\n'
        'Her husband, Dev, joined later. "It was hard work," Dev said.'
    )
    assert speaker_of_start(t, "It was hard") == "Dev Vellacott"
    no_hint = 'Nora Vellacott opened the bakery. "We started small," Dev said.'
    assert kin._PRONOUN_KIN_HINT_RE.search(no_hint) is None


# --- _name_given_later: "<head>," or "who worked as a(n)" before the name pattern ------

LATER_PIECES = [
    "The", "the", "nurse", "nurses", "senior", "Ann", "Roe", "Al", ",", ", ", " ", "\t",
    "  ", ".", "who", "had", "has", "worked", "works", "was working", "is working", "as",
    "a", "an", "29", "x", "\n",
]  # fmt: skip
later_texts = st.lists(st.sampled_from(LATER_PIECES), max_size=40).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(later_texts, st.integers(0, 20))
@example("Ann Roe, 29, who worked as a senior nurse, left.", 0)
@example("The senior nurse, Ann Roe, left.", 3)
def test_named_later_pattern_needs_its_literals(text, lo):
    head = "nurse"
    if ledes._named_later_rx(head).search(text, lo) is not None:
        assert text.find(head + ",", lo) >= 0 or ledes._WORKED_AS_RE.search(text, lo)


def test_a_description_named_later_by_who_worked_as():
    t = (
        '"We are exhausted," a veteran nurse said of the ward.\n\n'
        "Ann Ostrava, who worked as a nurse for 30 years, retired in May."
    )
    assert speaker_of_start(t, "We are exhausted") == "Ann Ostrava"
    assert ledes._WORKED_AS_RE.search(t) is not None
    assert ledes._WORKED_AS_RE.search("She served as a nurse, as an aide.") is None
