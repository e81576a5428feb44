"""The sides of a cue: where its content starts and ends (comma, dash, bracket and
quotation ends, appositions, asides and lead adjuncts) and which side is the content
(``_choose_side``).
"""

from __future__ import annotations

import bisect
import re

from .._lower import lower_aligned
from .additions import (
    _ADVERBIAL_STARTS,
    _AS_AT_RE,
    _COMMA_CLOSE_RE,
    _HAS_WORD_RE,
    _ING_AFTER_RE,
    _PAREN_POST_RE,
    _SUBORDINATOR_COMMA_RE,
    _TIME_DISTANCE_RE,
    _WORD_CHAR_RE,
    _WORDS_RE,
    _adverbial_phrase_only,
    _deictic_time_lead,
    _holds_clause,
    _lead_subordinate_clause,
    _longer_content_after,
    _short_adjunct_tail,
    frame_tail_adjunct,
    relative_speaker_after,
)
from .adjunct_relatives import relative_content_start
from .blocks import MASK
from .consequence_tails import consequence_after_listener
from .cues import (
    _LISTENERS,
    _POST_SKIP,
    _role_listener,
    listener_end,
    told_thing_in,
)
from .idioms import _CAUSATIVE_VERBS, _OBJECT_VERBS, _past_adjunct_that, _span_of
from .lexicon import (
    _CONTRACTION_RE,
    _DETS,
    _FIRST_WORD_RE,
    _LEAD_ADVERBIAL,
    _NEEDS_THAT,
    _NOT_CONTENT_START,
    _PROG_AUX,
    _PRONOUNS,
    _QUANT_SUBJ,
    _TIME_WORDS,
    _VERBISH_NEXT,
    _skips_before_cue,
)
from .nested_relatives import nested_relative_report
from .next_frame_sides import no_content_before_next
from .np_left import _left_np
from .phrase_adjuncts import _is_adjunct_only
from .phrases import _is_cap, _tok_start, clause_comma_rfind
from .predicate_conjuncts import be_predicate_conjunct
from .pronoun_conjuncts import pronoun_conjunct_subject

_THAT_RE = re.compile(r"\s*,?\s*that\b")


# three _WORDS_RE words (maximal runs) from where it is matched: it matches iff
# _WORDS_RE finds 3 or more from there
_THREE_WORDS_RE = re.compile(r"[^\w\x01]*+(?:(?:\w++|\x01++)[^\w\x01]*+){3}")


# four runs of word characters (the mask counts as a separator) from where it is
# matched: it matches iff _WORDS_RE finds 4 or more in the text with the mask blanked
_FOUR_W_WORDS_RE = re.compile(r"[^\w]*+(?:\w++[^\w]*+){4}")


# the gap between a frame and its content side that closes on "that" after an
# insertion ("said, pausing, that B"; "said, however, that B"): no inserted frame
_INSERTION_THEN_THAT_RE = re.compile(r"\s*,[^\x01\n]{1,40},\s*that\s*$")


_SHORT_BLOCK_RE = re.compile(r"\s*\x01{2,40}(?![\x01])\s*(?:,\s*|that\s+)")


# the passive of a verb of telling a listener ("workers had been told to", "were warned
# that"): inside a content it opens no frame of its own
_PASSIVE_LISTENER_FORMS = frozenset(("told", "warned", "informed", "advised", "assured"))

# accusation verbs whose passive names the accused, never a speaker ("the claim, which
# the insurer froze when he was charged, would go ahead": the content's own clause)
_PASSIVE_ACCUSED_FORMS = frozenset(("charged", "accused"))


_PASSIVE_AUX_END_RE = re.compile(r"(?<![\w’'\-])(?:been|were|was|are|is|being)[ \t]+\Z")


_OBJ_SKIP = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|some|several)\s+)?"
    # a role and a name of two or three words: "told (CNN | radio) host Chris Cuomo she ..."
    r"(?:(?:[\w.'’\-]+\s+)?(?:host|anchor|moderator|interviewer|correspondent|columnist)"
    r"\s+[A-Z][\w.'’\-]*\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?(?![\w'’\-])"
    r"|(?:[A-Z][\w.'’\-]*\s*){1,4}(?:(?:of|and|&)\s+(?:[A-Z][\w.'’\-]*\s*){1,3})?"
    r"(?:" + _LISTENERS + r")?"  # "The Washington Post", "the Globe and Mail", "a Senate panel"
    r"|(?:me|us|him|her|them)\b"
    r"|(?:(?!(?:about|over|regarding)\s)[a-z]+\s+){0,3}?"  # (a topic: "about residents ...")
     + _LISTENERS + r"(?:\s+" + _LISTENERS + r")?"  # "her closest
    r")\s*"  # advisers", "a radio station"
    r"(?:,\s*\d{1,3}\s*,\s*)?"  # "told Kyle Brennan, 34, that"
)


# (only "told": "The ministry said police had closed the road and asked drivers to B"
# is the ministry's own request, in the written sets as in news writing generally)
_DIRECTIVE_FORMS = frozenset(("told",))


_PERFECT_CONJUNCT_RE = re.compile(
    r"\b(?:had|has|have)[ \t]+[a-z]+\b[^;:.\x01]*[^,][ \t]and(?:[ \t]+[a-z]+ly"
    r"|[ \t]+(?:always|also|then|later|often|never))?[ \t]*\Z"
)


# a subordinate clause with its own subject and past verb, then (no comma) "and" right
# before a directive cue: "said she did not know until a man knocked on her door and
# told her to get her coat" - the man's second verb, inside the content
_SUBORDINATE_CONJUNCT_RE = re.compile(
    r"\b(?:until|when|after|before|because|once)[ \t]+(?:(?:a|an|the|his|her|their|its|one)"
    r"(?:[ \t]+[a-z][\w'’\-]*){1,3}|[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
    r"[ \t]+[a-z]+ed\b[^,;:.\x01]{0,80}[^,][ \t]and[ \t]*\Z"
)


_DIRECTIVE_TAIL_RE = re.compile(
    r"(?:[ \t]+[\w'’\-]+){1,4}?[ \t]+(?:not[ \t]+)?(?:to|where|what|when|how|who|why|whether)\b"
)


# a reported clause of two words or more, then "and had" (no comma) right before a cue
_AND_HAD_END_RE = re.compile(
    r"[^,;:\x01 \t][ \t]+and[ \t]+had[ \t]+"
    r"(?:(?:already|also|since|just|previously|recently|never|once|twice)[ \t]+)?\Z"
)  # (an adverb may come between: "said A and had already promised six to B")


# the reported clause's subject (a determiner and one to three words, none a verb of
# its own) and a comma-closed insertion led by a preposition, right before a cue in the
# past: "said one player, in her second season, asked to move" - the cue is that
# subject's verb, no new frame ("said the plan was fine, in her view, asked ..." has a
# verb before the insertion and keeps its cut)
_SUBJECT_INSERTION_END_RE = re.compile(
    r"\A[ \t]*(?:one|a|an|the|another|each|his|her|their|its|our|this|that)"
    r"(?:[ \t]+(?!(?:is|was|were|are|be|been|has|had|have|would|will|could|should|can|may"
    r"|might|must|did|does|do|said|says|not)\b)[a-z][\w'’\-]*){1,3},[ \t]+"
    r"(?:in|on|at|with|from|after|before|during|like|for|by|of|near|outside)[ \t]"
    r"[^,;:.!?\x01\n]{1,60},[ \t]*\Z"
)


# the reported clause's subject (as in ``_SUBJECT_INSERTION_END_RE``) and its comma,
# right before a past participle cue whose insertion closes with a comma and a finite
# verb of that subject: "said one player, asked to move after three weeks, had missed
# his family" (a reduced participle insertion: the content goes on after it)
_SUBJECT_COMMA_RE = re.compile(
    r"\A[ \t]*(?:one|a|an|the|another|each|his|her|their|its|our|this|that)"
    r"(?:[ \t]+(?!(?:is|was|were|are|be|been|has|had|have|would|will|could|should|can|may"
    r"|might|must|did|does|do|said|says|not)\b)[a-z][\w'’\-]*){1,3},[ \t]+\Z"
)
_FINITE_AFTER_INSERTION_RE = re.compile(
    r"[ \t][^,;:.!?\x01\n]{1,80},[ \t]+(?:(?:also|never|still|then|later)[ \t]+)?"
    r"(?:had|has|have|was|were|is|are|would|will|could|did|does|can|should|must|might)\b"
)


# a reported clause of two words or more, then "and" and a backshifted modal (no comma)
# right before a cue: "said its members were upset and would ask the city for help" is
# one clause, the modal a verb of its subject (the frame's own next verb is in the past:
# "said A and asked B")
# a later cue used for an act, not speech: "agreed to <verb>" (consent), "add <object>"
# ("said the units in Dryden and Winnipeg would add evening shifts" / "had agreed to add
# shifts": the reported clause goes on past it)
_ACT_USE_RES = {
    form: rx
    for forms, rx in (
        (("agreed", "agree", "agrees"), re.compile(r"[ \t]+to[ \t]+[a-z]{2,}\b")),
        (
            ("add", "adds", "added"),
            re.compile(
                r"[ \t]+(?!that\b|to\b|on\b|in\b)(?:an?[ \t]+|the[ \t]+)?(?:[a-z]{3,}[ \t]+)?[a-z]{3,}s\b"
            ),
        ),
    )
    for form in forms
}
_AND_WOULD_END_RE = re.compile(
    r"[^,;:\x01 \t][ \t]+and[ \t]+(?:would|could|might)(?:[ \t]+(?:not|also|never|then|soon))?[ \t]+\Z"
)


# a modal or an infinitive "to" and its verb, then (no comma, no clause break) "and"
# right before a cue in its bare form: the cue is a second verb under the same modal
# ("said groups should keep copies and ask their MP's office to B"), no new frame
_MODAL_CONJUNCT_RE = re.compile(
    r"(?<![\w’'\-])(?:should|must|would|could|can|will|may|might|shall|to)[ \t]+"
    r"(?:not[ \t]+)?[a-z]+\b[^;:.!?\x01\n]*[^,;:\s][ \t]+and[ \t]+\Z"
)


# cues whose source follows them like "according to"'s ("In the words of X, A")
WORDS_OF_LEMMAS = frozenset(("in the words of", "per a statement from", "per a news release from"))


def _modal_conjunct(seg, nxt_form, lex):
    """Is the cue ``nxt_form`` a bare verb (its own lemma) joined by "and" to the verb
    of a modal or an infinitive in the content words ``seg`` before it?

    >>> from .lexicon import lexicon
    >>> _modal_conjunct("groups should keep copies of every document and ", "ask", lexicon())
    True
    >>> _modal_conjunct("she promised to hire nurses and ", "said", lexicon())
    False
    """
    return (
        lex.verb_lemma.get(nxt_form) == nxt_form
        and _MODAL_CONJUNCT_RE.search(seg, max(0, len(seg) - 200)) is not None
    )


# a passive auxiliary right after a comma: the subject of the passive cue is the noun
# before an apposition or a relative clause ("the grant, worth $5,000, was promised"),
# inside the content
_APPOSED_SUBJECT_PASSIVE_RE = re.compile(
    r"[^\W\d_][\w’'.\-]*[ \t]*,(?:[^,;:.!?\x01\n]|(?<=\d)[,.](?=\d)){1,80}?[\w$%)][ \t]*,[ \t]*"
    r"(?:(?:has|have|had)[ \t]+been|was|were|is|are|will[ \t]+be)[ \t]+\Z"
)

# the last words ``_APPOSED_SUBJECT_PASSIVE_RE`` can match before its blanks at the end
_PASSIVE_AUX_WORDS = ("been", "was", "were", "is", "are", "be")


# "than <a short subject, perhaps an auxiliary>" right before a cue: a comparison inside
# the content ("smaller than the company's reports had suggested"), never a new frame
# (not a count, "more than 4 in 10 said", nor "rather than" / "other than")
_THAN_SUBJECT_END_RE = re.compile(
    r"(?<!rather )(?<!other )\bthan(?![ \t]+(?:\d|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|half|a[ \t]+(?:third|quarter|dozen|half))\b)"
    r"(?:[ \t]+(?!(?:and|or|but|nor|then|yet|so|while)\b)[\w'’\-]+){1,6}[ \t]*\Z"
)


# a wish or need with its object and "to" right before a later cue ("but wanted the city
# to explain", "and needs the board to announce"): the cue is the wish's complement, the
# same content's verb, never a new frame ("but refused to say" still ends the content; an
# object is needed: "readers who want to read more" is another clause)
_WISH_TO_END_RE = re.compile(
    r"\b(?:wants?|wanted|needs?|needed|expects?|expected|would[ \t]+like)[ \t]+"
    r"(?!to\b)(?:[\w'’.-]+[ \t]+){1,5}?to[ \t]+\Z"
)


def _continues_clause(masked, seg, nxt, nxt_form, se, lex):
    """Does the cue ``nxt_form`` at ``nxt``, after the content words ``seg``, stay
    inside that content: a passive ("and workers had been told to B"), a "be"
    predicate's "-ing" conjunct ("was awake and joking with nurses"), a directive
    conjunct of a perfect ("had closed the lake and told members not to B", see
    ``_reported_perfect_conjunct``) or a comparison ("but smaller than the company had
    suggested")?"""
    if nxt_form in _PASSIVE_LISTENER_FORMS and _PASSIVE_AUX_END_RE.search(seg):
        return True
    if nxt_form in _PASSIVE_ACCUSED_FORMS and _PASSIVE_AUX_END_RE.search(seg):
        return True  # "said the claim, frozen when he was charged, would go ahead"
    if nxt_form.endswith("ing") and be_predicate_conjunct(seg, masked, nxt, nxt_form, se):
        return True  # "said Tom was awake and joking with nurses": the content's own verb
    if (
        not nxt_form.endswith("ing")
        and seg.rstrip(" \t").endswith(_PASSIVE_AUX_WORDS)  # (what the regex ends in)
        and _APPOSED_SUBJECT_PASSIVE_RE.search(seg, max(0, len(seg) - 140))
    ):
        return True  # "said the grant, worth $5,000, was promised in June": A's own verb
    if _AND_HAD_END_RE.search(seg, max(0, len(seg) - 40)) and len(seg.split(None, 4)) > 4:
        return True  # "said A and had asked X to B": a backshifted verb of A's subject
    if pronoun_conjunct_subject(seg, _last_clause_break(seg)):
        return True  # "said he and his wife had asked B": two subjects, one clause
    if _AND_WOULD_END_RE.search(seg, max(0, len(seg) - 30)) and len(seg.split(None, 4)) > 4:
        return True  # "said A and would ask X for B": the same, a backshifted future
    if (rx := _ACT_USE_RES.get(nxt_form)) is not None and rx.match(masked, nxt + len(nxt_form), se):
        return True  # "said A and B had agreed to add shifts": an act of A's subject
    if nxt_form.endswith("ed") and _SUBJECT_INSERTION_END_RE.match(seg):
        return True  # "said one player, in her second season, asked to B": its verb
    if (
        (nxt_form.endswith("ed") or nxt_form in ("told", "written"))
        and seg.endswith(", ")
        and _SUBJECT_COMMA_RE.match(seg)
        and _FINITE_AFTER_INSERTION_RE.match(masked, nxt + len(nxt_form), se)
    ):
        return True  # "said one player, asked to move in May, had missed B": an insertion
    if _modal_conjunct(seg, nxt_form, lex):
        return True  # "said groups should keep copies and ask X to B": one modal's verbs
    if "than" in seg and _THAN_SUBJECT_END_RE.search(seg, max(0, len(seg) - 80)):
        return True  # "said it was real but smaller than the company had suggested"
    if seg.endswith("to ") and _WISH_TO_END_RE.search(seg, max(0, len(seg) - 80)):
        return True  # "said A but wanted the city to explain B": the wish's complement
    return (
        nxt_form in _DIRECTIVE_FORMS
        and (
            _PERFECT_CONJUNCT_RE.search(seg) is not None
            or _SUBORDINATE_CONJUNCT_RE.search(seg, max(0, len(seg) - 160)) is not None
        )  # ("until a man knocked on her door and told her to B": the man's verb)
        and _DIRECTIVE_TAIL_RE.match(masked, nxt + len(nxt_form), se) is not None
    )


def _np_before_relative(c, ms, lex):
    """(start, end) of the noun phrase before the comma of a non-restrictive "which"
    at ``ms`` ("the Times, which reported"), or None."""
    toks = c.toks
    kw = bisect.bisect_left(toks, ms, key=_tok_start)
    if kw < 2 or toks[kw - 1][2] != ",":
        return None
    np_w = _left_np(toks, kw - 1, lex)
    return None if np_w is None else _span_of(toks, np_w)


# a word that opens a clause before its subject, never part of the speaker's phrase
_CLAUSE_OPENER_RE = re.compile(
    r"(?:While|Although|Though|Because|If|When|As|Since|After|Before|But|And|Yet)"
    r"[ \t]+(?=\S)"
)


_OPENER_INITIALS = frozenset("WATBISY")  # the first letters of _CLAUSE_OPENER_RE's words


def _mention_at(doc, c, m_span, lex):
    """The (text, start, end) mention for the speaker span, widened over a bare
    determiner ("The email goes on") or moved from a restrictive "who" to its noun
    ("voters who said"); None when it names no speaker ("it", "this", "there")."""
    text = doc.text
    ms, me = m_span
    if text[ms : ms + 1] in _OPENER_INITIALS and (op := _CLAUSE_OPENER_RE.match(text, ms, me)):
        ms = op.end()  # "While old Iowa hands say ...": "old Iowa hands"
    mtext = text[ms:me]
    ml = lower_aligned(mtext)
    if "'" in ml or "’" in ml:  # (the regex needs an apostrophe: rarely run)
        ml = _CONTRACTION_RE.sub("", ml)
    if ml in _DETS and ml not in _QUANT_SUBJ and me < c.cs and c.cs - me <= 40:
        # a bare determiner ("The"): the NP runs up to the cue ("The email goes on")
        tail = text[me : c.cs].split()
        if tail and all(w.isalpha() for w in tail) and len(tail) <= 3 and tail[-1] != "as":
            # (not "quoted her as saying": "her" is the object there, not a determiner)
            me = me + len(text[me : c.cs].rstrip())
            mtext = text[ms:me]
            ml = lower_aligned(mtext)
    if ml == "which" and text[max(0, ms - 2) : ms].strip() == ",":
        # "The Washington Post, which argued that ...": the noun phrase before the comma
        np_w = _np_before_relative(c, ms, lex)
        if np_w is None:
            return None
        ms, me = np_w
        mtext = text[ms:me]
        ml = lower_aligned(mtext)
    if (say := _FINITE_SAY_RE.search(ml)) is not None:
        rel = ml.rfind(" who ", 0, say.start())
        if rel < 2 or not _WHO_HEAD_RE.fullmatch(ml, 0, rel):
            return None  # "... said closed primaries deny ...": a cue inside another's content
        me = ms + rel  # "In March, a nurse who asked not to be named said": the nurse
        mtext, ml = text[ms:me], ml[:rel]
    if ml.startswith(("whatever ", "no matter what ")):
        return None  # "Whatever the critics say, A": a concessive opener, no speaker
    if ml in ("this", "that", "there", "what", "which") or ml in _FIRST_SECOND_PERSON:
        return None  # no speaker; "I", "you", "we" are never speakers (issue 12, class 7)
    before = text[max(0, ms - 2) : ms].strip()
    if mtext.lower() == "who" and before != ",":
        # restrictive relative "voters who said": the noun before "who"
        toks = c.toks
        kw = 0
        while kw < len(toks) and toks[kw][0] < ms:
            kw += 1
        if before[-1:] in ("-", "—", "–"):
            dashes = [x for x in range(kw) if toks[x][2] in ("-", "—", "–")]
            if len(dashes) % 2:
                return (mtext, ms, me)  # "Lee - who said A - won": like ", who"
        np_w = _left_np(toks, kw, lex)
        if np_w is None:
            return None
        ms, me = _span_of(toks, np_w)
        mtext = text[ms:me]
    return (mtext, ms, me)


# the head before a restrictive "who" whose clause holds a reporting verb ("a nurse
# who asked not to be named"): a determiner or a count ("two parents who asked not to be
# named") and one to three lower-case words
_WHO_HEAD_RE = re.compile(
    r"(?:a|an|the|one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many"
    r"|both|[1-9][0-9]?)(?:[ \t]+[a-z][a-z-]{0,24}){1,3}"
)

# finite reporting verbs that never belong to a speaker's noun phrase
_FINITE_SAY_RE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|asked|asks)\b")


# verbs that take "to say": "went on to say", "tried to argue", "is likely to say"
_CATENATIVES = {
    "tried", "tries", "try", "trying", "sought", "seeks", "continued", "continues",
    "proceeded", "hastened", "rushed", "quick", "careful", "decided", "likely", "wanted",
    "went", "goes", "go", "going", "gone", "appeared", "seemed", "seems", "began", "begins",
    "started", "starts", "used", "continue", "begin", "start", "seek", "proceed", "right",
    "correct", "eager", "continuing", "seeking", "beginning", "starting",
    # habitual speech: "as she liked to say", "he loves to point out"
    "liked", "likes", "loved", "loves",
}  # fmt: skip


# progressive catenatives: only right after a form of "be" ("Lee is continuing to insist
# that"; not "criticised for continuing to insist", a gerund with no subject)
_PROG_CATENATIVES = frozenset(("continuing", "seeking", "beginning", "starting"))


# verbs of an act done in order to speak, within a few words before "to <cue>":
# "took to Twitter to say", "tweeted on Friday to say", "went out of her way to say",
# "called to say", "issued a statement to say", "used the speech to argue"
_PURPOSE_VERBS = {
    "took", "takes", "taking", "used", "uses", "using", "tweeted", "wrote", "called",
    "phoned", "emailed", "texted", "went", "came", "issued", "released", "posted", "rose",
    "stood", "returned", "paused", "stopped",
    # "pointed to a ruling to argue", "rushed to the cameras to say", "replied on Friday
    # to suggest", "appeared on KTV to say", "weighed in to say", "chimed in to note"
    "pointed", "points", "rushed", "replied", "responded", "appeared", "appears", "weighed",
    "chimed", "jumped", "stepped",
}  # fmt: skip


def _causative_object(toks, j, k, lex):
    """Char span of the object between a causative verb at token ``j`` and the "to"
    before the cue at ``k`` ("led Ann Roe to say", "prompted the mayor to add",
    "led critics to say"): words only, opening with a determiner, a possessive, a
    capitalised word or a listed noun and ending in a noun or a name; None otherwise
    (an object pronoun too: "led her to say" is left to no one)."""
    words = [t[2] for t in toks[j + 1 : k - 1]]
    if not words and _passive_causative(toks, j, k - 2):
        np_ = _left_np(toks, j - 1, lex)  # "Tom Vale was forced to admit": the subject
        return None if np_ is None else _span_of(toks, np_)
    if not words or any(not w[:1].isalnum() for w in words):
        return None
    first, last = words[0].lower(), words[-1]
    if first in _PRONOUNS and first not in _POSS_PRONOUN:
        return None
    if not (first in _DETS or first in _POSS_PRONOUN or _is_cap(words[0]) or first in lex.nouns):
        return None
    if last.lower() in _DETS or last.lower() in _POSS_PRONOUN or last.endswith(("ing", "ed")):
        return None
    return toks[j + 1][0], toks[k - 2][1]


_PASSIVE_CAUSATIVES = frozenset("prompted forced made compelled moved".split())


_BE_PAST = frozenset("was were is are been being".split())


_BARE_CAUSATIVES = frozenset("made make makes making had have has let lets letting".split())


_OBJECT_PRONOUNS = frozenset("him her them us me".split())


def _passive_causative(toks, i, j):
    """Is token ``i`` (== ``j``, the word before "to <cue>") a passive causative after
    a form of "be" ("Tom Vale was forced to admit", "was prompted to say")?"""
    return (
        i == j
        and i >= 2
        and toks[i][2].lower() in _PASSIVE_CAUSATIVES
        and toks[i - 1][2].lower() in _BE_PAST
    )


def _bare_causative_object(toks, k, np_):
    """The noun phrase ``np_`` before the cue at ``k``, cut to the object of a bare
    causative inside it ("The prosecutor made him admit", "The chair let the clerk
    explain": "him", "the clerk"); ``np_`` itself when there is none.

    >>> t = [(0, 0, w) for w in "The prosecutor made him admit".split()]
    >>> _bare_causative_object(t, 4, (0, 4))
    (3, 4)
    """
    if np_ is None or np_[1] != k:
        return np_
    for p in range(np_[1] - 2, np_[0], -1):
        w = toks[p][2]
        if w.lower() in ("who", "that", "which") or w[0] == MASK:
            return np_
        if w.lower() in _BARE_CAUSATIVES:
            nxt = toks[p + 1][2]
            if nxt.lower() in _OBJECT_PRONOUNS or nxt.lower() in _DETS or _is_cap(nxt):
                return p + 1, np_[1]
            return np_
    return np_


def _catenative_start(toks, k):
    """Index of the verb that governs "to <cue>" at token ``k`` ("went on to say",
    "tried to argue"), or -1 when the cue is no such infinitive."""
    if k < 2 or toks[k - 1][2].lower() != "to":
        return -1
    j = k - 2
    w = toks[j][2].lower()
    if w == "on" and j >= 1 and toks[j - 1][2].lower() in ("went", "goes", "go", "going", "gone"):
        return j - 1
    if w in _PROG_CATENATIVES and (j == 0 or toks[j - 1][2].lower() not in _PROG_AUX):
        return -1
    if w in _CATENATIVES and w not in ("went", "goes", "go", "going", "gone"):
        return j
    for i in range(j, max(-1, j - 6), -1):  # "took to Twitter to say", "called to say"
        w = toks[i][2].lower()
        if w in _PURPOSE_VERBS:
            return i
        if (w in _CAUSATIVE_VERBS and i < j) or _passive_causative(toks, i, j):
            return i  # "the ruling led Ann Roe to say": Ann Roe says; "was forced to admit"
        if not w[:1].isalnum():
            break
    return -1


_FIRST_SECOND_PERSON = {"i", "me", "you", "we", "us", "ya", "y'all"}


# a separator right before a quotation that ends the text before the next cue
_BLOCK_AFTER_CUT_RE = re.compile(r"[,;][ \t]*(\x01+)[ \t]*,?[ \t]*(?:\S+[ \t]*)?\Z")


# one or two lower-case words between a quotation (and its comma) and the speaker
_MODIFIERS_AFTER_BLOCK_RE = re.compile(r"\x01[ \t,]*((?:[a-z][a-z\-]*[ \t]+){1,3})\Z")


def _modifiers_after_block(masked, lo, hi):
    """``_MODIFIERS_AFTER_BLOCK_RE.search(masked, lo, hi)``: what follows the mask
    that opens a match holds no mask, so only the last mask in lo..hi can open one (a
    match there, not a search that tries every mask of a quotation)."""
    i = masked.rfind(MASK, lo, hi)
    return _MODIFIERS_AFTER_BLOCK_RE.match(masked, i, hi) if i >= 0 else None


# what follows a cut that goes on with the clause of the same verb: ", that B",
# ", but that B", " and that B"
_THAT_GOES_ON_RE = re.compile(r",?[ \t]*(?:(?:and|but)[ \t]+)?that[ \t]")


# a time and a comma before "when": the "when" clause qualifies that time inside the
# content ("said it was alerted at 7 p.m. Saturday, when the families reported that
# ..."): a cue in it is nested in the content, not a new frame
_TIME_THEN_WHEN_RE = re.compile(
    r".*(?:\b(?:a\.m|p\.m|noon|midnight|morning|afternoon|evening|night|(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September"
    r"|October|November|December|year|week|month|\d{4})\.?),[ \t]+when\b"
)


def _comma_block_end(doc, lo, hi):
    """Offset from ``lo`` of the end of the last quotation in lo..hi that closes with a
    comma inside its marks ('that he and the woman had "been friends," he claimed'):
    a clause break the masked text hides; -1 when there is none."""
    best = -1
    for b in doc.blocks_in(lo, hi):
        b0, b1, t0, t1 = doc.blocks[b][:4]
        if b1 <= hi and doc.text[t0:t1].rstrip()[-1:] == ",":
            best = b1 - lo
    return best


# a "who" clause on an inverted speaker, closed by a comma before the rest of the
# interrupted sentence ("A, said Ann Roe, who knew him for years, B") or before its
# quotation ('"A," said Ann Roe, who runs the club, "B."': B is the speaker's too)
_WHO_ASIDE_RE = re.compile(r"who[ \t][^,;:\x01\n]{1,120},[ \t]+(?=[a-z\x01])")

# a description in apposition to an inverted speaker, closed by a comma right before the
# quotation that goes on with the interrupted sentence ('"A," said Ann Roe, the club's
# coach, "B."'; not before a lower-case word: "A, said Ann Roe, the coach, and B")
_APPOSED_ASIDE_RE = re.compile(
    r"(?:an?|the|his|her|its|their)[ \t][^,;:\x01\n]{1,120},[ \t]+(?=\x01)"
)

# the same clause after the speaker of a sentence-opening inverted cue, closed by a
# comma or a colon before the content or its quotation ("Said one player, who asked
# not to be named because talks continue: A")
_OPENING_WHO_ASIDE_RE = re.compile(r"who[ \t][^,;:\x01\n]{1,160}[,:][ \t]*(?=[a-z\x01])")


# where an opening "As Lee wrote" names the work or occasion before the comma that
# ends it ("As Lee wrote in her memoir, A"; "As the Planet noted in its editorial, A"),
# not before a quotation (a title: 'As Lee wrote in his book, "A Long Road," ...')
_LEAD_AS_PLACE_RE = re.compile(
    r"[ \t]*(?:in|on)[ \t]+(?:an?|the|his|her|their|its)[ \t]+(?:[\w'’\-]+[ \t]+){0,3}?"
    r"[\w'’\-]+[ \t]*,[ \t]*(?=[\w])"
)


def _dash_cut(masked, seg, cut, nxt, nxt_form, se):
    """Where the content before the next cue ends when a dash in ``seg`` (the text
    from the content's start to the next cue at ``nxt``) comes after the clause break
    ``cut``: at the dash before "which" that no dash closes ("that A — which he added
    B"), before an aside closed by a dash and a short subject ("say A - a common
    complaint - others say B"), or before a time distance ("announced A — days after
    Lee pledged B"); else ``cut``."""
    dash = max(seg.rfind(" — "), seg.rfind(" – "))
    if dash > cut and _DASH_WHICH_RE.match(seg, dash) and not _DASH_RE.search(masked, nxt, se):
        return dash  # "that A — which he added 'is regrettable.'": no closing dash
    td = max(dash, seg.rfind("\xa0— "), seg.rfind("\xa0– "))
    if td > cut and _TIME_DISTANCE_RE.match(seg, td + 2) is not None:
        return td  # "A — days after Lee pledged B": the time adjunct opens the next frame
    dash = max(dash, seg.rfind(" - "), seg.rfind(" -- "))
    if (
        dash > cut
        and not nxt_form.endswith("ing")
        and _DASH_ASIDE_THEN_SUBJECT_RE.search(seg) is not None
    ):
        return dash  # "say A - a common complaint - others say B": B is the next frame's
    return cut


def _last_clause_break(seg):
    """Offset in ``seg`` of its last clause break: a semicolon, a comma (none between
    digits: "$5,000"), " but " or " and "; -1 if none.

    >>> _last_clause_break("a $5,000 grant was "), _last_clause_break("A, and B ")
    (-1, 2)
    """
    return max(seg.rfind(";"), clause_comma_rfind(seg), seg.rfind(" but "), seg.rfind(" and "))


# the possessed document after an "according to" owner ("the company| 's application")
_OWNED_TAIL_RE = re.compile(r"['’]s(?:[ \t]+[a-z][a-z-]*){1,3}(?=[ \t]*[,.;—–]|\Z)")


def _owned_source_end(masked, hi, se):
    """End of the "according to" source whose owner ends at ``hi``: past "'s <document>"
    ("according to the company's application, and B": the frame runs to
    "application"); ``hi`` when no possessed noun follows.

    >>> _owned_source_end("according to the firm’s plan, and", 21, 33)
    28
    """
    m = _OWNED_TAIL_RE.match(masked, hi, se)
    return m.end() if m is not None else hi


def _past_who_aside(masked, c, frame_lo, post_lo, se):
    """Where the content of an inverted cue starts past a "who" clause on its speaker:
    "A, said Ann Roe, who knew him, B" (mid-sentence, before a lower-case word) and a
    sentence-opening "Said one player, who asked not to be named: A" (a comma or colon).

    >>> t = "Said one player, who asked not to be named: the team was tired."
    >>> class C: k, ss = 0, 0
    >>> t[_past_who_aside(t, C, 0, 17, len(t)):]
    'the team was tired.'
    """
    if masked[post_lo : post_lo + 3] != "who":
        if frame_lo > c.ss and (ma := _APPOSED_ASIDE_RE.match(masked, post_lo, se)) is not None:
            return ma.end()  # '"A," said Ann Roe, the club's coach, "B."': B goes on
        return post_lo
    if frame_lo > c.ss and (mw := _WHO_ASIDE_RE.match(masked, post_lo, se)) is not None:
        return mw.end()  # "A, said Ann Roe, who knew him, B": the aside is no content
    if c.k == 0 and (mw := _OPENING_WHO_ASIDE_RE.match(masked, post_lo, se)) is not None:
        return mw.end()
    return post_lo


# the name set off by commas after the agent of a sentence-opening "Asked by the
# tribunal member, Adjudicator Ann Roe, whether A": a capitalised run of two to four
# words, then the comma and a lower-case word
_ASKED_BY_NAME_RE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]*,[ \t]+(?=[a-z])")


def _asked_by_name_end(masked, lo, hi):
    """Where the question of an "Asked by X, NAME, whether A" opens past the agent's
    apposed name starting at ``lo`` (the name is the agent's, not the question), or
    ``lo``.

    >>> t = "Asked by the chair, Ann Roe, whether it was signed, Lee said yes."
    >>> t[_asked_by_name_end(t, 20, len(t)):]
    'whether it was signed, Lee said yes.'
    """
    m = _ASKED_BY_NAME_RE.match(masked, lo, hi)
    return lo if m is None else m.end()


def _content_sides(doc, c, ci, cue_matches, mention, speaker_after, borrowed):
    """(pre, post, frame end): the text before the frame (sentence start .. speaker
    and cue) and after it (past objects and adverbials: "told reporters Sunday that",
    up to the clause of another cue later in the sentence)."""
    masked, se, cs_, ce_ = doc.masked, c.se, c.cs, c.ce
    frame_lo = min(cs_, mention[1]) if not speaker_after else cs_
    if c.is_acc and c.form == "reported":  # "..., as (first) reported by X": from "as"
        frame_lo = c.toks[c.k - 1 if c.prev_tok == "as" else c.k - 2][0]
    frame_hi = max(ce_, mention[2]) if speaker_after else ce_
    if c.is_acc and speaker_after:  # "according to the company's application": its end
        frame_hi = _owned_source_end(masked, frame_hi, se)
    if borrowed or mention[1] < c.ss or mention[1] > se:  # speaker of an earlier cue
        frame_lo, frame_hi = cs_, ce_
    elif not speaker_after:
        # '"...," former Gov. Ann Bell said': lower-case modifiers before the speaker
        # belong to the frame, so the quotation ends the text before it
        mm = _modifiers_after_block(masked, max(c.ss, frame_lo - 40), frame_lo)
        if mm is not None:
            frame_lo = mm.start(1)
        mm = _RELATIVE_HEAD_RE.search(masked, max(c.ss, frame_lo - 40), frame_lo)
        if mm is not None:  # "A, a charge the company denied": the content is A
            frame_lo = mm.start()
        elif masked[frame_lo : frame_lo + 1].isupper():
            if masked[mention[2] : cs_].strip() == "," and _opening_apposition(
                masked, c.ss, frame_lo, doc.lex
            ):
                frame_lo = c.ss  # "The firm's safety director, Ann Roe, testified.": no content
            frame_lo = _apposition_before(masked, max(c.ss, frame_lo - 60), frame_lo, doc.lex)
            mo = _WORD_OF_BEFORE_RE.search(masked, max(c.ss, frame_lo - 40), frame_lo)
            if mo is not None:  # "A, Zimmer of Merrill Lynch said": the content is A
                frame_lo = mo.start(1)
            mo = _THE_BEFORE_RE.search(masked, max(c.ss, frame_lo - 6), frame_lo)
            if mo is not None and not doc.lex.org_words.isdisjoint(
                masked[mention[1] : mention[2]].split()
            ):  # "A, the Bank of England said": "the" opens the organisation's name
                frame_lo = mo.start()
        ma = _AS_ASIDE_BEFORE_RE.search(doc.text, max(c.ss, mention[1] - 10), mention[1])
        if (
            ma is not None
            and not (
                ci > 0 and cue_matches[ci - 1][0] >= _aside_clause_lo(masked, c.ss, ma.start())
            )
            and _as_aside(doc, c, ma.start())
        ):
            frame_lo = min(frame_lo, ma.start(1))  # "A, as Lee said, B": "as" is the frame's
    # after the frame: skip objects / adverbials ("told reporters", "said Sunday")
    post_lo = frame_hi
    if c.is_acc and speaker_after and _PERSON_NAME_RE.fullmatch(mention[0]):
        # (a person's name only: "according to police, the driver, 34, was" describes no one)
        post_lo = _apposition_after(masked, frame_hi, se, doc.lex)
    mo = _POST_SKIP.match(masked, post_lo, se)  # (no look-behind or \b at its start)
    post_lo = relative_content_start(masked, mo, post_lo, se)  # ("a meeting that ran")
    if (
        masked[max(c.ss, frame_lo - 3) : frame_lo].rstrip().endswith(",")
        and (mp := _INSERTED_FRAME_PLACE_RE.match(masked, post_lo, se)) is not None
    ):  # "A, the prosecutor said outside the courthouse, and B": the place is the frame's
        frame_hi = post_lo = mp.end(1)
    if (
        masked[post_lo : post_lo + 4].lstrip()[:2] in ("in", "on")
        and (mo := _LEAD_AS_PLACE_RE.match(masked, post_lo, se)) is not None
        and _LEAD_AS_RE.match(masked, c.ss, c.cs) is not None
    ):
        post_lo = mo.end()  # "As Lee wrote in her memoir, A": the main clause A
    if c.lemma in _OBJECT_VERBS and not _THAT_RE.match(masked, frame_hi, se):
        mo = _OBJ_SKIP.match(masked, frame_hi, se) or _role_listener(masked, frame_hi, se)
        if mo and not (c.lemma == "tell" and told_thing_in(mo.group())):
            post_lo = mo.end()  # (not "told the story the mayor ...": the thing told)
        after = masked[max(c.ss, frame_lo - 3) : frame_lo].rstrip().endswith(",")
        post_lo = max(post_lo, listener_end(masked, frame_hi, se, c.lemma, after))
        mq = _SHORT_BLOCK_RE.match(masked, post_lo, se)
        if mq:
            post_lo = mq.end()  # 'told "Fox and Friends," that ...': the show, not content
        mo = _POST_SKIP.match(masked, post_lo, se)
        if mo:
            post_lo = mo.end()
    post_lo = _past_demonstrative_colon(masked, _content_start(masked, post_lo, se), se)
    if c.lemma in _NEEDS_THAT:
        post_lo = _past_adjunct_that(masked, post_lo, se)  # "mentioned in passing that"
    if speaker_after:
        post_lo = _past_who_aside(masked, c, frame_lo, post_lo, se)
    post_hi = se
    cj = ci + 1
    while cj < len(cue_matches) and cj - ci <= 4 and cue_matches[cj][0] < se:
        # another cue later in this sentence ("... but said ...", "...; others said")
        nxt, nxt_form = cue_matches[cj][0], cue_matches[cj][2]
        cj += 1
        if no_content_before_next(masked, frame_lo, frame_hi, post_lo, nxt, nxt_form):
            post_hi = post_lo  # '"A," Lee said, adding that B'; "if he complained, a man alleges"
            break
        if nxt > post_lo:
            seg = masked[post_lo:nxt]
            if _continues_clause(masked, seg, nxt, nxt_form, se, doc.lex):
                continue  # "said A and workers had been told to B": a passive, no new frame
            if nxt_form.endswith("ing") and _NOUN_BEFORE_ING_RE.search(seg):
                continue  # "said A but relied on students reporting B": a modifier
            if nxt_form == "written" and _noun_before_written(seg):
                continue  # "... on the date written beside her signature": a modifier
            cut = _last_clause_break(seg)
            cut = _dash_cut(masked, seg, cut, nxt, nxt_form, se)
            if cut >= 0 and seg[cut] == " " and ":" not in seg:
                # an "and"/"but" cut before a quotation closed by its comma: the comma
                cut = max(cut, _comma_block_end(doc, post_lo, nxt))
            if nxt_form.endswith("ing") and not (cut >= 0 and len(seg[cut:].split()) <= _CUT_WORDS):
                # '"careless," noting that', '"solvent" on air before claiming that'
                m_ing = _ING_CUT_RE.search(seg)
                cut = -1 if m_ing is None else m_ing.start()
            if cut < 0 and (mb := _BLOCK_THEN_AS_RE.search(seg)) is not None:
                cut = mb.start() + 1  # 'pledged to "...," as she put it': ends at the quotation
            if (qc := _comma_quotation_end(doc.text, masked, seg, post_lo)) > cut:
                cut = qc  # 'claimed that A "...," an aide said B': the quotation's comma
                if (dq := _dash_before_quotation(seg, qc)) > 0:
                    cut = (
                        dq  # 'suggested A - "...," she said - and B': A (see _add_dashed_quotation)
                    )
            if cut >= 0 and _that_opens_content(masked, frame_hi, post_lo, seg, cut):
                continue  # "said that, if the reports are true, B": "that" opens the content
            if cut >= 0 and _WHICH_SOME_END_RE.fullmatch(seg, cut):
                continue  # "said that the vote, which some have argued was rigged, was B"
            if cut >= 0 and nested_relative_report(masked, seg, cut, nxt, se):
                continue  # "said the audit, which the ministry reported in May, found B"
            if (
                cut >= 0
                and _TIME_THEN_WHEN_RE.match(seg, max(0, cut - 24), cut + 8)
                and seg.split(None, 1)[0].lower() not in _NOT_CONTENT_START
            ):  # "said it was alerted at 7 p.m., when the families reported B" (not
                # "asked about what he said that night, when he claimed B": no clause)
                continue
            if cut >= 0 and _THAT_GOES_ON_RE.match(seg, cut):
                continue  # "argued, however, that B" (an interjection); "said A, but that B"
            if cut >= 0 and len(seg[cut:].split()) <= _CUT_WORDS:
                mb = _BLOCK_AFTER_CUT_RE.match(seg, cut)
                if mb is not None:
                    cut = mb.end(1)  # 'said she thought, "No way," adding': keep the quotation
                post_hi = post_lo + cut
                break
    if c.k == 0 and c.lemma == "ask" and frame_hi > ce_:
        # "Asked by X whether A, Lee was blunt": the question ends at the last comma
        post_lo = _asked_by_name_end(masked, post_lo, post_hi)  # ("by the chair, Ann Roe,")
        cut = clause_comma_rfind(masked, post_lo, post_hi)
        if cut > post_lo:
            post_hi = cut
    pre_lo = c.ss
    if (br := _bracket_around(masked, c.ss, frame_lo, post_lo, post_hi)) is not None:
        pre_lo, post_hi = br  # "(as low as 19%, Lee says)", "(which, critics say, will B)"
    elif (op := _dash_aside_open(masked, c.ss, frame_lo, frame_hi, se)) > 0:
        pre_lo, post_hi = op, post_lo  # "Ann Roy -- no relation, she stressed -- said"
    elif not speaker_after and (rc := _subject_relative_close(masked, c, post_lo, post_hi)) > 0:
        post_hi = rc  # "Ann Roe, who said A, was fired": the main verb is no content
    return (pre_lo, frame_lo), (post_lo, post_hi), frame_hi


# a place or occasion phrase after an inserted frame's verb, up to the comma before
# "and" / "but" ("said outside the courthouse, and B"; "said in a post on social
# media, and B"; "said on Facebook, and B"), or a participle on the document the frame
# named ("said in a letter sent to employees on Friday, but B")
_INSERTED_FRAME_PLACE_RE = re.compile(
    r"[ \t]*((?:(?:outside|inside|in|at|on|during|after)[ \t]+(?:(?:a|an|the|his|her|its|their)[ \t]+)?"
    r"|(?:posted|sent|released|published|issued|distributed|e-?mailed|mailed|circulated|taped"
    r"|signed|delivered|shared|filed|slipped)[ \t]+(?:to|on|at|in|into|onto|by|under|through|across"
    r"|around|outside|inside|from|over|during|online|last|this|early|late)\b[ \t]*)"
    r"(?:[\w'’-]+[ \t]+){0,5}?[\w'’-]+)(?=,[ \t]+(?:and|but)[ \t])"
)


def _bracket_around(masked, ss, frame_lo, post_lo, post_hi):
    """(start, end) of the inside of brackets that hold the frame, when a "(" opens
    before it in the sentence and its ")" closes after it ("(as low as 19%, Lee
    says)", "The tax (which, critics say, will hurt farmers) passed"); else None.

    >>> m = "The tax (which, critics say, will hurt farmers) passed."
    >>> lo, hi = _bracket_around(m, 0, m.index("critics"), m.index("will"), len(m))
    >>> m[lo:hi]
    'which, critics say, will hurt farmers'
    """
    op = masked.rfind("(", ss, frame_lo)
    if op < 0 or ")" in masked[op:frame_lo]:
        return None
    cl = masked.find(")", post_lo, post_hi)
    if cl < 0 or "(" in masked[post_lo:cl]:
        return None
    return op + 1, cl


# a comma and a finite verb: where a relative clause in the subject closes ("Ann Roe,
# who said A, | was fired")
_MAIN_VERB_AFTER_COMMA_RE = re.compile(
    r",[ \t]+(?:is|was|were|are|has|had|have|will|would|can|could|did|does|should|must"
    r"|may|might|[a-z]{3,}ed)\b"
)


def _subject_relative_close(masked, c, lo, hi):
    """Where the content of a cue in a non-restrictive relative clause on the
    sentence's subject ends: at the last comma before a finite verb ("Ann Roe, who
    said the plan would fail, was fired"; "The Ledger, which has since reported that
    A, has been sold"); -1 when the cue is no such relative or no such comma follows.
    The subject is a short phrase with no comma or quotation that opens the sentence."""
    toks, j = c.toks, c.k - 1
    while j > 1 and c.k - j <= 3 and _skips_before_cue(toks[j][2]) and toks[j][2].islower():
        j -= 1
    if j < 2 or toks[j][2] not in ("who", "which") or toks[j - 1][2] != ",":
        return -1
    head = masked[c.ss : toks[j - 1][0]]
    words = head.split()
    if not head[:1].isupper() or not 1 <= len(words) <= 8 or any(x in head for x in ",;:\x01"):
        return -1
    if _holds_clause(words):
        return -1  # "The mayor thanked Ann Roe, who said A, B": no subject
    cut = -1
    for m in _MAIN_VERB_AFTER_COMMA_RE.finditer(masked, lo, hi):
        cut = m.start()
    return cut


_DASH_ASIDE_CLOSE_RE = re.compile(r"[ \t]+(?:--|—|–)[ \t]")


_DASH_ASIDE_OPEN_RE = re.compile(r"[ \t](?:--|—|–)[ \t]+")


def _dash_aside_open(masked, ss, frame_lo, frame_hi, se):
    """Where the text of a frame set off by dashes starts ("Roy -- no relation, she
    stressed -- said": after the first "-- "), 0 when a dash does not follow the frame
    or none opens the aside in its sentence before it.

    >>> t = "Ann Roy -- no relation, she stressed -- said so."
    >>> op = _dash_aside_open(t, 0, t.index("she"), t.index(" --", 20), len(t))
    >>> t[op:t.index(", she")]
    'no relation'
    """
    if _DASH_ASIDE_CLOSE_RE.match(masked, frame_hi, se) is None:
        return 0
    last = None
    for m in _DASH_ASIDE_OPEN_RE.finditer(masked, ss, frame_lo):
        last = m
    if last is None or not masked[last.end() : frame_lo].rstrip().endswith(","):
        return 0
    return last.end()


# a verb right after the "that" that the adverbial skip took for the conjunction: "that"
# is the content's subject ("said that was the plan", "said that's not true")
_THAT_SUBJECT_NEXT_RE = re.compile(
    r"(?:['’]s\b|[ \t]+(?:is|was|were|are|will|would|could|can|should|may|might|must|has"
    r"|had|have|does|did|seems|seemed|means|meant|remains|remained|makes|made|sounds"
    r"|sounded|happened|happens|changed)\b|[ \t]+[a-z]+n['’]t\b)"
)


# a medium and a participle that describes it before the content's "that": "said in an
# interview (that) aired on Sunday that", "in a post published Friday that"
_MEDIUM_WORDS = (
    r"(?:interview|statement|letter|post|video|speech|op-ed|column|podcast|broadcast"
    r"|email|e-mail|memo|report|article|message|tweet|story|piece|segment|program|show"
    r"|documentary|book|memoir|essay|editorial)s?"
)


_MEDIUM_END_RE = re.compile(r"\b" + _MEDIUM_WORDS + r"(?:[ \t]+that)?[ \t]*\Z")


_MEDIUM_PP_RE = re.compile(
    r"[ \t]*(?:in|on)[ \t]+(?:an?|the|his|her|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    + _MEDIUM_WORDS
    + r"\b"
)


# what _MEDIUM_PP_RE's first character may be
_MEDIUM_PP_FIRST = (" ", "\t", "i", "o")


_MEDIUM_PARTICIPLE_RE = re.compile(
    r"[ \t]*(?:(?:that|which)[ \t]+)?(?:(?:was|were)[ \t]+)?(?:aired|broadcast|published"
    r"|posted|released|conducted|recorded|taped|televised|filmed|shown|streamed|printed"
    r"|sent|ran|appeared)\b[^,;:\x01\n.!?]{0,40}?\bthat\b[ \t]*"
)


# a demonstrative object (and a manner or a listener) closed by a colon right before a
# quotation: 'put it this way: "A"', 'said this to council: "A"' (the quotation is the
# content)
_DEMONSTRATIVE_COLON_RE = re.compile(
    r"[ \t]*(?:this|the[ \t]+following|it[ \t]+(?:this|that)[ \t]+way)"
    r"(?:[ \t]+(?!(?:is|was|are|were|will|would|has|had|have|should|could|can|must|may|might)\b)"
    r"[\w'’\-]+){0,5}[ \t]*:[ \t]*(?=\x01)"
)

# the same object closed by a colon before a clause, not a quotation: "told them this:
# A", "said the following to reporters: A", "put it this way: A" (at most "much" and a
# phrase of a preposition and up to four words between: "said this plan: A" is none)
_DEMONSTRATIVE_CLAUSE_COLON_RE = re.compile(
    r"[ \t]*(?:this|the[ \t]+following|it[ \t]+(?:this|that)[ \t]+way)(?:[ \t]+much)?"
    r"(?:[ \t]+(?:to|in|at|on|during|before|after|with|for|from|outside)(?:[ \t]+[\w'’\-]+){1,4})?"
    r"[ \t]*:[ \t]*(?=[^\s\x01])"
)


def _past_demonstrative_colon(masked, post_lo, se):
    """Where the content starts when the words at ``post_lo`` are "this" (or "it this
    way", "the following") and up to five words closed by a colon right before a
    quotation: at the quotation ('put it this way: "A"', 'said this to council: "A"');
    before a clause, with at most "much" and a prepositional phrase before the colon:
    after the colon ("told them this: A"); else ``post_lo``.

    >>> t = ' this to council: \x01\x01\x01.'
    >>> _past_demonstrative_colon(t, 0, len(t))
    18
    >>> _past_demonstrative_colon(" this was the plan: \x01\x01.", 0, 24)
    0
    >>> _past_demonstrative_colon(" the following: the mill will close.", 0, 36)
    16
    """
    colon = masked.find(":", post_lo, min(se, post_lo + 48))
    if colon < 0:
        return post_lo
    mo = _DEMONSTRATIVE_COLON_RE.match(masked, post_lo, colon + 4)
    if mo is None:
        mo = _DEMONSTRATIVE_CLAUSE_COLON_RE.match(masked, post_lo, colon + 4)
    return post_lo if mo is None else mo.end()


def _content_start(masked, post_lo, se):
    """Where the content after a frame starts, from ``post_lo`` past its objects and
    adverbials: past a participle that describes the medium before the content's
    "that" ("said in an interview that aired on Sunday that | A", "told the Herald in a
    story published Friday that | A"), or back on a "that" that is the content's
    subject ("said | that was the plan")."""
    # (the same answers as asking _MEDIUM_PP_RE, then _MEDIUM_END_RE, then the
    # participle, and _THAT_END_RE, with cheaper tests first: _MEDIUM_PP_RE needs a
    # space, tab, "i" or "o" at ``post_lo``; with no medium phrase after the frame the
    # participle match, which fails at once on most words, goes before the 24-character
    # search for a medium word before it; _THAT_END_RE needs "that" in its 8 characters)
    if (
        masked[post_lo : post_lo + 1] in _MEDIUM_PP_FIRST
        and (mp := _MEDIUM_PP_RE.match(masked, post_lo, se)) is not None
    ):
        mm = _MEDIUM_PARTICIPLE_RE.match(masked, mp.end(), se)
        if mm is not None:
            return mm.end()
    elif (mm := _MEDIUM_PARTICIPLE_RE.match(masked, post_lo, se)) is not None and (
        _MEDIUM_END_RE.search(masked, max(0, post_lo - 24), post_lo) is not None
    ):
        return mm.end()
    lo8 = max(0, post_lo - 8)
    mt = (
        None if masked.find("that", lo8, post_lo) < 0 else _THAT_END_RE.search(masked, lo8, post_lo)
    )
    if (
        mt is not None
        and _THAT_SUBJECT_NEXT_RE.match(masked, post_lo, se) is not None
        and (
            masked[max(0, mt.start() - 8) : mt.start()].rstrip()[-1:] != ","
            or masked[post_lo : post_lo + 2] in ("'s", "’s")
        )  # (", Bell said, that is meant": a relative pronoun; "As Lee said, that's A")
    ):
        return mt.start()
    return post_lo


# a quotation, then "as" and the speaker of the next cue: 'to "...," as she (put it)'
_BLOCK_THEN_AS_RE = re.compile(r"\x01[ \t]+as[ \t]+[^,;:\x01]{1,40}\Z")


# one capitalised word and "of" / "at" after a comma, right before a speaker's name
# ("A, Zimmer of Merrill Lynch said", "A, Volkswagen of America said"): no content
_WORD_OF_BEFORE_RE = re.compile(
    r",[ \t]+((?:[Tt]he[ \t]+)?[A-Z][a-z][\w'’-]*[ \t]+(?:of|at)[ \t]+)\Z"
)


# the article right before a capitalised speaker's name, after a comma ("A, the Bank
# of England said")
_THE_BEFORE_RE = re.compile(r"(?<=,[ \t])[Tt]he[ \t]+\Z")


# a description set off by commas before the speaker's name: "A, the harbour master,
# Ann Roe, said"; after a quotation as well ('"A," her friend of 20 years, Ann Roe, said')
_APPOSITION_BEFORE_RE = re.compile(
    r"[,\x01][ \t]+(?:the|an?|his|her|its|their|[A-Z][\w.-]*(?:'s|’s))[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,4}?([a-z][a-z-]+)"
    r"(?:[ \t]+of[ \t]+(?:\d+|[a-z]+)[ \t]+(?:years|months|weeks|decades))?,[ \t]+\Z"
)  # (and how long: "her friend of 20 years, Ann Roe")


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


# a description that opens the sentence before the speaker's name ("The company's
# safety director, Ann Roe, testified"): a determiner or possessor, at most four words
_OPENING_APPOSITION_RE = re.compile(
    r"[ \t]*(?:The|An?|His|Her|Its|Their|[A-Z][\w.-]*(?:'s|’s))[ \t]+"
    r"((?:[\w'’.-]+[ \t]+){0,4}?)([a-z][a-z-]+),[ \t]+"
)


_NOT_IN_APPOSITION = frozenset(
    "is was are were will would has have had can could may might should must be been".split()
)


def _opening_apposition(masked, ss, hi, lex):
    """Is the text from the sentence start ``ss`` to the speaker's name at ``hi`` only a
    description of her set off by a comma ("The company's safety director, Ann Roe,
    testified"), its head a listed title or speaker noun, and no verb before it?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The city's fire chief, Ann Roe"
    >>> _opening_apposition(t, 0, t.index("Ann"), lexicon())
    True
    >>> t = "The plan is dead, Ann Roe"
    >>> _opening_apposition(t, 0, t.index("Ann"), lexicon())
    False
    """
    m = _OPENING_APPOSITION_RE.fullmatch(masked, ss, hi)
    if m is None or m.group(2) not in lex.titles and m.group(2) not in lex.nouns:
        return False
    return _NOT_IN_APPOSITION.isdisjoint(m.group(1).lower().split())


# a description set off by commas after a source ("According to Ann Roe, a senior
# economist at Acme Bank, B"): its head noun (group 1) before an optional phrase
_APPOSITION_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]+(?:the|an?|his|her|its|their|[A-Z][\w.-]*(?:'s|’s))[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,3}?([a-z][a-z-]+)"
    r"(?:[ \t]+(?:at|of|for|with|in|from|on)[ \t]+[^,;:\n\x01]{1,60}?)?,[ \t]+(?=\w)(?!(?:who|whose|which|that)\b)"
)


_PERSON_NAME_RE = re.compile(r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}")


def _apposition_after(masked, lo, hi, lex):
    """End of a description set off by commas right after an "according to" source
    ending at ``lo`` ("According to Ann Roe, a senior economist at Acme Bank, rates
    will fall": after its second comma), or ``lo`` when there is none; its head must
    be a listed title or speaker noun or end like an agent noun, and be singular.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "According to Ann Roe, an economist at Acme, rates will fall."
    >>> t[_apposition_after(t, t.index(", an"), len(t), lexicon()) :]
    'rates will fall.'
    """
    m = _APPOSITION_AFTER_RE.match(masked, lo, hi)
    if m is None:
        return lo
    head = m.group(1)
    if head.endswith("s") or not (
        head in lex.titles or head in lex.nouns or head.endswith(_AGENT_ENDINGS)
    ):
        return lo
    return m.end()


def _apposition_before(masked, lo, hi, lex):
    """Start of a description set off by commas that ends right before the speaker's
    name at ``hi`` ("A, the city's mayor, Ann Roe, said": after the comma before "the"),
    or ``hi`` when there is none; its head must be a listed title or speaker noun
    or end like an agent noun (-er, -or, -ist, ...), and be singular.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "It will close, the harbour master, Ann Roe"
    >>> _apposition_before(t, 0, t.index("Ann"), lexicon())
    14
    """
    m = _APPOSITION_BEFORE_RE.search(masked, lo, hi)
    if m is None:
        return hi
    head = m.group(1)
    if head.endswith("s"):
        return hi  # "A, the two nations, Xi said, B": plural, no description of Xi
    if head in lex.titles or head in lex.nouns or head.endswith(_AGENT_ENDINGS):
        return m.start() + 1
    return hi


# the head noun of a relative clause whose subject is the speaker, after the content
# ("..., a charge the company denied", "..., which Lee disputed")
_RELATIVE_HEAD_RE = re.compile(
    r",[ \t]+(?:which|(?:an?|the)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[ \t]+\Z"
)


# where a clause ends before a participle cue: after a quotation block, or at
# "before" / "after" / "while" ("... before claiming that")
_CUT_WORDS = 10  # at most this many words from a clause break to the next cue


_SUBJECT_AFTER_BLOCK_RE = re.compile(r"[ \t]+[A-Za-z][^\x01,;:]*\Z")


_DASH_END_RE = re.compile(r"[ \t](?:—|–|--|-)[ \t]*\Z")


def _dash_before_quotation(seg, qe):
    """Where the dash right before the quotation that ends at ``qe`` in the masked
    ``seg`` stands ('the plan was unserious - "...," she said': the dash), or -1.

    >>> _dash_before_quotation("A was bad - " + MASK * 5 + " she ", 17)
    9
    """
    bs = qe
    while bs > 0 and seg[bs - 1] == MASK:
        bs -= 1
    m = _DASH_END_RE.search(seg, max(0, bs - 6), bs)
    return -1 if m is None or bs == qe else m.start()


def _comma_quotation_end(text, masked, seg, lo):
    """Where the last quotation of ``seg`` (the masked text from ``lo`` to the next
    cue) ends when it closes on a comma and only the next cue's subject follows it
    ('said that A had "been friends," he claimed B'; 'claimed that "..," one of the
    prosecutors said B'); -1 otherwise, and when the content is that quotation alone
    with no "that" before it ('he warned, "...," Trump told NBC': the next cue's too).

    >>> t = "that he had “been friends,” he "
    >>> m = t.replace("“been friends,”", MASK * 15)
    >>> _comma_quotation_end(t, m, m, 0)
    27
    """
    m = seg.rfind(MASK)
    if m < 0 or m + 1 >= len(seg):
        return -1
    if not _WORD_CHAR_RE.search(seg, 0, max(0, seg.find(MASK))) and not _THAT_END_RE.search(
        masked, max(0, lo - 8), lo
    ):
        return -1
    if _COMMA_CLOSE_RE.search(text, max(lo, lo + m - 3), lo + m + 1) is None:
        return -1
    tail = seg[m + 1 :]
    if _SUBJECT_AFTER_BLOCK_RE.match(tail) is None or len(tail.split()) > _CUT_WORDS:
        return -1
    return m + 1


# a participle cue right after a plain noun with no clause break before it ("relied on
# students reporting their sleep"): it modifies the noun and ends no clause
# a determiner and a noun right before a next cue "written": a participle that
# describes the noun ("said A and had been away on the date written beside it")
_DET_NOUN_END_RE = re.compile(
    r"(?:\A|[ \t])(?:the|a|an|this|that|his|her|their|its)[ \t]+[a-z]+[ \t]+\Z"
)


# the pronoun "one(s)" after a negation, quantifier or determiner right before a next
# cue "written": a reduced relative ("said A, but not one written before the vote")
_ONE_BEFORE_WRITTEN_RE = re.compile(
    r"(?:\A|[ \t])(?:not|never|only|any|no|each|every|the|a|single|other|new)[ \t]+ones?[ \t]+\Z"
)


def _noun_before_written(seg):
    """Does ``seg`` end with a noun a next cue "written" modifies ("the date", "not one")?"""
    return bool(_DET_NOUN_END_RE.search(seg) or _ONE_BEFORE_WRITTEN_RE.search(seg))


_NOUN_BEFORE_ING_RE = re.compile(
    r"\A[^,;:\x01]*[ \t](?!(?:and|but|or|nor|then|before|after|while|by|without|also|"
    r"further|later|again|even|not|still|of|on|in|for|from|to|is|are|was|were|been|be|am|"
    r"keeps?|kept|just|now|repeatedly|publicly|privately|openly|falsely)[ \t]+\Z)[a-z][\w’'\-]*[ \t]+\Z"
)


_DASH_RE = re.compile("[—–]")


_DASH_WHICH_RE = re.compile(r" [—–] (?:which|who|whom|whose)\b")


# an aside closed by a dash, then a short plain subject up to the next cue: "A - a
# common complaint - others (say B)", "A — an old favourite — his aides (say B)"
_DASH_ASIDE_THEN_SUBJECT_RE = re.compile(
    r" ([—–]|--?) [^—–\x01]{1,60}? \1 "
    r"(?!(?:which|who|whom|whose|while|as|at|but|and|or|he|she|it|they|we|i|you|if|when|to|of|in"
    r"|on|for|with|by|from|that|not|also|had|has|have|is|are|was|were|will|would|could|can|may"
    r"|might|should|must|did|does|do|been|be)\b)"
    r"(?:[\w'’.\-]+ ){1,3}\Z"
)


# a clause break right after "that" ("said that, if A, B"): "that" opens the content,
# which goes on past the break
_THAT_END_RE = re.compile(r"\bthat[ \t]*\Z")


# an adverbial that opens a that-clause before its comma ("reported that during the
# visit, the union repeated its demand"): the clause's subject and verb come after it
_THAT_ADVERBIAL_RE = re.compile(
    r"[ \t]*(?:during|before|after|in|on|at|since|until|by|over|under|despite|amid|following"
    r"|within|throughout|without|for)\b[^,;:\x01]{1,70}"
)


# ", which some have" before a later cue: a relative clause inside the content whose
# own speaker is a quantifier ("said that the vote, which some have argued was rigged,
# was B": the vote ... was B is the outer content)
_WHICH_SOME_END_RE = re.compile(
    r",[ \t]+which[ \t]+(?:some|many|others|critics|opponents|supporters)"
    r"(?:[ \t]+(?:have|had|also))*[ \t]*"
)


def _that_opens_content(masked, frame_hi, post_lo, seg, cut):
    """Does the content after a frame run on past the comma at ``seg[cut]`` (``seg``
    starts at ``post_lo``)? Yes when "that" right before the comma opens it ("said
    that, if the reports are true, B") or when the text before the comma is an
    adverbial right after "that" ("reported that during the visit, the union
    repeated B": B's clause is the content, the cue after the comma inside it)."""
    if _THAT_END_RE.search(masked, frame_hi, post_lo + cut):
        return True
    return (
        seg[cut : cut + 1] == ","
        and _THAT_END_RE.search(masked, frame_hi, post_lo) is not None
        and _THAT_ADVERBIAL_RE.fullmatch(seg, 0, cut) is not None
    )


_ING_CUT_RE = re.compile(r"(?<=\x01)\s*\Z|\s(?:before|after|while|then)\s+\Z")


_SKIP = False  # _choose_side: the cue yields nothing, not even a pending colon frame


# text before "according to X, B" that cannot be the content on its own: it ends with
# a subordinator, a conjunction or a colon ("... after, according to him, B"; "And it
# went unnoticed: According to polls, B"), or is one subordinate clause ("While A,
# according to X, B")
_OPEN_CLAUSE_END_RE = re.compile(
    r"(?:\b(?:after|because|while|when|although|though|since|if|but|and|that|before|until"
    r"|unless|whereas)|:)[ \t\u00a0,—–-]*\Z",
    re.I,
)


# text before "according to X" that ends with a reporting verb of its own ('"...,"
# Fontoura said, according to a translation by X'): that verb's frame holds the
# quotation, "according to" only sources the report
_SAID_END_RE = re.compile(
    r"\b(?:said|says|told[ \t]+\w+|added|wrote|writes|stated|asked)"
    r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today))?[ \t\u00a0,]*\Z"
)


# (only a source with an indefinite article: "according to a transcript", "an account
# by ..."; PolNeAR annotates "Lee said, according to CNN" as CNN's report of Lee)
_INDEFINITE_SOURCE_RE = re.compile(r"[ \t]+(?:a|an)[ \t]")


# ... or the reporting speaker's own records ("He said A, according to his own count")
_OWN_SOURCE_RE = re.compile(r"[ \t]+(?:his|her|their|its)[ \t]+own[ \t]")


_SAID_IN_RE = re.compile(r"\b(?:said|says|told|added|wrote|writes|stated)\b")


# ... or a translation of the words ("according to Morin's translation", "according to
# his interpreter"): whoever translates is no second speaker
_TRANSLATION_SOURCE_RE = re.compile(
    r"[ \t]+(?:the|his|her|their|[\w’'-]+['’]s)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:translation|translator|interpreter|interpretation)\b"
)


_SUBORDINATE_ONLY_RE = re.compile(
    r"[ \t\n]*(?:while|although|though|whereas|unless|if|when|because|since)\b[^,;:]*"
    r",?[ \t\u00a0]*\Z",
    re.I,
)


# "That's according to X" / "This is according to X": the content is the pronoun,
# which stands for the sentence before it
_THAT_IS_RE = re.compile(r"[ \t\n]*(That|This)(?:['’]s|[ \t]+(?:is|was))[ \t]*\Z")


# a subordinator (or "by") right before the speaker and the cue ("... by the time he said",
# "... until Reuters asked", "... because she said"): the cue's clause is subordinate
_SUBORDINATOR_END_RE = re.compile(
    r"\b(?:by(?:[ \t]+the[ \t]+time)?|until|because|when|whenever|before|after|once)[ \t\u00a0]*\Z",
    re.I,
)


# the last letters of its words (no other character matches them ignoring case)
_SUBORDINATOR_LAST = frozenset("yYlLeEnNrR")


def _subordinator_end(pre_text):
    """Does ``pre_text`` end with a subordinator (``_SUBORDINATOR_END_RE`` searched in
    its last 16 characters)? The search runs only when the text, without its trailing
    spaces, ends in the last letter of one of them."""
    if pre_text.rstrip(" \t\u00a0")[-1:] not in _SUBORDINATOR_LAST:
        return False
    return _SUBORDINATOR_END_RE.search(pre_text, max(0, len(pre_text) - 16)) is not None


_SHORT_BLOCK_AT_RE = re.compile(r"[ \t,:;—–-]*\x01{2,40}(?!\x01)")


def _short_block_at(masked, lo):
    """Does a quotation of at most 38 characters open the text at ``lo``?"""
    return _SHORT_BLOCK_AT_RE.match(masked, lo) is not None


# a participial adjunct after the frame ("A, the ministers announced Thursday, ending a
# standoff that ..."), or a time clause with a pronoun subject ("A, the minister said
# Tuesday as he tabled a budget that ..."): it describes the event, it holds no
# reported content (a "that" in it is the clause's own)
_ING_ADJUNCT_RE = re.compile(
    r"[ \t]*(?:(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today)[ \t]*)?(?:,[ \t]+(?!(?:adding|saying|noting|arguing|insisting)\b)"
    r"[a-z]+ing\b|,?[ \t]+(?:as|while|after|before|when)[ \t]+(?:he|she|it|they|we)[ \t]+[a-z]+)"
)


def _lead_adjunct(doc, pre_text, post_text):
    """Is the text before an inserted frame ("In the spring, the mayor said, B"; "This
    spring, he said, B") only a short leading prepositional or time phrase, an adjunct of
    the clause after the frame (which reports no speech of its own)?"""
    return (
        pre_text.rstrip().endswith(",")
        and _HAS_WORD_RE.search(post_text) is not None
        and not pre_text.rstrip(" \t\n\u00a0,:;—–-").endswith(MASK)
        and (_adverbial_phrase_only(pre_text) or _deictic_time_lead(doc, pre_text, post_text))
        and not doc.lex.cue_re.search(post_text, 0, 40)
    ) or _lead_subordinate_clause(doc, pre_text, post_text)  # "Until A, she said, B"


def _inserted_comma_after(masked, frame_hi, se, post):
    """Does a comma follow the frame (an inserted frame, "A, Lee said, B"), other than
    the comma of an insertion before "that" ("said, pausing, that B")?

    >>> t = "Asked why, Lee said, pausing, that B."
    >>> hi = t.index(", p")
    >>> _inserted_comma_after(t, hi, len(t), (t.index(" B"), len(t)))
    False
    >>> t = "A is bad, Lee said, and B."
    >>> _inserted_comma_after(t, t.index(", and"), len(t), (t.index(" and"), len(t)))
    True
    """
    return masked[frame_hi:se].lstrip().startswith(",") and (
        _INSERTION_THEN_THAT_RE.match(masked[frame_hi : post[0]]) is None
    )


def _participle_after_adjunct(masked, frame_hi, post, se):
    """Does the text after a frame (up to its sentence end ``se``) open with a
    participle adjunct: ``_ING_ADJUNCT_RE`` ("A, the ministers announced Thursday,
    ending a standoff"), or a participle after an adjunct of ``_PAREN_POST_RE`` ("...,
    the group said in a statement, pointing to fuel costs")? The participle phrase is the
    subject's act, not its words: the content is the clause before (a speech
    participle, "noting that B", is a cue of its own).

    >>> t = "A rose, it said in a statement, pointing to costs."
    >>> _participle_after_adjunct(t, 15, (32, len(t)), len(t))
    True
    """
    if _INSERTION_THEN_THAT_RE.match(masked[frame_hi : post[0]]) is not None:
        return False  # "said, pausing, that B": the "that" clause is the content
    if _ING_ADJUNCT_RE.match(masked, frame_hi, se) is not None:
        return True
    m = _ING_AFTER_RE.match(masked, post[0], post[1])
    return (
        m is not None
        and m.group(1) != "including"
        and (
            _PAREN_POST_RE.match(masked, frame_hi, post[0]) is not None
            or (
                m.group(1) not in ("adding", "saying", "noting", "arguing", "insisting")
                and _DATED_LISTENER_RE.match(masked, frame_hi, post[0]) is not None
            )
        )
    )  # ("A, she told reporters Friday, ending B": the listener, a day and a comma)


# a listener and a day between a "tell" cue and a comma ("told reporters Friday,", "told
# a packed courtroom on Monday,")
_DATED_LISTENER_RE = re.compile(
    r"[ \t]+(?:(?:the|a|an|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+)?)?"
    + _LISTENERS
    + r"[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today)[ \t]*,[ \t]*\Z"
)


def _title_or_speaker_after(doc, pre_text, post, post_has):
    """Does the side before a frame end in a comma while the side after it is only a
    title in quotation marks ('A, Lee said in her book, "Long Road."') or opens another
    speaker's clause ("A, he said, while Ann Roe, who chairs the board, said B")? Then
    the content is the side before."""
    if not pre_text.rstrip().endswith(","):
        return False
    return _title_tail(doc, post) or (post_has and relative_speaker_after(doc, *post))


def _choose_side(doc, c, pre, post, frame_hi, speaker_after, asked_by, borrowed):
    """The side of the frame that holds the content (``pre`` or ``post``), None when
    neither does (the frame may announce the next quotation), or _SKIP."""
    masked = doc.masked
    pre_text = masked[pre[0] : pre[1]]
    post_text = masked[post[0] : post[1]]
    # the words of the last 300 characters before the frame, counted up to 3 (the
    # rules below only ask 0, 1-2 or 3 and more): a match of three in a row
    # (possessive runs: words as _WORDS_RE splits them) saves listing them all
    pre_lo = max(0, len(pre_text) - 300)
    if _THREE_WORDS_RE.match(pre_text, pre_lo) is not None:
        pre_words = 3
    else:
        pre_words = len(_WORDS_RE.findall(pre_text, pre_lo))
    post_has = _HAS_WORD_RE.search(post_text) is not None
    # (a no-break space after a closing quote mark counts as a space)
    pre_ends_block = pre_text.rstrip(" \t\n\u00a0,:;—–-").endswith(MASK)
    post_starts_block = post_text.lstrip(" \t\n\u00a0,:;—–-").startswith(MASK)
    if post_has and (asked_by or c.lemma in WORDS_OF_LEMMAS):
        return post  # ("He became, in the words of one student, '...'": the words follow)
    if c.is_acc:
        # "According to X, content." or "Content, according to X."
        if _THAT_IS_RE.match(pre_text):
            return pre  # "That's according to X": the content is "That"
        if _SAID_END_RE.search(pre_text, max(0, len(pre_text) - 40)) is not None and (
            _INDEFINITE_SOURCE_RE.match(doc.text, c.ce) is not None
            or _TRANSLATION_SOURCE_RE.match(doc.text, c.ce) is not None
        ):
            return _SKIP  # '"...," Lee said, according to a translation by X'
        if _OWN_SOURCE_RE.match(doc.text, c.ce) and _SAID_IN_RE.search(pre_text):
            return _SKIP  # "Lee said A, according to her own count": Lee's report holds A
        if pre_words <= 2 and not post_has:
            # '"We will appeal," according to the union.': the quotation; else nothing
            return pre if pre_ends_block else _SKIP
        if post_has and _adverbial_phrase_only(pre_text):
            # "At the hearing, according to a transcript, B": B, unless B reports
            # speech of its own ("..., she told the court, '...'": that cue's row)
            return _SKIP if doc.lex.cue_re.search(post_text, 0, 40) else post
        if post_has and (
            _OPEN_CLAUSE_END_RE.search(pre_text, max(0, len(pre_text) - 16))
            or _SUBORDINATE_ONLY_RE.match(pre_text)
        ):
            return post  # "While A, according to X, B" / "A because, according to X, B"
        if (pre_words == 2 or pre_ends_block) and _SOURCE_RELATIVE_RE.match(masked, frame_hi):
            return pre  # "Sales rose, according to X, which said B"; '"A," according to X, who
        return post if (pre_words <= 2 and post_has) else pre
    if not speaker_after and _lead_adjunct(doc, pre_text, post_text):
        return post  # "In the spring, the mayor said, B": B (the phrase is B's adjunct)
    if not speaker_after and pre_words >= 3 and _AS_AT_RE.match(masked, pre[1]) is not None:
        return pre  # "Ray met Lee that day, as the Courier reported, and ...": the clause before
    if (
        pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and frame_tail_adjunct(masked, c.ce, post)
    ):
        return pre  # "A, the firm said Friday, two weeks after the fire": a time adjunct
    if post_has and _SUBORDINATOR_COMMA_RE.search(pre_text, max(0, len(pre_text) - 16)):
        return post  # "A because, he says, B": the insertion opens B
    if (
        not speaker_after
        and pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and (m := _ING_AFTER_RE.match(masked, post[0])) is not None
        and (m.group(1) in ("calling", "describing", "citing") or m.group(1) in doc.lex.verb_lemma)
    ):
        return pre  # "A, it said in a statement, calling it 'B'": the participle's own cue
    if pre_words >= 3 and _title_or_speaker_after(doc, pre_text, post, post_has):
        return pre  # 'A, Lee said in her book, "Long Road."'; "A, he said, while Roe, ..."
    if (
        c.lemma in ("write", "tell")
        and pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and _LISTENER_ONLY_RE.fullmatch(masked, post[0], post[1]) is not None
        and (fw := _FIRST_WORD_RE.match(pre_text)) is not None
        and fw.group(1).lower() not in _LEAD_ADVERBIAL
    ):
        return pre  # "A, Lee wrote Roe." / "A, Lee wrote to him.": the addressee
    if post_starts_block and not (pre_ends_block and speaker_after):
        if pre_ends_block and c.lemma in _OBJECT_VERBS and _short_block_at(masked, post[0]):
            return pre  # '"...," Lee told "Morning Chat," adding': the show is the listener
        return post
    if not speaker_after and _subordinator_end(pre_text):
        # "his emotions rose by the time he said that": the clause before the
        # subordinator is no content of the cue; nor a clause after its comma ("a
        # year before he announced, and he gave ...")
        return post if post_has and masked[frame_hi : post[0]].strip() != "," else _SKIP
    if (
        post_has
        and pre_ends_block
        and not speaker_after
        and _LEAD_PARTICIPLE_BLOCK_RE.match(pre_text) is not None
    ):
        return post  # 'Citing "family reasons," Lee told the Herald that B': B
    if (
        pre_ends_block
        and (
            not post_has
            or speaker_after
            or _FOUR_W_WORDS_RE.match(pre_text, max(0, len(pre_text) - 300)) is None
        )
        and not (borrowed and post_has)
    ):
        return pre
    if speaker_after:
        return pre if pre_words > 0 else post
    if not post_has and ":" in masked[frame_hi : post[0]]:
        return None  # "At the fair, she declared:" announces the quotation after it
    if (
        pre_words == 2
        and pre_text.rstrip().endswith(",")
        and (not post_has or _is_adjunct_only(post_text) or _short_adjunct_tail(post_text))
        and _holds_clause(_WORDS_RE.findall(pre_text))
    ):
        return pre  # "Sales rose, Ann Roe said on Tuesday.": a clause of two words
    tail = (
        pre_words >= 3
        and post_has
        and (_post_is_tail(masked, frame_hi, post, post_text) or _short_adjunct_tail(post_text))
        and _SUBORDINATE_LEAD_RE.match(pre_text) is None
        and _RELATIVE_SPEAKER_RE.match(masked, pre[1], c.cs) is None
    )
    if (
        pre_words >= 3
        and pre_text.rstrip().endswith(",")
        and (not post_has or tail or _inserted_comma_after(masked, frame_hi, c.se, post))
    ):
        # "Content, X said." or "In 1990, X said, when she ...": the longer side
        if post_has and not tail and _longer_content_after(pre_text, post_text):
            return post
        if (
            (not post_has or tail)
            and _FRONTED_PP_RE.match(pre_text)
            and pre_text.count(",") == 1
            and not _holds_clause(_WORDS_RE.findall(pre_text))
        ):
            return _SKIP  # "At the campaign office, Lee conceded shortly after 10 p.m."
        return pre
    if (
        pre_words >= 3
        and post_has
        and pre_text.rstrip().endswith(",")
        and _participle_after_adjunct(masked, frame_hi, post, c.se)
    ):
        return pre  # "A, the ministers announced Thursday, ending a standoff ..."
    if post_has and not (pre_words >= 3 and _block_then_adjunct(masked, c, pre, post_text)):
        return post
    if pre_words >= 3 and not _BARE_PARTICIPLE_RE.search(pre_text, max(0, len(pre_text) - 40)):
        return pre
    return None


def _block_then_adjunct(masked, c, pre, post_text):
    """Is the text before the frame ``pre`` a quotation's and the text after it only an
    adjunct, with a subject that is no relative ('"A," said Lee, who predicted about a
    third of B': a relative's content follows its cue)?"""
    return (
        MASK in masked[pre[0] : pre[1]]
        and _is_adjunct_only(post_text)
        and _RELATIVE_SPEAKER_RE.match(masked, pre[1], c.cs) is None
    )


# a relative clause on the source of "according to X" ("..., which also warned that")
_SOURCE_RELATIVE_RE = re.compile(r"[ \t]*,[ \t]*(?:which|who)\b")


# a lead participle whose object is a quotation, before the subject of the frame
# ('Citing "family reasons," Lee told ...', 'Quoting an aide as saying "...," she ...')
_LEAD_PARTICIPLE_BLOCK_RE = re.compile(r"[ \t\n]*[A-Z][a-z]+ing\b[^\x01,;:.!?]{0,40}\x01")


# a dash or a semicolon after the frame and its adverbials: what follows is a new
# clause or the writer's comment ("A, the agency said on Friday -- a blow to B"; "A,
# analysts say; in 2012, B"), not the frame's content
_TAIL_BREAK_RE = re.compile(r"[ \t]*(?:;|--?(?=[ \t])|—|–)")


# a place or occasion that ends the sentence after a frame ("during a visit to the
# plant", "at the end of a long meeting with the farmers"): no verb, no "that", no
# comma; not "to" (an infinitive or a listener) nor "of" ("complained of B")
_TAIL_ADVERBIAL_RE = re.compile(
    r"[ \t]*(?:at|during|in|on|after|before|outside|inside|following|from|via|near)[ \t]+"
    r"(?:an?|the|his|her|its|their|this|last|[A-Z0-9])"
    r"(?:(?![ \t](?:that|is|are|was|were|be|been|has|have|had|will|would|can|could|should"
    r"|may|might|must|did|does|do|says?|said)\b)[^,;:\x01\n.!?]){0,80}[.!?]?[ \t]*\Z"
)


# a purpose adjunct to the end of the sentence ("A, Lee said Tuesday, in a move meant to
# stop cheap steel shut out of the U.S. from flooding the market"; "in a bid to ..."): the
# writer's comment on the act, never what was said (no "that" clause after it)
_PURPOSE_TAIL_RE = re.compile(
    r"[ \t]*in[ \t]+an?[ \t]+(?:move|bid|effort|attempt|push)[ \t]+(?:meant|aimed|designed|"
    r"intended|to|that)\b(?:(?![ \t]that[ \t])[^;:\x01\n.!?]){0,220}[.!?]?[ \t]*\Z"
)


# the go-between a speaker speaks through, to the end of the sentence, with a "who"
# clause on it or none ("A, Lee said through an interpreter."; "A, she said through her
# granddaughter, who translated from Cree."; "A, he said over the phone.")
_INTERMEDIARY_TAIL_RE = re.compile(
    r"[ \t]*(?:through|over)[ \t]+(?:an?|the|his|her|its|their)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+"
    r"(?:[ \t]*,[ \t]*(?:who|which)[ \t][^,;:\x01\n.!?]{1,100})?[.!?]?[ \t]*\Z"
)


# what the adverbials skipped after a cue may leave of its tail: a manner adverb ("A,
# Lee said proudly."), the listener or place of an occasion ("A, Lee said in her speech
# | to the council."), or both, and the end of the sentence
_TAIL_REMNANT_RE = re.compile(
    r"[ \t]*(?=[a-z])(?:[a-z]{2,}ly\b[ \t]*)?"
    r"(?:(?:to|with|before|for)[ \t]+(?:(?:the|an?|his|her|its|their)[ \t]|[A-Z])"
    r"[^,;:\x01\n.!?]{0,60})?"
    r"[.!?]?[ \t]*\Z"
)


# a clause before the frame that only opens with a subordinator ("As Lee spoke, Roe
# responded from the stage"), and a relative pronoun as the speaker (", who insisted
# on acting now"): the clause before holds no content of the frame's
_SUBORDINATE_LEAD_RE = re.compile(
    r"[ \t\n]*(?:as|while|although|though|whereas|unless|if|when|because|since|after"
    r"|before|once|until)\b[^,;:]*,?[ \t\u00a0]*\Z",
    re.I,
)


_RELATIVE_SPEAKER_RE = re.compile(r"[ \t\n,]*(?:who|which|that)\b", re.I)


# a participle of the sender's act closing a document's participle to the sentence end
# ("..., citing rising costs", "..., blaming a shortage of drivers, a bus contract and
# the lease"): a non-speech "-ing" verb (not "adding", "saying", "warning", ...), then no
# quotation or speech verb
_DOC_TAIL_ACT = (
    r"(?!(?:adding|saying|noting|arguing|insisting|warning|explaining|stating|claiming"
    r"|suggesting|asking|telling|including|according)\b)[a-z]{3,}ing\b"
    r"(?:(?![ \t](?:says?|said|told|adding|saying|noting)\b)[^;:\x01\n.!?]){1,160}"
)


# what a document's participle leaves after "said in a letter" ("sent to families on
# Sunday night", "posted online Tuesday", "released late Friday", "in a notice taped to
# the doors", "in a letter signed by 40 doctors", "in a statement read to the players"):
# a passive participle of sending, publishing, putting up, signing or reading out, then
# no verb, comma or quotation to the sentence end but an act of the sender's
# (``_DOC_TAIL_ACT``)
_DOC_PARTICIPLE_TAIL_RE = re.compile(
    r"[ \t]*(?:sent|released|posted|issued|published|distributed|e-?mailed|mailed"
    r"|circulated|delivered|shared|filed|tabled|taped|pinned|nailed|stuck|glued|affixed"
    r"|attached|addressed|handed|signed|slipped|hung|displayed|printed|faxed|read)\b"
    r"(?:(?![ \t](?:that|is|are|was|were|has|have|had|will|would|can|could|should|says?"
    r"|said)\b)(?:[^,;:\x01\n.!?]|,(?=[ \t]+[A-Z][\w'’-]*(?:,|[ \t]+(?:and|or)[ \t])))){0,80}"
    # (a list of capitalised names: "of its Eston, Kerrobert and Unity branches")
    r"(?:,[ \t]+" + _DOC_TAIL_ACT + r")?"
    r"[.!?]?[ \t]*\Z"
)


def _document_participle_tail(post_text):
    """Is the text after a frame only a participle on the document the frame named
    ("A, the board said in a letter sent to families on Sunday night.")?

    >>> _document_participle_tail(" sent to families on Sunday night.")
    True
    >>> _document_participle_tail(" sent staff home because the plant was unsafe.")
    False
    >>> _document_participle_tail(" taped to the clinic's front doors.")
    True
    >>> _document_participle_tail(" posted at its Eston, Kerrobert and Unity branches.")
    True
    >>> _document_participle_tail(" read to staff on Friday, citing rising costs.")
    True
    >>> _document_participle_tail(" sent to staff, warning that prices would rise.")
    False
    """
    return _DOC_PARTICIPLE_TAIL_RE.match(post_text) is not None


# the occasion of a frame, to the end of the sentence: the question it answered ("A, Lee
# said when asked about the accusation."; "A, he said after being pressed on the cost.")
_ASKED_TAIL_RE = re.compile(
    r"[ \t]*(?:when|after|once|upon)[ \t]+(?:being[ \t]+|he[ \t]+was[ \t]+|she[ \t]+was[ \t]+)?"
    r"(?:asked|questioned|pressed|quizzed|challenged)\b"
    r"(?:(?![ \t]that\b)[^,;:\x01\n.!?]){0,80}[.!?]?[ \t]*\Z"
)


# a subordinate clause of time or circumstance that ends the sentence after a frame
# ("A, the firm said Thursday, even as engineers described the damage."; "A, Lee said
# Tuesday night after council voted 6-5 to fund the arena."): its own clause, no "that",
# no comma, no quotation to the sentence end; not "when asked" (``_ASKED_TAIL_RE``) nor
# an amount or degree ("A, officials said as many as 40 people had died": content)
_SUBORDINATE_TAIL_RE = re.compile(
    r"[ \t]*(?:(?:even|just|shortly|soon|hours|days|minutes|moments)[ \t]+)?"
    r"(?:as|after|while|before|until)[ \t]+(?=[a-z]+[ \t]|the[ \t]|[A-Z])"
    r"(?!(?:many|much|few|little|well|long|soon|far|of|high|low|part|all|early|late)\b)"
    r"(?:(?![ \t](?:that|says?|said|told|asked)\b)[^,;:\x01\n.!?]){8,160}[.!?]?[ \t]*\Z"
)


def _post_is_tail(masked, frame_hi, post, post_text):
    """Is the text after a frame only its tail: a place or occasion ("A, Lee said
    during a visit to the plant"), or whatever follows a dash or a semicolon right
    after the frame and its adverbials ("A, the agency said on Friday -- a blow to B";
    "A, analysts say; in 2012, B")?"""
    if _TAIL_ADVERBIAL_RE.match(post_text) is not None or _TAIL_REMNANT_RE.match(post_text):
        return True
    if _INTERMEDIARY_TAIL_RE.match(post_text) is not None:
        return True  # "A, she said through her granddaughter, who translated from Cree."
    if _ASKED_TAIL_RE.match(post_text) is not None:
        return True  # "A, Lee said when asked about the accusation."
    if _SUBORDINATE_TAIL_RE.match(post_text) is not None:
        return True  # "A, the firm said Thursday, even as engineers described the damage."
    if _PURPOSE_TAIL_RE.match(post_text) is not None:
        return True  # "A, the minister said, in a move meant to stop cheap steel ..."
    if _document_participle_tail(post_text):
        return True
    gap = masked[frame_hi : post[0]]
    if consequence_after_listener(gap + post_text):
        return True  # "A, the board told parents in a letter, leaving B": what followed
    return "—" in gap or "–" in gap or _TAIL_BREAK_RE.match(post_text) is not None


def _as_aside(doc, c, lo):
    """Is the frame an aside "as X said" after a clause that ends at ``lo`` ("Ray met
    Lee that day, as the Courier reported on Tuesday, and ..."; "Prices fell, as Lee
    predicted.")? Its content is that clause. Not when the clause is short or open
    ("owed his seat to, as Lee put it, ..."), or a clause or a quotation follows the
    cue ("..., as Lee said the budget was short": "as" means "because" there)."""
    masked = doc.masked
    if c.lemma in _NOT_ASIDE_LEMMAS or len(masked[c.ss : lo].split()) < 3:
        return False  # ("as Lee testifies on Monday, ...": a time, no report)
    if _OPEN_BEFORE_AS_RE.search(masked, max(c.ss, lo - 12), lo) is not None:
        return False
    m = _ASIDE_CLOSE_RE.match(masked, c.ce, c.se)
    if m is None or masked[m.end() : c.se].lstrip().startswith(MASK):
        return False
    nw = _FIRST_WORD_RE.match(masked, m.end(), c.se)
    if nw is not None and nw.group(1) in _VERBISH_NEXT:
        return False  # "the result, as he explained, was a bubble": inside the content
    fw = _FIRST_WORD_RE.match(masked, c.ce, m.end())
    return fw is None or fw.group(1) in _ADVERBIAL_STARTS or fw.group(1).lower() in _TIME_WORDS


def _title_tail(doc, post):
    """Is the text after a frame only an adverbial that ends in a short quotation
    naming a work or a show ('in his 2012 book, "A Long Road."', 'on KTV's "Morning
    Talk."')? That quotation is a title, not what the speaker said."""
    m = _TITLE_TAIL_RE.fullmatch(doc.masked, post[0], post[1])
    if m is None:
        return False
    title = doc.text[m.start(2) : m.end(2)].strip("\"“”'‘’ \t")
    if not title[:1].isupper() or len(title.split()) > 6:
        return False  # ('..., Lee wrote in his column, "and nobody cares."': more content)
    return m.group(1) is None or _TITLE_NOUN_RE.search(m.group(1)) is not None


def _aside_clause_lo(masked, ss, lo):
    """Where the clause before an aside ending at ``lo`` starts: after the last dash
    or semicolon of the sentence (from ``ss``) before it ("where both claim roots -
    his mother grew up here, as she said"): another cue in that clause owns it."""
    return max(
        ss, masked.rfind(" - ", ss, lo), masked.rfind(" — ", ss, lo), masked.rfind(";", ss, lo)
    )


# an adverbial ending in one quotation: "in his book, <title>", "on KTV's <title>"
_TITLE_TAIL_RE = re.compile(
    r"[ \t]*(?:(?:in|on|to)[ \t]+([^,;:\x01.!?]{0,50}?)[ \t]*,?|['’]s)[ \t]*(\x01+)[.!?]?[\s\x01]*"
)


# what a title names, or a possessive before it ("on KTV's")
_TITLE_NOUN_RE = re.compile(
    r"(?:\b(?:book|memoir|autobiography|novel|column|essay|op-ed|article|piece|show|program"
    r"|programme|podcast|documentary|film|newsletter|blog|broadcast)|['’]s)\Z"
)


# cues whose "as X ..." is a time rather than a report ("as Lee speaks on Monday")
_NOT_ASIDE_LEMMAS = frozenset(
    "testify speak talk ask answer respond reply address debate announce declare campaign"
    " vote interview meet".split()
)


# the "as" of an aside frame right before its speaker, after a comma (also one that
# closes a quotation) or a dash: ", as Lee said", '"a toss-up," as Lee said', " - as"
_AS_ASIDE_BEFORE_RE = re.compile(r"(?:,(?:''|[\"”’'])?|[ \t](?:—|–|--?))([ \t]+as[ \t]+)\Z")


# a clause before the aside that is not finished: a preposition, an article, a copula
_OPEN_BEFORE_AS_RE = re.compile(
    r"\b(?:to|of|for|with|by|in|on|at|from|into|the|a|an|is|are|was|were|be|been|and|or"
    r"|but|that|than)[ \t]*\Z",
    re.I,
)


# what follows the cue of an aside: at most an adverbial ("on Tuesday", "at the
# outset"), then the comma or dash that closes the aside, or the sentence end
_ASIDE_CLOSE_RE = re.compile(r"[^,;:\x01—–.!?]{0,60}?(?:,|[ \t](?:—|–|--?)[ \t]|[.!?]?[\s\x01]*\Z)")


# a fronted place or time phrase ("At the campaign office, ", "Outside the court, ")
_FRONTED_PP_RE = re.compile(
    r"[ \t\n]*(?:At|In|On|Outside|Inside|Near|During|After|Before|Behind|Across|Under)[ \t]+"
    r"(?:the|a|an|his|her|their|its)[ \t]"
)


# text before the "speaker" that ends with a verb taking an object and its complement
# ("... and to keep | their phones | charged."): the cue word is a participle, the
# object's complement, not a reporting verb after its content
_BARE_PARTICIPLE_RE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|get|gets|got|getting|have|has|had|having|want|wants|"
    r"wanted|leave|leaves|left|need|needs|needed)[ \t]*\Z"
)


# "As the mayor said the plan was dead, ...": as above when the content follows the
# cue with no comma ("As X reported, A" is a frame of its own, whose content is A)
_LEAD_AS_RE = re.compile(r"[ \t\n]*(?:[Aa]s|[Jj]ust[ \t]+as)\b[^,;:\x01]*\Z")


# only the addressee after a frame, to the sentence end: "(wrote) Roe.", "(wrote) to
# him.", "(wrote) Ann Roe on Friday."
_LISTENER_ONLY_RE = re.compile(
    r"[ \t]*(?:to[ \t]+)?(?:him|her|them|me|us|[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3})"
    r"(?:[ \t]+(?:on|last|this|earlier)[ \t]+\w+)?[ \t]*[.!?]?[\s\x01]*"
)


_POSS_PRONOUN = {"his", "her", "their"}
