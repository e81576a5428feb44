"""Session 18 round 1 (speed20) speed changes in the quote engine give exactly what the
plain forms they replace give: the nickname scan split into two patterns, the
lower-case-article test that stops counting early, the given-name index of
``junk_opener`` and the name loop of ``_ArticleNames``. Texts are built from
fictional pieces."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import mentions, roles
from analysis.quotes.lexicon import lexicon

# the one alternation the two nickname patterns replace
OLD_GOES_BY_RE = re.compile(
    r"(?:who|whom)[ \t]+(?:everyone|everybody|people|friends|family|locals|colleagues)"
    r"(?:[ \t]+here)?[ \t]+(?:calls|called|knows[ \t]+as|knew[ \t]+as)"
    r"[ \t]+[\"“]?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)[\"”]?(?=[ \t]*[,.;—–)])"
    r"|known[ \t]+(?:to[ \t]+(?:everyone|friends|family)[ \t]+)?as"
    r"[ \t]+[\"“]?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)[\"”]?(?=[ \t]*[,.;—–)])"
)

GOES_BY_PIECES = [
    "who", "whom", "everyone", "people", "here", "calls", "called", "knows", "knew", "as",
    "known", "to", "friends", "Bud", "Jojo", "Unknown", "Awho", "Ewhom", "Known", "Kay",
    " ", " ", " ", "\t", ",", ".", ";", ")", "—", '"', "“", "”", "x",
]  # fmt: skip
goes_by_texts = st.lists(st.sampled_from(GOES_BY_PIECES), max_size=30).map("".join)


def _old_goes_by(text):
    return [(m.start(), m.group(1) or m.group(2)) for m in OLD_GOES_BY_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(goes_by_texts)
@example("Al Roe, known as Bud, met Jo Lee, who everyone calls Jojo.")
@example("Jo Lee, who everyone calls Unknown as Bud, left; Al, known to friends as Kay Ann.")
@example("Bo, known as Awho, who people here called Ewhom, said so.")
def test_goes_by_hits_equal_the_alternation(text):
    assert roles._goes_by_hits(text) == _old_goes_by(text)


def test_goes_by_nickname_resolves_to_the_full_name():
    t = "Mary Kay Roe, 79, who everyone calls Auntie Kay, ran the shop. Auntie Kay said no."
    an = mentions._ArticleNames(t, [(0, 63), (64, len(t))], lexicon(), None)
    an.nicknames = None
    assert roles._nickname_of(an, "Auntie Kay") == "Mary Kay Roe"
    t2 = "John Vale, known as Jack, spoke. Jack said yes."
    an2 = mentions._ArticleNames(t2, [(0, 32), (33, len(t2))], lexicon(), None)
    an2.nicknames = None
    assert roles._nickname_of(an2, "Jack") == "John Vale"


NAME_PIECES = [
    "Ann Roe", "Tom Vale", "Roe", "Vale", "Mr. Roe", "Ms. Vale", "Steep", "Further",
    "falls", "cuts", "said", "the", "mayor", "and", "Chris Murphy", "Murphy", "Khizr",
    "Ghazala Khan", "President Lee", "of the", "Exchequer", "Nigel Lawson",
]  # fmt: skip
sentence = st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=8).map(" ".join)
articles = st.lists(sentence, min_size=1, max_size=9)


def _article(sents):
    text, spans = "", []
    for s in sents:
        start = len(text)
        text += s + ". "
        spans.append((start, start + len(s) + 1))
    return text, spans


def _plain_lower_cased(an):
    an.antecedents()
    mid = sum(1 for e in an.names if not an.opens_sentence(e[0]))
    return len(an.sents) >= 5 and mid * 4 < len(an.sents)


def _plain_junk_tail(an, low):
    return not any(len(e[1]) > 1 and e[3][4] == low for e in an.names)


@settings(max_examples=300, deadline=None)
@given(articles)
@example(["Steep falls", "Further cuts", "Roe said", "Vale said", "Ann Roe said"])
@example(["Ann Roe and Tom Vale met", "Roe said", "the mayor said", "Vale said", "Roe"])
def test_lower_cased_and_given_index_equal_the_plain_scans(sents):
    text, spans = _article(sents)
    an = mentions._ArticleNames(text, spans, lexicon(), None)
    assert an.is_lower_cased() == _plain_lower_cased(an)
    for e in an.names:
        low = e[3][3]
        assert (low not in an._given_index()) == _plain_junk_tail(an, low)


def test_lower_cased_wire_copy_and_mixed_article():
    # names that open sentences only: wire copy in lower case
    wire = ["Roe said the plan works", "Vale said it fails", "Roe agreed", "Vale left", "Roe"]
    text, spans = _article(wire)
    an = mentions._ArticleNames(text, spans, lexicon(), None)
    assert an.is_lower_cased() is True
    # names inside sentences: an ordinary article
    mixed = ["The mayor met Ann Roe", "Then Tom Vale spoke", "He thanked Roe", "Vale", "Roe"]
    text, spans = _article(mixed)
    an = mentions._ArticleNames(text, spans, lexicon(), None)
    assert an.is_lower_cased() is False


def test_article_names_genders_and_surname_sets():
    t = (
        "Chris Murphy spoke. Anne Marie Murphy replied. Ms. Vale and Tom Vale met. "
        "President Lee said so. Khizr and Ghazala Khan came."
    )
    an = mentions._ArticleNames(t, [(0, len(t))], lexicon(), None)
    assert "murphy" in an.both_last and "murphy" not in an.gender_of
    assert "lee" in an.titled_last
    assert an.gender_of.get("khan") == "f"  # (the first full name's gender: Ghazala)
    assert any(e[1] == ("Khizr", "Khan") for e in an.names)
    assert "vale" in an.mixed_last
