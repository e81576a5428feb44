"""Session 15's speed rewrites in the quote engine give exactly what the plain forms
they replace give: regexes rewritten so that ``re`` can skip to their candidates, and
the name index of ``coref._ArticleNames``. Texts are built from fictional pieces."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import additions, mentions, org_names, sides
from analysis.quotes.lexicon import lexicon

PIECES = [
    "The", "the", "They", "then", "Other", "other", "At", "lathe", "ThE", "company", "firm",
    "bank", "automaker", "companys", "company's", "president", "governor", "mayor",
    "Mayor", "this", "This", "former", "vice", "-elect", "-", "'", "’", "_", "é", "Ée",
    " ", "  ", "\t", "\n", "\x01", ".", ",", "5", "Ann", "Roe", "Mr.", "Ms.", "Lee",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

OLD_THE_COMPANY_RE = re.compile(rf"\b[Tt]he[ \t]+(?:{'|'.join(sorted(mentions._COMPANY_HEADS))})\b")


@settings(max_examples=500, deadline=None)
@given(texts)
@example("lathe company, The firm. the bank")
@example("The company")
@example("5the company _the firm éthe bank")
@example("he company T he bank .the firm")
def test_the_company_regex_matches_its_plain_form(text):
    def spans(rx):
        return [m.span() for m in rx.finditer(text)]

    # (since speed21 the pattern's match starts at the "h", one after the "T")
    assert [(s - 1, e) for s, e in spans(org_names._THE_COMPANY_RE)] == spans(OLD_THE_COMPANY_RE)
    # as _called_the_company reads it: the first six
    first = [m.start() - 1 for m in itertools.islice(org_names._THE_COMPANY_RE.finditer(text), 6)]
    assert first == [s for s, _ in spans(OLD_THE_COMPANY_RE)][:6]


def test_article_names_index():
    """The name index of a short fictional article: positions, surnames, genders and
    titled surnames as the loop builds them (the values 3fd378f gives; an honorific
    after a name of the other sex keeps the first gender)."""
    text = (
        "Mayor Ann Roe of Dunmore said the harbour would open. Roe said it twice. "
        "Mr. Tam Vell and Ms. Vell disagreed. President Odo Lark spoke."
    )
    an = mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)
    assert [(p, w, g) for p, w, g, _i in an.names] == [
        (0, ("Ann", "Roe"), "f"),
        (17, ("Dunmore",), None),
        (54, ("Roe",), None),
        (73, ("Tam", "Vell"), "m"),
        (90, ("Vell",), "f"),
        (110, ("Odo", "Lark"), None),
    ]
    assert {k: [e[0] for e in v] for k, v in an.by_last.items()} == {
        "roe": [0, 54],
        "dunmore": [17],
        "vell": [73, 90],
        "lark": [110],
    }
    assert an.gender_of == {"roe": "f", "ann roe": "f", "vell": "m", "tam vell": "m"}
    assert an.titled_last == {"vell", "roe", "lark"}
    assert an.by_last_multi == {"vell", "roe"}


word_texts = st.lists(
    st.sampled_from(["a", "Bo", "5", "é", "_", " ", ", ", ".", "\x01", "\x01\x01", "—", "\n"]),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(word_texts, st.integers(min_value=0, max_value=20))
@example("a\x01b, c", 0)
@example("\x01\x01 a", 1)
def test_four_words_match_equals_the_word_count(text, lo):
    # _choose_side: "4 or more words with the mask blanked" is one match, not a list
    # of the words of a copy of the text
    lo = min(lo, len(text))
    four = sides._FOUR_W_WORDS_RE.match(text, lo) is not None
    assert four == (len(additions._WORDS_RE.findall(text.replace("\x01", " "), lo)) > 3)
