"""Word tokenization for the term and topic analyses (private to analysis.terms/topics).

Owns the single compiled token regex, the news-aware stop list shipped as
``analysis/resources/stopwords.txt``, and cached Snowball stemming. Nothing here
needs downloaded nltk data. Decisions (documented in ``analysis.terms``):

* text is lower-cased, curly apostrophes become ``'`` and a possessive ``'s`` is stripped
  ("Bush's" -> "bush");
* a token is a run of letters/digits with internal hyphens or apostrophes
  ("al-qaida", "o'malley", "f-16", "don't") or a dotted abbreviation ("u.s.", "u.n.");
* tokens that start with a digit (numbers, years, "9/11", "2nd", "1980s"), single
  characters and tokens longer than 40 characters are dropped;
* sentence punctuation (. ! ? ; : , brackets, double quotes, dashes) and blank lines are
  *breaks*: a multiword term never spans one. Stop words are breaks as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

# One pass over lower-cased text. Group 1: dotted abbreviation, group 2: word, group 3: break.
_TOKEN_RE = re.compile(
    r"((?:[^\W\d_]\.){2,})"  # u.s. / u.n. / e.g.
    r"|([^\W_]+(?:[-'][^\W_]+)*)"  # words, al-qaida, o'malley, f-16
    r"|([.!?;:,()\[\]{}\"\u201c\u201d\u201e\u00ab\u00bb\u2014\u2013\u2026|]|\n[ \t\r\f\v]*\n)"
)
_POSSESSIVE_RE = re.compile(r"(?<=[^\W_])'s\b")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
MAX_TOKEN_LEN = 40
BREAK = ""  # sentinel in token streams: stop word or punctuation boundary


@lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    """The shipped news-aware stop list as a frozenset (cached).

    Example:
        >>> {"said", "mr", "would"} <= default_stopwords()
        True
    """
    text = resources.files("analysis").joinpath("resources/stopwords.txt").read_text("utf-8")
    words = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


def resolve_stopwords(stopwords) -> frozenset[str]:
    """Turn the ``stopwords=`` argument (True/False/None/iterable) into a frozenset.

    Example:
        >>> resolve_stopwords(False)
        frozenset()
        >>> "said" in resolve_stopwords(True)
        True
        >>> sorted(resolve_stopwords(["Foo"]))
        ['foo']
    """
    if stopwords is True:
        return default_stopwords()
    if stopwords is None or stopwords is False:
        return frozenset()
    if isinstance(stopwords, str):
        stopwords = [stopwords]
    return frozenset(str(w).lower() for w in stopwords)


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=300_000)
def stem_word(word: str) -> str:
    """Snowball (Porter2) stem of one token, cached; hyphenated parts are stemmed separately.

    Example:
        >>> stem_word("defenses")
        'defens'
    """
    st = _stemmer()
    if "-" in word:
        return "-".join(st.stem(p) if p else p for p in word.split("-"))
    try:
        return st.stem(word)
    except Exception:  # pragma: no cover - nltk edge cases on odd unicode
        return word


def normalise(text) -> str:
    """Lower-case, unify apostrophes and strip possessive 's.

    Example:
        >>> normalise("Bush\u2019s plan")
        'bush plan'
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return _POSSESSIVE_RE.sub("", text.lower().translate(_APOSTROPHES))


def _keep(tok: str) -> bool:
    return 1 < len(tok) <= MAX_TOKEN_LEN and not tok[0].isdigit()


def stream(text, stop: frozenset[str], stem: bool = False) -> list[str]:
    """Token stream of one text with ``BREAK`` ("") at punctuation, blank lines and stop words.

    Example:
        >>> stream("Mr. Bush said the ABM treaty, again.", default_stopwords())
        ['', '', 'bush', '', '', 'abm', 'treaty', '', '', '']
    """
    out: list[str] = []
    append = out.append
    for abbr, word, _brk in _TOKEN_RE.findall(normalise(text)):
        tok = word or abbr
        if not tok:
            append(BREAK)
        elif tok in stop or not _keep(tok):
            append(BREAK)
        else:
            append(stem_word(tok) if stem else tok)
    return out


def words(text, stop: frozenset[str], stem: bool = False) -> list[str]:
    """Plain token list (no breaks) of one text.

    Example:
        >>> words("Putin's U.S. visit, 2001", default_stopwords())
        ['putin', 'u.s.', 'visit']
    """
    out: list[str] = []
    append = out.append
    for abbr, word, _brk in _TOKEN_RE.findall(normalise(text)):
        tok = word or abbr
        if tok and tok not in stop and _keep(tok):
            append(stem_word(tok) if stem else tok)
    return out


def as_texts(values: Iterable) -> list[str]:
    """Coerce a column of texts (NaN/None/non-str allowed) to a list of str.

    Example:
        >>> as_texts(["a", None, 3])
        ['a', '', '3']
    """
    out = []
    for v in values:
        if isinstance(v, str):
            out.append(v)
        elif v is None or (isinstance(v, float) and v != v):
            out.append("")
        else:
            try:
                import pandas as pd

                out.append("" if pd.isna(v) else str(v))
            except (TypeError, ValueError):
                out.append(str(v))
    return out
