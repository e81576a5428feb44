"""The subject of a sentence (``_sentence_subject``: the first noun phrase, after
an opening time phrase, participle clause or prepositional phrase; ``_leading_np``):
where the search starts, "<number> <unit> ago," / "This year," / "Last night," leads,
phrasal verbs, "<quantity> of them" subjects and lower-case head nouns after a
determiner.
"""

from __future__ import annotations

import re

from .apposed_speakers import _apposition_speaker
from .blocks import MASK
from .datelines import DATELINE_RE
from .lexicon import (
    _CONJ,
    _DETS,
    _IRREGULAR_PAST,
    _LEAD_ADVERBIAL,
    _NOT_ROLE,
    _NOUN_LIKE_PAST,
    _NUMERIC,
    _OBJ_PREPS,
    _PREPS,
    _PRONOUNS,
    _QUANT_SUBJ,
    _SENT_START_STOP,
    _SUBORDINATORS,
    _TIME_UNITS,
    _TIME_WORDS,
    _VERBISH_NEXT,
    COMPANY_SUFFIXES,
    SPELLED_NUMBERS,
)
from .np_left import _left_np
from .phrases import _is_cap, _np_word, _window_tokens

_AGO = frozenset("ago later earlier before after".split())


def _ago_phrase(st):
    """Does the sentence open with "<number> <time unit> ago/later," ("Eight years ago,
    he ...")? Then its first words are an adverbial, never the subject."""
    return (
        len(st) > 3
        and (st[0][2].lower() in _NUMERIC or st[0][2][:1].isdigit())
        and st[1][2].lower() in _TIME_UNITS
        and st[2][2].lower() in _AGO
    )


_THIS_WORDS = frozenset("this that next each every".split())


def _this_time_phrase(st):
    """Does the sentence open with "This year," / "That night," / "Next week,"? Then
    its first words are an adverbial, never the subject."""
    return (
        len(st) > 3
        and st[0][2].lower() in _THIS_WORDS
        and (st[1][2].lower() in _TIME_UNITS or st[1][2].lower() in _TIME_WORDS)
        and st[2][2] == ","
    )


_PAST_RE = re.compile(r"[a-z]{3,}ed")


def _participle_lead(st):
    """Does the sentence open with a participle clause taking an object ("Rallying
    hundreds of nurses ..., Ann Ray promised", "Greeting the crowd, ...")? A name
    ending in -ing is followed by a verb or a comma, not by a determiner or number.

    >>> _participle_lead([(0, 8, "Rallying"), (9, 17, "hundreds"), (18, 20, "of")])
    True
    >>> _participle_lead([(0, 7, "Manning"), (8, 12, "said"), (13, 16, "the")])
    False
    """
    if len(st) < 3:
        return False
    w0, w1 = st[0][2], st[1][2]
    return (
        len(w0) > 5
        and w0.endswith("ing")
        and w0[:1].isupper()
        and w0[1:].islower()
        and (w1 in _DETS or w1 in _NUMERIC or w1.isdigit())
    )


# a sentence opening with "he is" / "she is" contracted: the pronoun is the subject
_PRONOUN_IS_RE = re.compile(r"(?:He|She)(?=['’]s[ \t])")

_TIME_LEADS = frozenset("on in last this early late".split())

_DAY_PARTS = frozenset("morning afternoon evening night".split())


def _bare_time_lead(st):
    """Index of the capitalised word right after a time phrase that opens the sentence
    with no comma ("On Sunday morning Mr. Lee made ..." -> "Mr."), 0 when there is none.

    >>> _bare_time_lead([(0, 0, w) for w in "On Sunday morning Mr. Lee made".split()])
    3
    >>> _bare_time_lead([(0, 0, w) for w in "On Sunday , Lee made".split()])
    0
    """
    if len(st) < 4 or st[0][2].lower() not in _TIME_LEADS:
        return 0
    if st[1][2].lower() not in _TIME_WORDS or not st[1][2][:1].isupper():
        return 0
    y = 2
    while y < len(st) and st[y][2].lower() in _DAY_PARTS:
        y += 1
    return y if y < len(st) and _is_cap(st[y][2]) else 0


# verbs as often nouns ("a put", "the cut", "a hit"), so left out of past_verbs.txt,
# and the particles that make them a verb after a name ("Lee put off deciding", "Roe
# hit back at critics", "Lee set out a plan")
_PHRASAL_VERBS = frozenset("put set cut hit let shut".split())

_PARTICLES = frozenset("off out up forward back down aside together".split())


def _phrasal_verb_at(st, x):
    """Is st[x] a verb of ``_PHRASAL_VERBS`` with its particle after it, right after a
    capitalised word or a personal pronoun ("Sullivan put off deciding")?

    >>> toks = [(0, 3, "Lee"), (4, 7, "put"), (8, 11, "off"), (12, 20, "deciding")]
    >>> _phrasal_verb_at(toks, 1)
    True
    """
    if st[x][2] not in _PHRASAL_VERBS or x + 1 >= len(st) or st[x + 1][2] not in _PARTICLES:
        return False
    prev = st[x - 1][2]
    return (_is_cap(prev) and prev[-1:].isalpha()) or prev in ("he", "she", "they", "we")


def _quantity_of_pronoun(st, q):
    """Char span of a "<quantity> of them / us / those" subject at token ``q`` followed
    by a lower-case word (its verb): "Eight of them filed complaints", "Many of them
    signed"; None otherwise.

    >>> st = [(0, 5, "Eight"), (6, 8, "of"), (9, 13, "them"), (14, 19, "filed")]
    >>> _quantity_of_pronoun(st, 0), _quantity_of_pronoun(st[1:], 0)
    ((0, 13), None)
    """
    if (
        q + 3 >= len(st)
        or st[q + 1][2] != "of"
        or st[q + 2][2].lower() not in ("them", "us", "those")
    ):
        return None
    lw, nxt = st[q][2].lower(), st[q + 3][2]
    if not (lw in _QUANT_SUBJ or lw in _NUMERIC or lw.isdigit()):
        return None
    return (st[q][0], st[q + 2][1]) if nxt.isalpha() and nxt.islower() else None


def _subject_search_start(st):
    """Token index where ``_sentence_subject`` starts to look for the predicate (the
    first finite-looking verb): 1, or past a leading time or adverbial phrase ("On
    Sunday morning Mr. Lee made ...": no comma after the time; "In a speech, Lee ...")."""
    if (t := _bare_time_lead(st)) > 0:
        return t + 1
    if (
        st[0][2].lower() in _LEAD_ADVERBIAL
        or _participle_lead(st)
        or _ago_phrase(st)
        or _this_time_phrase(st)
    ):
        for y in range(1, min(len(st), 25)):
            if st[y][2] == ",":
                return y + 2
    return 1


# four-letter pasts in "-ied" that the "-ed" test (longer words only) misses: "Dozens of
# fishers tied up their boats ..., saying": the predicate, not a word of the subject
_SHORT_IED_PAST = frozenset(("tied", "died", "lied", "vied"))


def _sentence_subject(masked, ss, se, lex):
    """Char span of the first noun phrase of a sentence (its likely subject), after a
    dateline ("BOSTON - Rallying the crowd, Ann Lee ..."); "She" of "She's ..."."""
    if (
        masked[ss : ss + 1].isupper()
        and (d := DATELINE_RE.match(masked, ss, se)) is not None
        and (masked[d.end() - 1] != "-" or masked[d.end() - 2] in " \t-")
    ):  # (a hyphen only when spaced: "KVOA-TV:" is a name, not a dateline)
        ss = d.end()
    if (m := _PRONOUN_IS_RE.match(masked, ss, se)) is not None:
        return ss, m.end()  # "She's a Lee supporter but concedes ...": "She"
    st = _window_tokens(masked, ss, min(se, ss + 200))
    if not st:
        return None
    x0 = _subject_search_start(st)  # the predicate is found, then the NP before it
    held = None
    if (span := _quantity_of_pronoun(st, x0 - 1 if x0 > 1 else 0)) is not None:
        return span  # "This year, eight of them filed complaints, saying ..."
    for x in range(x0, min(len(st), x0 + 25)):
        w = st[x][2]
        if w[0] == MASK:
            break
        if not (w.isalpha() and w.islower()):
            continue
        prev = st[x - 1][2]
        plural_head = False
        if (
            x + 1 < len(st)
            and _is_cap(prev)
            and w not in lex.nouns
            and len(w) > 6
            and w.endswith(("ers", "ists"))
            and (st[x + 1][2] in _VERBISH_NEXT or _PAST_RE.fullmatch(st[x + 1][2]))
        ):
            # "two Democratic speechwriters implored": an unlisted plural head, not a verb
            x += 1
            w, prev = st[x][2], st[x - 1][2]
            plural_head = True
        elif w in lex.nouns and w.endswith("s") and _is_cap(prev) and x + 1 < len(st):
            # "some Democratic strategists fear", "two Republican members of Congress ...
            # have said": a plural head noun, not a verb
            nxt = st[x + 1][2]
            if nxt in _PREPS or nxt == "and":
                if held is None:
                    held = _left_np(st, x + 1, lex)  # the subject if no verb parses later
                continue
            if (
                nxt.isalpha()
                and nxt.islower()
                and nxt not in _DETS
                and nxt not in _CONJ
                and nxt not in ("who", "that", "which", "whose")
            ):
                x += 1
                w, prev = nxt, st[x - 1][2]
                plural_head = True
        if (
            plural_head
            or w in _VERBISH_NEXT
            or (w in lex.verb_lemma and not _possessed_noun(st, x))
            or (w.endswith("ed") and len(w) > 4)
            or (w in _SHORT_IED_PAST and prev.lower() not in _DETS)  # "fishers tied up"
            or (w in _IRREGULAR_PAST and prev.lower() not in _DETS and prev.lower() not in _PREPS)
            or (  # "Justice Quill found that ...": "found" then "that" after a name is the verb
                w in _NOUN_LIKE_PAST
                and _is_cap(prev)
                and x + 1 < len(st)
                and st[x + 1][2] == "that"
            )
            or _phrasal_verb_at(st, x)
            or (
                w.endswith("s")
                and len(w) > 3
                and not w.endswith("ss")
                and prev.isalpha()
                and prev.lower() not in _DETS
                and prev.lower() not in _PREPS
                and prev.lower() not in SPELLED_NUMBERS  # ("Twelve nurses at ...": a count)
                and (prev[:1].isupper() or prev.lower() in lex.nouns or prev.lower() in _PRONOUNS)
            )
        ):
            np_ = _left_np(st, x, lex)
            if np_ is not None and np_[0] <= 14:
                a, b = np_
                if st[a][2].lower() == "whose" or (a > 0 and st[a - 1][2].lower() == "whose"):
                    continue  # "Mrs. Roe -- whose husband signed it -- has said": not him
                if all(st[y][2].lower() in _DETS for y in range(a, b)):
                    break
                if a > 0 and st[a - 1][2] in _OBJ_PREPS:
                    break  # "went first at the town hall hosted by CNN": not the subject
                return (st[a][0], st[b - 1][1])
            if np_ is None and held is None and 2 <= x <= 15 and st[x - 1][2] == ",":
                # "the other candidate, Mayor Dana Price, drew a contrast": the apposition
                app = _apposition_speaker(st, x - 1, lex)
                if app is not None:
                    return app
            break
    if held is not None and held[0] <= 14:
        return (st[held[0]][0], st[held[1] - 1][1])
    q = 0
    if (
        1 < x0 <= len(st)
        and st[0][2].lower() not in _SUBORDINATORS
        and (_is_cap(st[x0 - 1][2]) or st[x0 - 1][2] in _DETS)
    ):
        q = x0 - 1  # after a leading adverbial: "In a speech on Tuesday, Mr. Lee ..."
    if st[0][2].isupper() and len(st[0][2]) >= 4:
        # dateline "NORTHFIELD, Ardena (AW) — The chief executive ..."
        for x in range(min(len(st), 12)):
            if st[x][2] in ("—", "–", "-"):
                q = x + 1
                break
    if q == 0 and st[0][2].lower() in _OPENING_PREPS:
        q, span = _after_opening_prep(st, lex)
        if span is not None:
            return span
    while q < len(st) and st[q][2].lower() in _SENT_START_STOP and st[q][2].lower() not in _DETS:
        q += 1
    e2 = q
    while (
        e2 < len(st)
        and (_np_word(st[e2][2], lex) or st[e2][2].lower() in _PRONOUNS)
        and st[e2][2].lower() not in ("it",)
    ):
        e2 += 1
        if st[e2 - 1][2].lower() in _PRONOUNS:
            break
        if (
            e2 + 1 < len(st)
            and st[e2][2] == "."
            and st[e2 - 1][2].lower() in lex.titles
            and _is_cap(st[e2 + 1][2])
            and st[e2][0] == st[e2 - 1][1]
        ):
            e2 += 1  # "Sens. Lee of Ohio and Roe of Utah, both ..., said": past the title's "."
    if e2 > q and _legal_form_dot(st, e2):
        e2 += 1  # "..., and Y, Acme Inc. said, adding": the name with its legal form's "."
    if e2 > q and _dets_or_counts(st, q, e2):  # ("The nurse later sued", "Eleven seasonal
        # workers at an orchard ... have filed"): take the unlisted head noun(s)
        e3 = _det_head_end(st, e2, lex)
        if e3 is None:
            return None
        return (st[q][0], st[e3 - 1][1])
    if e2 > q and any(
        _is_cap(st[x][2]) or st[x][2].lower() in lex.nouns or st[x][2].lower() in _PRONOUNS
        for x in range(q, e2)
    ):
        return (st[q][0], st[e2 - 1][1])
    return None


def _dets_or_counts(st, a, b):
    """Are the words ``st[a:b]`` determiners or spelled-out counts only ("The",
    "Eleven")?"""
    return all(
        st[x][2].lower() in _DETS or st[x][2].lower() in SPELLED_NUMBERS for x in range(a, b)
    )


# possessive determiners before a head noun ("her reply was short")
_POSSESSIVE_DETS = frozenset("her his their its our my your".split())


def _possessed_noun(st, x):
    """Is token ``x``, a verb's form, the head noun of a possessed subject: after a
    possessive ("her", "the coach's") and before "was" / "is" ("Her reply was short:",
    "the coach's answer was brief:")?"""
    prev = st[x - 1][2] if x > 0 else ""
    if x + 1 >= len(st) or st[x + 1][2] not in _VERBISH_NEXT:
        return False
    return prev.lower() in _POSSESSIVE_DETS or prev.endswith(("'s", "’s"))


def _legal_form_dot(st, e):
    """Is token ``e`` the "." glued to a company's legal form ("Inc", "Corp") just
    before it, with no capitalised word after it (so not a sentence's end)?

    >>> _legal_form_dot([(0, 4, "Acme"), (5, 8, "Inc"), (8, 9, "."), (10, 14, "said")], 2)
    True
    >>> _legal_form_dot([(0, 4, "Acme"), (5, 8, "Inc"), (8, 9, "."), (10, 13, "Lee")], 2)
    False
    """
    return (
        e < len(st)
        and st[e][2] == "."
        and st[e][0] == st[e - 1][1]
        and st[e - 1][2].lower() in COMPANY_SUFFIXES
        and (e + 1 >= len(st) or not _is_cap(st[e + 1][2]))
    )


# prepositions that open a sentence with an adverbial before its subject
_OPENING_PREPS = frozenset("absent without barring".split())


def _after_opening_prep(st, lex):
    """(index after the comma that closes an opening prepositional phrase, or 0; the
    char span of lower-case modifiers and a listed head noun right after it, or None):
    "Absent a strong defense of it, average voters may conclude" -> "average voters"."""
    c = next((y for y in range(2, min(len(st), 25)) if st[y][2] == ","), 0)
    if not c:
        return 0, None
    q = e3 = c + 1
    while (
        e3 < len(st)
        and e3 - q < 3
        and st[e3][2].isalpha()
        and st[e3][2].islower()
        and st[e3][2] not in lex.nouns
        and st[e3][2] not in _NOT_ROLE
        and st[e3][2] not in _DETS
        and st[e3][2] not in _SENT_START_STOP
    ):
        e3 += 1
    if e3 < len(st) and st[e3][2] in lex.nouns:
        return q, (st[q][0], st[e3][1])
    return q, None


def _leading_np(masked, ss, hi, lex):
    """Char span of the noun phrase that opens the sentence at ``ss`` (after a leading
    "But" / "And"), read no further than ``hi``: determiners, capitalised and listed
    words, or a determiner and an unlisted head noun ("The judges"); None when the
    sentence opens otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The banker Ann Lee, who ran for mayor, said so."
    >>> s, e = _leading_np(t, 0, len(t), lexicon())
    >>> t[s:e]
    'The banker Ann Lee'
    """
    st = _window_tokens(masked, ss, min(hi, ss + 200))
    q = 1 if st and st[0][2].lower() in ("but", "and", "yet", "so") else 0
    e = q
    while (
        e < len(st)
        and e - q < 8
        and _np_word(st[e][2], lex)
        and st[e][2].lower() not in _PRONOUNS
        and (e > q or st[e][2].lower() not in _SENT_START_STOP or st[e][2].lower() in _DETS)
    ):
        e += 1
    if e == q:
        return None
    if all(st[x][2].lower() in _DETS for x in range(q, e)):
        e = _det_head_end(st, e, lex)
        if e is None:
            return None
        while e < len(st) and e - q < 8 and _is_cap(st[e][2]) and _np_word(st[e][2], lex):
            e += 1  # "The baker Ann Lee"
    elif not any(_is_cap(st[x][2]) or st[x][2].lower() in lex.nouns for x in range(q, e)) and not (
        e < len(st) and st[e][2] == "who" and st[e - 1][2] in lex.titles
    ):  # (a lower-case title before "who" heads one too: "In March, a trustee who ...")
        return None
    else:
        e = _leading_head_before_comma(st, q, e)  # "The representative plaintiff, ..."
    return (st[q][0], st[e - 1][1])


def _leading_head_before_comma(st, q, e):
    """End of the opening phrase ``st[q:e]`` (a determiner and listed words) taken over
    one unlisted lower-case head noun right before a comma ("The representative |
    plaintiff, Ann Roe, ..."); ``e`` otherwise.

    >>> st = [(0, 0, w) for w in "The representative plaintiff , Ann".split()]
    >>> _leading_head_before_comma(st, 0, 2), _leading_head_before_comma(st[:3], 0, 2)
    (3, 2)
    """
    if e + 1 >= len(st) or st[e + 1][2] != "," or st[q][2].lower() not in _DETS:
        return e
    w = st[e][2]
    if not (w.isalpha() and w.islower() and len(w) > 3) or w in _SENT_START_STOP:
        return e
    if w.endswith(("ly", "ed", "ing")) or not st[e - 1][2].islower():
        return e  # ("The board unanimously, ...": an adverb; "The Acme plaintiff": a name)
    return e + 1


# determiners that stand alone as a subject ("Some seek to be removed", "Many want to")
_QUANTIFIER_SUBJECTS = frozenset("some many most few several both all others".split())


def _quantifier_before_infinitive(st, q, e):
    """Is the phrase st[q:e] one quantifier standing alone ("Some", "Many") whose next
    word is a verb before "to" ("Some seek to be removed from the lists"): the verb is no
    head noun?

    >>> st = [(0, 0, w) for w in "Some seek to be removed".split()]
    >>> _quantifier_before_infinitive(st, 0, 1)
    True
    >>> st = [(0, 0, w) for w in "Some nurses said".split()]
    >>> _quantifier_before_infinitive(st, 0, 1)
    False
    """
    return (
        e - q == 1
        and e + 1 < len(st)
        and st[q][2].lower() in _QUANTIFIER_SUBJECTS
        and st[e + 1][2] == "to"
        and st[e][2].isalpha()
        and st[e][2].islower()
        and not st[e][2].endswith("s")  # ("Some nurses to ...": a plural noun)
    )


def _det_head_end(st, k, lex):
    """End index of up to three lower-case words (an unlisted head noun) starting at k.

    "The nurse later sued" -> through "nurse"; None when no such word follows; ``k``
    itself after a quantifier standing alone ("Some seek to be removed": "Some")."""
    if k >= 1 and _quantifier_before_infinitive(st, k - 1, k):
        return k
    e = k
    while e < len(st) and e - k < 3:
        w = st[e][2]
        lw = w.lower()
        if (
            not (w.isalpha() and w.islower())
            or lw in _TIME_WORDS
            or lw in _VERBISH_NEXT
            or lw in lex.verb_lemma
            or lw in _NOT_ROLE
            or lw in _PREPS
            or lw in _SENT_START_STOP
            or (lw.endswith("ly") and e > k)
            or (lw.endswith("ed") and e > k)
        ):
            break
        e += 1
    return e if e > k else None
