"""Adding quotes to the frame list: block quotes, one frame's quotes, a side, a
parenthetical or dash insertion, "according to" insertions, and the clause tests they
need (does the clause go on, where does it end).
"""

from __future__ import annotations

import re

from .act_participles import act_participle_tail
from .blocks import MASK
from .comparative_appositions import comparative_apposition
from .cues import _AUDIENCES, Quote, _strip_span
from .group_minds_after import group_mind_after
from .lexicon import (
    _CONJ,
    _CONTINUING_SUBORDINATORS,
    _DETS,
    _FIRST_WORD_RE,
    _IRREGULAR_PAST,
    _LEAD_ADVERBIAL,
    _NOUN_LIKE_PAST,
    _OBJ_PREPS,
    _SUBORDINATORS,
    _VERBISH_NEXT,
    _lines,
    manner_participles,
)
from .listener_tails import listener_tail_end
from .paren_frames import bracket_trimmed
from .phrases import SPEAKER_PREPS, clause_comma_rfind
from .ranked_relatives import ranked_perfect_relative

_WORDS_RE = re.compile(r"\w+|\x01+")


_HAS_WORD_RE = re.compile(r"\w|\x01")


_PREP_WORDS = frozenset(
    "alongside of for about by over under near beside behind through against among like"
    " as than and or but".split()
)


# lower-case words that open a title ("senior vice president", "managing director")
_TITLE_LEADS = frozenset("senior managing acting executive vice deputy chief general".split())


# a quotation that closes on its own comma, then the subject of the next cue ('that A
# "...," an aide said'; the mask covers the comma inside the marks)
_COMMA_CLOSE_RE = re.compile(r",[ \t]*(?:”|\"|''|’|')\Z")


_WORD_CHAR_RE = re.compile(r"\w")


def _adverbial_phrase_only(pre_text):
    """Is the text before an "according to" or "X said" insertion, from its sentence
    start, only a short prepositional phrase with no clause ("At the hearing, according
    to a transcript, she told ...", "By noon, Lee said, the crew ...": the content comes
    after it)?

    >>> _adverbial_phrase_only("At the sentencing hearing, ")
    True
    >>> _adverbial_phrase_only("In 2010 the firm lost $4 million, ")
    False
    >>> _adverbial_phrase_only("By mid-afternoon, "), _adverbial_phrase_only("But in 1990, ")
    (True, True)
    """
    if len(pre_text) > 80:
        return False
    words = _WORDS_RE.findall(pre_text)
    if len(words) > 2 and words[0] in ("But", "And", "Yet"):
        words = words[1:]  # "But in 1990, she said, the plant closed"
    return (
        1 < len(words) <= 6
        and pre_text.strip()[:1].isupper()
        and (words[0].lower() in _ADVERBIAL_STARTS or words[0].lower() == "by")
        and not _holds_clause(words)
        and _CLAUSE_WORD_RE.search(pre_text) is None
    )


# a deictic time phrase alone opening the sentence: "This spring, ", "That winter, ",
# "Earlier this year, " (a time adjunct of the clause after an inserted frame)
_DEICTIC_TIME_RE = re.compile(
    r"[ \t\n]*(?:(?:Earlier|Later|Early|Late)[ \t]+(?:this|that|last|next)|This|That|Next"
    r"|Last|Each|Every)[ \t]+(?:spring|summer|fall|autumn|winter|season|year|month|week|weekend"
    r"|morning|afternoon|evening|night|time)[ \t]*,[ \t]*"
)


def _deictic_time_lead(doc, pre_text, post_text):
    """Is the text before an inserted frame only a deictic time phrase ("This spring, he
    said, half his gear went out") and the text after a clause of its own, not the
    predicate of that phrase ("This season, he said, will be his last")?

    >>> _deictic_time_lead(None, "This spring, ", ", half his gear went deeper.")
    True
    >>> _deictic_time_lead(None, "This season, ", ", will be his last.")
    False
    """
    if _DEICTIC_TIME_RE.fullmatch(pre_text) is None:
        return False
    w = _WORDS_RE.findall(post_text, 0, 60)
    w0 = w[0] if w else ""
    verb_forms = doc.lex.verb_lemma if doc is not None else {}
    return bool(w0) and not (
        w0 in _VERBISH_NEXT or w0 in verb_forms or (w0.islower() and w0.endswith("ed"))
    )


# one adverbial clause opening the sentence before an inserted frame: "Until the money is
# found, " / "If the vote fails, " (a subordinator, no other comma, at most 12 words)
_LEAD_ADVERBIAL_CLAUSE_RE = re.compile(
    r"[ \t\n]*(?:Until|Unless|If|When|Whenever|Once|Before|After|While|Although|Though"
    r"|Because|Since)[ \t]+[^,;:\x01]{3,90},[ \t]*"
)


def _lead_subordinate_clause(doc, pre_text, post_text):
    """Is the text before an inserted frame only an adverbial clause opened by a
    subordinator ("Until the money is found, she said, the only fix is a slower car"),
    an adjunct of the clause after the frame, which holds the content?

    >>> _lead_subordinate_clause(None, "Until that money is found, ", ", the fix is speed.")
    True
    >>> _lead_subordinate_clause(None, "If it rains, the roads close, ", ", the fix is speed.")
    False
    """
    if _LEAD_ADVERBIAL_CLAUSE_RE.fullmatch(pre_text) is None or _conditional_lead(pre_text):
        return False
    if len(_WORDS_RE.findall(pre_text)) > 12 or _HAS_WORD_RE.search(post_text) is None:
        return False
    return doc is None or not doc.lex.cue_re.search(post_text, 0, 40)


# "If the court had imposed a conditional sentence, he said, B" / "Unless the trees
# survive, she said, B": a condition of two words or more ("If so", "If anything" are
# none), no comma inside, opening the sentence (one pass, no nested repetition)
_CONDITIONAL_LEAD_RE = re.compile(r"[ \t\n]*(?:If|Unless)[ \t]+([^,;:\n]*[^,;:\s]),[ \t]*")


def _conditional_lead(pre_text):
    """Is the text before an inserted frame a whole condition opening its sentence ("If
    the court had imposed a conditional sentence, he said, Deverell could have kept
    working"), which the speaker says as much as the clause after it (both sides are
    his)?

    >>> _conditional_lead("If sales pick up in the second half, "), _conditional_lead("If so, ")
    (True, False)
    >>> _conditional_lead("Unless the trees survive, "), _conditional_lead("If anything, ")
    (True, False)
    """
    m = _CONDITIONAL_LEAD_RE.fullmatch(pre_text)
    return m is not None and len(_WORDS_RE.findall(m.group(1))) >= 2


_AS_AT_RE = re.compile(r"[ \t]+as[ \t]")


_CLAUSE_WORD_RE = re.compile(
    r"\b(?:that|is|are|was|were|will|would|could|should|can|might|must|has|have|had|"
    r"may(?!(?<=[ \t](?-i:May))(?:[ \t]+\d|[ \t]*[.,;)]|[ \t]+(?:and|or|to|through)\b|\Z))|"
    r"does|did|do|he|she|they|we|it|i|there|this)\b"
    r"(?<!this(?=[ \t](?:season|year|week|weekend|month|morning|afternoon|evening|quarter"
    r"|spring|summer|fall|autumn|winter)\b))",
    re.I,
)  # ("this season": a time phrase, no subject; "in May." / "May 3": the month, no modal)


# words that open an adverbial after a frame ("said during a speech", "said in Ohio")
_ADVERBIAL_STARTS = {
    "during", "in", "at", "on", "after", "before", "while", "when", "following", "as", "amid",
    "because",
}  # fmt: skip


def _add_block_quotes(doc, c, bids, mention):
    """One direct Quote per unused block of ``bids``, framed by cue ``c``."""
    text, blocks, used = doc.text, doc.blocks, doc.used_blocks
    for bid in bids:
        if bid in used:
            continue
        b = blocks[bid]
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e1 > s1:
            q = Quote(s1, e1, "direct", c.cue, c.cs, c.ce, *mention)
            q.block_ids = (bid,)
            used[bid] = q
            doc.quotes.append(q)


def _add_quote(doc, ck, cue, cs, ce, mention):
    """Add one Quote of the content ``ck`` (start, end, kind, block ids) with the cue
    ``cue`` at text[cs:ce] and the speaker ``mention`` (text, start, end) to ``doc``,
    marking its quotation blocks used by it (a block keeps its first quote)."""
    q = Quote(ck[0], ck[1], ck[2], cue, cs, ce, *mention)
    q.block_ids = ck[3]
    for bid in ck[3]:
        doc.used_blocks.setdefault(bid, q)
    doc.quotes.append(q)


def _add_frame_quotes(doc, c, ck, choose, pre, post, mention):
    """Add the quotes of one verb frame: its indirect or mixed content as one Quote,
    or one Quote per quotation block on the chosen side and on the other side."""
    kind, bids = ck[2], ck[3]
    if kind != "direct":
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
        return
    # a sentence-final frame that also has an opening quote after it inside the
    # same sentence belongs to both blocks; emit one row per block
    _add_block_quotes(doc, c, bids, mention)
    # the other side of the frame may hold another block of the same speaker
    ok = doc.content_kind(*(pre if choose is post else post))
    if ok is not None and ok[2] == "direct":
        _add_block_quotes(doc, c, ok[3], mention)


# words that open an adjunct of the frame rather than the rest of its content
_NOT_A_CONTINUATION = {
    "even", "because", "although", "though", "unless", "until", "so", "who", "which",
    "where", "whose", "yet", "nor", "not", "also", "again", "now", "then", "citing",
    "than", "in", "on", "at", "by", "from", "about", "of", "without", "within",
}  # fmt: skip


_HAVE_NEED = {"have", "has", "need", "needs", "want", "wants", "remain", "remains"}


_CLAUSE_SUBJECTS = frozenset("i he she we they you it".split())


# determiners that open a clause's subject after "and" / "while" ("and the fee reflects")
_CLAUSE_DETS = frozenset("the this that its their his her our each every".split())


# the end of a sentence right after the text after an insertion (no frame of its own:
# not "A, a radio station reported, while B, the Times reported"); the text may hold
# its sentence's closing stop itself ("..., she said, though B. The plant ...")
_SENTENCE_ENDS_RE = re.compile(r"(?<=[.!?])|[ \t\u00a0]*(?:[.!?]|\n|\Z)")


def _clause_ends_it(pw, masked, post):
    """``_clause_after_insertion(pw)`` for the words ``pw`` of masked[post[0]:post[1]], whose
    sentence ends with them (no later attribution of its own)."""
    return _clause_after_insertion(pw) and _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


def _clause_after_insertion(pw):
    """Do the words ``pw`` after an attribution ("and ...", "while ...") go on with a
    clause of the content: a clause by ``_holds_clause`` or a determiner, a noun and a
    present verb ("..., she wrote, and the fee reflects both"; "..., it said, while a
    replacement would take years"), not a participle ("while touring the site")?

    >>> _clause_after_insertion("and the fee reflects both".split())
    True
    >>> _clause_after_insertion("while touring the site".split()), _clause_after_insertion("and other costs".split())
    (False, False)
    """
    if len(pw) < 3 or pw[1].endswith("ing"):
        return False
    w = [x.lower() for x in pw[1:5]]
    return _holds_clause(pw[1:12]) or (
        len(w) >= 4
        and w[0] in _CLAUSE_DETS
        and w[1].isalpha()
        and w[1] not in ("other", "same", "rest")
        and len(w[2]) > 3
        and w[2].endswith("s")
        and not w[2].endswith("ss")
    )


def _holds_clause(words):
    """Do ``words`` (after "and") hold a clause: a subject pronoun, an auxiliary, a
    form of "have", a negated verb or a past form ("and the county had asked ...",
    "and we kept it"; not "and other costs")?

    >>> _holds_clause("the county had asked".split()), _holds_clause(["other", "costs"])
    (True, False)
    """
    return len(words) >= 2 and any(
        w.lower() in _CLAUSE_SUBJECTS
        or w in _VERBISH_NEXT
        or w in _HAVE_NEED
        or w in _IRREGULAR_PAST
        or w.endswith(("n't", "n’t"))
        or (len(w) > 4 and w.endswith("ed"))
        for w in words
    )


_PAREN_DAY = (
    r"(?:[ \t]+(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?|[ \t]+(?:today|yesterday|tonight))?"
)


_PAREN_POST_RE = re.compile(
    _PAREN_DAY + r"(?:[ \t]+in[ \t]+(?:an?|the|her|his|its|their)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:statement|email|e-mail|interview|release|letter|post|message|note|memo|speech"
    r"|response|reply|notice|advisory|bulletin|briefing)"
    r"(?:[ \t]+to[ \t]+(?:" + _AUDIENCES + r"|questions"
    r"|queries|inquiries|(?:the|its|his|her|their)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w'’-]*)"
    r"|[ \t]+for[ \t]+(?:reporters|journalists)"
    r"|[ \t]+with[ \t]+(?:(?:the|local|national|foreign)[ \t]+)?"
    r"(?:reporters|journalists|(?:news[ \t]+)?media|press))?"
    r"|[ \t]+(?:by|over[ \t]+the)[ \t]+(?:(?:tele)?phone|e-?mail|text))?"
    r"(?:(?:[ \t]+(?:posted|published|shared))?[ \t]+(?:on|to)[ \t]+(?:(?:its|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:website|site|page|account|feed|blog)|social[ \t]+media|Facebook|Twitter|Instagram"
    r"|TikTok|LinkedIn|YouTube|Bluesky|Threads|X\b))?"
    + _PAREN_DAY
    + r"(?:[ \t]+(?:later|afterwards?))?"  # ", the mayor said later, ..."
    + r"[ \t]*,[ \t]*(?:that\b[ \t]*)?\Z"
)  # ", she said, ..." / ", she said Tuesday, ...", ", it said in an email, ...", ", it


# said in a post on its website, ...", ", it said on social media, ...", ", it said in a
# release on Monday, ...", ", Lee
# wrote in a note to clients, ...", ", the co-op said in a letter to the provincial
# agriculture ministry, ...": the
# insertion ends at the comma


# a participle that opens the text after a frame ("..., calling it", "..., adding")
_ING_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*([a-z]+ing)\b")


# a distance in time that opens the text after a frame: an adjunct of the frame
# ("A, the firm said Friday, two weeks after the fire", "..., more than a year since")
# a frame dated by a day ("said Sunday", "said in a statement on Tuesday") and a
# subordinate clause of time after its comma: the writer's account of when it was said
_DATED_FRAME_END_RE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+"
    r"(?:morning|afternoon|evening|night))[ \t]*,[ \t]*\Z"
)


_TIME_SUBORDINATE_RE = re.compile(
    r"[ \t,]*(?:after|before|as|once|when|following|shortly[ \t]+after)\b"
)


# a gerund clause of time after the frame ("A, the provost said Monday after confirming
# that B"): it dates the saying; its own cue ("confirming") reports B
_GERUND_TIME_RE = re.compile(r"[ \t]*(?:after|before|while|upon)[ \t]+[a-z]{3,}ing\b")


def _time_adjunct_after(masked, ce, post):
    """Is the side ``post`` after a frame a time adjunct of the saying ("two weeks after
    the fire", ``_TIME_DISTANCE_RE``; "said Sunday, after B", ``_dated_frame_then_subordinate``;
    "said after confirming that B", ``_GERUND_TIME_RE``)?

    >>> t = "A is bad, the dean said after confirming that B."
    >>> _time_adjunct_after(t, t.index(" after"), (t.index(" after"), len(t)))
    True
    """
    if _TIME_DISTANCE_RE.match(masked, post[0] + (masked[post[0] : post[0] + 1] == ",")):
        return True
    if _GERUND_TIME_RE.match(masked, post[0]) is not None:
        return True
    return _dated_frame_then_subordinate(masked, ce, post)


# a short time phrase closing the frame ("said at a news conference after the vote,
# standing ...") and a count of the content's things placed ("..., he said, most of them
# in Kent County")
_FRAME_TIME_PHRASE_RE = re.compile(
    r"[ \t,]*(?:after|before|during|following)[ \t]+(?:[\w'’$.-]+[ \t]+){0,3}[\w'’$.-]+"
    r"[ \t]*(?:,|[.!?]?[ \t]*\Z)"
)
_QUANTITY_PLACE_TAIL_RE = re.compile(
    r"[ \t,]*(?:most|many|some|all|none|half|several|few|each|both|one|two|three|four|five"
    r"|\d+)[ \t]+of[ \t]+(?:them|those|whom)[ \t]+"
    r"(?:in|at|from|on|with|for|near|across"  # (or a plural noun: "many of them girls in ...")
    r"|(?:[a-z]{2,}s|people|children|women|men)(?=[ \t]*[,.]|[ \t]+(?:in|at|from|on|with|for"
    r"|near|across|who)\b))\b"
)


# a ranked noun phrase that ends the sentence after an inserted frame: an apposition to
# the figure before the frame ("Fares will rise 8 per cent, the agency said, the largest
# increase in more than a decade"), no statement of its own
_RANKED_APPOSITION_RE = re.compile(
    r"[ \t,]*(?:the|a|an|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?:[a-z]+-)?(?:(?:larg|bigg|high|low|small|great|fast|slow|long|short|strong|weak|steep|sharp|deep"
    r"|old|new|young|warm|cold|hott|wett|dri|busi|costli|deadli|heavi|earli|lat|cheap)est|best"
    r"|worst|first|second|third|fourth|fifth|last|only|record|(?:most|least)[ \t]+[a-z]+)"
    r"(?:[ \t]+such)?(?:[ \t]+(?:major|big|large|small|minor|serious|real))?[ \t]+[a-z][\w'’-]*"
    r"(?:[ \t]+(?:in|since|of|for|on|at|among|ever|to|this|so)(?:[ \t]+[\w'’-]+){0,12})?"
    r"[ \t]*[.!?]?[ \t]*"
)


def _ranked_apposition(masked, lo, hi):
    """Is ``masked[lo:hi]`` a ranked noun phrase that ends the sentence, no clause?

    >>> t = ", the largest increase in more than a decade."
    >>> _ranked_apposition(t, 0, len(t)), _ranked_apposition(", the last buses run at noon.", 0, 29)
    (True, False)
    """
    if _RANKED_APPOSITION_RE.fullmatch(masked, lo, hi) is None:
        return False
    words = _attributive_ed_dropped(masked[lo:hi].split())
    return not _holds_clause(words) or ranked_perfect_relative(
        words
    )  # "... in a row the beach has closed"


_ATTRIBUTIVE_LEADS = frozenset("the a an its their his her our this".split())


def _attributive_ed_dropped(words):
    """``words`` without an "-ed" word written right after a possessive or a determiner
    (an adjective of the noun phrase, "the road's recorded history", "its revised
    plan"), which is no past verb of a clause.

    >>> _attributive_ed_dropped("the road's recorded history".split())
    ['the', "road's", 'history']
    >>> _attributive_ed_dropped("the county asked".split())
    ['the', 'county', 'asked']
    """
    return [
        w
        for i, w in enumerate(words)
        if not (
            i
            and w.endswith("ed")
            and (words[i - 1].lower() in _ATTRIBUTIVE_LEADS or words[i - 1].endswith(("'s", "’s")))
        )
    ]


# a multiple or fraction of a figure that ends the sentence after an inserted frame: an
# apposition to the figure before the frame ("The bill could reach $1.3 million, Roe said,
# roughly four times what the club raises in a year"), no statement of its own
_MULTIPLE_APPOSITION_RE = re.compile(
    r"[ \t,]*(?:(?:roughly|about|nearly|almost|around|some|approximately|more[ \t]+than"
    r"|less[ \t]+than|close[ \t]+to|well[ \t]+(?:over|under)|just[ \t]+(?:over|under))[ \t]+)?"
    r"(?:twice|double|triple|half|(?:three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
    r"[ \t]+times|a[ \t]+(?:third|quarter|fifth|tenth)[ \t]+of)"
    r"[ \t]+(?:what|the|that|its|their|his|her|last|a|an|as)\b"
)


_FIGURE_RE = re.compile(r"\d|\$")


# a sentence break, not after a short capitalised abbreviation ("Coun.", "Dr.", "St.")
_SENTENCE_BREAK_RE = re.compile(
    r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})[.!?][\"”’]?\s+(?=[\"“A-Z])"
)


def _multiple_apposition(masked, ce, lo, hi):
    """Is ``masked[lo:hi]`` a multiple or fraction of a figure written in the sentence
    before the frame ending at ``ce``?

    >>> t = "Fees could reach $40, Roe said, nearly twice what riders paid in 2020."
    >>> _multiple_apposition(t, t.index(" said") + 5, t.index(" nearly"), len(t))
    True
    >>> t = "Fees will rise, Roe said, twice what riders paid."
    >>> _multiple_apposition(t, t.index(" said") + 5, t.index(" twice"), len(t))
    False
    """
    if _MULTIPLE_APPOSITION_RE.match(masked, lo, hi) is None:
        return False
    if not masked[max(0, lo - 40) : lo].rstrip(" \t").endswith(",") and not masked[lo:].startswith(
        ","
    ):
        return False  # ("told council that about a third of ...": the content itself)
    seg = masked[max(0, ce - 300) : ce]
    ends = [m.end() for m in _SENTENCE_BREAK_RE.finditer(seg)]
    return _FIGURE_RE.search(seg, ends[-1] if ends else 0) is not None


def frame_tail_adjunct(masked, ce, post):
    """Is the side ``post`` after a frame only an adjunct of the saying or of the
    content before it: a time adjunct (``_time_adjunct_after``), a short time phrase
    ("A, Roe said at a news conference after the vote, standing ..."), a placed count
    ("A, he said, most of them in Kent County") or a ranked apposition to A ("A, the
    agency said, the largest increase in a decade")? The content is then the text before.

    >>> t = "A is bad, he said, most of them in Kent County."
    >>> frame_tail_adjunct(t, t.index(","), (t.index("most"), len(t)))
    True
    >>> t = "A is bad, Roe said after the vote, standing by a sign."
    >>> frame_tail_adjunct(t, t.index(" after"), (t.index(" after"), len(t)))
    True
    >>> t = "A is bad, Roe said, and the plant will close after the vote."
    >>> frame_tail_adjunct(t, t.index(", and"), (t.index(" and"), len(t)))
    False
    """
    if _time_adjunct_after(masked, ce, post):
        return True
    lo, hi = post
    if masked.startswith("so ", lo) and _purpose_clause(
        _WORDS_RE.findall(masked, lo, min(hi, lo + 60))
    ):
        return True  # "A, the utility said Monday, so crews can repair the gate"
    return (
        _FRAME_TIME_PHRASE_RE.match(masked, lo, hi) is not None
        or _QUANTITY_PLACE_TAIL_RE.match(masked, lo, hi) is not None
        or _ranked_apposition(masked, lo, hi)  # "A, Roe said, the largest rise in years"
        or _multiple_apposition(masked, ce, lo, hi)  # "..., roughly four times what ..."
        or comparative_apposition(masked, lo, hi)  # "..., four years later than planned"
    )


def _dated_frame_then_subordinate(masked, ce, post):
    """Does the text from the cue's end ``ce`` to the side ``post`` after it end in a
    day and a comma ("the head of the union said Sunday, ") and ``post`` open with a
    subordinator of time ("after the opening was put off")? That clause dates the
    saying; the content is the text before the frame.

    >>> t = "A is bad, the union said Sunday, after the vote."
    >>> _dated_frame_then_subordinate(t, t.index(" Sunday"), (t.index(" after"), len(t)))
    True
    >>> t = "A is bad, the union said, after the vote."
    >>> _dated_frame_then_subordinate(t, t.index(", after"), (t.index(" after"), len(t)))
    False
    """
    if _DATED_FRAME_END_RE.search(masked, ce, post[0]) is None:
        return False
    return _TIME_SUBORDINATE_RE.match(masked, post[0], post[1]) is not None


_TIME_DISTANCE_RE = re.compile(
    r"[ \t]*(?:(?:more|less|fewer)[ \t]+than|about|nearly|almost|just|only|some)?[ \t]*"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a[ \t]+few|few)?"
    r"[ \t]*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)[ \t]+"
    r"(?:after|before|since|into)\b"
)


# a distance after an insertion, with no clause of its own, to the end of the sentence
# ("A, the chair said, about 400 metres farther from the school"): the speaker's measure
# of a place in A (a time distance, "two days after", is the writer's: _TIME_DISTANCE_RE)
_DISTANCE_TAIL_RE = re.compile(
    r"[ \t]*(?:(?:more|less)[ \t]+than|about|nearly|almost|just|only|some|roughly"
    r"|around|at[ \t]+least)?[ \t]*(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|several|a[ \t]+few|a[ \t]+couple[ \t]+of)[ \t]*-?[ \t]*"
    r"(?:metres|meters|kilometres|kilometers|km|miles|feet|yards|blocks|metre|meter"
    r"|kilometre|kilometer|mile)\b[^\x01,;:.!?\n]{0,80}?(?=[ \t\u00a0]*(?:[.!?]|\n|\Z))"
)


# a subordinator and the comma of an insertion right after it ("A because, he says,")
_SUBORDINATOR_COMMA_RE = re.compile(
    r"\b(?<!\ba[ \t])(?:because|although|though|while|whereas|since|unless|until)[ \t]*,[ \t]*\Z",
    re.I,
)  # (not the noun "a while": "She would stay for a while, she said, ...")


# words that leave the clause before an insertion open ("The spacewalk was, she said,";
# "a cat and, she said,")
_OPEN_END_WORDS = frozenset(
    "was is were are has had have will would could should can might must did does do be "
    "been being and or but nor the a an of to for with at from in on by as than".split()
)


# a conjunction between the text before a frame and its cue: "he laughed and said, ..." is
# no insertion
_AND_WORD_RE = re.compile(r"\b(?:and|but|then)\b")


def _clause_before_insertion(words):
    """Do ``words``, before an insertion that a quotation follows, hold a whole clause
    ("The parties should get back to the table, the minister said, '...'"), not one
    left open ("The spacewalk was, ...", "a cat and, she said, ...")? (Callers pass
    the words after the last comma or quotation: "'A' and Ms. Warren, she said,
    '...'" holds none.)

    >>> _clause_before_insertion("The parties should get back to the table".split())
    True
    >>> _clause_before_insertion("The spacewalk was".split())
    False
    """
    lead = [w.lower() for w in words[:2]]
    if lead and lead[0] in _CONJ:
        lead = lead[1:]
    if lead and (lead[0] in _LEAD_ADVERBIAL or lead[0] in _SUBORDINATORS):
        return False  # "and when asked whether ..., he said, '...'": an adverbial clause
    return len(words) >= 3 and words[-1].lower() not in _OPEN_END_WORDS and _holds_clause(words)


# the words of a quoted fragment and its tail
_FRAGMENT_WORDS_RE = re.compile(r"[\w’'\-]+")


# words that open or mark a clause in a quoted fragment after an insertion: a
# subordinator, a relative or a negation ('..., she said, "until somebody tells me"')
_FRAGMENT_CLAUSE_MARKS = frozenset(
    "that how what when where why whether if who whom whose which while because after "
    "before until unless since although though so not never".split()
)


def _quoted_fragment_only(text, masked, lo, hi):
    """Is ``text[lo:hi]``, the words after an inserted frame, a quotation opening with a
    lower-case word and then more of the writer's words, which together hold no clause:
    an adjunct completing the writer's sentence before the insertion ('The bear stopped,
    she said, "about the width of a pencil" from the cabin': the quotation is hers, the
    narration is not)? (``masked`` is ``text`` with the quotation masked; a quotation that
    ends the sentence, 'The parties should talk, he said, "sooner rather than later."',
    is no such fragment.)

    >>> t = ' "about the width of a pencil" from the cabin.'
    >>> m = " " + chr(1) * 29 + " from the cabin."
    >>> _quoted_fragment_only(t, m, 0, len(t)), _quoted_fragment_only(t, m, 0, 30)
    (True, False)
    >>> t = ' "until it rains" she said.'
    >>> _quoted_fragment_only(t, " " + chr(1) * 16 + " she said.", 0, len(t))
    False
    """
    q = lo
    while q < hi and text[q] in " \t\u00a0":
        q += 1
    if not 3 <= hi - q <= 400 or text[q] not in "\"“'‘«" or not text[q + 1 : q + 2].islower():
        return False  # (a fragment and its tail are short: the scan stays bounded)
    if masked[q : q + 1] != MASK:
        return False
    end = q
    while end < hi and masked[end] == MASK:
        end += 1
    if not _FRAGMENT_WORDS_RE.search(masked, end, hi):
        return False  # (the quotation ends the sentence: the clause before may be hers)
    words = _FRAGMENT_WORDS_RE.findall(text, q, hi)
    if not words or len(words) > 25:
        return False
    if any(w.lower() in _FRAGMENT_CLAUSE_MARKS or w.endswith(("n't", "n’t")) for w in words):
        return False
    return not _holds_clause(words)


def _clause_end_before(pre_text):
    """Does the text before an inserted frame end in at least three words since its
    last clause comma or quotation, the last of which leaves nothing open ("the
    economy shed 21,000 jobs," but not "The spacewalk was,")?"""
    body = pre_text.rstrip().rstrip(",")
    cut = max(body.rfind(", "), body.rfind(MASK))
    words = _WORDS_RE.findall(body, cut + 1)
    return len(words) >= 3 and words[-1].lower() not in _OPEN_END_WORDS


def _longer_content_after(pre_text, post_text):
    """Is the text after a frame more than twice as long as the text before and no
    participle phrase (not "including")? "..., she said, pointing to the rusted door of
    the old oven" tells what the speaker did: the shorter side before is the content."""
    if len(post_text) <= 2 * len(pre_text):
        return False
    m = _ING_AFTER_RE.match(post_text)
    return m is None or m.group(1) == "including"


def _content_participle(doc, c, pw, pre_text, mention, post_lo):
    """Does the participle ``pw[0]`` after a bare inserted frame go on with the
    content ("Rosalind was back at work within a week, he said, baking bread for the
    crews"; "..., she added, revoking clearances would be harsh"), not tell what the
    speaker did ("..., she said, pointing to the report"; "..., he said, adding") nor
    what followed the news ("A, the agency said, leaving riders stranded": a participle
    of consequence, resources/consequence_participles.txt, as after "said Sunday,")?"""
    w0 = pw[0]
    return (
        mention[1] <= c.cs
        and doc.masked[c.ce : post_lo].strip() == ","
        and w0 not in doc.lex.verb_lemma
        and w0 not in manner_participles()
        and w0 not in _CONSEQUENCE_PARTICIPLES
        and not act_participle_tail(pw)  # "..., the district said, lifting an order"
        and len(pw) >= 3
        and _clause_end_before(pre_text)
    )


# words that end the head of a noun phrase: a comparison, a relative clause or an
# infinitive ("a weaker report than ...", "a move that ...", "a bid to ...")
_NP_HEAD_END = frozenset("than that which who whose where when to as for of".split())


def _apposition_only(words):
    """Do ``words`` (after "a"/"an" and an inserted frame) open only a noun phrase: a
    head of at most five words with no clause, before a comparison, a relative
    clause or the end ("a weaker report than economists had expected"; not "a new
    plan will be ready")?

    >>> _apposition_only("a weaker report than economists had expected".split())
    True
    >>> _apposition_only("a new plan will be ready by June".split())
    False
    """
    head = []
    for w in words:
        if w.lower() in _NP_HEAD_END:
            break
        head.append(w)
    return (
        2 <= len(head) <= 5
        and not _holds_clause(head)
        and not any(w.lower() in _OPEN_END_WORDS for w in head[1:])
    )


# nouns of the writer's comment on the claim before an inserted frame ("..., she said, a
# figure the operator did not confirm", "a claim the board disputes")
_COMMENT_NOUNS = frozenset(
    "claim figure number charge assertion allegation estimate account contention"
    " characterization characterisation description".split()
)


def _comment_noun_apposition(words):
    """Do ``words`` open "a/an <comment noun>" followed by a relative clause or the
    end ("a figure the operator did not confirm", "a claim that the city denies")?

    >>> _comment_noun_apposition("a figure the operator did not confirm".split())
    True
    >>> _comment_noun_apposition("a number of stores will close".split())
    False
    """
    return (
        len(words) >= 2
        and words[1].lower() in _COMMENT_NOUNS
        and (len(words) == 2 or words[2].lower() not in ("of", "to", "will", "would", "is", "was"))
    )


def _conj_adverbial_end(pre_text):
    """Does the text before an insertion end in a conjunction and an adverbial with no
    clause after the clause before it ("A, and for most of those years,"; "A, but by
    the end,")? Then the insertion opens the clause after it, not A.

    >>> _conj_adverbial_end("She ran the store, and for most of those years,")
    True
    >>> _conj_adverbial_end("She ran the store, and he sold it,")
    False
    """
    body = pre_text.rstrip().rstrip(",")
    inner = clause_comma_rfind(body)
    if inner < 0:
        return False
    words = _WORDS_RE.findall(body, inner + 1)
    return (
        2 <= len(words) <= 8
        and words[0].lower() in ("and", "but")
        and words[1].lower() in _LEAD_ADVERBIAL | {"by", "over", "throughout", "until"}
        and not _holds_clause(words[1:])
    )


def _mixed_comma_close(doc, pre, pre_text, post):
    """Does the text before an insertion end in a quotation that closes on its comma,
    after words of the writer's own, and "but" or "and" open the text after it ('The
    quarter was "clean," Lee wrote, but B')? A quotation alone before it is direct
    speech, and what follows is narrative; 'Voters who think "...," she said, are
    wrong': the quotation closes the clause inside the subject."""
    fw = _FIRST_WORD_RE.match(doc.masked, post[0], post[1])
    if fw is None or fw.group(1) not in ("but", "and"):
        return False
    body = pre_text.rstrip()
    if not body.endswith(MASK) or not _WORD_CHAR_RE.search(body, 0, max(0, body.find(MASK))):
        return False
    e = pre[0] + len(body)
    return _COMMA_CLOSE_RE.search(doc.text, max(0, e - 4), e) is not None


# "but it did not say when ...", "and he declined to say why": after an insertion, a
# clause of the writer's about what the speaker left unsaid, no content
_NEGATED_SAY_AFTER_CONJ_RE = re.compile(
    r"[ \t]*(?:and|but)[ \t]+(?:it|he|she|they|the[ \t]+[a-z]+)[ \t]+"
    r"(?:(?:did|does|would|could|will)(?:[ \t]+not|n['’]t)|declined[ \t]+to|refused[ \t]+to)"
    r"[ \t]+(?:say|specify|elaborate|comment|explain|disclose|confirm|give)\b"
)


def _for_gerund_goes_on(pw):
    """Does the text after an insertion open "for" and a gerund, the complement of the
    clause before it ("The city was to blame, she said, for writing a rule ...": both
    halves are hers), with two words or more after the gerund?

    >>> _for_gerund_goes_on("for writing a rule".split()), _for_gerund_goes_on("for years".split())
    (True, False)
    """
    return len(pw) >= 4 and pw[0] == "for" and pw[1].endswith("ing") and len(pw[1]) > 5


_WITH_OPENERS = frozenset("the a an its their his her our some most all two three".split())


_WITH_MANNER = frozenset(
    "laugh smile shrug sigh grin nod wink chuckle tears voice look sense hint touch".split()
)


# more openers of the noun phrase of an absolute "with": "with another crew on its way"
_WITH_COUNT_OPENERS = frozenset("another each every no several many more both".split())


def _with_phrase_opener(pw):
    """Does the absolute "with" phrase ``pw`` open a noun phrase: a determiner or
    quantifier ("with another crew of 20 on its way"), or a bare plural and a participle
    ("with crews working through the winter")? Not a bare count ("with 412 ballots for
    and 398 against": the writer's tally, pinned in tests/test_quotes_left51.py).

    >>> _with_phrase_opener("with crews working all night".split())
    True
    >>> _with_phrase_opener("with regard to the plan".split())
    False
    """
    w = pw[1].lower()
    if w in _WITH_OPENERS or w in _WITH_COUNT_OPENERS:
        return True
    p = pw[2]
    return (
        pw[1].isalpha()
        and pw[1].islower()
        and w.endswith("s")
        and not w.endswith("ss")
        and p.isalpha()
        and p.endswith("ing")
        and len(p) > 5
    )


def _with_absolute_goes_on(words, pw, masked, post):
    """Does an absolute "with" phrase after an insertion go on with the statement to
    the end of its sentence ("Work will begin in the spring, the developer said, with
    the first units ready in late 2027")? The clause before has three words or more;
    "with" opens a determined noun phrase of five words or more in all, no manner of
    speaking ("with a laugh", "with tears in her eyes"), and no later attribution.

    >>> _with_absolute_goes_on("Work will begin".split(), "with the first units ready soon".split(), "", (0, 0))
    True
    >>> _with_absolute_goes_on("Work will begin".split(), "with a laugh at the end".split(), "", (0, 0))
    False
    """
    if len(words) < 3 or len(pw) < 5 or pw[0] != "with" or not _with_phrase_opener(pw):
        return False
    if any(w.lower() in _WITH_MANNER for w in pw[1:5]):
        return False
    return _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


def _because_clause_goes_on(w0, words, pw):
    """Does a because-clause after an insertion go on with the clause before it ("The
    findings matter, his sister says, because the record is short": both halves are
    hers)? The clause before has three words or more; not "because of"."""
    if w0 == "because" and len(words) == 2 and _holds_clause(words):
        return _short_clause(pw) > 0 or _clause_after_insertion(pw)  # ("Rents rose, ...")
    return w0 == "because" and len(words) >= 3 and len(pw) >= 3 and pw[1] != "of"


# "..., he said, though he declined to give details": the writer's, not the speaker's
_CONCESSION_NEGATED_SAY_RE = re.compile(
    r"[ \t]*(?:although|though|so)[ \t]+(?:it|he|she|they|the[ \t]+[a-z]+)[ \t]+"
    r"(?:(?:also|later|then)[ \t]+)?"
    r"(?:(?:did|does|would|could|will)(?:[ \t]+not|n['’]t)|declined[ \t]+to|refused[ \t]+to"
    r"|gave[ \t]+no|offered[ \t]+no|provided[ \t]+no|was[ \t]+not[ \t]+able[ \t]+to)"
)


def _which_clause_goes_on(w0, words, pw, masked, post):
    """Does a "which" clause after an insertion go on with the clause before it, to the
    end of its sentence ("Wait times have doubled, she said, which is why the unit needs
    nurses"; "..., he said, which means ...")? The clause before has three words or
    more; "which" is followed by a verb (an auxiliary, "-s" / "-ed" form or an irregular
    past), and no later attribution of its own follows; a "where" clause is
    ``_where_clause_goes_on``'s."""
    if w0 not in ("which", "where") or len(words) < 3 or len(pw) < 3:
        return False
    if w0 == "where":
        return _where_clause_goes_on(words, pw, masked, post)
    verb = pw[1]
    if not (
        verb in _VERBISH_NEXT
        or verb in _IRREGULAR_PAST
        or (verb.islower() and len(verb) > 3 and verb.endswith(("s", "ed")) and verb[-2:] != "ss")
    ):
        return False
    return _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


# a place named at the end of the clause before a "where" ("at Saskatchewan
# Penitentiary", "the provincial playdowns"): the "where" clause tells more of it
_WHERE_SUBJECTS = frozenset("he she they it we i you there the a an his her its their".split())


def _where_clause_goes_on(words, pw, masked, post):
    """Does a "where" clause after an insertion go on with the clause before it, to
    the end of its sentence ("He will serve his sentence at Stony Mountain, the judge
    said, where he can enrol in a program")? The clause before has five words or more;
    "where" is followed by a subject (a pronoun, "there" or a determiner) and a clause,
    and no later attribution of its own follows.

    >>> _where_clause_goes_on("He will serve it at Stony Mountain".split(),
    ...     "where he can enrol in a program".split(), "", (0, 0))
    True
    >>> _where_clause_goes_on("He will serve it there".split(), "where possible".split(), "", (0, 0))
    False
    """
    if len(words) < 5 or len(pw) < 4 or pw[1].lower() not in _WHERE_SUBJECTS:
        return False
    return _holds_clause(pw[1:12]) and _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


_OTHER_SUBJECT_DETS = frozenset("the a an this that its their his her our each every".split())


def _other_speaker_after(doc, w0, pw):
    """Do the words ``pw`` after an insertion open a conjunction or subordinator and a
    clause with a speaker and cue of its own ("..., she said, although the minister said
    B"; "but Mayor Tom Hale told reporters B")? The subject opens with a determiner or a
    capital and runs one to four words (no verb) up to a finite cue (not "but the margin
    warning was", "and Brantford had already asked"); then B is that speaker's, and only
    the clause before the insertion is the first speaker's."""
    if len(pw) < 4 or not (
        w0 in ("and", "but", "while", "because") or w0 in _CONTINUING_SUBORDINATORS
    ):
        return False
    if group_mind_after(pw, doc.lex):
        return True  # "A, the company said, and some residents worry B"
    if not (pw[1].lower() in _OTHER_SUBJECT_DETS or pw[1][:1].isupper()):
        return False
    for k in range(2, min(len(pw) - 1, 6)):
        w = pw[k]
        if w.islower() and not w.endswith("ing") and doc.lex.cue_re.fullmatch(w):
            return True
        if (
            not (w.isalpha() or "'" in w or "’" in w)
            or w in _VERBISH_NEXT
            or w in _HAVE_NEED
            or w in _NOT_SUBJECT_WORDS
            or w.endswith("ly")
        ):
            return False  # ("and Kuehn had been warned": a verb before the cue)
    return False


_NOT_SUBJECT_WORDS = frozenset("had already also never not still".split())


# "while NAME, who sits on the board, said": a conjunction, a subject (a capitalised name
# of one to four words, or a determiner and one to three lower-case words), a relative
# clause between commas and the word after it (tested as a finite cue by the caller)
_RELATIVE_SUBJECT_CUE_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:and|but|while|whereas|although|though)[ \t]+"
    r"(?:(?:[A-Z][\w’'\-.]*[ \t]+){0,3}[A-Z][\w’'\-]*"
    r"|(?:the|a|an|his|her|its|their)(?:[ \t]+[a-z][\w’'\-]*){1,3})"
    r"[ \t]*,[ \t]*(?:who|whose)[ \t][^,;:!?\x01\n]{1,160}?,[ \t]*(?P<cue>[a-z]+)\b"
)


def relative_speaker_after(doc, lo, hi):
    """Do the words after an insertion (``lo``..``hi``) open a conjunction and a speaker
    whose relative clause between commas comes before a finite cue of her own ("A, he
    said, while Ann Roe, who sits on the board, said B")? Then B is that speaker's, and
    only the clause before the insertion is the first speaker's (as in
    ``_other_speaker_after``).

    >>> bool(_RELATIVE_SUBJECT_CUE_RE.match(" while Ann Roe, who sits on the board, said B"))
    True
    >>> bool(_RELATIVE_SUBJECT_CUE_RE.match(" while the town, which needs it, is waiting"))
    False
    """
    if "who" not in doc.masked[lo : lo + 120]:
        return False  # (``hi`` ends the side, often before the next cue: the match may pass it)
    m = _RELATIVE_SUBJECT_CUE_RE.match(doc.masked, lo, min(len(doc.masked), lo + 300))
    return (
        m is not None
        and not m.group("cue").endswith("ing")
        and doc.lex.cue_re.fullmatch(m.group("cue")) is not None
    )


def _add_side(doc, c, side, mention):
    """Add the content on ``side`` of a frame as its one row; False when it holds none."""
    ck = doc.content_kind(*side)
    if ck is None:
        return False
    _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


_ARTICLES = frozenset("a an".split())


def _short_clause(pw):
    """The index of the verb when the two to four words after the subordinator ``pw[0]`` make a short clause: a
    subject of one or two words (after a determiner) and a finite verb, an "-s"/"-ed"
    form, an irregular past or an auxiliary ("unless the bonus counts", "unless council
    acts", "because the mill shut"; not "since the closures", "if necessary", "unless
    otherwise noted", "since 2019"); else 0.

    >>> _short_clause("unless the bonus counts".split()), _short_clause("unless council acts".split())
    (3, 2)
    >>> _short_clause("since the closures".split()), _short_clause("unless otherwise noted".split())
    (0, 0)
    """
    if not 3 <= len(pw) <= 5 or not pw[1].isalpha() or pw[1].endswith("ly"):
        return 0
    first = 3 if pw[1].lower() in _CLAUSE_DETS or pw[1].lower() in _ARTICLES else 2
    if pw[1].lower() in ("otherwise", "necessary", "needed", "any", "not", "only", "ever"):
        return 0
    for j in range(first, min(len(pw), first + 2)):
        v = pw[j]
        if not (v.isalpha() and v.islower()):
            return 0
        if (
            v in _VERBISH_NEXT
            or v in _IRREGULAR_PAST
            or v in _NOUN_LIKE_PAST
            or (len(v) > 3 and v.endswith("s") and not v.endswith(("ss", "us", "is")))
            or (len(v) > 4 and v.endswith("ed"))
        ):
            return (
                j if all(w.isalpha() and w.lower() not in _SHORT_NO_SUBJECT for w in pw[1:j]) else 0
            )
    return 0


_SHORT_NO_SUBJECT = _PREP_WORDS | frozenset("in on at to from with into not".split())


# words that open a short adjunct after "A, X said, ..." (resources/tail_adjunct_leads.txt)
_TAIL_ADJUNCT_LEADS = frozenset(line.split()[0] for line in _lines("tail_adjunct_leads.txt"))


_TAIL_ADJUNCT_PREPS = frozenset(
    line.split()[0] for line in _lines("tail_adjunct_leads.txt") if line.split()[1:] == ["prep"]
)


def _short_adjunct_tail(post_text):
    """Is the text after a mid-sentence attribution only a short adjunct of the head that
    ends its sentence: a subordinator or preposition of resources/tail_adjunct_leads.txt
    and at most four more words with no clause ("Costs rose, she said, since 2019.";
    "Prices fell, he said, if needed."; not "unless council acts")? The head is then
    the statement, and the adjunct no statement of its own.

    >>> _short_adjunct_tail(", since 2019."), _short_adjunct_tail(", if needed.")
    (True, True)
    >>> _short_adjunct_tail(", unless council acts."), _short_adjunct_tail(", since 2019, and B")
    (False, False)
    """
    body = post_text.lstrip(" \t\u00a0,").rstrip(" \t\u00a0\n")
    if not body or MASK in body or body[-1:] not in ".!?" or len(body) > 60:
        return False
    body = body[:-1]
    if any(ch in body for ch in ',;:—–"“”'):
        return False
    pw = _WORDS_RE.findall(body)
    if not 2 <= len(pw) <= 5 or pw[0] not in _TAIL_ADJUNCT_LEADS:
        return False
    if pw[0] in _TAIL_ADJUNCT_PREPS:
        return True  # ("despite the new rules": a preposition opens no clause)
    return not (_short_clause(pw) or _clause_after_insertion(pw) or _holds_clause(pw[1:]))


def _conj_opens_other_frame(doc, post):
    """Does the text after an attribution open "and"/"but" and a clause with a speaker
    and cue of its own ("In Halifax, the mayor said, and Tom Vale said B"; "..., and he
    said B")? B is that frame's; the first attribution has no content there."""
    lo = post[0] + (doc.masked[post[0] : post[0] + 1] == ",")
    hi = min(post[1], lo + 80)
    m0 = _WORDS_RE.search(doc.masked, lo, hi)  # (the first word alone first: findall's first)
    if m0 is None or m0.group() not in ("and", "but"):
        return False
    pw = _WORDS_RE.findall(doc.masked, lo, hi)
    return _other_speaker_after(doc, pw[0], pw) or _own_cue_after_conj(doc, lo, post[1])


def _tail_goes_on(doc, w0, words, pw, post, post_lo):
    """Does the text after an insertion go on with the statement: a subordinate clause
    (``_subordinate_clause_goes_on``) or a distance with no clause of its own to the
    end of the sentence ("A, the chair said, about 400 metres from the school": a
    measure of A's place)?"""
    return (
        _subordinate_clause_goes_on(doc, w0, words, pw, post)
        or _when_relative_goes_on(w0, words, pw, doc.masked, post)
    ) or (
        _DISTANCE_TAIL_RE.match(doc.masked, post_lo, post[1]) is not None
        and not _holds_clause(pw)
        and _clause_before_insertion(words)
    )


# time nouns a "when" relative tells more of ("another era, ..., when B")
_WHEN_HEADS = frozenset(_lines("when_relative_heads.txt"))


# subjects of a "when" relative (not "he"/"she"/"it"/"they", who may be the speaker)
_WHEN_SUBJECTS = frozenset("we i you there the a an his her its their our".split())


def _when_relative_goes_on(w0, words, pw, masked, post):
    """Does a "when" clause after an insertion tell more of the time noun that ends the
    clause before it, to the end of its sentence ("The rules were written for another
    era, the lawyer said, when the tribunal sat twice a year")? The clause before has
    three words or more and ends in a time noun of resources/when_relative_heads.txt;
    "when" is followed by a subject ("we", "I", "there" or a determiner; not "he",
    "she", "it" or "they", who may be the speaker) and a clause, and no later
    attribution follows. After any other word ("..., she said, when the bill passed")
    "when" is the writer's time of the saying.

    >>> _when_relative_goes_on("when", "It was another era".split(),
    ...     "when the board met twice a year".split(), "", (0, 0))
    True
    >>> _when_relative_goes_on("when", "The plant will close".split(),
    ...     "when she visited the town".split(), "", (0, 0))
    False
    """
    if w0 != "when" or len(words) < 3 or len(pw) < 4 or words[-1].lower() not in _WHEN_HEADS:
        return False
    if pw[1].lower() in _WHEN_SUBJECTS:
        if not _holds_clause(pw[1:12]):
            return False
    elif not _bare_noun_clause(pw):
        return False  # ("..., the mayor said, when she visited the town": the saying's time)
    return _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


def _bare_noun_clause(pw):
    """Do the words ``pw`` ("when" first) open a clause whose subject has no determiner
    ("when cold weather makes ...", "when ice forms"): a singular lower-case word that is
    no pronoun (who may be the speaker) and no participle or past verb ("when asked",
    "when told"), then a clause (a verb in "-s" among the next two words, or a past
    form)? Not a plural one ("when reporters asked her": the writer's narration).

    >>> _bare_noun_clause("when cold weather makes work harder".split())
    True
    >>> _bare_noun_clause("when asked about it".split()), _bare_noun_clause("when reporters asked her".split())
    (False, False)
    """
    w = pw[1]
    if not (
        w.isalpha()
        and w.islower()
        and w not in _WHEN_NOT_SUBJECTS
        and not w.endswith(("ed", "ing", "ly", "s"))
        and w not in _IRREGULAR_PAST
    ):
        return False
    return _holds_clause(pw[1:12]) or any(
        v.islower() and v.endswith("s") and not v.endswith("ss") for v in pw[2:4]
    )


# words after "when" that open no subject of a "when" relative
_WHEN_NOT_SUBJECTS = frozenset("he she it they him them us me you this that so not".split())


_PURPOSE_MODALS = frozenset(("can", "could"))

# a word that shows the subject before the modal is over or is no subject
_NOT_PURPOSE_SUBJECT = frozenset("said says is are was were has have had will would".split())


def _purpose_clause(pw):
    """Do the words ``pw`` after a frame ("so", a subject of one to four words, "can" or
    "could", no "not") open a purpose clause ("so crews can repair the gate"), the
    writer's reason for the news, not a result the speaker states ("so the company cut
    its forecast", "so the firm could not pay")?

    >>> _purpose_clause("so crews can repair the gate".split())
    True
    >>> _purpose_clause("so the company cut its forecast".split())
    False
    >>> _purpose_clause("so the firm could not pay".split())
    False
    """
    for i in range(2, min(len(pw) - 1, 6)):
        if pw[i].lower() in _PURPOSE_MODALS:
            return pw[i + 1].lower() not in ("not", "no", "never") and all(
                w.lower() not in _NOT_PURPOSE_SUBJECT and not w.lower().endswith("ed")
                for w in pw[1:i]
            )
    return False


def _subordinate_clause_goes_on(doc, w0, words, pw, post):
    """Does a subordinate clause after an insertion go on with the statement to the end
    of its sentence ("Wait times will grow, the nurse said, unless the province hires
    more staff"; "..., she said, so the company cut its forecast")? The subordinator is
    one of resources/continuing_subordinators.txt (not "before": "..., she said, before
    leaving the room" is the writer's), the clause before has three words or more (or
    two of a clause, "Costs rose"), a
    clause of its own follows it (not "since 2019", "while touring the site") with no
    cue of its own ("although the minister said B"), and no later attribution."""
    if w0 not in _CONTINUING_SUBORDINATORS or len(pw) < 3:
        return False
    if len(words) < 3 and not (len(words) == 2 and _holds_clause(words)):
        return False  # ("Costs rose, the union said, unless ...": a clause of two words)
    if w0 == "so" and pw[1].lower() in ("far", "much", "many", "long", "that", "too", "as"):
        return False  # ("..., she said, so far as she knew": an adverb)
    if w0 == "so" and _purpose_clause(pw):
        return False  # ("..., the utility said, so crews can repair the gate": the writer's)
    if not (
        _clause_after_insertion(pw)
        or _short_clause(pw)
        or _subject_then_noun_like_past(["and", *pw[1:]])
        # ("..., the railway said, although buses continued to run")
        or (w0 in ("although", "though", "so") and len(pw) >= 4 and _holds_clause(pw[1:12]))
    ):
        return False
    if (_speaker_refusal(pw) and not _negated_belief(pw)) or any(
        doc.lex.cue_re.fullmatch(w) and pw[i + 1 : i + 2] != ["to"]
        for i, w in enumerate(pw[1:10], 1)
        if i >= _short_clause(pw)  # (a cue noun as the subject: "although demand slipped")
    ):
        return False  # (a cue of its own; not "buses continued to run")
    lo = post[0] + (doc.masked[post[0] : post[0] + 1] == ",")
    if _CONCESSION_NEGATED_SAY_RE.match(
        doc.masked, lo, post[1]
    ) is not None and not _negated_belief(pw):
        return False  # ("..., the company said, though it gave no figures")
    return _SENTENCE_ENDS_RE.match(doc.masked, post[1]) is not None


_REFUSING_AUX = frozenset("did does would could will can".split())


_BELIEF_VERBS = frozenset("believe think expect anticipate".split())


def _negated_belief(pw):
    """Do the words ``pw`` after an insertion open a subordinator, a pronoun and a
    negated verb of belief ("..., he said, though it did not believe they would")? That
    is the speaker's own view, said with the rest, not a refusal the writer reports.

    >>> _negated_belief("though it did not believe they would".split())
    True
    >>> _negated_belief("though he would not name them".split())
    False
    """
    if len(pw) < 4 or pw[1].lower() not in ("he", "she", "it", "they", "we", "i"):
        return False
    v = pw[2].lower()
    rest = pw[4:5] if v in _REFUSING_AUX and pw[3].lower() == "not" else pw[3:4]
    return bool(rest) and rest[0].lower() in _BELIEF_VERBS


def _speaker_refusal(pw):
    """Do the words ``pw`` after an insertion open a subordinator and a pronoun that
    refuses or does not do something ("..., O'Neil said, though he would not name the
    firms"; "although it declined to give details")? That is the writer's report on the
    speaker's act, no words of the speaker.

    >>> _speaker_refusal("though he would not name them".split())
    True
    >>> _speaker_refusal("although he hopes to return".split())
    False
    """
    if len(pw) < 4 or pw[1].lower() not in ("he", "she", "it", "they"):
        return False
    v = pw[2].lower()
    return (
        v in ("declined", "refused")
        or v.endswith(("n't", "n’t"))
        or (v in _REFUSING_AUX and pw[3].lower() in ("not", "never"))
    )


def _subject_then_noun_like_past(pw):
    """Do the words ``pw`` after an insertion ("and ...") open a clause whose verb is a
    past form that is as often a noun or adjective ("found", "set", "cut"), right after
    a determiner and one to four words of its subject ("..., she said, and the province's
    review found three faults")? (``_holds_clause`` leaves those forms out.)

    >>> _subject_then_noun_like_past("and the province s review found three faults".split())
    True
    >>> _subject_then_noun_like_past("and the lost and found".split())
    False
    """
    if len(pw) < 4 or pw[0] != "and" or pw[1].lower() not in _CLAUSE_DETS:
        return False
    for i in range(3, min(len(pw) - 1, 7)):
        if pw[i] in _NOUN_LIKE_PAST:
            return all(w.isalpha() and w not in _CONJ for w in pw[2:i])
    return False


_CLAUSE_QUANTIFIERS = frozenset("some many most few several other both all".split())


def _quantified_subject_then_verb(pw):
    """Do the words ``pw`` after an insertion open with "and", a quantifier, one or two
    words ending in a plural noun and a plain present verb ("..., she said, and some
    customers come in every day")? The verb is a lower-case word that is no
    preposition, determiner, conjunction, adverb in -ly or participle.

    >>> _quantified_subject_then_verb("and some customers come in every day".split())
    True
    >>> _quantified_subject_then_verb("and some customers in town".split())
    False
    """
    if len(pw) < 4 or pw[0] != "and" or pw[1].lower() not in _CLAUSE_QUANTIFIERS:
        return False
    for j in (2, 3):
        if j + 1 >= len(pw) or not (pw[j].isalpha() and pw[j].islower()):
            return False
        if pw[j].endswith("s") and not pw[j].endswith("ss"):
            v = pw[j + 1]
            return (
                v.isalpha()
                and v.islower()
                and not v.endswith(("s", "ly", "ing"))
                and v not in SPEAKER_PREPS
                and v not in _OBJ_PREPS
                and v not in _DETS
                and v not in _CONJ
                and v not in ("who", "which", "that", "whose")
            )
    return False


# a fronted phrase after "and" whose object is a pronoun ("and for some of them", "and to
# us"), then a clause: its prepositions, the pronoun objects that end it, and the
# determiners of the clause's subject after it
_FRONTED_PREPS = frozenset("for to in at on with".split())
_OBJECT_PRONOUNS = frozenset("them him her us me you".split())
_FRONTED_SUBJECT_DETS = frozenset("a an the this that their his her its our".split())


def _fronted_phrase_then_clause(pw):
    """Do the words ``pw`` after an insertion open "and", a preposition whose object
    ends in a pronoun within four words, then a determined subject and a present verb in
    "-s" within five words ("..., she said, and for some of them a birth far from home
    means giving birth alone": the rest of her statement)? Not a phrase with no verb
    ("and for some of them a ride home").

    >>> _fronted_phrase_then_clause("and for some of them a birth far from home means a lot".split())
    True
    >>> _fronted_phrase_then_clause("and for some of them a ride home to the reserve".split())
    False
    """
    if len(pw) < 6 or pw[0] != "and" or pw[1].lower() not in _FRONTED_PREPS:
        return False
    d = next((x for x in range(2, min(len(pw), 6)) if pw[x].lower() in _OBJECT_PRONOUNS), 0)
    if not d or d + 3 >= len(pw) or pw[d + 1].lower() not in _FRONTED_SUBJECT_DETS:
        return False
    for x in range(d + 2, min(len(pw) - 1, d + 7)):
        w = pw[x]
        if not (w.isalpha() and w.islower()):
            return False
        if x > d + 2 and w.endswith("s") and not w.endswith("ss") and w not in _OBJ_PREPS:
            return pw[x - 1].lower() not in _DETS and pw[x + 1].isalpha()
    return False


# the subjects a present clause before an insertion may open with ("The app combines ...")
_PRESENT_SUBJECT_OPENERS = frozenset("The A An Its It This That Their His Her".split())


def _shared_subject_verb(words, pw):
    """Do the words ``pw`` after an insertion open "and", a present verb in "-s" and a
    determined object, while the content before it (``words``) opens with a determined
    subject and a present verb in "-s" ("The app combines the figures, he said, and
    guesses the wait": a second verb of the content's subject, not of the frame's
    past "said")?

    >>> _shared_subject_verb("The app combines the figures".split(), "and guesses the wait".split())
    True
    >>> _shared_subject_verb("The app combined the figures".split(), "and guesses the wait".split())
    False
    """
    if len(pw) < 4 or len(words) < 3 or pw[0] != "and" or words[0] not in _PRESENT_SUBJECT_OPENERS:
        return False
    v = pw[1]
    if not (v.isalpha() and v.islower() and v.endswith("s")) or v.endswith(("ss", "us", "is")):
        return False
    if pw[2].lower() not in _FRONTED_SUBJECT_DETS:
        return False
    return any(
        w.isalpha() and w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is"))
        for w in words[1:4]
    )


_PLURAL_SUBJECT_DETS = frozenset("the its their his her our these those".split())


def _compound_subject_then_verb(pw):
    """Do the words ``pw`` after an insertion open with "and", a determiner, a noun
    of two words with a singular head and a present verb in "-s" followed by more of
    the clause ("..., the nurse said, and the waiting list keeps growing": the rest of
    her statement)? Not a noun phrase ("and the health care costs of it").

    >>> _compound_subject_then_verb("and the waiting list keeps growing".split())
    True
    >>> _compound_subject_then_verb("and the health care costs of the plan".split())
    False
    >>> _compound_subject_then_verb("and the current eight hour rotation leaves gaps".split())
    True
    """
    if len(pw) < 6 or pw[0] != "and" or pw[1].lower() not in _CLAUSE_DETS:
        return False
    for k in (
        3,
        4,
        5,
    ):  # (the noun after one to three modifiers: "the current eight-hour rotation")
        if k + 2 < len(pw) and _compound_noun_verb(pw, k):
            return True
    return False


def _compound_noun_verb(pw, k):
    """``_compound_subject_then_verb`` with the head noun at ``pw[k]`` (modifiers
    ``pw[2:k]``; more than one only when none ends in "-s": "and the current eight hour
    rotation leaves gaps", not "and the costs ...")."""
    noun, v, nxt = pw[k], pw[k + 1], pw[k + 2]
    mods = pw[2:k]
    if not all(w.isalpha() and w.islower() for w in (*mods, noun, v, nxt)):
        return False
    if noun.endswith(("s", "ly")) or any(w.endswith("ly") or w in _NOT_SUBJECT_WORDS for w in mods):
        return False
    if k > 3 and any(w.endswith("s") or w in _CONJ or w in _PREP_WORDS for w in mods):
        return False
    return (
        len(v) > 3
        and v.endswith("s")
        and not v.endswith(("ss", "us", "is"))
        and nxt not in SPEAKER_PREPS
        and nxt not in _OBJ_PREPS
        and nxt not in _PREP_WORDS
        and nxt not in _CONJ
        and nxt not in ("who", "which", "that", "whose")
    )


def _determined_subject_then_verb(pw):
    """``_quantified_subject_then_verb`` for a determiner before the plural subject
    ("..., he said, and the trailers run on diesel": the rest of his statement).

    >>> _determined_subject_then_verb("and the trailers run on diesel".split())
    True
    >>> _determined_subject_then_verb("and the trailers on the wharf".split())
    False
    """
    if len(pw) < 4 or pw[0] != "and" or pw[1].lower() not in _PLURAL_SUBJECT_DETS:
        return False
    return _quantified_subject_then_verb(["and", "some", *pw[2:]])


_RELATIVE_SUBJECT_DETS = frozenset(
    "a an the every each any this that its their his her our".split()
)


# words a finite verb of the main clause never follows ("the farms", "and towns")
_NOT_BEFORE_MAIN_VERB = frozenset(
    "a an the this that these those his her its their our my your and or of by for as".split()
)


def _relative_subject_then_verb(pw):
    """Do the words ``pw`` after an insertion open "and", a determined noun with a
    relative clause, then a finite verb of the main clause ("..., she said, and a fence
    that ends in the wrong place just moves the problem": the rest of her statement)?
    The main verb is a lower-case -s / -ed / irregular past word after the relative's
    own verb, after no determiner, preposition or other such verb ("and a man who builds
    fences near the river" holds none).

    >>> _relative_subject_then_verb("and a fence that ends in the wrong place just moves it".split())
    True
    >>> _relative_subject_then_verb("and a man who builds fences near the river".split())
    False
    """
    if len(pw) < 7 or pw[0] != "and" or pw[1].lower() not in _RELATIVE_SUBJECT_DETS:
        return False
    if not pw[2].isalpha() or pw[3] not in ("that", "who", "which"):
        return False
    for j in range(5, min(len(pw), 16)):
        v, prev = pw[j], pw[j - 1].lower()
        if not (v.isalpha() and v.islower()) or prev in _OBJ_PREPS or prev in _NOT_BEFORE_MAIN_VERB:
            continue
        finite = (v.endswith(("s", "ed")) and not v.endswith(("ss", "us", "is"))) or (
            v in _IRREGULAR_PAST
        )
        prev_finite = prev.endswith(("s", "ed")) or prev in _IRREGULAR_PAST
        if finite and not prev_finite:
            return True
    return False


def _last_list_item(pre_text, post_text):
    """Does an insertion stand after the "and" / "or" of a list, before its last item
    ("She wrote to the mayor, to the MP and, her children say, to the premier"; the
    item before the conjunction and the one after open with the same word)? Then only
    that last item is the speaker's.

    >>> _last_list_item("She wrote to the mayor, to the MP and, ", "to the premier.")
    True
    >>> _last_list_item("The plan is cheap and, ", "it is fast.")
    False
    """
    body = pre_text.rstrip().rstrip(",")
    words = _WORDS_RE.findall(body, max(0, len(body) - 120))
    if len(words) < 3 or words[-1].lower() not in ("and", "or"):
        return False
    inner = clause_comma_rfind(body)
    item = _WORDS_RE.findall(body, inner + 1) if inner >= 0 else []
    nxt = _WORDS_RE.findall(post_text, 0, 40)
    return len(item) >= 3 and bool(nxt) and item[0].lower() == nxt[0].lower()


# the gap between an inverted speaker and the rest of an interrupted sentence when a
# "who" clause on the speaker fills it (``_WHO_ASIDE_RE``)
_WHO_ASIDE_GAP_RE = re.compile(r"[ \t]*,[ \t]*who[ \t][^,;:\x01\n]{1,120},[ \t]+")


def _conj_then_subject(words):
    """Do ``words`` (before an inserted frame) open with "and"/"but" and a noun phrase
    of a determiner and up to three more words ("And the mayor, she said, ...")?

    >>> _conj_then_subject("And the mayor".split()), _conj_then_subject("But in 1990".split())
    (True, False)
    """
    return (
        2 <= len(words) <= 5
        and words[0].lower() in ("and", "but")
        and words[1].lower() in ("the", "a", "an", "his", "her", "their", "its", "our", "my")
    )


# initials joined by "&" open a name ("AT&T", "S&P"), never "at" or "so"
_AMP_NAME_RE = re.compile(r"\s*[A-Z]{1,3}&[A-Z]")


# ", and" / ", but" right after an inserted "according to X"
_ACC_AND_TAIL_RE = re.compile(r"[ \t]*,[ \t]+(?:and|but)[ \t]+")


def _acc_and_tail(doc, frame_hi, post):
    """Does an inserted "according to X" go on with ", and B" / ", but B" to the rest of
    its sentence ("Sites are reviewed case by case, according to the corporation, and
    a closure can be reversed": both halves are the corporation's)? B holds a finite
    auxiliary or copula ("can", "are") and no cue of its own ("..., according to the
    report, but its director, Ann Roe, said B"; "and nurses say B"), never a verbless
    phrase ("and one of 11 considered out of control"); the usual tests of
    ``_add_parenthetical`` then decide the rest."""
    m = _ACC_AND_TAIL_RE.match(doc.masked, frame_hi, post[1])
    if m is None:
        return False
    words = _WORDS_RE.findall(doc.masked, m.end(), post[1])[:24]
    finite = _ACC_FINITE.intersection(w.lower() for w in words[:12]) != set()
    return (finite or _subject_then_lexical_verb(words)) and not any(
        doc.lex.cue_re.fullmatch(w) for w in words
    )


_ACC_SUBJECT_DETS = frozenset("the its their his her our this that".split())


def _subject_then_lexical_verb(words):
    """Do ``words`` (after ", and" / ", but") open with a determiner, one or two
    lower-case words and a finite lexical verb in -s, -ed or an irregular past ("the
    team pays for hotel rooms instead"; "the town spent $2 million")?

    >>> _subject_then_lexical_verb("the team pays for hotel rooms instead".split())
    True
    >>> _subject_then_lexical_verb("the team bus on the highway".split())
    False
    """
    if len(words) < 4 or words[0].lower() not in _ACC_SUBJECT_DETS:
        return False
    for j in (2, 3):
        v = words[j] if j < len(words) - 1 else ""
        if not (v.isalpha() and v.islower()):
            return False
        nxt = words[j + 1].lower()
        if v.endswith("s") and nxt in ("of", "on", "in", "at", "from", "with", "who", "that"):
            continue  # ("the players on the bench": a plural noun, no verb)
        if (v.endswith(("s", "ed")) and not v.endswith(("ss", "us"))) or v in _IRREGULAR_PAST:
            return all(w.isalpha() and w.islower() and w not in _CONJ for w in words[1:j])
    return False


_ACC_FINITE = frozenset(
    "is are was were can could will would has have had may might must should does do did".split()
)


# an inverted speaker's body after the name, up to the comma that ends the insertion:
# ", said Capt. Al Roe of the Brandon Fire and Emergency Services, and B"
_OF_ORG_AFTER_NAME_RE = re.compile(
    r"(?:of|with)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.&-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|and|of|for|the)){0,8}(?=,)"
)


# copulas that leave the clause before an insertion open ("It was, she said, B")
_OPEN_COPULAS = frozenset("is was are were be been remains remained seems seemed".split())


def _copula_complement(words, w0):
    """Do the words before an insertion end in a copula, so that the text after it,
    opening with the lower-case word ``w0`` (no conjunction or adverbial), completes
    their clause ("It was, she insisted, the only option")?

    >>> _copula_complement(["It", "was"], "the"), _copula_complement(["It", "was", "late"], "the")
    (True, False)
    """
    return (
        len(words) >= 2
        and words[-1].lower() in _OPEN_COPULAS
        and w0.islower()
        and w0 not in _CONJ
        and w0 not in _LEAD_ADVERBIAL
        and w0 not in _NOT_A_CONTINUATION
    )


_TAIL_QUANTITY_LEADS = frozenset(tuple(x.split()) for x in _lines("quantity_leads.txt"))
_TAIL_NUMBER_WORDS = frozenset("no one two three four five six seven eight nine ten".split())


def _quantity_opens(rest):
    """Do the words ``rest`` open with an amount: "no", a number, or a lead of
    resources/quantity_leads.txt ("no more than two", "at least one", "about 40")?

    >>> _quantity_opens("no more than two weekends".split()), _quantity_opens("the other clinic".split())
    (True, False)
    """
    first = rest[0].lower()
    return (
        first in _TAIL_NUMBER_WORDS
        or first[:1].isdigit()
        or (first,) in _TAIL_QUANTITY_LEADS
        or tuple(w.lower() for w in rest[:2]) in _TAIL_QUANTITY_LEADS
    )


def _verbless_and_tail(pw, words, cs, mention, masked, post):
    """Does "and" and an amount with no verb end the sentence after "NAME said," (the
    speaker named before the cue) inserted in a clause of three words or more ("The
    union wants the shifts to end at nine, she said, and no more than two weekends a
    month")? The amount is a second part of the content, elided, not the writer's. Not
    after "said NAME," ("..., said the mayor, and two councillors": the speakers), nor
    a clause ("and laughed"), nor a phrase that opens with no amount ("and the other
    clinic too", "and for good reason": no row of their own).

    >>> _verbless_and_tail("and no more than two weekends a month".split(),
    ...     "The union wants the shifts to end".split(), 10, (5, 8), "", (0, 0))
    True
    >>> _verbless_and_tail("and laughed".split(), "Rates will rise".split(), 10, (5, 8), "", (0, 0))
    False
    """
    if mention[1] > cs or not 3 <= len(pw) <= 14 or len(words) < 3:
        return False
    rest = pw[1:]
    if _holds_clause(rest) or not _quantity_opens(rest):
        return False  # ("and laughed"; "and the other clinic too": no second part)
    if any(w.endswith(("s", "ed")) and w.islower() and w in _VERBISH_NEXT for w in rest):
        return False
    return _SENTENCE_ENDS_RE.match(masked, post[1]) is not None


def _second_part_goes_on(doc, c, pre_text, words, pw, w0, post, post_lo, mention):
    """Does the text after a frame inserted in its content (``pw``: its first words,
    ``w0`` the first) go on with the speaker's statement ("The plan, she said, will cost
    more"), rather than being an adjunct of the frame ("..., Lee said, even though ...")
    or an apposition of the speaker ("..., said Dana Hill, the county clerk")?"""
    masked = doc.masked
    if _copula_complement(words, w0):
        return True  # "It was, she insisted, the only option": the copula's complement
    if _QUANTITY_PLACE_TAIL_RE.match(masked, post_lo, post[1]) is not None:
        return False  # "A, he said, most of them in Kent County": a count of A's things
    if _ranked_apposition(masked, post_lo, post[1]):
        return False  # "A, the agency said, the largest increase in a decade": A's apposition
    if _multiple_apposition(masked, c.ce, post_lo, post[1]):
        return False  # "A ($1.3 million), Roe said, roughly four times what ...": A's apposition
    if comparative_apposition(masked, post_lo, post[1]):
        return False  # "A, the city said, two years later than planned": A's apposition
    if _tail_goes_on(doc, w0, words, pw, post, post_lo):
        return True  # "..., the nurse said, unless B"; "A, the chair said, about 400 metres"
    if _conditional_lead(pre_text) and _holds_clause(pw[:12]):
        return True  # "If A, he said, Deverell could have B": the main clause
    return not (
        not w0.islower()
        or (
            w0 in _LEAD_ADVERBIAL
            and not (w0 == "while" and _clause_ends_it(pw, masked, post))
            and not _for_gerund_goes_on(pw)
            and not _with_absolute_goes_on(words, pw, masked, post)
        )
        or (
            w0 in _CONJ
            and not (
                w0 == "but"
                and len(pw) >= 3
                or w0 == "and"
                and (
                    _holds_clause(pw[1:12])
                    or _clause_ends_it(pw, masked, post)
                    or _subject_then_noun_like_past(pw)
                    or _quantified_subject_then_verb(pw)
                    or _determined_subject_then_verb(pw)
                    or _relative_subject_then_verb(pw)
                    or _compound_subject_then_verb(pw)
                    or _fronted_phrase_then_clause(pw)
                    or _shared_subject_verb(words, pw)
                    or _verbless_and_tail(pw, words, c.cs, mention, masked, post)
                )
            )
        )
        or (
            w0 in _NOT_A_CONTINUATION
            and not _because_clause_goes_on(w0, words, pw)
            and not _which_clause_goes_on(w0, words, pw, masked, post)
        )
        or (
            w0.endswith("ing")
            and w0 != "including"
            and not _content_participle(doc, c, pw, pre_text, mention, post_lo)
        )
        or len(pw) < 2
        or _TIME_DISTANCE_RE.match(masked, post_lo, post[1]) is not None
        or (w0 in ("the", "a", "an") and mention[1] >= c.ce)
        or (
            mention[1] >= c.ce
            and (w0 in doc.lex.titles or w0 in doc.lex.nouns or w0 in _TITLE_LEADS)
            and not _holds_clause(pw)
        )  # "..., said Dana Hill, president of the club": no article either
    )


# ", he said: B" (no quotation after the colon): the frame set off inside the content
_COLON_POST_RE = re.compile(_PAREN_DAY + r"[ \t]*:[ \t]*")


def _colon_insertion(masked, frame_hi, post):
    """Is the frame closed by a colon with plain words after it ("She was right, he
    said: the deal does not repay it"), not a quotation ('..., he said: "We lost."')?

    >>> t = "It was late, he said: the deal is off."
    >>> _colon_insertion(t, 20, (20, len(t))), _colon_insertion('A, he said: \x01\x01', 10, (10, 14))
    (True, False)
    """
    m = _COLON_POST_RE.match(masked, frame_hi, post[1])
    if m is None:
        return False
    nxt = masked[m.end() : m.end() + 1]
    return nxt.isalpha() and nxt.islower()


# the clause break after an earlier inserted frame: ", and" or ", but" (not ";": "He
# said A; some of them, he added, B" is written as one statement of B)
_CONJ_CLAUSE_BREAK_RE = re.compile(r",[ \t]+(?:and|but)[ \t]+")


def _past_earlier_insertion(doc, pre):
    """(pre, break): the left side ``pre`` of a frame inserted in its content, started
    past the last ", and" / ", but" after an earlier frame in the sentence ("The
    ruling, he argued, ignored the evidence, and the judge, he added, was biased": the
    second's left side is "the judge"); ``pre`` when no earlier row has its cue there.
    Also the break's start (-1 when ``pre`` is kept): the earlier frame's rows that
    ran on past it end there (``_end_earlier_rows``: "ignored the evidence")."""
    lo, hi = pre
    masked = doc.masked
    if _CONJ_CLAUSE_BREAK_RE.search(masked, lo, hi) is None:
        return pre, -1
    earlier = []
    for q in reversed(doc.quotes):  # (rows are added in cue order: the recent ones)
        if q.cue_start < lo:
            break
        if q.cue_start < hi:
            earlier.append(q)
    if not earlier:
        return pre, -1
    breaks = list(_CONJ_CLAUSE_BREAK_RE.finditer(masked, max(q.cue_end for q in earlier), hi))
    last = breaks[-1] if breaks else None
    if last is None or len(_WORDS_RE.findall(masked, last.end(), hi)) < 2:
        return pre, -1
    return (last.end(), hi), last.start()


def _end_earlier_rows(doc, lo, brk, hi):
    """End there the rows of an earlier frame of the sentence (cue at ``lo`` or later)
    that ran on past ``brk`` (the ", and" before the left side of a later insertion,
    ``_past_earlier_insertion``, which ends at ``hi``): the subject after it is the
    later frame's."""
    masked = doc.masked
    for q in reversed(doc.quotes):
        if q.cue_start < lo:
            break
        if q.start < brk < q.end <= hi and MASK not in masked[brk : q.end]:
            q.end = brk


def _add_parenthetical(doc, c, pre, post, frame_hi, mention):
    """Add the two rows of a frame set off by commas inside its content ("The plan,
    she said, will cost more"; "Her aim, she said, is to tell them"): the text
    before and the text after, one statement. False (nothing added) when the frame
    is no such insertion: a leading adverbial ("In 1990, she said, ...") or a side
    too short."""
    masked = doc.masked
    whole_lo, (pre, brk) = pre[0], _past_earlier_insertion(doc, pre)
    pre_text = masked[pre[0] : pre[1]]
    if mention[1] >= c.ce and (of_org := _OF_ORG_AFTER_NAME_RE.match(masked, post[0], post[1])):
        frame_hi, post = of_org.end(), (of_org.end(), post[1])  # ", said Al Roe of the X,"
    if (
        (c.is_acc and not _acc_and_tail(doc, frame_hi, post))
        or not (pre_text.rstrip().endswith(",") or _mixed_comma_close(doc, pre, pre_text, post))
        or _AS_AT_RE.match(masked, pre[1])
    ):
        return False  # (an aside "A, as Lee said, and B" holds A only)
    if _SUBORDINATOR_COMMA_RE.search(pre_text, max(0, len(pre_text) - 16)):
        return False  # "A because, he says, B": the insertion opens B, A is not his
    listener_tail = False
    if (
        _PAREN_POST_RE.match(masked, frame_hi, post[0]) is None
        and not (masked[frame_hi : post[0]].strip() == "" and masked[post[0] : post[0] + 1] == ",")
        and _WHO_ASIDE_GAP_RE.fullmatch(masked, frame_hi, post[0]) is None
        and not _colon_insertion(masked, frame_hi, post)
    ):
        if (comma := listener_tail_end(masked, frame_hi, post[1])) is None:
            return False
        # "A, she told the council, because B": the frame ends at the comma after its
        # listener or place, as "A, she said, because B" does
        frame_hi, post, listener_tail = comma, (comma, post[1]), True
    if _adverbial_phrase_only(pre_text) or _deictic_time_lead(
        doc, pre_text, masked[post[0] : post[1]]
    ):
        return False  # "By noon, she said, the crew ...": a leading adverbial of the content
    if _lead_subordinate_clause(doc, pre_text, masked[post[0] : post[1]]):
        return False  # "Until the money is found, she said, B": an adverbial clause of B
    words = _WORDS_RE.findall(pre_text)
    if (
        words
        and (words[0].lower() in _LEAD_ADVERBIAL or words[0].lower() in _CONJ)
        and not _conj_then_subject(words)  # "And the mayor, she said, B": both sides
        and not _conditional_lead(pre_text)  # "If A, he said, B": both sides
        and _AMP_NAME_RE.match(pre_text) is None  # "AT&T laid cable, she said, to B": a name
    ):
        # "As the town builds a dam, it is his job, he said, to ...": the insertion
        # follows the clause after the leading adverbial's comma
        inner = clause_comma_rfind(pre_text.rstrip().rstrip(","))
        if inner < 0:
            return False  # "In 1990, she said, ...": a leading adverbial
        pre = (pre[0] + inner + 1, pre[1])
        words = _WORDS_RE.findall(masked, pre[0], pre[1])
        if (
            words
            and (words[0].lower() in _LEAD_ADVERBIAL or words[0].lower() in _CONJ)
            and not _conj_adverbial_end(pre_text)
        ):
            return False
    if len(words) < 2:
        return False
    post_lo = post[0] + 1 if masked[post[0] : post[0] + 1] == "," else post[0]
    pw = _WORDS_RE.findall(masked, post_lo, min(post[1], post_lo + 80))
    w0 = pw[0] if pw else ""
    if (
        w0 in ("that", "now", "also", "still")
        and len(pw) > 1
        and pw[1] in _VERBISH_NEXT | _HAVE_NEED
    ):
        w0 = pw[1]  # "..., Lee said, that is meant to ...", "..., Lee said, now have ..."
    post_block = masked[post_lo : post[1]].lstrip(" \t\u00a0")[:1] == MASK
    last = pre_text.rstrip().rstrip(",")
    last = last[max(clause_comma_rfind(last), last.rfind(MASK)) + 1 :]
    if (
        not post_block
        and w0 in ("a", "an")
        and mention[1] <= c.cs
        and (_apposition_only(pw) or _comment_noun_apposition(pw))
        and _clause_end_before(pre_text)
    ):
        # "Sales fell, the agency said on Friday, a weaker report than expected": the
        # writer's apposition to the clause before, no content
        a = doc.content_kind(*pre)
        if a is None:
            return False
        _add_quote(doc, a, c.cue, c.cs, c.ce, mention)
        return True
    if post_block and (
        not _clause_before_insertion(_WORDS_RE.findall(last))
        or _AND_WORD_RE.search(masked, pre[1], c.cs) is not None
        or _quoted_fragment_only(doc.text, masked, post_lo, post[1])
    ):
        return False  # 'The trip was, she said, "..."': the quotation ends the clause (or
        # completes it: 'The bear stopped, she said, "about a metre" from the cabin')
    if not post_block and (
        _other_speaker_after(doc, w0, pw) or relative_speaker_after(doc, post_lo, post[1])
    ):
        return _add_side(doc, c, pre, mention)  # "A, she said, although the mayor said B"
    if (
        not post_block
        and w0 in ("though", "although")
        and _own_cue_after_conj(doc, post_lo, post[1])
    ):
        return _add_side(doc, c, pre, mention)  # "A, the group said, though it added that B"
    if not post_block and not _second_part_goes_on(
        doc, c, pre_text, words, pw, w0, post, post_lo, mention
    ):
        if listener_tail:
            return _add_side(doc, c, pre, mention)  # "A, she told them, since B": A only
        # "..., Lee said, even though ...": an adjunct of the frame; "..., said Dana
        # Hill, the county clerk": an apposition of the speaker
        return False
    if w0 in ("and", "but", "while") and _own_cue_after_conj(doc, post_lo, post[1]):
        # "A, the board said, and it also warned that B": A only, B is the next frame's
        return _add_side(doc, c, pre, mention)
    if w0 in ("and", "but") and _subject_cue_that(doc, post_lo, post[1]):
        # "A, drivers said, and the owner of the mill they supply warned that B": A only,
        # B is the new subject's own statement
        return _add_side(doc, c, pre, mention)
    if w0 in ("and", "but") and _NEGATED_SAY_AFTER_CONJ_RE.match(masked, post_lo, post[1]):
        return False  # "A, the ministry said, but it did not say when": the writer's
    a, b = bracket_trimmed(doc.text, doc.content_kind(*pre)), doc.content_kind(post_lo, post[1])
    if a is None or b is None:
        return False
    if _conj_adverbial_end(pre_text) or _last_list_item(pre_text, masked[post_lo : post[1]]):
        a = None  # "A, and for most of those years, her family says, B": B only
    if brk >= 0:
        _end_earlier_rows(doc, whole_lo, brk, pre[1])
    for ck in (x for x in (a, b) if x is not None):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


_DASH_PRE_RE = re.compile(r"[ \t](?:—|–|--)[ \t]*(?:or[ \t]+so[ \t]+)?\Z")


_DASH_POST_RE = re.compile(_PAREN_DAY + r"(?P<d>[ \t]*)(?:—|–|--)[ \t]*")  # ("— Lee said Monday —")


def _add_dash_insertion(doc, c, pre, post, frame_hi, mention):
    """Add the two rows of a frame set off by a pair of dashes inside its content
    ("The plan — or so many residents say — is dead": "The plan", "is dead"); False
    (nothing added) when the frame is no such insertion or a side is no clause part:
    fewer than two words before, or no lower-case word after."""
    masked = doc.masked
    if c.is_acc or mention[1] > c.cs or not doc.dashed:
        return False  # (no "—", "–" or "--" in the article: no dash pair)
    m = _DASH_PRE_RE.search(masked, pre[0], pre[1])
    mp = _DASH_POST_RE.match(masked, frame_hi, post[1])
    if m is None or mp is None or mp.end() > max(post[0], mp.start("d") + 4):
        return False
    words = _WORDS_RE.findall(masked, pre[0], m.start())
    pw = _WORDS_RE.findall(masked, mp.end(), min(post[1], mp.end() + 80))
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in _LEAD_ADVERBIAL:
        return False
    if len(pw) < 2 or not pw[0].islower() or pw[0] in _LEAD_ADVERBIAL:
        return False
    if pw[0] in _CONJ and not _dash_conj_goes_on(doc, pw, mp.end(), post[1]):
        return False
    a, b = doc.content_kind(pre[0], m.start()), doc.content_kind(mp.end(), post[1])
    if a is None or b is None:
        return False
    for ck in (a, b):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


# a dash (or a spaced hyphen) and a whole quotation right before an inserted frame's
# speaker, and the closing dash right after the frame (``_add_dashed_quotation``)
_DASHED_BLOCK_PRE_RE = re.compile(r"[ \t](?P<d>—|–|--|-)[ \t]*(?P<b>\x01+)[ \t]*\Z")
_DASHED_BLOCK_POST_RE = re.compile(
    _PAREN_DAY + r"[ \t]*(?P<d>—|–|--|-)(?:[ \t]+(?=\w)|[ \t]*\Z)"
)  # (or the end of the side: "- and argued ...", a cue of its own cuts it)


def _add_dashed_quotation(doc, c, pre, post, frame_hi, mention):
    """Add only the quotation of a frame set off by a pair of dashes inside the writer's
    sentence ('Neither man liked her — "Born rich," Tom Lee said — but they voted': "Born
    rich"); False (nothing added) when the frame is no such insertion: no quotation right
    after the opening dash, fewer than two words before it, or no closing dash of the same
    kind right after the frame."""
    masked = doc.masked
    if c.is_acc or masked.find("-", pre[0], post[1]) < 0 and not doc.dashed:
        return False
    m = _DASHED_BLOCK_PRE_RE.search(masked, max(pre[0], pre[1] - 400), pre[1])
    if m is None or len(_WORDS_RE.findall(masked, pre[0], m.start())) < 2:
        return False
    if len(_WORDS_RE.findall(masked, m.end(), c.cs)) > 6:
        return False  # (more than a speaker between the quotation and the cue)
    mp = _DASHED_BLOCK_POST_RE.match(masked, frame_hi, post[1])
    if mp is None or mp.group("d") != m.group("d"):
        return False
    ck = doc.content_kind(m.start("b"), m.end("b"))
    if ck is None or ck[2] != "direct":
        return False
    _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


def _dash_conj_goes_on(doc, pw, lo, hi):
    """Does the text after a dash insertion that opens with a conjunction go on with the
    speaker's words, as after a comma insertion ("Taxes will rise — Ann Roe said — but not
    soon"; "A — Lee said — and the council is angry")? Not "and" + a phrase, nor a clause
    of its own cue ("— and it also warned that B")."""
    if pw[0] == "but":
        ok = len(pw) >= 3
    elif pw[0] == "and":
        ok = _holds_clause(pw[1:12])
    else:
        return False
    return ok and not _own_cue_after_conj(doc, lo, hi)


_PRONOUN_THEN_CUE_RE = re.compile(
    r"[ \t]*(?:and|but|though|although)[ \t]+(?:(?:it|he|she|they|we)[ \t]+(?:(?:also|later|then|has|have|had)[ \t]+){0,2}"
    r"(?P<cue>[a-z]+)\b|(?P<bare>[a-z]+ed)[ \t]+that\b)"
)  # (no subject: a past cue and "that", "and warned that B"; "and claims would be paid" is none)


# "and"/"but" and a new subject led by a determiner or a capital ("and the owner of the
# mill they supply"), up to a word and "that" (no clause break or quotation between)
_SUBJECT_THEN_THAT_RE = re.compile(
    r"[ \t]*(?:and|but)[ \t]+(?:the|a|an|his|her|its|their|[A-Z][\w'’-]*)[ \t][^,;:\x01\n.!?]{0,100}\Z"
)
_WORD_THAT_RE = re.compile(r"(?<=[ \t])([a-z]+)[ \t]+that\b")
_DETERMINERS = frozenset("the a an his her its their this that these those".split())


def _subject_cue_that(doc, lo, hi):
    """Does the text after an insertion open a new subject and its own cue with "that"
    ("A, drivers said, and the owner of the mill they supply warned that B")? Not a
    speech noun ("and the claim that B"), nor a back-shifted "had warned" (still A's
    report: "A, the lawyer said, and the expert had conceded that B")."""
    masked = doc.masked
    at = masked.find(" that", lo, min(hi, lo + 130))
    if at < 0:
        return False
    if _SUBJECT_THEN_THAT_RE.match(masked, lo, at) is None:
        return False
    m = _WORD_THAT_RE.search(masked, lo, at + 5)
    if m is None or not doc.lex.cue_re.fullmatch(m.group(1)):
        return False
    prev = masked[max(lo, m.start() - 8) : m.start()].split()
    # (not "and the expert had conceded that B": a back-shifted report inside A)
    return not (prev and (prev[-1].lower() in _DETERMINERS or prev[-1].lower() == "had"))


def _own_cue_after_conj(doc, lo, hi):
    """Does the text after an insertion open a clause of its own cue: "and" (or "but",
    "though", "although"), a subject pronoun and a speech verb ("A, the board said, and
    it also warned that B"; "A, the group said, though it added that B")?"""
    m = _PRONOUN_THEN_CUE_RE.match(doc.masked, lo, hi)
    return m is not None and doc.lex.cue_re.fullmatch(m.group("cue") or m.group("bare")) is not None


# words that cannot open the predicate after "according to X," ("..., according to Lee,
# a former aide, ...": an apposition; "..., and ...": a new clause)
_NOT_PREDICATE_START = frozenset(
    "the a an and but or nor so yet then in on at to for with from by of as about after "
    "before since while when if because although though who which that this these those "
    "his her its their our my your he she it they we i you there here not also some many "
    "most few all both several each every no none".split()
)


# one-word sentence adverbs before "according to X," ("Now, according to X, ...")
_LONE_ADVERBS = frozenset(
    "now still instead however meanwhile yet so then today overall again indeed moreover "
    "further furthermore thus therefore nonetheless nevertheless separately similarly "
    "likewise previously currently recently later earlier finally first second third last "
    "next ultimately otherwise here there".split()
)


_RELATIVE_WORD_RE = re.compile(r"\b(?:who|whose|which)\b")


def _start_of(m):
    """The start of match ``m`` (a sort key)."""
    return m.start()


def _add_according_insertion(doc, c, pre, post, frame_hi, mention):
    """Add the two halves of a subject and its predicate around an "according to X"
    insertion ("The new plan, according to Lee, will fail"; 'a man whose book,
    according to its publisher, "draws ..."'): one statement of two rows. False
    (nothing added) when the text before holds a clause ("Sales rose, according to
    Lee, and ...") or opens with an adverbial, or the text after opens no predicate."""
    masked = doc.masked
    pre_text = masked[pre[0] : pre[1]]
    if not pre_text.rstrip().endswith(",") or masked[frame_hi : post[0]].strip() != ",":
        return False
    lo = pre[0]
    w_lo = max(pre[0], pre[1] - 160)  # (at most 12 words are read: a bounded window)
    rel = max(_RELATIVE_WORD_RE.finditer(masked, w_lo, pre[1]), default=None, key=_start_of)
    if rel is None and w_lo > pre[0]:
        return False
    if rel is not None:
        lo = rel.start()  # ("a man whose book, according to ...": "whose book")
    words = _WORDS_RE.findall(masked, lo, pre[1])
    if (
        not 1 <= len(words) <= 12
        or MASK in masked[lo : pre[1]]
        or "," in masked[lo : pre[1]].rstrip().rstrip(",")
        or words[0].lower() in _LEAD_ADVERBIAL
        or words[0].lower() in _CONJ
        or words[0].lower() in _SUBORDINATORS
        or (len(words) == 1 and (words[0].lower() in _LONE_ADVERBS or words[0].endswith("ly")))
        or (rel is None and _holds_clause(words))
        or (rel is not None and _holds_clause(words[1:]))
    ):
        return False
    post_lo = post[0] + 1 if masked[post[0] : post[0] + 1] == "," else post[0]
    nxt = masked[post_lo : post[1]].lstrip(" \t\u00a0")
    pw = _WORDS_RE.findall(masked, post_lo, min(post[1], post_lo + 80))
    if nxt[:1] == MASK:  # ('"draws a troubling portrait"': the first word quoted)
        pw = _WORDS_RE.findall(doc.text, post_lo, min(post[1], post_lo + 80))
    if not (
        pw
        and pw[0].islower()
        and pw[0] not in _NOT_PREDICATE_START
        and not pw[0].endswith("ing")
        and pw[0] not in _LEAD_ADVERBIAL
    ):
        return False
    a, b = doc.content_kind(lo, pre[1]), doc.content_kind(post_lo, post[1])
    if a is None or b is None:
        return False
    for ck in (a, b):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


def _and_clause_after(pw):
    """Do the words ``pw`` after "A, according to X," open "and" and a clause of its own
    ("..., and the province has no plan"; "and rents climbed faster"), which goes on
    with X's statement as after "A, Lee said, and B"? A past form counts as the verb
    only as the second or third word, after no preposition (not "and one of 11
    considered out of control": no clause).

    >>> _and_clause_after("and 200 jobs will go".split()), _and_clause_after("and other costs".split())
    (True, False)
    >>> _and_clause_after("and one of 11 considered out of control".split())
    False
    """
    if len(pw) < 3 or pw[0] != "and":
        return False
    head = [w for w in pw[1:12] if not (len(w) > 4 and w.endswith("ed"))]
    return (
        _holds_clause(head)
        or _subject_then_noun_like_past(pw)
        or _clause_after_insertion(["and", *head])
        or any(
            len(w) > 4
            and w.endswith("ed")
            and all(
                x.isalpha() and x.islower() and x not in _OBJ_PREPS and x != "of" for x in pw[1:j]
            )
            for j, w in enumerate(pw[2:4], 2)
        )
    )


_CONSEQUENCE_PARTICIPLES = frozenset(_lines("consequence_participles.txt"))


def _according_tail_goes_on(doc, words, pw, post):
    """Does the tail after "A, according to X," go on with X's statement to the end of
    its sentence, as after "A, X said,": a participle of consequence and its object
    ("..., leaving drivers without a yard") or an absolute "with" phrase ("..., with
    crews working through the night")? The clause before holds a clause."""
    if len(pw) < 3 or not _holds_clause(words):
        return False
    if pw[0] in _CONSEQUENCE_PARTICIPLES:
        return _SENTENCE_ENDS_RE.match(doc.masked, post[1]) is not None
    return _with_absolute_goes_on(words, pw, doc.masked, post)


def _add_according_but(doc, c, pre, post, frame_hi, mention):
    """Add both clauses around "according to X" when a clause before it goes on after it
    with "but" (or "and", ``_and_clause_after``, or a continuing subordinator,
    ``_subordinate_clause_goes_on``) and a clause of its own ("Sales rose, according to
    the report, but donations fell"), as around a comma insertion "A, Lee said, but B"; False (nothing
    added) otherwise, and for "but" + a clause of its own cue ("but the firm said B")."""
    masked = doc.masked
    if not masked[pre[0] : pre[1]].rstrip().endswith(","):
        return False
    if masked[frame_hi : post[0]].strip() not in ("", ","):
        return False
    post_lo = post[0] + 1 if masked[post[0] : post[0] + 1] == "," else post[0]
    pw = _WORDS_RE.findall(masked, post_lo, min(post[1], post_lo + 80))
    words = _WORDS_RE.findall(masked, max(pre[0], pre[1] - 160), pre[1])
    if not (
        (pw[:1] == ["but"] and _holds_clause(pw[1:12]) or _and_clause_after(pw))
        and _holds_clause(words)
    ) and not (
        pw
        and (
            _subordinate_clause_goes_on(doc, pw[0], words, pw, post)
            or _according_tail_goes_on(doc, words, pw, post)  # "A, according to X, leaving B"
        )
    ):
        return False  # (or "A, according to X, though B", as "A, X said, though B")
    if any(doc.lex.cue_re.fullmatch(w) for w in pw[1:10]):
        return False  # ("but the firm said B": B is the next frame's)
    a, b = doc.content_kind(*pre), doc.content_kind(post_lo, post[1])
    if a is None or b is None:
        return False
    for ck in (a, b):
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True
