"""The package's regular expressions match alike on every CPython 3.11 patch release.

CPython's ``re`` mis-matched a possessive repeat of a group that holds a look-around
before 3.11.5 (gh-106052): ``re.match(r'x(?:(?<!z)\\ny)*+"', 'x\\ny"')`` is None on
3.11.2 (Debian 12's system Python). The splitter's quotation body had that shape, so
on 3.11.2 it paired no quotation at all and 158 of 840 PolNeAR train articles gave
other quote rows, with no sign. The body is now an atomic group ``(?>(?:...)*)``, which
every 3.11 matches the same way. These tests keep that shape out of every compiled
pattern in the package, and check the splitter on quotations; the sentences are ours.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import analysis
from analysis import sentences
from analysis.sentences import split_sentences

_LOOKAROUND = ("(?<=", "(?<!", "(?=", "(?!")


def _possessive_groups_with_lookaround(pattern: str) -> list[str]:
    """Groups repeated possessively (``)*+``, ``)++``, ``)?+``, ``){m,n}+``) that hold a look-around."""
    found, stack, i = [], [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # skip a character class
            j = i + 1
            if j < len(pattern) and pattern[j] == "^":
                j += 1
            if j < len(pattern) and pattern[j] == "]":
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            rest = pattern[i + 1 :]
            quant = re.match(r"(?:[*+?]|\{\d*,?\d*\})\+", rest)
            group = pattern[start : i + 1]
            if quant and any(mark in group[1:] for mark in _LOOKAROUND):
                found.append(group + quant.group(0))
        i += 1
    return found


def _package_patterns():
    pats = []
    for info in pkgutil.walk_packages(analysis.__path__, "analysis."):
        if info.name.endswith("__main__"):
            continue  # running it would parse the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                pats.append((f"{info.name}.{name}", value.pattern))
    cands, para, quotes = sentences._patterns()
    for k, rx in enumerate([*cands, para, *quotes]):
        pats.append((f"analysis.sentences._patterns()[{k}]", rx.pattern))
    return pats


def test_the_checker_finds_the_shape():
    assert _possessive_groups_with_lookaround(r'x(?:(?<!z)\ny)*+"') == [r"(?:(?<!z)\ny)*+"]
    assert _possessive_groups_with_lookaround(r"(?:a(?=b))++") == [r"(?:a(?=b))++"]
    # atomic groups, greedy repeats, look-arounds outside the group: fine
    assert _possessive_groups_with_lookaround(r'x(?>(?:(?<!z)\ny)*)"') == []
    assert _possessive_groups_with_lookaround(r"(?:ab)*+(?=c)") == []
    assert _possessive_groups_with_lookaround(r"[(?<!]*+") == []


def test_no_package_pattern_repeats_a_lookaround_group_possessively():
    pats = _package_patterns()
    assert len(pats) > 100  # the walk found the package's patterns
    bad = [(name, g) for name, p in pats for g in _possessive_groups_with_lookaround(p)]
    assert bad == []


def test_quotation_on_one_line_stays_whole():
    # on CPython 3.11.2 with the old pattern this was cut after "hard."
    text = '"We tried hard. We failed anyway," Lee said. Then he left.'
    assert split_sentences(text)["text"].tolist() == [
        '"We tried hard. We failed anyway," Lee said.',
        "Then he left.",
    ]


def test_quotation_wrapped_over_a_line_stays_whole():
    text = '"We tried hard. We\nfailed anyway," Lee said. Then he left.'
    assert split_sentences(text)["text"].tolist() == [
        '"We tried hard. We\nfailed anyway," Lee said.',
        "Then he left.",
    ]
