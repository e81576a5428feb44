"""Lexicons for the quote extractor (analysis.quotes): reporting verbs with their
inflections, titles/honorifics, unnamed-speaker head nouns, organisation names and a
small given-name gender list, all read once from the package's ``resources/`` folder
and cached. Nothing here touches the network or any hidden state besides the cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = (resources.files("analysis") / "resources" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True)
class Lexicon:
    verb_lemma: dict  # inflected form (lower, may be two words) -> lemma
    ambiguous: frozenset  # forms that need an explicit subject
    titles: frozenset  # lower-case title/honorific words without final "."
    nouns: dict  # lower-case head noun -> speaker type
    org_words: frozenset  # case-sensitive organisation name words
    gender: dict  # lower-case given name -> "m" | "f"
    cue_re: re.Pattern


def _trie_regex(words: list[str]) -> str:
    """A prefix-factored alternation (much faster in ``re`` than a flat one)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(trie)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every quote lexicon once (cached).

    >>> lexicon().verb_lemma["said"]
    'say'
    """
    verb_lemma: dict[str, str] = {}
    ambiguous: set[str] = set()
    for line in _lines("reporting_verbs.txt"):
        head, _, forms = line.partition(":")
        lemma = head.strip()
        amb = lemma.endswith("!")
        lemma = lemma.rstrip("!")
        # multiword forms are written with spaces: "points out pointed out"
        words = forms.split()
        if " " in lemma:  # phrasal verb: forms come in pairs
            parts = [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
        else:
            parts = words
        for form in parts:
            verb_lemma[form] = lemma
            if amb:
                ambiguous.add(form)
    titles = set()
    for line in _lines("titles.txt"):
        for w in line.split():
            titles.add(w.lower().rstrip("."))
    nouns = {}
    for line in _lines("speaker_nouns.txt"):
        noun, _, typ = line.partition("\t")
        nouns[noun.strip().lower()] = typ.strip()
    org_words = frozenset(w.strip() for w in _lines("org_names.txt"))
    gender = {}
    for line in _lines("first_names.tsv"):
        name, _, g = line.partition("\t")
        gender[name.strip().lower()] = g.strip()
    # title-case headline verbs ("Pence Announces ...", "Former Pollster Says ...")
    for form, lemma in list(verb_lemma.items()):
        if (
            " " not in form
            and form not in ambiguous
            and form.endswith(("s", "ed"))
            or form
            in (
                "said",
                "told",
                "wrote",
            )
        ):
            verb_lemma.setdefault(form[:1].upper() + form[1:], lemma)
    alts = _trie_regex(sorted(verb_lemma))
    cue_re = re.compile(
        r"(?<![\w'’\-])(?:(?P<acc>[Aa]ccording\s+to)|(?P<verb>" + alts + r"))(?![\w'’\-])"
    )
    return Lexicon(
        verb_lemma=verb_lemma,
        ambiguous=frozenset(ambiguous),
        titles=frozenset(titles),
        nouns=nouns,
        org_words=org_words,
        gender=gender,
        cue_re=cue_re,
    )
