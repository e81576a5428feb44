"""Speakers: who is quoted across a corpus. This module owns cross-article
speaker resolution (:func:`resolve_speakers` adds a stable ``speaker_id`` and a
corpus-level ``speaker_name`` to a quotes frame), speaker counts
(:func:`speaker_counts`) and the small tables behind the speaker charts:
anonymous share by outlet, quotes per speaker over time, co-quotation, direct
vs indirect quotes, and one speaker's quotes with their context. Everything is
rule-based and deterministic: a surname is merged into a full name only when
that is unambiguous (same article names the person, or exactly one full name
in the corpus ends with it, honouring Mr./Mrs. gender hints); anonymous,
organisation and group speakers are normalised but never merged into people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from ._frames import check_frame
from .corpus import period_freq, period_start
from .quotes.lexicon import COMPANY_SUFFIXES, lexicon, load_titles
from .quotes.names import (
    _ARTICLES,
    _PARTICLES,
    _fold,
    _gender_of,
    _strip_possessive,
    parse_person_name,
)
from .speaker_types import type_speakers

__all__ = [
    "resolve_speakers",
    "speaker_counts",
    "anonymous_share",
    "quotes_over_time",
    "co_quotation",
    "kind_by",
    "speaker_quotes",
    "parse_person_name",
]

_WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)


def _slug(s: str) -> str:
    """ASCII slug: 'Vladimir Putin' -> 'vladimir-putin'."""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def _initial_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 and b.startswith(a):
        return True
    return len(b) == 1 and a.startswith(b)


def _full_compatible(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is full-name key ``short`` a (less specific) form of ``full``?"""
    if len(short) < 2 or len(full) < 2 or short[-1] != full[-1]:
        return False
    if not _initial_compatible(short[0], full[0]):
        return False
    ms, mf = short[1:-1], full[1:-1]
    if not ms or not mf:
        return True
    if len(ms) != len(mf):
        return False
    return all(_initial_compatible(a, b) for a, b in zip(ms, mf, strict=True))


def _normalise_descriptor(text) -> str:
    """'A senior White House official' -> 'senior white house official'."""
    if not isinstance(text, str):
        return "unknown"
    s = unicodedata.normalize("NFKC", text).strip()
    words = re.findall(r"[\w][\w.'’&-]*", s, flags=re.UNICODE)
    words = [_strip_possessive(w).rstrip(".") if w.endswith(("'s", "’s")) else w for w in words]
    words = [w.lower() for w in words if w]
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words).strip(" .,-") or "unknown"


def _org_key(key: str) -> str:
    """An organisation's key without its legal form, so that "Texaco Inc" and "Texaco"
    are one speaker ("texaco inc" -> "texaco"; a legal form alone is kept).

    >>> _org_key("texaco inc"), _org_key("ltd")
    ('texaco', 'ltd')
    """
    words = key.split()
    if len(words) >= 2 and words[-1].rstrip(".") in COMPANY_SUFFIXES:
        return " ".join(words[:-1])
    return key


def _display_choice(forms: Counter) -> str:
    """Most frequent surface form; prefers mixed case, then longer, then alphabetical."""

    def score(item):
        form, n = item
        shouting = form.isupper() and len(form) > 3
        return (shouting, -n, -len(form), form)

    best = sorted(forms.items(), key=score)[0][0]
    if best.isupper() and len(best) > 3:
        best = " ".join(w.capitalize() if len(w) > 2 else w for w in best.split())
    return best


_ORG_WORDS = lexicon().org_words  # "Bank", "Agency", ...: capitalised organisation words
_HONORIFIC_IN_TEXT = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")
_TYPE_PREFIX = {"anonymous": "anon", "organization": "org", "group": "group", "unknown": "unknown"}
_NAME_LEAD = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[A-Z][\w'’.-]*|"
    + "|".join(sorted(_PARTICLES - {"y", "o", "st."}))
    + r") +)+$"
)


def _text_full_names(text: str, surname_display: str) -> list[tuple[tuple[str, ...], str | None]]:
    """Full-name keys ending with ``surname_display`` stated in ``text``, with a
    gender hint from the words just before ("first lady Laura Bush" -> "f")."""
    if not isinstance(text, str) or not surname_display:
        return []
    text = text[:2_000_000]
    if re.search(r"\b" + re.escape(surname_display.lower()) + r"\b", text):
        return []  # the "surname" is a common word here ("allies", "western")
    out: dict[tuple, set] = {}
    for m in re.finditer(r"\b" + re.escape(surname_display) + r"\b", text):
        # the capitalised words (and particles) just before this mention
        lead = _NAME_LEAD.search(text[max(0, m.start() - 80) : m.start()])
        if not lead:
            continue
        display, key, g = parse_person_name(lead.group(0) + surname_display)
        if len(key) < 2 or any(len(t) > 1 and t.isupper() for t in display):
            continue
        if any(t in _ORG_WORDS or t.rstrip(".").lower() in COMPANY_SUFFIXES for t in display[:-1]):
            continue  # "the U.S. Bank Citicorp": an organisation word is no given name
        first = display[0].rstrip(".").lower()
        if len(first) > 1 and re.search(r"\b" + re.escape(first) + r"\b", text):
            continue  # "West Francis", "Policy Germany": a common word in title case
        start = m.start() - len(lead.group(0))
        g = g or _gender_of(text[max(0, start - 30) : start].split()[-3:])
        out.setdefault(key, set())
        if g:
            out[key].add(g)
    return [(k, next(iter(gs)) if len(gs) == 1 else None) for k, gs in out.items()]


# --------------------------------------------------------------------------
# resolve_speakers
# --------------------------------------------------------------------------


# the quotes-frame columns the speaker functions read (each once: check_frame)
_QUOTE_COLS = ("article_id", "speaker", "speaker_type", "speaker_mention", "quote", "statement_id")


def resolve_speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Link the same speaker across articles: add ``speaker_id`` and ``speaker_name``.

    People: titles/honorifics/possessives are stripped and names compared
    case- and accent-insensitively; full names that differ only by a missing
    middle name or an initial are merged when only one candidate fits. A
    surname alone ("Putin", "Mr. Clinton") is merged into a full name only when
    the same article names exactly one such person (among its speakers, or in
    its text when ``articles`` is given), or else exactly one full name in the
    corpus ends with it; Mr./Mrs./Ms. hints exclude candidates of the other
    gender. A one-word speaker typed as no person that the final re-typing makes a
    person ("Trump said", typed organisation) joins the one full name of its article
    the same way. Anonymous, organisation, group and unknown speakers get a
    normalised lower-case descriptor ("senior white house official") and an id
    prefixed by their type, so they never merge into people.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "b"], "speaker": ["Vladimir Putin", "Putin"],
        ...                   "speaker_type": ["person", "person"]})
        >>> resolve_speakers(q)[["speaker_id", "speaker_name"]].values.tolist()
        [['vladimir-putin', 'Vladimir Putin'], ['vladimir-putin', 'Vladimir Putin']]
    """
    check_frame(quotes, "resolve_speakers", "quotes", _QUOTE_COLS)
    check_frame(articles, "resolve_speakers", "articles", ("article_id", "text"))
    out = quotes.copy()
    if len(out) == 0:
        out["speaker_id"] = pd.Series([], dtype="str")
        out["speaker_name"] = pd.Series([], dtype="str")
        return out
    texts = {}
    if articles is not None and len(articles) and {"article_id", "text"} <= set(articles.columns):
        texts = dict(zip(articles["article_id"].astype(str), articles["text"], strict=False))
    rows = _speaker_rows(out)
    ent_of_key, by_surname = _full_name_entities(rows)
    cands = _Candidates(rows, texts, ent_of_key, by_surname)
    cands.titles = _row_titles(out, rows)
    assign = _assign_entities(rows, cands)
    names, ids = _names_and_ids(rows, assign)
    out["speaker_id"] = [ids[e] for e in assign]
    out["speaker_name"] = [names[e] for e in assign]
    if "speaker_type" in out:  # a bare title resolved to a person
        person = np.array([e[0] == "person" for e in assign], dtype=bool)
        out.loc[person & (out["speaker_type"] != "person").to_numpy(), "speaker_type"] = "person"
    # one type per speaker, garbled names repaired, no pronoun speakers
    typed = type_speakers(out, articles)
    return _acronyms_joined(_retyped_surnames(typed, rows, assign, cands, names, ids))


# a bare acronym speaker ("CUPE", "the CFIA") and the small words a spelled-out
# name's initials skip ("Canadian Union of Public Employees" -> CUPE)
_ACRONYM_RE = re.compile(r"(?:[Tt]he[ \t]+)?([A-Z]{2,6})")
_INITIAL_SKIPS = frozenset(
    ("of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "&")
)


def _initials(name) -> str | None:
    """The initials of a spelled-out organisation name's words, the small joining words
    skipped ("Canadian Union of Public Employees" -> "CUPE"), or None when a word is
    neither capitalised nor a joining word."""
    if not isinstance(name, str) or " " not in name:
        return None
    out = []
    for w in name.split():
        if w in _INITIAL_SKIPS:
            continue
        if not w[:1].isupper():
            return None
        out.append(w[0])
    return "".join(out)


def _without_the(name):
    """``name`` without a leading "the "/"The " (non-strings as they are).

    >>> _without_the("the Ontario Provincial Police")
    'Ontario Provincial Police'
    """
    if isinstance(name, str) and name[:4] in ("the ", "The "):
        return name[4:]
    return name


def _acronyms_joined(typed: pd.DataFrame) -> pd.DataFrame:
    """``typed`` with each organisation speaker written as a bare acronym ("CUPE said")
    given the id and name of the one organisation speaker of the frame whose name's
    initials spell it ("Canadian Union of Public Employees"): one entity in
    speaker_counts, however an article wrote it; unchanged when no such name or two
    fit. The quote rows' own ``speaker`` stays as the article wrote it.

    >>> q = pd.DataFrame({"article_id": ["a", "b"], "speaker_type": "organization",
    ...                   "speaker": ["Canadian Union of Public Employees", "CUPE"]})
    >>> resolve_speakers(q)["speaker_name"].tolist()
    ['Canadian Union of Public Employees', 'Canadian Union of Public Employees']
    """
    if typed.empty or "speaker_type" not in typed or "speaker_name" not in typed:
        return typed
    org = typed["speaker_type"].eq("organization").to_numpy()
    names = typed["speaker_name"].to_numpy()
    acr = {}
    for i in np.flatnonzero(org):
        m = _ACRONYM_RE.fullmatch(names[i]) if isinstance(names[i], str) else None
        if m is not None:
            if len(m.group(1)) >= 3:  # "GM" fits too many names
                acr[i] = m.group(1)
    if not acr:
        return typed
    wanted = set(acr.values())
    spelled: dict = defaultdict(set)  # acronym -> (id, name) of the names spelling it
    local: dict = defaultdict(set)  # (article, acronym) -> the same, in that article
    ids = typed["speaker_id"].to_numpy()
    arts = typed["article_id"].astype(str).to_numpy() if "article_id" in typed else None
    written = typed["speaker"].to_numpy() if "speaker" in typed else names
    for i in np.flatnonzero(org):
        # (the name as written when the entity's name is lower-cased: "Ontario
        # Provincial Police" named "ontario provincial police")
        ini = _initials(names[i]) or _initials(_without_the(written[i]))
        if i not in acr and ini in wanted:
            spelled[ini].add((ids[i], names[i]))
            if arts is not None:
                local[arts[i], ini].add((ids[i], names[i]))
    sid, sname = ids.copy(), names.copy()
    changed = False
    for i, a in acr.items():
        fit = local.get((arts[i], a), ()) if arts is not None else ()
        fit = fit or spelled.get(a, ())  # the article's own spelled-out name first
        if len(fit) == 1:
            (sid[i], sname[i]), changed = next(iter(fit)), True
    if not changed:
        return typed
    typed = typed.copy()
    typed["speaker_id"], typed["speaker_name"] = sid, sname
    return typed


def _retyped_surnames(typed, rows, assign, cands, names, ids) -> pd.DataFrame:
    """``typed`` (the frame ``type_speakers`` returned, row for row ``rows``) with a
    one-word speaker that came typed as no person and that ``type_speakers`` made a
    person ("Trump said", typed organisation in an article quoting "Donald Trump")
    merged into the one full-name person its article names with that surname, as a
    surname typed person is; unchanged when there are two (or none)."""
    if typed.empty or "speaker_type" not in typed or len(typed) != len(rows):
        return typed
    stype = typed["speaker_type"].to_numpy()
    sid, sname = typed["speaker_id"].to_numpy().copy(), typed["speaker_name"].to_numpy().copy()
    changed = False
    for i, (_, a, ty, _d, _k, _g, raw) in enumerate(rows):
        if ty == "person" or stype[i] != "person" or assign[i][0] == "person":
            continue
        display, key, g = parse_person_name(raw) if isinstance(raw, str) else ((), (), None)
        if len(key) != 1:
            continue
        fit = [e for e in cands.in_article(a, key[0], display[-1]) if cands.fits(e, g)]
        ent = ("person", fit[0]) if len(fit) == 1 else None
        if ent in ids:
            sid[i], sname[i], changed = ids[ent], names[ent], True
    if not changed:
        return typed
    typed = typed.copy()
    typed["speaker_id"], typed["speaker_name"] = sid, sname
    return typed


def _speaker_rows(out: pd.DataFrame) -> list[tuple]:
    """(pos, article, type, display, key, gender, raw) per quote row: people parsed
    by parse_person_name (the gender hint from the speaker or its mention when they
    agree), other types kept as written."""
    n = len(out)
    speaker = out["speaker"] if "speaker" in out else pd.Series([None] * n, index=out.index)
    mention = (
        out["speaker_mention"]
        if "speaker_mention" in out
        else pd.Series([None] * n, index=out.index)
    )
    stype = (
        out["speaker_type"].fillna("unknown").astype(str)
        if "speaker_type" in out
        else pd.Series(["person"] * n, index=out.index)
    )
    art = (
        out["article_id"].astype(str)
        if "article_id" in out
        else pd.Series(["0"] * n, index=out.index)
    )
    rows = []
    memo: dict = {}

    def parse(text):
        if text not in memo:
            memo[text] = parse_person_name(text)
        return memo[text]

    for pos, (sp, me, ty, a) in enumerate(zip(speaker, mention, stype, art, strict=True)):
        sp = sp if isinstance(sp, str) else (me if isinstance(me, str) else "")
        if ty == "person":
            display, key, g = parse(sp)
            _, _, gm = parse(me) if isinstance(me, str) else ((), (), None)
            hints = {x for x in (g, gm) if x}
            g = hints.pop() if len(hints) == 1 else None
            rows.append((pos, a, ty, display, key, g, sp))
        else:
            rows.append((pos, a, ty, (), (), None, sp))
    return rows


_ROLES = load_titles()["role"]


def _title_before(raw, display) -> str | None:
    """The office written right before a parsed name: "President Joe Biden" or
    "President Biden" (display ("Joe", "Biden")) -> "president"; a turn label
    "THE PRESIDENT" -> "president"; "the President's son Hunter Biden" -> None.
    """
    if not isinstance(raw, str) or not display:
        return None
    i = raw.rfind(display[-1])
    if i < 0 and not raw.isupper():
        return None  # "the President" standing for someone: no evidence
    words = [_fold(w) for w in re.findall(r"[A-Za-z][\w.'’-]*", raw[:i] if i >= 0 else raw)]
    own = {_fold(t) for t in display}
    while words and words[-1] in own:
        words.pop()
    return words[-1] if words and words[-1] in _ROLES else None


def _row_titles(out: pd.DataFrame, rows: list[tuple]) -> list[str | None]:
    """The office each person row is titled with, in its speaker or mention."""
    mention = out["speaker_mention"] if "speaker_mention" in out else [None] * len(rows)
    titles = []
    for r, me in zip(rows, mention, strict=True):
        if r[2] != "person" or not r[4]:
            titles.append(None)
            continue
        titles.append(_title_before(r[6], r[3]) or _title_before(me, r[3]))
    return titles


def _full_name_entities(rows: list[tuple]) -> tuple[dict, dict]:
    """(full key -> entity key, surname -> entity keys) over the people's full names,
    most specific first; a name that differs by a missing middle name or initial
    joins the one entity it fits. Leading description words are dropped from a row's
    key in place when the rest is a known name ("Driver Gloria Aydin")."""
    known = {r[4] for r in rows if r[2] == "person" and len(r[4]) >= 2}
    for i, r in enumerate(rows):
        k = r[4]
        if r[2] == "person" and len(k) >= 3 and len(k[0]) > 1:
            while len(k) >= 3 and len(k[0]) > 1 and k[1:] in known:
                k = k[1:]
            if k != r[4]:
                rows[i] = (*r[:3], r[3][len(r[4]) - len(k) :], k, *r[5:])
    full_keys = sorted(
        {r[4] for r in rows if r[2] == "person" and len(r[4]) >= 2},
        key=lambda k: (-len(k), -sum(map(len, k)), k),
    )
    ent_of_key: dict[tuple, tuple] = {}  # full key -> entity representative key
    by_surname: dict[str, list[tuple]] = defaultdict(list)  # surname -> entities
    for k in full_keys:
        compat = [e for e in by_surname[k[-1]] if _full_compatible(k, e)]
        if len(compat) == 1:
            ent_of_key[k] = compat[0]
        else:
            by_surname[k[-1]].append(k)
            ent_of_key[k] = k
    return ent_of_key, by_surname


class _Candidates:
    """The full-name entities a surname may stand for: those the same article
    quotes or names in its text, with the gender evidence for each entity."""

    def __init__(self, rows, texts, ent_of_key, by_surname):
        self.texts, self.ent_of_key, self.by_surname = texts, ent_of_key, by_surname
        self.art_ents: dict[str, set] = defaultdict(set)  # entities quoted per article
        for _, a, ty, _, key, _, _ in rows:
            if ty == "person" and len(key) >= 2:
                self.art_ents[a].add(ent_of_key[key])
        self.text_hints: dict[tuple, Counter] = defaultdict(Counter)
        self.text_cache: dict[tuple[str, str], list[tuple]] = {}
        self.ent_hints = self._entity_hints(rows)

    def entity_for_key(self, k: tuple) -> tuple:
        if k in self.ent_of_key:
            return self.ent_of_key[k]
        compat = [e for e in self.by_surname.get(k[-1], ()) if _full_compatible(k, e)]
        return compat[0] if len(compat) == 1 else k

    def in_article(self, a: str, surname: str, surname_display: str) -> list[tuple]:
        """Full-name entities with this surname named in article ``a``."""
        cands = sorted(e for e in self.art_ents.get(a, ()) if e[-1] == surname)
        if cands or a not in self.texts:
            return cands
        ck = (a, surname_display)
        if ck not in self.text_cache:
            found = set()
            for k, g in _text_full_names(self.texts[a], surname_display):
                e = self.entity_for_key(k)
                if e[-1] == surname:
                    found.add(e)
                    if g:
                        self.text_hints[e][g] += 1
            self.text_cache[ck] = sorted(found)
        return self.text_cache[ck]

    def _entity_hints(self, rows) -> dict[tuple, Counter]:
        """Gender votes per full-name entity: the speakers' hints, a surname's hint
        when its article names one such entity, and "Mr./Ms. <surname>" in the text
        of an article quoting one person of that surname."""
        ent_hints: dict[tuple, Counter] = defaultdict(Counter)
        for _, a, ty, display, key, g, _ in rows:
            if ty != "person" or not key:
                continue
            if len(key) >= 2:
                if g:
                    ent_hints[self.ent_of_key[key]][g] += 1
            else:
                c = self.in_article(a, key[0], display[-1] if display else key[0])
                if g and len(c) == 1:
                    ent_hints[c[0]][g] += 1
        for a, ents in self.art_ents.items():
            text = self.texts.get(a)
            if not isinstance(text, str) or not ents:
                continue
            surnames = Counter(e[-1] for e in ents)
            for hon, sur in _HONORIFIC_IN_TEXT.findall(text[:2_000_000]):
                f = _fold(_strip_possessive(sur))
                if surnames.get(f) == 1:
                    e = next(e for e in ents if e[-1] == f)
                    ent_hints[e]["m" if _fold(hon) == "mr" else "f"] += 1
        return ent_hints

    def fits(self, e, g) -> bool:
        """May entity ``e`` be a person of gender hint ``g``?"""
        c = self.ent_hints.get(e, Counter()) + self.text_hints.get(e, Counter())
        eg = None if c["m"] == c["f"] else ("m" if c["m"] > c["f"] else "f")
        return g is None or eg is None or eg == g


_ORG_LOWER = frozenset(w.lower() for w in _ORG_WORDS)


def _org_glued(key: tuple) -> bool:
    """Is full-name key ``key`` a fragment glued to an organisation ("s bank
    citicorp"): a word before the surname is an organisation word or legal form?

    >>> _org_glued(("s", "bank", "citicorp")), _org_glued(("ann", "banks"))
    (True, False)
    """
    return any(t in _ORG_LOWER or t in COMPANY_SUFFIXES for t in key[:-1])


def _text_title(cands: _Candidates, a: str, surname: str) -> str | None:
    """The one office article ``a`` writes right before ``surname`` ("President
    Biden" -> "president"); None when it writes none or several."""
    ck = ("#office", a, surname)
    if ck not in cands.text_cache:
        text = cands.texts.get(a)
        found = set()
        if isinstance(text, str) and surname:
            pat = r"\b([A-Za-z]+)\s+" + re.escape(surname) + r"\b"
            found = {_fold(w) for w in re.findall(pat, text[:200_000])} & _ROLES
        cands.text_cache[ck] = next(iter(found)) if len(found) == 1 else None
    return cands.text_cache[ck]


def _titled_in_transcript(raw, a: str, cands: _Candidates, office: dict) -> tuple | None:
    """The person a bare title ("the President") stands for in transcript ``a``:
    the one name written after that title in its text ("President Hale"), as the
    full-name entity most often given that title; None when not exactly one."""
    from .transcripts import _titled_surnames, is_transcript

    title = _normalise_descriptor(raw)
    text = cands.texts.get(a)
    if title not in _ROLES or not isinstance(text, str):
        return None
    ck = ("#title", a, title)
    if ck not in cands.text_cache:
        found = _titled_surnames(title.title(), text[:200_000]) if is_transcript(text) else {}
        ent = None
        if len(found) == 1:
            sur = next(iter(found))
            pool = cands.in_article(a, _fold(sur), sur) or cands.by_surname.get(_fold(sur), [])
            votes = sorted((office[e][title], e) for e in pool)
            second = votes[-2][0] if len(votes) > 1 else 0
            if len(votes) == 1 or (votes and votes[-1][0] > 0 and votes[-1][0] >= 2 * second):
                ent = votes[-1][1]
        cands.text_cache[ck] = ent
    return cands.text_cache[ck]


def _assign_entities(rows: list[tuple], cands: _Candidates) -> list[tuple]:
    """(kind, key) entity of every row: descriptors for non-people and bare titles,
    the full-name entity, or for a surname the one candidate that fits (else the
    surname, split by Mr./Ms. when both genders occur)."""
    assign: list[tuple] = []
    unresolved: dict[str, list[int]] = defaultdict(list)  # surname -> row positions
    titles = getattr(cands, "titles", None) or [None] * len(rows)
    office: dict[tuple, Counter] = defaultdict(Counter)  # full-name entity -> its titles
    for r, t in zip(rows, titles, strict=True):
        if t and len(r[4]) >= 2:
            office[cands.ent_of_key[r[4]]][t] += 1
    for i, (_, a, ty, display, key, g, raw) in enumerate(rows):
        ent = _titled_in_transcript(raw, a, cands, office) if ty != "person" or not key else None
        if ent:  # "the President said" in a briefing naming one president
            assign.append(("person", ent))
        elif ty == "organization":
            assign.append((ty, _org_key(_normalise_descriptor(raw))))
        elif ty != "person":
            assign.append((ty, _normalise_descriptor(raw)))
        elif not key:  # a bare title: "the President"
            assign.append(("role", _normalise_descriptor(raw)))
        elif len(key) >= 2:
            assign.append(("person", cands.ent_of_key[key]))
        else:
            surname = key[0]
            local = cands.in_article(a, surname, display[-1])
            pool = local or [e for e in cands.by_surname.get(surname, []) if not _org_glued(e)]
            fit = [e for e in pool if cands.fits(e, g)]
            title = titles[i] or (_text_title(cands, a, display[-1]) if len(fit) > 1 else None)
            if len(fit) > 1 and title:  # "President Biden": the one mostly titled so
                votes = sorted((office[e][title], e) for e in fit)
                if votes[-1][0] > 0 and votes[-1][0] >= 2 * votes[-2][0]:
                    fit = [votes[-1][1]]
            if len(fit) == 1:
                assign.append(("person", fit[0]))
            else:
                assign.append(("person", key))
                unresolved[surname].append(i)
    _same_in_article(rows, assign, unresolved, cands)
    # unresolved surnames: split Mr./Ms. only when both genders occur
    for surname, idx in unresolved.items():
        if {rows[i][5] for i in idx if rows[i][5]} == {"m", "f"}:
            for i in idx:
                if rows[i][5]:
                    assign[i] = ("person", (surname, "#" + rows[i][5]))
    return assign


def _same_in_article(rows, assign, unresolved, cands) -> None:
    """Give a surname row left unresolved the full-name entity another row of its
    article with that surname was resolved to, when that is one entity and fits the
    row's gender hint ("Pres. Obama said" resolved to Barack Obama, "Obama" in a
    later quote of that article too); ``unresolved`` loses the rows so filled."""
    found: dict[tuple, set] = defaultdict(set)  # (article, surname) -> entities
    for r, (kind, ent) in zip(rows, assign, strict=True):
        if kind == "person" and r[2] == "person" and len(ent) >= 2 and r[4]:
            found[(r[1], r[4][-1])].add(ent)
    for surname, idx in unresolved.items():
        keep = []
        for i in idx:
            ents = found.get((rows[i][1], surname), set())
            if len(ents) == 1 and cands.fits(next(iter(ents)), rows[i][5]):
                assign[i] = ("person", next(iter(ents)))
            else:
                keep.append(i)
        idx[:] = keep


def _names_and_ids(rows: list[tuple], assign: list[tuple]) -> tuple[dict, dict]:
    """(entity -> display name, entity -> unique id slug)."""
    forms: dict[tuple, Counter] = defaultdict(Counter)
    for i, ent in enumerate(assign):
        ent_type, ent_key = ent
        display, key = rows[i][3], rows[i][4]
        if ent_type != "person":
            forms[ent][ent_key] += 1
        elif len(key) >= 2 or len(ent_key) == 1 or ent_key[-1].startswith("#"):
            forms[ent][" ".join(display)] += 1
        else:
            forms[ent]  # noqa: B018 - full-name entity reached from a surname only
    names: dict[tuple, str] = {}
    ids: dict[tuple, str] = {}
    used: set[str] = set()
    for ent in sorted(forms):
        ent_type, ent_key = ent
        f = forms[ent]
        if f:
            names[ent] = _display_choice(f)
        else:  # entity stated only in an article's text
            names[ent] = " ".join(w.capitalize() for w in ent_key)
        if ent_type == "person" and ent_key[-1].startswith("#"):
            names[ent] = ("Mr. " if ent_key[-1] == "#m" else "Ms. ") + names[ent]
        if ent_type == "person":
            base = _slug(names[ent])
        elif ent_type == "role":
            base = "role-" + _slug(ent_key)
        else:
            base = _TYPE_PREFIX.get(ent_type, _slug(ent_type)) + "-" + _slug(ent_key)
        sid, k = base, 2
        while sid in used:
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        ids[ent] = sid
    return names, ids


# --------------------------------------------------------------------------
# counts and helper tables
# --------------------------------------------------------------------------


def _count_words(text) -> int:
    return len(_WORD.findall(text)) if isinstance(text, str) else 0


def _month(published: pd.Series) -> pd.Series:
    start = period_start(published, "M")
    return start.dt.strftime("%Y-%m").where(start.notna(), None)


def _with_by(quotes: pd.DataFrame, by, articles: pd.DataFrame | None) -> tuple[pd.DataFrame, list]:
    """Return quotes plus the grouping columns ``by`` (joined from articles if needed)."""
    if by is None:
        return quotes.copy(), []
    cols = [by] if isinstance(by, str) else list(by)
    q = quotes.copy()
    missing = [c for c in cols if c not in q.columns]
    if not missing:
        return q, cols
    if articles is None:
        raise KeyError(f"{missing} not in quotes; pass articles= to join them")
    a = articles.copy()
    if "month" in missing and "month" not in a.columns:
        a["month"] = _month(a["published"]) if "published" in a else None
    need = [c for c in missing if c in a.columns]
    if len(need) != len(missing):
        raise KeyError(f"{sorted(set(missing) - set(need))} in neither quotes nor articles")
    a = a[["article_id", *need]].drop_duplicates("article_id")
    a["article_id"] = a["article_id"].astype(str)
    q["_aid"] = q["article_id"].astype(str)
    q = q.merge(a.rename(columns={"article_id": "_aid"}), on="_aid", how="left").drop(
        columns="_aid"
    )
    q.index = quotes.index
    return q, cols


def _one_row_per_statement(q: pd.DataFrame) -> pd.DataFrame:
    """The first row of every statement (``statement_id``: '"A," she said. "B."' is
    two rows, one statement); every row when the frame has no statement_id."""
    if "statement_id" not in q.columns:
        return q
    sid = q["statement_id"]
    return q[~(sid.duplicated() & sid.notna())]


def _statement_keys(q: pd.DataFrame) -> pd.Series:
    """A key per row that rows of one statement share (the row itself without a
    statement_id)."""
    own = pd.Series([f"\0row{i}" for i in range(len(q))], index=q.index)
    if "statement_id" not in q.columns:
        return own
    return q["statement_id"].astype(object).where(q["statement_id"].notna(), own).astype(str)


def _speaker_col(q: pd.DataFrame) -> str:
    return "speaker_name" if "speaker_name" in q.columns else "speaker"


def speaker_counts(
    quotes: pd.DataFrame, by=None, articles: pd.DataFrame | None = None, types=("person",)
) -> pd.DataFrame:
    """Quotes, quoted words and articles per speaker, with each speaker's share.

    ``quotes`` counts statements: the rows of one statement (same ``statement_id``,
    e.g. '"A," she said. "B."' or a quotation carried over several paragraphs)
    count once; ``words`` counts the quoted words of all its rows. ``speaker`` is
    ``speaker_name`` when the quotes were resolved
    (``speaker_id`` is then kept too). ``types`` chooses the speaker types
    counted: people by default, e.g. ``("organization", "anonymous")`` for the
    other chart, None for every type. ``share`` is the speaker's fraction of
    the quotes within its ``by`` group. ``by`` names columns of ``quotes`` or
    of ``articles`` (joined on article_id, e.g. "source"), or "month" (from
    ``articles.published``). Sorted by group, quotes desc, then speaker.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["X", "Y", "X"],
        ...                   "speaker_type": "person", "quote": ["one two", "three", "four"]})
        >>> speaker_counts(q)[["speaker", "quotes", "words", "articles", "share"]].values.tolist()
        [['X', 2, 3, 2, 0.6666666666666666], ['Y', 1, 1, 1, 0.3333333333333333]]
    """
    # hook (issue 13): people by default; types=None counts every type
    check_frame(quotes, "speaker_counts", "quotes", (*_QUOTE_COLS, "speaker_id", "speaker_name"))
    if types is not None and "speaker_type" in quotes.columns:
        types = [types] if isinstance(types, str) else list(types)
        quotes = quotes[quotes["speaker_type"].fillna("unknown").isin(types)]
    q, cols = _with_by(quotes, by, articles)
    spk = _speaker_col(q)
    id_col = "speaker_id" if "speaker_id" in q.columns else None
    base_cols = [*cols, "speaker", "speaker_type", "quotes", "words", "articles", "share"]
    if id_col:
        base_cols.insert(len(cols) + 1, "speaker_id")
    if q.empty:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in base_cols}).astype(
            {"quotes": "int64", "words": "int64", "articles": "int64", "share": "float64"}
        )
    q = q.assign(
        _spk=q[spk].where(q[spk].notna(), "unknown").astype(str),
        _key=(q[id_col] if id_col else q[spk]).astype(str),
        _type=(q["speaker_type"] if "speaker_type" in q else "unknown"),
        _words=(q["quote"] if "quote" in q else pd.Series("", index=q.index)).map(_count_words),
        _art=(q["article_id"].astype(str) if "article_id" in q else "0"),
        _stmt=_statement_keys(q),
    )
    q["_type"] = q["_type"].fillna("unknown").astype(str)
    keys = [*cols, "_key"]
    g = q.groupby(keys, dropna=False, sort=True)
    res = g.agg(
        speaker=("_spk", "first"),  # constant per group: speaker_name per id, or the key
        quotes=("_stmt", "nunique"),
        words=("_words", "sum"),
        articles=("_art", "nunique"),
    ).reset_index()
    # most frequent speaker_type per speaker (ties: alphabetical)
    tcount = _one_row_per_statement(q).groupby([*keys, "_type"], dropna=False).size()
    tcount = tcount.rename("_n").reset_index()
    tcount = tcount.sort_values(["_n", "_type"], ascending=[False, True], kind="mergesort")
    tcount = tcount.drop_duplicates(keys).rename(columns={"_type": "speaker_type"})
    res = res.merge(tcount.drop(columns="_n"), on=keys, how="left")
    if cols:
        tot = res.groupby(cols, dropna=False)["quotes"].transform("sum")
    else:
        tot = res["quotes"].sum()
    res["share"] = res["quotes"] / tot
    if id_col:
        res = res.rename(columns={"_key": "speaker_id"})
    else:
        res = res.drop(columns="_key")
    res = res.sort_values(
        [*cols, "quotes", "speaker", *(["speaker_id"] if id_col else [])],
        ascending=[True] * len(cols) + [False, True] + ([True] if id_col else []),
        kind="mergesort",
        na_position="last",
    ).reset_index(drop=True)
    for c in ("quotes", "words", "articles"):
        res[c] = res[c].astype("int64")
    return res[base_cols]


def anonymous_share(
    quotes: pd.DataFrame, articles: pd.DataFrame | None = None, by="source"
) -> pd.DataFrame:
    """Share of quotes attributed to anonymous sources, per ``by`` group.

    Counts quotes (statements, not rows nor speakers): columns ``by``, quotes,
    anonymous, anonymous_share; sorted by group. Groups without quotes are absent.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a"], "speaker_type": ["person", "anonymous"]})
        >>> a = pd.DataFrame({"article_id": ["a"], "source": ["CBS"]})
        >>> anonymous_share(q, a).values.tolist()
        [['CBS', 2, 1, 0.5]]
    """
    q, cols = _with_by(_one_row_per_statement(quotes), by, articles)
    out_cols = [*cols, "quotes", "anonymous", "anonymous_share"]
    if q.empty:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in out_cols}).astype(
            {"quotes": "int64", "anonymous": "int64", "anonymous_share": "float64"}
        )
    q["_anon"] = (q["speaker_type"] if "speaker_type" in q else "").eq("anonymous")
    if cols:
        res = (
            q.groupby(cols, dropna=False, sort=True)
            .agg(quotes=("_anon", "size"), anonymous=("_anon", "sum"))
            .reset_index()
        )
    else:
        res = pd.DataFrame({"quotes": [len(q)], "anonymous": [int(q["_anon"].sum())]})
    res["quotes"] = res["quotes"].astype("int64")
    res["anonymous"] = res["anonymous"].astype("int64")
    res["anonymous_share"] = res["anonymous"] / res["quotes"]
    return res[out_cols]


def _top_people(quotes: pd.DataFrame, n: int) -> list[str]:
    counts = speaker_counts(quotes)
    people = counts[counts["speaker_type"] == "person"]
    return people["speaker"].head(n).tolist()


def quotes_over_time(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    speakers=None,
    freq: str = "M",
) -> pd.DataFrame:
    """Quotes per period for chosen speakers (zero-filled), from article dates.

    ``speakers``: None -> the 5 most-quoted people; an int -> that many; or a
    list of names (matched against speaker_name/speaker or speaker_id).
    Quotes (statements) from undated articles are left out. Columns: period
    (start timestamp), speaker, quotes.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "b"], "speaker": ["X", "X"],
        ...                   "speaker_type": "person"})
        >>> a = pd.DataFrame({"article_id": ["a", "b"],
        ...                   "published": pd.to_datetime(["2001-01-05", "2001-03-01"])})
        >>> quotes_over_time(q, a)["quotes"].tolist()
        [1, 0, 1]
    """
    cols = ["period", "speaker", "quotes"]
    empty = pd.DataFrame(
        {
            "period": pd.Series([], dtype="datetime64[ns]"),
            "speaker": pd.Series([], dtype="str"),
            "quotes": pd.Series([], dtype="int64"),
        }
    )
    if quotes.empty or articles is None or articles.empty or "published" not in articles:
        return empty
    spk = _speaker_col(quotes)
    if speakers is None or isinstance(speakers, (int, np.integer)):
        chosen = _top_people(quotes, 5 if speakers is None else int(speakers))
    else:
        chosen = [speakers] if isinstance(speakers, str) else list(speakers)
    q = _one_row_per_statement(quotes)
    if "speaker_id" in q.columns:
        id_to_name = dict(zip(q["speaker_id"], q[spk], strict=False))
        chosen = [id_to_name.get(s, s) for s in chosen]
    q = q[q[spk].isin(chosen)]
    if q.empty:
        return empty
    pub = articles[["article_id", "published"]].drop_duplicates("article_id").copy()
    pub["article_id"] = pub["article_id"].astype(str)
    pub["published"] = pd.to_datetime(pub["published"], errors="coerce", utc=True).dt.tz_convert(
        None
    )
    m = pd.DataFrame(
        {"article_id": q["article_id"].astype(str).to_numpy(), "speaker": q[spk].to_numpy()}
    ).merge(pub, on="article_id", how="left")
    m = m[m["published"].notna()]
    if m.empty:
        return empty
    f = period_freq(freq)
    m["period"] = m["published"].dt.to_period(f)
    periods = pd.period_range(m["period"].min(), m["period"].max(), freq=f)
    counts = m.groupby(["period", "speaker"]).size()
    order = [s for s in chosen if s in set(m["speaker"])]
    idx = pd.MultiIndex.from_product([periods, order], names=["period", "speaker"])
    res = counts.reindex(idx, fill_value=0).rename("quotes").reset_index()
    res["period"] = res["period"].dt.start_time
    res["quotes"] = res["quotes"].astype("int64")
    return res[cols]


def co_quotation(quotes: pd.DataFrame, top: int = 10, types=("person",)) -> pd.DataFrame:
    """Speaker × speaker matrix: number of articles quoting both.

    The ``top`` most-quoted speakers of the given ``types`` (None -> every
    type but "unknown") in descending order; the diagonal is the number of
    articles quoting that speaker. Index and columns are speaker names (index
    name "speaker"); ``.reset_index()`` before saving as CSV.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["X", "Y", "X"],
        ...                   "speaker_type": "person"})
        >>> co_quotation(q).values.tolist()
        [[2, 1], [1, 1]]
    """
    counts = speaker_counts(quotes, types=None)
    if types is None:
        counts = counts[counts["speaker_type"] != "unknown"]
    else:
        counts = counts[counts["speaker_type"].isin(list(types))]
    names = counts["speaker"].head(top).tolist()
    if not names:
        return pd.DataFrame(index=pd.Index([], name="speaker", dtype=object), dtype="int64")
    spk = _speaker_col(quotes)
    sub = quotes[quotes[spk].isin(names)]
    inc = pd.crosstab(sub["article_id"].astype(str), sub[spk]).clip(upper=1)
    inc = inc.reindex(columns=names, fill_value=0)
    mat = inc.T.dot(inc).astype("int64")
    mat = mat.reindex(index=names, columns=names)
    mat.index.name = "speaker"
    mat.columns.name = None
    return mat


_KINDS = ["direct", "indirect", "mixed"]


def kind_by(
    quotes: pd.DataFrame, articles: pd.DataFrame | None = None, by="source"
) -> pd.DataFrame:
    """Direct / indirect / mixed quote counts and shares per ``by`` group (one
    statement counts once, with the kind of its first row).

    Tidy: columns ``by``, kind, quotes, share (within the group); every kind
    present in every group (zero-filled).

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a"], "kind": ["direct", "indirect"]})
        >>> a = pd.DataFrame({"article_id": ["a"], "source": ["CBS"]})
        >>> kind_by(q, a)[["kind", "quotes"]].values.tolist()
        [['direct', 1], ['indirect', 1], ['mixed', 0]]
    """
    q, cols = _with_by(_one_row_per_statement(quotes), by, articles)
    out_cols = [*cols, "kind", "quotes", "share"]
    if q.empty:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in out_cols}).astype(
            {"quotes": "int64", "share": "float64"}
        )
    q["_kind"] = (q["kind"] if "kind" in q else "unknown").fillna("unknown").astype(str)
    kinds = _KINDS + sorted(set(q["_kind"]) - set(_KINDS))
    if cols:
        counts = q.groupby([*cols, "_kind"], dropna=False).size()
        groups = q[cols].drop_duplicates().sort_values(cols, kind="mergesort", na_position="last")
        rows = [(*g, k) for g in groups.itertuples(index=False, name=None) for k in kinds]
        idx = pd.MultiIndex.from_tuples(rows, names=[*cols, "_kind"])
        res = counts.reindex(idx, fill_value=0).rename("quotes").reset_index()
        res["share"] = res["quotes"] / res.groupby(cols, dropna=False)["quotes"].transform("sum")
    else:
        counts = q["_kind"].value_counts().reindex(kinds, fill_value=0)
        res = pd.DataFrame({"_kind": kinds, "quotes": counts.to_numpy()})
        res["share"] = res["quotes"] / res["quotes"].sum()
    res = res.rename(columns={"_kind": "kind"})
    res["quotes"] = res["quotes"].astype("int64")
    return res[out_cols].reset_index(drop=True)


def speaker_quotes(
    quotes: pd.DataFrame,
    articles: pd.DataFrame | None,
    speaker,
    context: int = 150,
) -> pd.DataFrame:
    """One speaker's quotes with ``context`` characters of article text around them.

    ``speaker`` matches speaker_id, speaker_name or speaker (case-insensitive).
    Columns: article_id, title, source, published, quote_id, speaker, kind,
    cue, quote, before, after — sorted by date, article, position.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a"], "speaker": ["X"], "quote": ["hi"],
        ...                   "start": [7], "end": [9]})
        >>> a = pd.DataFrame({"article_id": ["a"], "text": ["X said hi there"]})
        >>> speaker_quotes(q, a, "x", context=6)[["before", "after"]].values.tolist()
        [['said ', ' there']]
    """
    cols = [
        "article_id",
        "title",
        "source",
        "published",
        "quote_id",
        "speaker",
        "kind",
        "cue",
        "quote",
        "before",
        "after",
    ]
    if quotes.empty or speaker is None:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in cols})
    want = str(speaker).casefold()
    mask = pd.Series(False, index=quotes.index)
    for c in ("speaker_id", "speaker_name", "speaker"):
        if c in quotes.columns:
            mask |= quotes[c].astype(str).str.casefold().eq(want)
    q = quotes[mask].copy()
    q["article_id"] = q["article_id"].astype(str)
    spk = _speaker_col(q)
    q["speaker"] = q[spk]
    meta = ["title", "source", "published", "text"]
    if articles is not None and len(articles):
        a = articles[["article_id", *[c for c in meta if c in articles.columns]]].copy()
        a["article_id"] = a["article_id"].astype(str)
        q = q.drop(columns=[c for c in meta if c in q.columns]).merge(
            a.drop_duplicates("article_id"), on="article_id", how="left"
        )
    for c in [*meta, "quote_id", "kind", "cue", "quote", "start", "end"]:
        if c not in q.columns:
            q[c] = None
    before, after = [], []
    ctx = max(0, int(context))
    for text, s, e in zip(q["text"], q["start"], q["end"], strict=True):
        if isinstance(text, str) and pd.notna(s) and pd.notna(e):
            s, e = int(s), int(e)
            b = text[max(0, s - ctx) : s]
            f = text[e : e + ctx]
            if s - ctx > 0 and text[s - ctx - 1].isalnum() and " " in b:
                b = b[b.find(" ") + 1 :]  # no partial word at the left edge
            if e + ctx < len(text) and text[e + ctx].isalnum() and " " in f:
                f = f[: f.rfind(" ")]
            # context is for reading: line and paragraph breaks shown as one space
            before.append(" ".join(b.split(None)) + (" " if b[-1:].isspace() else ""))
            after.append((" " if f[:1].isspace() else "") + " ".join(f.split(None)))
        else:
            before.append("")
            after.append("")
    q["before"], q["after"] = before, after
    q["_s"] = pd.to_numeric(q["start"], errors="coerce")
    q["_p"] = pd.to_datetime(q["published"], errors="coerce", utc=True)
    q = q.sort_values(["_p", "article_id", "_s"], kind="mergesort", na_position="last")
    return q[cols].reset_index(drop=True)
