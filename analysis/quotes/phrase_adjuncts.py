"""Words between a speaker phrase and its cue: adverbs, modals, short time and
place adjuncts and emphatic "do" skipped back from a cue (``_before_adjuncts``), a
parenthetical or a dash aside closed right before the cue (``_paren_open``,
``_dash_aside_open``), "..., including X," segments, participle phrases and "ago"
adjuncts; and whether the text after a frame is only an adverbial
(``_is_adjunct_only``).
"""

from __future__ import annotations

import re

from .lexicon import (
    _ADJUNCT_NOUNS,
    _AGO_WORDS,
    _DETS,
    _IRREGULAR_PAST,
    _PREPS,
    _TIME_PREPS,
    _TIME_WORDS,
    _skips_before_cue,
)
from .phrases import _MODALS, _WORD_SURNAMES, _is_cap

_ADJ_ONLY_RE = re.compile(
    r"\s*(?:,\s*)?(?:[a-z]{3,}ly\s+)?"  # "pleasantly into the phone"
    r"(?:after|before|during|at|in|on|to|with|from|while|when|as|outside|inside|into|"
    r"about|of|by|via|through|following|ahead|late|early|earlier|later|last|this|on)\b[^,;:\x01]{0,60}[.!?]?\s*$"
)


def _is_adjunct_only(post_text: str) -> bool:
    """Is the text after a frame only an adverbial ('after the attacks', 'to People')?"""
    return len(post_text) <= 80 and _ADJ_ONLY_RE.match(post_text) is not None


def _including_segment(toks, i):
    """Index before ", including X," ending at the comma toks[i], or None."""
    j = i - 1
    while j >= 0 and i - j <= 10 and toks[j][2] != ",":
        j -= 1
    if (
        j >= 1
        and toks[j][2] == ","
        and toks[j + 1][2].lower()
        in (
            "including",
            "like",
            "especially",
            "notably",
            "among",
        )
    ):
        return j - 1
    return None


# a year after a preposition before the cue is an adjunct, never the speaker
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")

_YEAR_PREPS = frozenset("in since by until during".split())

_MOTION_PREPS = frozenset("through across along around into outside inside near past".split())


def _participle_head(toks, j, lex):
    """Start of the noun phrase that a participle phrase ending in toks[j:] modifies
    ("Protesters marching through | the streets" -> "Protesters"), else ``j``: the
    head is a listed speaker noun right before "<-ing word> <preposition>"."""
    if j < 3:
        return j
    prep, ing, head = toks[j - 1][2].lower(), toks[j - 2][2].lower(), toks[j - 3][2]
    if (
        (prep in _PREPS or prep in _MOTION_PREPS)
        and ing.endswith("ing")
        and len(ing) > 4
        and head.lower() in lex.nouns
    ):
        k = j - 3
        while k - 1 >= 0 and toks[k - 1][2].lower() in _DETS:
            k -= 1
        return k
    return j


# emphatic "do" between a subject and a bare cue: "Lee did note that ..."
_DO_AUX = frozenset(("did", "does", "do"))


def _bare_verb(toks, k):
    """Is token k a lower-case bare verb form, as after an emphatic "do" ("did say",
    "does note"; not "noted", "says", "saying" or a comma)?

    >>> _bare_verb([(0, 3, "did"), (4, 7, "say")], 1), _bare_verb([(0, 5, "noted")], 0)
    (True, False)
    """
    w = toks[k][2] if k < len(toks) else ""
    return w.isalpha() and w.islower() and not w.endswith(("ed", "ing")) and w[-1:] != "s"


def _skips_or_do(toks, j, k):
    """May token j stand between a speaker and the cue at token k: a word
    ``_skips_before_cue`` takes, or an emphatic "do" before a bare cue ("did note")?"""
    return _skips_before_cue(toks[j][2]) or (toks[j][2].lower() in _DO_AUX and _bare_verb(toks, k))


def _ago_start(toks, i):
    """Token index where the time adjunct ending in "ago" at index i starts ("two
    weeks ago", "10 days ago"); i when the words before it are no such adjunct."""
    j = i
    while j - 1 >= 0 and i - j < 4:
        w = toks[j - 1][2].lower()
        if w not in _AGO_WORDS and not w.isdigit():
            break
        j -= 1
    return j if j < i and toks[i - 1][2].lower() not in ("a", "an", "of") else i


# a quantifier floated after its subject ("they have both said", "the ministers all
# urged", "the two each said"), the auxiliary it may follow, and the words that show it
# is no floated quantifier ("and both said", "of all said", "the both")
_FLOATING_QUANT = frozenset(("both", "all", "each"))

_AUX_HAVE_BE = frozenset("have has had are were".split())

_NOT_BEFORE_QUANT = frozenset(
    "and or but of for to in on at by with from than the a an that which who".split()
)


def _wordlike(w):
    """Is ``w`` a word of letters, inner hyphens and apostrophes allowed ("Lee-Ward",
    "O'Neil")?

    >>> _wordlike("Lee-Ward"), _wordlike("O'Neil"), _wordlike(","), _wordlike("-")
    (True, True, False, False)
    """
    return w.isalpha() or (
        w[:1].isalpha() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
    )


_ADJUNCTS_LAST: list = [(None, -1, -1)]  # (toks, k, result) of the last _before_adjuncts


def _before_adjuncts(toks, k):
    """``_before_adjuncts0(toks, k)``, or the last call's result when that call had
    the same ``toks`` object and ``k`` (a token window is never changed once built;
    the speaker rules of one cue ask it again: ``_conj_then_skips``, then
    ``_left_np0``). One tuple is stored, so a reader never sees half an update."""
    last = _ADJUNCTS_LAST[0]
    if last[0] is toks and last[1] == k:
        return last[2]
    i = _before_adjuncts0(toks, k)
    _ADJUNCTS_LAST[0] = (toks, k, i)
    return i


# a stretch of time between a subject (or its auxiliary) and the cue: "for years",
# "for many months", "in recent weeks", "over the past two decades"
_SPELL_UNITS = frozenset("years months weeks days decades".split())

_SPELL_PREPS = frozenset("for in over during".split())

_SPELL_MODIFIERS = frozenset(
    "the past last few many several recent two three four five six seven eight nine ten".split()
)


def _spell_start(toks, i):
    """Index of the preposition that opens a stretch of time ending at toks[i] ("for
    years", "in recent weeks", "over the past two decades"), when a word stands
    before it; else -1."""
    if not toks[i][2].islower():
        return -1
    j = i - 1
    while j >= 1 and i - j <= 4 and (toks[j][2] in _SPELL_MODIFIERS or toks[j][2].isdigit()):
        j -= 1
    if j < 1 or toks[j][2] not in _SPELL_PREPS or (toks[j][2] == "in" and i - j < 2):
        return -1  # ("in years": no stretch of time, "in recent years" is)
    return j if toks[j - 1][2].isalpha() else -1


def _before_adjuncts0(toks, k):
    """Index of the last token before token k once adverbs, modals, short
    parentheticals and time or place adjuncts are skipped ("Lee on Tuesday said",
    "Sen. Roy Blunt (R-Mo.) noted", "the nurse in a low voice said"); -1 when nothing
    is left or a parenthetical is unclosed."""
    i = k - 1
    while i >= 0:
        lw_ = toks[i][2].lower()
        if i == k - 1 and _word_as_surname(toks, i, k):
            break  # "Will urged": the surname
        if _skips_before_cue(toks[i][2]) or lw_ in _MODALS:
            i -= 1  # "Lee also said", "the council would formally declare"
        elif lw_ in _DO_AUX and _bare_verb(toks, k):
            i -= 1  # emphatic "do": "Lee did note that", "The report does say"
        elif lw_ == "not" and i + 1 < k and toks[i + 1][2].lower() == "only":
            i -= 1  # "The mayor not only said A but B": the mayor
        elif lw_ == "," and i >= 2 and _skips_before_cue(toks[i - 1][2]) and toks[i - 2][2] == ",":
            i -= 3  # "Proponents of the bill, however, say"
        elif lw_ == "," and _including_segment(toks, i) is not None:
            i = _including_segment(toks, i)  # "Several candidates, including Trump, said"
        elif (
            lw_ in _FLOATING_QUANT
            and i >= 2
            and _wordlike(toks[i - 1][2])
            and toks[i - 1][2].lower() not in _NOT_BEFORE_QUANT
        ):
            # "Lee and Roe have both argued", "the ministers all urged", "She and
            # Lee-Ward both said": the subject
            if toks[i - 1][2].lower() not in _AUX_HAVE_BE:
                i -= 1
            elif _wordlike(toks[i - 2][2]):
                i -= 2
            elif (
                toks[i - 2][2] == ","
                and i >= 5
                and _is_cap(toks[i - 3][2])
                and toks[i - 5][2] != ","  # (not "Lee, of Ohio, have both said")
            ):
                i -= 3  # "Sens. Lee of Ohio and Roe of Utah, have both urged"
            else:
                break  # ("Lee, of ohio, have both said": kept as it was)
        elif lw_ == ")":
            # "Sen. Roy Blunt (R-Mo.) noted": skip a short parenthetical
            j = _paren_open(toks, i)
            if j < 0:
                return -1
            i = j - 1
        elif lw_ in _ASIDE_DASHES and _dash_aside_open(toks, i) >= 1:
            i = _dash_aside_open(toks, i) - 1  # "Ann Roe -- who ran the agency -- said"
        elif lw_ in _TIME_WORDS and i >= 1 and toks[i - 1][2].lower() in _TIME_PREPS:
            i -= 2  # "Clinton on Tuesday said", "officials last week said"
        elif _YEAR_RE.fullmatch(lw_) and i >= 1 and toks[i - 1][2].lower() in _YEAR_PREPS:
            i -= 2  # "who in 2010 said", "the senator since 1998 has argued"
        elif lw_ in _SPELL_UNITS and (j := _spell_start(toks, i)) >= 1:
            i = j - 1  # "The group has for years urged", "Lee has in recent weeks said"
        elif lw_ == "ago" and i >= 1 and _ago_start(toks, i) < i:
            i = _ago_start(toks, i) - 1  # "The mayor two weeks ago said"
        elif (
            lw_ in ("here", "there")
            and toks[i][2].islower()
            and i >= 1
            and toks[i - 1][2].isalpha()
        ):
            i -= 1  # "Officials there say", "many residents here said": a place adverb
        elif (lw_ in _ADJUNCT_NOUNS or lw_ in _TIME_WORDS) and toks[i][2].islower():
            # "Jeb Bush in a Medium post said", "allies have in the past said"
            j = i - 1
            while (
                j >= 0
                and i - j <= 4
                and toks[j][2].lower() not in ("in", "on", "at", "during", "via")
                and toks[j][2] not in (",", ";", ":")  # ("A in effect, the statement said")
            ):
                j -= 1
            if j < 1 or i - j > 4 or toks[j][2].lower() not in ("in", "on", "at", "during", "via"):
                break
            i = j - 1
        else:
            break
    return i


# the longest parenthetical skipped between a name and its cue ("Sen. Chris Doyle (a
# Vermont Democrat so young he is taken for an aide) says"); any parenthetical may be
# up to _SHORT_PAREN tokens long
_SHORT_PAREN = 8

_NAME_PAREN = 30


def _paren_open(toks, i):
    """Index of the "(" that opens the parenthetical closed at toks[i] (a ")"), or -1:
    up to ``_SHORT_PAREN`` tokens back ("Sen. Roy Blunt (R-Mo.) noted"), or up to
    ``_NAME_PAREN`` when a capitalised word (a name) stands right before the "(" and
    the parenthetical holds no quotation mark, ")" or sentence end ("Sen. Chris Doyle
    (a Vermont Democrat so young he is taken for an aide) says").

    >>> toks = [(0, 3, "Lee"), (4, 5, "("), (5, 8, "R-Mo"), (8, 9, ")")]
    >>> _paren_open(toks, 3)
    1
    """
    j = i - 1
    while j >= 0 and i - j <= _SHORT_PAREN and toks[j][2] != "(":
        j -= 1
    if j >= 0 and toks[j][2] == "(":
        return j
    j = i - 1
    while j >= 0 and i - j <= _NAME_PAREN and toks[j][2] != "(":
        if toks[j][2] == ")" or toks[j][2] in _PAREN_STOPS:
            return -1
        j -= 1
    if j < 1 or toks[j][2] != "(":
        return -1
    return j if _is_cap(toks[j - 1][2]) and toks[j - 1][2][-1:].isalpha() else -1


# tokens a long parenthetical after a name never holds: quotation marks, sentence ends
_PAREN_STOPS = frozenset(('"', "“", "”", "''", "``", ".", "!", "?"))

_ASIDE_DASHES = frozenset(("—", "–", "-"))


def _dash_aside_open(toks, i):
    """Index of the dash that opens the relative clause aside closed by the dash
    toks[i] when a name stands right before it ("Ann Roe -- who once ran the agency --
    has said", "Mrs. Roe — whose husband signed the law — said"): up to
    ``_NAME_PAREN`` tokens back, no quotation mark, sentence end, colon or semicolon
    between; -1 when there is none. "--" is two tokens.

    >>> toks = [(0, 3, "Roe"), (4, 5, "—"), (6, 9, "who"), (10, 13, "ran"), (14, 15, "—")]
    >>> _dash_aside_open(toks, 4)
    1
    """
    j = i - 1
    if j >= 0 and toks[j][2] == "-" and toks[i][2] == "-" and toks[j][1] == toks[i][0]:
        j -= 1  # "--": its first hyphen
    while j >= 0 and i - j <= _NAME_PAREN:
        w = toks[j][2]
        if w in _ASIDE_DASHES:
            break
        if w in _PAREN_STOPS or w in (":", ";", "(", ")"):
            return -1
        j -= 1
    if j < 1 or i - j > _NAME_PAREN or toks[j][2] not in _ASIDE_DASHES:
        return -1
    if toks[j][2] == "-" and toks[j - 1][2] == "-" and toks[j - 1][1] == toks[j][0]:
        j -= 1  # "--"
    if j < 1:
        return -1
    prev, first = toks[j - 1][2], toks[j + 2 if toks[j + 1][2] == "-" else j + 1][2]
    if first.lower() not in ("who", "whose"):
        return -1  # (an apposition: "like Ann Lee and Ed Roe -- two captains -- have said")
    return j if _is_cap(prev) and prev[-1:].isalpha() else -1


def _word_as_surname(toks, i, k):
    """Is the capitalised modal or "From" right before the cue toks[k], a past-tense
    or "-s" form, a surname ("Will urged", '," From said'): no modal or preposition
    stands so before a finite verb?

    >>> _word_as_surname([(0, 4, "Will"), (5, 10, "urged")], 0, 1)
    True
    >>> _word_as_surname([(0, 4, "Will"), (5, 8, "say")], 0, 1)
    False
    """
    w = toks[i][2]
    if not (w[:1].isupper() and w[1:].islower() and w.lower() in _WORD_SURNAMES):
        return False
    if k >= len(toks):
        return False  # (no cue token: "Will at daughter says own husband," walks off the end)
    cue = toks[k][2]
    return cue.endswith(("ed", "s")) or cue == "said" or cue in _IRREGULAR_PAST
