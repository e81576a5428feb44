"""Content spans: the content of one frame (``_frame_content``) and the cuts that end it
(objects, relatives, colons, datelines, comments, listeners).
"""

from __future__ import annotations

import re
from functools import cache

from .additions import _CLAUSE_WORD_RE, _HAS_WORD_RE, _WORDS_RE, _holds_clause
from .answered_objects import answered_person_only
from .apposed_speakers import _apposition_speaker
from .blocks import MASK
from .cues import _AUDIENCES
from .datelines import DATELINE_RE
from .idioms import _OBJECT_VERBS, _past_form
from .infinitive_gaps import infinitive_gap_end, infinitive_new_clause_cut
from .lexicon import (
    _DETS,
    _FIRST_WORD_RE,
    _IRREGULAR_PAST,
    _NOT_CONTENT_START,
    _PREP_PRONE,
    _VERBISH_NEXT,
    _trie_regex,
    act_objects,
    comment_nouns,
)
from .measured_readings import measured_reading
from .naming_relatives import naming_relative_start
from .nonspeech import _relative_frame_subject
from .phrase_adjuncts import _before_adjuncts
from .phrases import _is_cap, clause_comma_rfind
from .relative_quote_ends import relative_quote_end
from .sides import _LEAD_AS_RE, _THAT_IS_RE, _WHICH_SOME_END_RE
from .speaker_clause_cuts import speaker_clause_cut
from .that_relatives import that_opens_relative as _that_rel
from .titled_works import titled_act_object

_THAT_SOON_RE = re.compile(r"(?:[^\s\x01.;:]+\s+){1,8}?that,?\s+")


_HAS_W_RE = re.compile(r"\w")


# a result clause's "that" ending the adverbial before the content: "during a session so
# heated that", "in such a rush that"; the verb's own "that" comes after its comma
_RESULT_THAT_END_RE = re.compile(
    r"\b(?:so[ \t]+[a-z]+|such[ \t]+(?:an?[ \t]+)?(?:[a-z]+[ \t]+){0,2}?[a-z]+)[ \t]+that,?\s+\Z"
)


def _past_result_clause(masked, s0, th_end, e0):
    """The content start after a "that" at ``th_end`` that ends "so <adjective> that" or
    "such (a) ... that" (a result clause inside the adverbial): just past the next ",
    that" in the content, where the verb's own clause begins; ``th_end`` when the
    adverbial ends in no result clause or no ", that" follows.

    >>> t = "on Monday, in a session so long that two fell asleep, that taxes rise."
    >>> t[_past_result_clause(t, 11, 37, len(t)) :]
    'taxes rise.'
    >>> _past_result_clause(t, 0, 11, len(t))
    11
    """
    if _RESULT_THAT_END_RE.search(masked, max(s0, th_end - 60), th_end) is None:
        return th_end
    j = masked.find(", that ", th_end, e0)
    return th_end if j < 0 else j + 7


_THAT_WORD_RE = re.compile(r"\bthat\b")


_TO_WORD_RE = re.compile(r"\bto\b")


_PROMISE_VERBS = {"pledge", "vow", "promise"}


# verbs of request whose content is "<listener> to <verb>" ("urged voters to wait")
_DIRECTIVE_VERBS = {"urge", "ask", "tell", "warn"}


# "to" + a lowercase word that is no determiner or possessive ("to rowdy applause" is
# still let through: no part-of-speech tagger here)
_TO_VERB_RE = re.compile(
    r"to\s+(?:not\s+)?(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)"
    r"[a-z]+\b"
)


def _announces_quote(doc, c, post, frame_hi):
    """Does a frame without content announce the next quotation ("X said:")?"""
    text = doc.text
    post_has = _HAS_WORD_RE.search(doc.masked[post[0] : post[1]]) is not None
    return (
        text[frame_hi : c.se].strip().startswith(":")
        or text[c.ce : c.se].rstrip().endswith(":")
        or not post_has
    )


# verbs that also take a plain object ("added three goals", "reported a loss",
# "announced a $500 billion investment"): content that starts like an amount or an
# indefinite noun phrase and holds no clause word is that object, not speech
_OBJECT_NP_VERBS = {
    "add", "report", "announce", "post", "reveal", "unveil", "record", "tweet", "claim",
    "declare", "estimate", "promise", "pledge",
}  # fmt: skip

# verbs of giving one's word that take a sum as their object ("had promised $3.5 million
# toward the arena", "pledged up to $2 million"): only a sum makes them no speech
_SUM_OBJECT_VERBS = frozenset(("promise", "pledge"))
_SUM_START_RE = re.compile(
    r"(?:(?:up\s+to|more\s+than|nearly|almost|about|roughly|another|an\s+extra)\s+)?[$€£¥]",
    re.I,
)


_OBJECT_START_RE = re.compile(
    r"(?:[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|(?:a|an|another)\s+(?:\S+\s+){0,3}?[$€£¥\d]"  # "a loss of $40 million"
    r"|(?:up\s+to|more\s+than|less\s+than|nearly|almost|about|roughly|over)\s+[$€£¥]"
    r"|(?:more|fewer|less)\s+than\s+\d"  # "reported more than 11,000 listens"
    r"|(?:[a-z]+[ \t]+){1,2}?of[ \t]+(?:(?:about|nearly|almost|roughly|over|some)[ \t]+)?[$€£¥\d])",
    re.I,
)  # ("announced up to $210 million to help producers": an amount; "ridership of 41,000")


# "add" takes a noun phrase far more often than speech without a clause word: "added
# another link to the chain", "adding a million users"
_ADD_OBJECT_START_RE = re.compile(
    r"(?:a|an|another|the|his|her|their|its|some|more|several|new|extra|additional)\b"
    r"|[$€£¥\d]"  # ("added extra rooms for the long weekend")
    r"|(?:nearly|almost|roughly|about|around|just|only)\s+(?:[$€£¥\d]|(?:a|an|half)\s)"
    # ("added nearly 11 per cent", "have added almost a third to the price", "the town
    # added just 1,100 homes")
    r"|(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*s[ \t]+to[ \t]+(?:the|its|his|her|their|a|an)[ \t]",
    # ("added solar panels to the light", "added plush toys to the front window": a
    # bare plural moved to a place, not a clause said)
    re.I,
)


# business objects of "report", "announce", "post", "unveil" ("the company reported
# strong earnings", "Toronto announced the trade"): a thing done, not speech
_BUSINESS_OBJECT_RE = re.compile(
    r"(?:\S+\s+){0,3}?(?:earnings|profits?|loss(?:es)?|revenues?|sales|deficits?|surplus|"
    r"dividends?|income|trade|deal|signing|acquisition|merger|takeover|investments?|layoffs|"
    r"job\s+cuts|partnership|expansion|closure|recall|results|quarter|shipments?|"
    r"contracts?|extensions?|ridership|attendance|turnout|enrol(?:l?ment)s?|occupancy|"
    r"bookings|outages?|seasons?|summers?|winters?|traffic|receipts|rain(?:fall)?|snow(?:fall)?|"
    r"volumes?|tonnage)\b"
    r"|(?:its|their|his|her|the)[ \t]+(?:best|worst|[a-z]+iest|strongest|weakest|slowest|quietest"
    r"|highest|lowest)[ \t]+(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember"
    r"|October|spring|fall|autumn|year|month|week|weekend|stretch)\b",
    # ("reported scattered outages", "its busiest season", "its best summer of traffic",
    # "its best June in a decade", "their slowest year since 2009",
    # "record gate receipts", "more rain in the district", "record container volumes")
    re.I,
)


# an indefinite object of a verb of reporting a result ("reported a sellout", "posted
# a gain"), and "estimated X at <amount>" ("estimated the fire at 11,400 hectares"): a
# thing, not speech, when no clause word follows. (Not "announce": PolNeAR annotates
# "announced a series of steps to ..." as an attribution.)
_INDEFINITE_OBJECT_VERBS = frozenset({"report", "post", "unveil", "record"})


_INDEFINITE_START_RE = re.compile(r"(?:a|an)\s", re.I)

# a rough count after those verbs ("reported about 1,200 producers in its last census"):
# a thing counted. (Not "claim": "claimed nearly 400 delegates participated" is speech.)
_ROUGH_COUNT_RE = re.compile(r"(?:about|nearly|almost|roughly|around|some)[ \t]+\d", re.I)


# a result gerund and its amount after those verbs ("reported raising $610,000 last
# year", "reported selling 4,000 tickets", "reported receiving 7,000 complaints"): money
# or units counted, not speech. (Not
# "spending" / "earning": PolNeAR annotates a campaign's or a candidate's "reported
# spending $6 million" from a filing as an attribution.)
_RESULT_GERUND_RE = re.compile(
    r"(?:raising|collecting|selling|generating|netting|shipping|receiving|fielding|handling)[ \t]+"
    r"(?:(?:nearly|almost|about|roughly|around|over|more[ \t]+than|some)[ \t]+)?[$€£¥\d]",
    re.I,
)


# "announced the closures in a statement", "announced the new limits in a technical
# briefing": an act announced, its noun phrase and the channel, no content said
_ANNOUNCED_IN_STATEMENT_RE = re.compile(
    r"(?:the|its|their|his|her|a|an)[ \t][^,;:\x01\n]{0,80}?[ \t]in[ \t]+(?:an?|its|their)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?(?:statement|news[ \t]+release|release|briefing|letter)\b",
    re.I,
)


_ESTIMATED_AT_RE = re.compile(r"(?:\S+\s+){1,5}?at\s+(?:about\s+|roughly\s+)?[$€£¥\d]")


# "reported her missing", "reported the truck stolen": a person or thing reported to
# the police in a state, an object and its complement, not speech
_REPORTED_STATE_RE = re.compile(
    r"(?:him|her|them|it|(?:the|a|an|his|her|their|its|our|my)[ \t]+(?:[\w’'\-]+[ \t]+){0,2}?"
    r"[\w’'\-]+)[ \t]+(?:missing|stolen)\b",
    re.I,
)


# a bare part of the day right after "add" and before a lower-case word modifies the
# object's noun ("has added night training flights", "added morning shifts"): no time
# adjunct, which needs "last", "this", "Tuesday" or "at" ("added Tuesday night that ...")
_ADD_DAYPART_BEFORE_RE = re.compile(
    r"\badd(?:s|ed|ing)?[ \t]+(?:morning|afternoon|evening|night|overnight|weekend)[ \t]+\Z",
    re.I,
)


def _is_object_np(text, s0, e0, lemma=None):
    """Is text[s0:e0] an object noun phrase ("$1.60 to settle at", "a loss of $40
    million"; after "add" any determiner: "another link to the chain"; a business
    object: "strong earnings", "the trade"; after "report" a person or thing in a
    state: "her missing", "the truck stolen"; after "announce" a noun phrase and its
    channel: "the closures in a statement") rather than reported speech?"""
    if lemma == "report" and (
        _REPORTED_STATE_RE.match(text, s0, e0) is not None or measured_reading(text, s0, e0)
    ):
        return True  # ("reported the truck stolen", "reported gusts of 104 km/h")
    if (
        lemma == "add"
        and text[s0 : s0 + 1].islower()
        and _ADD_DAYPART_BEFORE_RE.search(text, max(0, s0 - 24), s0)
    ):
        return True  # ("the base has added night training flights this fall")
    if lemma == "estimate":
        start = _ESTIMATED_AT_RE.match(text, s0, e0) is not None
    elif lemma in _SUM_OBJECT_VERBS:
        start = _SUM_START_RE.match(text, s0, e0) is not None  # "promised $3.5 million"
    else:
        start = (
            _OBJECT_START_RE.match(text, s0, e0) is not None
            or (lemma == "add" and _ADD_OBJECT_START_RE.match(text, s0, e0) is not None)
            or (lemma != "add" and _BUSINESS_OBJECT_RE.match(text, s0, e0) is not None)
            or (
                lemma in _INDEFINITE_OBJECT_VERBS
                and (
                    _INDEFINITE_START_RE.match(text, s0, e0) is not None
                    or _RESULT_GERUND_RE.match(text, s0, e0) is not None
                    or _ROUGH_COUNT_RE.match(text, s0, e0) is not None
                )
            )
            or (lemma == "announce" and _ANNOUNCED_IN_STATEMENT_RE.match(text, s0, e0) is not None)
        )
    if not start:
        return False
    end = _object_end(text, s0, e0)
    stop = _restrictive_relative_end(text, s0, end)
    return not any(
        not _prep_demonstrative(text, m) for m in _CLAUSE_WORD_RE.finditer(text, s0, stop)
    )


# "that" / "this" right after a preposition and before a lower-case word is a determiner
# of the object's phrase ("added two goals in the third period of that game"), no clause
_PREP_BEFORE_RE = re.compile(
    r"\b(?:of|in|at|from|during|since|after|before|until|into|on|for|through)[ \t]+\Z", re.I
)
_LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]")


def _prep_demonstrative(text, m):
    """Is the clause word match ``m`` a demonstrative "that"/"this" after a preposition
    and before a lower-case word ("of that game"), a determiner, not a clause?

    >>> t = "two goals in the third period of that game"
    >>> _prep_demonstrative(t, _CLAUSE_WORD_RE.search(t))
    True
    >>> t = "two goals that were late"
    >>> _prep_demonstrative(t, _CLAUSE_WORD_RE.search(t))
    False
    """
    if m.group().lower() not in ("that", "this"):
        return False
    return (
        _PREP_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
        and _LOWER_WORD_AFTER_RE.match(text, m.end()) is not None
    )


# a restrictive relative clause after an amount's noun: "a $500 billion investment that
# will create 20,000 jobs", "3,000 jobs that were lost" (the clause tells which thing),
# also after a short place or time phrase ("a $3-million investment in a second vessel
# in 2023 that has not been built")
_AMOUNT_RELATIVE_RE = re.compile(
    r"[$€£¥]?\d[\d,.]*(?:[ \t-]+(?:per[ \t]+cent|percent|million|billion|trillion))?"
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*[ \t]+"
    r"(?:(?:in|on|for|at|of|to)[ \t]+(?:[a-z\d][\w-]*[ \t]+){0,3}?[a-z\d][\w-]*[ \t]+){0,2}?"
    r"(?=(?:that|which|where|when)[ \t])",
    re.I,
)  # (and a place or time relative of the phrase's noun: "a $2-million renovation of the
# hall where it performs")


def _restrictive_relative_end(text, s0, e0):
    """End of an object written as an amount and its noun before a restrictive relative
    clause ("an historic $500 billion investment that will create jobs" -> before
    "that"), else ``e0``.

    >>> t = "a $5 million grant that will pay for two nurses"
    >>> t[: _restrictive_relative_end(t, 0, len(t))]
    'a $5 million grant '
    """
    m = _AMOUNT_RELATIVE_RE.search(text, s0, min(e0, s0 + 80))
    return e0 if m is None else m.end()


# a relative clause that closes the content: "two goals for the Hawks, who have lost
# three straight" (the clause describes the object's noun, it does not make speech)
_CLOSING_RELATIVE_RE = re.compile(
    r",[ \t]+(?:who|whose|which|where|though|although|while|and|but|with|as"
    r"|(?:much|most|all|some|part|half)[ \t]+of[ \t]+(?:it|them)"  # ", much of it from"
    r"|(?:(?:well|far|just|still)[ \t]+)?(?:short|shy|ahead)[ \t]+of"  # ", well short of the
    # target the province set for it" (a comparison of the amount, no speech)
    r"|an?[ \t]+[a-z][\w-]*[ \t]+(?:that|which)"  # ", a figure that critics raised"
    r"|(?:an?|its|their)[ \t]+[a-z][\w-]*(?=[ \t]+[a-z])"  # ", a figure several ... raised"
    r"|[a-z][\w-]*[ \t]+(?:that|which))[ \t]"  # ", its first since ...", ", work that is ..."
    r"(?:[^,;:\x01]|(?<=\d),(?=\d))*\Z"
)  # (or a concessive clause: "added 8 per cent, though they remain below ...", or the


# subject's next predicate: "added a goal, and has five in six games", or a clause of
# its own: "added 14 goals, and his line has been ..."; a "with" phrase: "announced a
# $2-million fund, with a van that can carry ..."; a comparison: "reported a loss, as
# it has every quarter since it was founded"; a thousands comma is no break: "an
# assist, and the crowd of 10,500 had gone quiet"); a place relative: "announced a
# $50,000 investment in a market on the lot, where merchants could sell")


def _object_end(text, s0, e0):
    """End of the object noun phrase text[s0:e0] before a closing relative clause
    or a clause of time ("40 cents on Monday before the results were released", "a
    second shift in 2018, the last time prices were high"), or a semicolon ("a $2-million
    investment two years ago; that work was finished in May": a sentence of its own)."""
    if (semi := text.find(";", s0, e0)) > s0:
        e0 = semi
    m = _CLOSING_RELATIVE_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _TIME_APPOSITION_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _CLOSING_TIME_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _SECOND_PREDICATE_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _ONE_CONTACT_RELATIVE_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _PURPOSE_CLAUSE_RE.search(text, s0, e0) if " so " in text[s0:e0] else None
    e0 = e0 if m is None else m.start()
    if "," not in text[s0:e0]:
        return e0
    m = _COMPARED_AMOUNT_RE.search(text, s0, e0)
    e0 = e0 if m is None else m.start()
    m = _SHARE_OF_IT_RE.search(text, s0, e0) if " of " in text[s0:e0] else None
    return e0 if m is None else m.start()


# a verbless share of the object set off by a comma ("announced a $2.4-million investment
# in harbours, none of it in Gimli", "a $5-million grant, most of it for roads"): the
# object's apposition, not a clause said
_SHARE_OF_IT_RE = re.compile(
    r",[ \t]+(?:none|all|most|half|some|much|little|part|each|nearly[ \t]+all|almost[ \t]+all)"
    r"[ \t]+of[ \t]+(?:it|them)\b(?![ \t]+(?:is|was|will|would|has|had|are|were|went|goes)\b)"
)


# a comparison set off by a comma after a count ("added 640 new members, more than twice
# the number it signs up in a month", ", almost double what it had"): which amount, not
# a clause said
_COMPARED_AMOUNT_RE = re.compile(
    r",[ \t]+(?:(?:more|less|fewer)[ \t]+than[ \t]+|(?:almost|nearly|about|roughly)[ \t]+)?"
    r"(?:twice|double|triple|half|three[ \t]+times)[ \t]+(?:the|what)\b"
)


# a clause of purpose after the object ("announced three road closures on Tuesday so
# crews can begin surveying", "added two buses so students could get home"): why the
# thing was done, not a clause said
_PURPOSE_CLAUSE_RE = re.compile(
    r"[ \t]so[ \t]+(?:that[ \t]+)?(?:[a-z][\w’'\-]*[ \t]+){0,2}?"
    r"(?:can|could|will|would|may|might)[ \t]"
)


# "the one" and a relative with no "that" after the object ("added a second title, the
# one he won in 2019", "to the one she set last year"): which one, not a clause said
_ONE_CONTACT_RELATIVE_RE = re.compile(
    r"[ \t,](?:to[ \t]+)?the[ \t]+ones?[ \t]+(?:he|she|they|we|I|you|it)[ \t]"
)


# a clause of time or condition after the object ("40 cents on Monday before the results
# were released", "a $22-million investment in a new crusher if the permit is granted")
_CLOSING_TIME_RE = re.compile(r"[ \t](?:before|after|until|if|unless)[ \t]")


# a time in apposition to the object's date, with its own contact relative ("added a
# second shift in 2018, the last time pulp prices were high"): when, not what was said
_TIME_APPOSITION_RE = re.compile(
    r",[ \t]+the[ \t]+(?:last|first|only|same|one)[ \t]+(?:time|year|season|day|month|week)"
    r"[ \t]+(?:that[ \t]+)?(?:[a-z][\w’'\-]*[ \t]+){0,3}?(?:was|were|had|did|is|are)\b"
)


# the subject's next predicate after its object, with no subject of its own ("announced a
# $2-million renovation and has since leased the building"): the object ends before it
_SECOND_PREDICATE_RE = re.compile(
    r"[ \t]and[ \t]+(?:has|have|had|is|was|will|would)[ \t]+(?:since|also|then|now|already)?"
)


_OBJECT_DET = (
    r"(?:the|a|an|his|her|their|its|our|my|your|another|some|this|these|those|"
    r"[\w.’'\-]+['’]s?)[ \t]+"
)


@cache
def _act_object_re(lemma):
    """The regex of an object that makes ``lemma`` an act (``act_objects``), None
    when the lemma has none."""
    nouns = act_objects().get(lemma)
    if not nouns:
        return None
    if "*" in nouns:
        return re.compile(_OBJECT_DET, re.I)
    heads = _trie_regex(sorted(nouns))
    det = _OBJECT_DET if lemma in ("tell", "ask") else rf"(?:{_OBJECT_DET}|{_COUNT_DET})"
    return re.compile(
        rf"{_PART_OF}?(?:{det}(?:[\w$’'\-]+[ \t]+){{0,3}}?)?(?:{heads})\b(?![’'\-])", re.I
    )


# a part of the object before its determiner ("wrote most of the robot's software",
# "wrote half of the songs on the album"): the same act
_PART_OF = r"(?:(?:most|much|all|part|parts|half|some|many)[ \t]+of[ \t]+)"


# a number that opens an act object ("conceded two goals", "claimed 40 percent"; not
# after "tell" and "ask": "tells one joke about Lee", "asked two questions" report speech)
_COUNT_DET = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+"


def _is_act_object(text, s0, e0, lemma):
    """Is text[s0:e0] an object that makes the verb an act, not speech ("claimed a
    victory in Ohio", "conceded the race", "asked a question", "wrote a book")?

    >>> _is_act_object("a victory in Ohio", 0, 17, "claim")
    True
    >>> _is_act_object("the race was over", 0, 17, "concede")
    False
    >>> _is_act_object("two cases in court, will win", 0, 28, "argue")
    True
    >>> _is_act_object("the call came late", 0, 18, "confirm")
    False
    """
    rx = _act_object_re(lemma)
    m = None if rx is None else rx.match(text, s0, e0)
    if m is None:
        return False
    # no clause word up to the comma, dash or bracket after the object ("argued two
    # cases before the court, will do a fine job": the clause is another's)
    end = (
        None
        if _ING_NEXT_RE.match(text, m.end(), e0)
        else _ACT_OBJECT_END_RE.search(text, m.end(), e0)
    )
    stop = e0 if end is None else end.start()
    colon = text.find(":", m.end(), stop)  # (not "asked a question: who will win?")
    rel_end = stop if colon < 0 else colon
    if lemma in ("ask", "answer") and (rel := _RELATIVE_AFTER_RE.search(text, m.end(), rel_end)):
        stop = rel.start()  # "asked his father a question that nobody could hear"
    if lemma == "tell" and (rel := _TOLD_RELATIVE_RE.match(text, m.end(), rel_end)):
        stop = rel.start()  # "told the story (that) the mayor had told a year earlier"
    if lemma == "tell" and colon >= 0 and _OTHER_STORY_RE.fullmatch(text, s0, colon):
        stop = colon  # "The figures tell a different story: sales fell": the writer's
    if lemma == "confirm" and (nx := _ACT_NEXT_WORD_RE.match(text, m.end(), stop)):
        w = nx.group(1)  # "confirmed the call came from Ohio": a clause without "that"
        if w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed")):
            return False
    if lemma == "report" and _past_verb_after(text, m.end(), stop):
        return False  # "reported record numbers of voters turned out": a clause
    return _CLAUSE_WORD_RE.search(text, s0, stop) is None


def _titled_object(doc, c, s0, e0):
    """Is the content an act object with a quoted title after it ('wrote a short guide
    to the beach, "The Sand That Stayed," which ...': ``titled_works``)?"""
    return titled_act_object(doc.text, s0, e0, c.lemma, _is_act_object)


def _past_verb_after(text, lo, hi):
    """Does text[lo:hi] (the words after an act object's head) hold a past verb, an
    irregular past or a lower-case "-ed" word of five letters or more, so that the
    object is a clause's subject ("record numbers of voters turned out")?

    >>> _past_verb_after(" of voters turned out", 0, 21), _past_verb_after(" in its report", 0, 14)
    (True, False)
    """
    return any(
        w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))
        for w in _LOWER_WORD_RE.findall(text, lo, hi)
    )


_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")


_ACT_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")


# an -ing word right after the object tells what it says ("wrote a letter
# congratulating the organizers, ..."): the whole content is checked then
_ING_NEXT_RE = re.compile(r"[ \t]+[a-z]+ing\b")


# a relative clause on an asked or answered question tells which question, not what
# was said in it ("asked his father a question that nobody could hear")
_RELATIVE_AFTER_RE = re.compile(r"[ \t](?:that|which|who|whom)[ \t]")


# the idiom "tell a different story" (of figures, records, a face): the words after its
# colon are the writer's account of that story, no clause the verb reports
_OTHER_STORY_RE = re.compile(
    r"(?:(?:a|an|the)[ \t]+(?:very[ \t]+|quite[ \t]+)?(?:different|other|similar|same|whole"
    r"|real|true|familiar|sadder|grimmer|happier|darker|more[ \t]+\w+)|another)[ \t]+story[ \t]*"
)


# a relative clause on a thing told, with or without "that", whose verb is "tell" again
# ("the story (that) the mayor had told", "the joke her father tells"; its subject a
# pronoun, a name or a determiner and a noun, as ``nonspeech.told_thing_relative``)
_TOLD_RELATIVE_RE = re.compile(
    r"(?:[ \t]+(?:that|which))?[ \t]+(?:he|she|they|we|I|you|[A-Z][\w'’\-]*"
    r"|(?:the|a|an|his|her|their|its|our|my|your)[ \t]+[a-z][\w'’\-]*)"
    r"(?:[ \t]+(?:had|has|have|also|already|once|first|earlier))*[ \t]+(?:told|tells|tell)\b"
)


_ACT_OBJECT_END_RE = re.compile(r"[,;()—–]|[ \t]-")  # (not ":": "asked a question: who ...")


# after a quotation, the head of an apposition whose name is the speaker: ', the lawyer'
_APPOSITION_HEAD_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:the|a|an|his|her|their|its|our|[A-Z][a-z][\w\-]*['’]s)[ \t]+"
    r"(?:[a-z][\w’'\-]*[ \t]*){1,4}"
)


# a relative "who" opening an insertion between dashes, up to the cue after it
_DASH_WHO_RE = re.compile(r"(?:[ \t]-|[—–])[ \t]*who[ \t]+(?:[a-z]+[ \t]+){0,2}\Z")


_CLOSING_DASH_RE = re.compile(r"[ \t]-[ \t]|[ \t]?[—–]")


def _closing_dash(masked, s0, e0):
    """Start of the first dash (spaced hyphen or en/em dash) in masked[s0:e0], -1 when
    there is none."""
    m = _CLOSING_DASH_RE.search(masked, s0, e0)
    return -1 if m is None else m.start()


# a relative clause set off by a comma, up to the cue: ", which Lee said", ", who
# officials say"
_COMMA_RELATIVE_RE = re.compile(r",[ \t]+(?:which|who|that)[ \t]+[^,;:\n\x01]{1,40}\Z")


_WHAT_CLAUSE_RE = re.compile(r"\bwhat[ \t]+[^,;:\n\x01]{1,40}\Z")


def _relative_end(doc, c, s0, e0, lex):
    """Where the content s0..e0 of a frame inside a relative clause set off by a comma
    ends: at its first comma ("The plan, which Lee said would fail, passed anyway"
    -> "would fail"), or before the sentence's own verb after a restrictive relative
    on its opening subject (``_subject_relative_cut``); 0 when the frame is no such
    relative or the content has no comma."""
    lo = max(c.ss, c.cs - 60)
    what = False
    if _COMMA_RELATIVE_RE.search(doc.masked, lo, c.cs) is None:
        what = _WHAT_CLAUSE_RE.search(doc.masked, lo, c.cs) is not None
        if not what:  # "The aide who said that A has resigned": before "has"
            return _subject_relative_cut(doc, c, s0, e0)
    if _relative_frame_subject(c, lex) is None:
        return 0 if what else _verb_after_comma(doc.masked, s0, e0)
    cut = doc.masked.find(", ", s0, e0)
    if what and cut > s0:  # "by what the city said was a leak, forced ...": a verb
        w = _FIRST_WORD_RE.match(doc.masked, cut + 1, e0)
        w = "" if w is None else w.group(1)
        if not (w in _VERBISH_NEXT or w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))):
            return 0  # ("what she said is demand for pools, parks and ...": a list)
    return cut if cut > s0 and len(doc.masked[cut:e0].split()) >= 2 else 0


def _relative_or_gap_end(doc, c, s0, e0, lex):
    """``_relative_end``, or the end of an infinitive whose object is a contact
    relative's head ("The divides he promised to bridge have grown": "to bridge",
    ``infinitive_gap_end``); 0 when neither cuts the content s0..e0."""
    return _relative_end(doc, c, s0, e0, lex) or infinitive_gap_end(doc.masked, s0, e0)


def _verb_after_comma(masked, s0, e0):
    """The first ", " in masked[s0:e0] when an auxiliary follows it, else 0: the
    content of a frame whose relative pronoun is its subject ("the Fed, which predicted
    that it would raise rates, has yet to move" -> "it would raise rates") ends where
    the main clause's verb resumes.

    >>> _verb_after_comma("it would raise rates, has yet to move", 0, 37)
    20
    >>> _verb_after_comma("it would raise rates, and then cut them", 0, 39)
    0
    """
    cut = masked.find(", ", s0, e0)
    if cut <= s0:
        return 0
    w = _FIRST_WORD_RE.match(masked, cut + 1, e0)
    return cut if w is not None and w.group(1) in _VERBISH_NEXT else 0


def _indirect_not_speech(lemma, post):
    """Is an unquoted content of ``lemma`` (after the cue when ``post``) no speech: only
    a quotation is heckled ("heckled the premier as she spoke"); a content before
    "demanded" is its object ("the services that Lee demanded.")?

    >>> _indirect_not_speech("heckle", True), _indirect_not_speech("demand", True)
    (True, False)
    """
    return lemma == "heckle" or (lemma in ("demand", "recommend") and not post)


def _after_dateline(text, s0, e0):
    """Start of text[s0:e0] after a dateline that opens it ("TORONTO — Ontario will
    hire ...": the offset of "Ontario"); ``s0`` when there is none."""
    d = DATELINE_RE.match(text, s0, e0)  # (the one dateline matcher)
    return s0 if d is None else d.end()


def _past_dateline(doc, choose, ck):
    """The content ``ck`` before a cue without the dateline that opens its paragraph
    ('HALIFAX — "We are ready," she said': the quotation, direct; "WASHINGTON, Jan 5
    (Reuters) - A, she said": A): a dateline is never speech. ``ck`` when there is none;
    None when nothing is left after it."""
    s0, e0 = ck[0], ck[1]
    if s0 > 0 and doc.text[s0 - 1] != "\n":
        return ck
    d0 = _after_dateline(doc.text, s0, e0)
    return ck if d0 == s0 else doc.content_kind(d0, choose[1])


# after a quotation, a comma and a trailing attribution ('"...," she added')
_TRAILING_ATTRIBUTION_RE = re.compile(r",[\"”’']+[ \t]+[A-Za-z]")


# ' he said' after a quotation, to the end of a content: a pronoun and a verb only
_PRONOUN_TAG_RE = re.compile(r",?[ \t]+(?:he|she|they)[ \t]+([a-z]+)[ \t]*")


def _colon_cut(doc, c, ck, post):
    """The content ``ck`` (mixed) cut at a colon before its one quotation when a
    trailing attribution follows that quotation: after the cue (``post``) the text
    before the colon ('Lee said that A: "B," she added' -> A, B is "added"'s); before
    the cue the quotation ('Lee was blunt: "B," she said' -> B). None otherwise."""
    s0, e0, _kind, bids = ck
    b = doc.blocks[bids[-1]]
    ci = doc.masked.rfind(":", s0, b[0])
    if ci <= s0 or doc.masked[ci + 1 : b[0]].strip():
        return None
    if not post:
        return doc.content_kind(ci + 1, e0) or ck
    if (
        len(bids) == 1
        and not _lead_subordinate_match(doc.masked, c.ss, c.cs)
        and _TRAILING_ATTRIBUTION_RE.search(doc.text, b[1] - 3, b[1] + 2)
    ):
        if not _cue_after(doc, b[1]):  # 'said that A: "B," a view many share': A: "B"
            return doc.content_kind(s0, b[1]) or ck
        return doc.content_kind(s0, ci) or ck
    return None


_TRAIL_WORDS_RE = re.compile(r"[A-Za-z][\w'’-]*|[.!?;]")


def _cue_after(doc, at, span=8):
    """Is there a reporting verb among the first ``span`` words after ``at`` before the
    sentence ends ('..., "B," she added' yes; '..., "B," a view many share' no)?"""
    verbs = doc.lex.verb_lemma
    for k, m in enumerate(_TRAIL_WORDS_RE.finditer(doc.masked, at, at + 120)):
        w = m.group()
        if k >= span or w in ".!?;":
            return False
        if w in verbs:
            return True
    return False


def _tagged_quotation(doc, ck, after_cue, lex):
    """The mixed content ``ck`` cut to its quotation when a trailing "he said" only
    restates a speech participle's speaker: after that participle (``after_cue``) the
    quotation without the tag ('telling a radio host, "B," he said': B), before the
    tag the quotation without the participle's lead ('Roe weighed in, telling a radio
    host, "B," he said': B); None otherwise."""
    s0, e0, _kind, bids = ck
    b0, b1 = doc.blocks[bids[0]], doc.blocks[bids[-1]]
    if after_cue:
        m = _PRONOUN_TAG_RE.fullmatch(doc.text, b1[1], e0)
        if doc.masked[s0 : b0[0]].strip() or m is None or m.group(1) not in lex.verb_lemma:
            return None
        return doc.content_kind(s0, b1[1]) or ck
    if not _ing_cue_opens_quote(doc.masked, s0, b0[0], lex):
        return None
    return doc.content_kind(b0[0], e0) or ck


def _which_some_cut(doc, c, ck, lex):
    """The mixed content ``ck`` of a cue in a comma relative clause whose speaker is a
    quantifier (", which some have argued") cut where that clause ends, when it ends
    before the first quotation ('The vote, which some argued was rigged, was "an
    insult"': "was rigged"); None otherwise ("which she said" is left whole)."""
    s0, e0, _kind, bids = ck
    k = doc.masked.rfind(", which ", max(c.ss, c.cs - 40), c.cs)
    if k < 0 or _WHICH_SOME_END_RE.fullmatch(doc.masked, k, c.cs) is None:
        return None
    cut = _relative_end(doc, c, s0, e0, lex)
    if not s0 < cut < doc.blocks[bids[0]][0]:
        return None
    return doc.content_kind(s0, cut)


def _mixed_before_cue(doc, c, ck, lex):
    """The mixed content ``ck`` before its cue, cut: at a colon ('Lee was blunt: "B,"
    she said': B), to a quotation a speech participle opens ('Roe weighed in, telling
    a radio host, "B," he said': B), or before an apposition's head ('"We wait," the
    lawyer, Jo Ray, said': the head is no content); None when none applies."""
    s0, e0, _kind, bids = ck
    if (cut := _colon_cut(doc, c, ck, post=False)) is not None:
        return cut
    if (cut := _tagged_quotation(doc, ck, False, lex)) is not None:
        return cut
    b1 = doc.blocks[bids[-1]]
    if _APPOSITION_HEAD_RE.fullmatch(doc.masked, b1[1], e0) and doc.masked[s0] == MASK:
        return doc.content_kind(s0, b1[1]) or ck
    return None


def _second_listener_only(doc, c, s0, e0):
    """Is the content of a verb with a listener only a second listener and adjuncts
    ("told staff and actors at a meeting on Monday"): it opens with "and"/"or" and has
    no "that" and no "to" ("told reporters and aides that B", "urged X and Y to B")?"""
    return (
        c.lemma in _OBJECT_VERBS
        and doc.text.startswith(("and ", "or "), s0)
        and _THAT_WORD_RE.search(doc.masked, s0, e0) is None
        and _TO_WORD_RE.search(doc.masked, s0, e0) is None
    )


def _relative_cue(c):
    """Is the cue the verb of a relative clause ("who testified", "which also said"):
    its content, if any, follows it, never the words before the relative pronoun?"""
    toks, k = c.toks, c.k
    j = k - 1
    if j >= 1 and toks[j][2] in ("also", "later", "then", "once", "earlier"):
        j -= 1
    return j >= 0 and toks[j][2] in ("who", "which")


def _named_object(doc, c, post, ck):
    """Is the quotation content after an object verb an object named in a relative
    ('added a triple takeout that Roe called "..."', ("told staff and actors at a
    meeting" is a listener)), the quotation the relative's own frame's?"""
    if not post or c.lemma not in _OBJECT_NP_VERBS or ck[2] == "direct":
        return False
    rel = naming_relative_start(doc.masked, ck[0], ck[1])
    return rel > ck[0] and _is_object_np(doc.text, ck[0], rel, c.lemma)


# a second predicate joined to an intransitive cue, before the quotation: "chanted and
# waved signs reading", "shouted and pointed at" (a lower-case "-ed" verb)
_CONJOINED_PREDICATE_RE = re.compile(r"[ \t]+[a-z]+ed[ \t]")


def _conjoined_predicate_only(text, s0, b0):
    """Does the content text[s0:b0] before its first quotation open with "and" / "or" and
    a lower-case "-ed" verb, with no clause word ("chanted and waved signs reading"): a
    second predicate of the cue's subject, not what was said (not "said and repeated
    that")?

    >>> t = 'and waved signs reading "Fees are a wall."'
    >>> _conjoined_predicate_only(t, 0, t.index('"')), _conjoined_predicate_only(t, 4, 20)
    (True, False)
    """
    fw = _FIRST_WORD_RE.match(text, s0, b0)
    return (
        fw is not None
        and fw.group(1) in ("and", "or")
        and _CONJOINED_PREDICATE_RE.match(text, fw.end(), b0) is not None
        and _CLAUSE_WORD_RE.search(text, fw.end(), b0) is None
    )


def _post_mixed_cut(doc, c, ck, lex):
    """The mixed content ``ck`` after the cue cut at a colon ('Lee said that A: "B," she
    added': A) or to a tagged quotation ('telling a radio host, "B," he said': B); ``()``
    when it is a second predicate, no content ('students chanted and waved signs reading
    "..."'); None when nothing applies."""
    if (cut := _colon_cut(doc, c, ck, post=True)) is not None:
        return cut
    if (cut := _tagged_quotation(doc, ck, True, lex)) is not None:
        return cut
    return () if _conjoined_predicate_only(doc.text, ck[0], doc.blocks[ck[3][0]][0]) else None


def _who_said_cut(doc, c, ck):
    """The content ``ck`` after a "who said" cue cut at the dash closing the relative
    ("Lee - who said he would run - won") or, mixed, at the end of its quotation closed
    on a comma before the main speech verb ('Lee, who said it was "fair, and fast,"
    added that B'; ``relative_quote_ends``); ``ck`` when neither applies, None when the
    cut leaves nothing."""
    s0, e0, kind, bids = ck
    if (
        doc.masked.find("who", max(c.ss, c.cs - 40), c.cs) >= 0
        and _DASH_WHO_RE.search(doc.masked, max(c.ss, c.cs - 40), c.cs) is not None
        and (cut := _closing_dash(doc.masked, s0, e0)) > s0
    ):
        ck = doc.content_kind(s0, cut)
        if ck is None:
            return None
        s0, e0, kind, bids = ck
    if kind != "mixed":
        return ck
    cut = relative_quote_end(doc.text, doc.blocks, bids, c.cs, c.ss, e0)
    return doc.content_kind(s0, cut) if cut > s0 else ck


def _frame_content(doc, c, choose, post, frame_hi, lex):
    """(start, end, kind, block ids) of the chosen side's content; None: short, or no speech."""
    # ('"A," said Dr. Roe, a surgeon who testified by video': no content before the cue)
    if (ck := doc.content_kind(*choose)) is None or (choose is not post and _relative_cue(c)):
        return None
    if choose is not post and (ck := _past_dateline(doc, choose, ck)) is None:
        return None  # 'HALIFAX — "A," she said', "TORONTO — Ontario will hire ..., she said"
    s0, e0, kind, bids = ck
    if kind == "mixed" and choose is post:
        lead = doc.masked[s0 : doc.blocks[bids[0]][0]]
        ci = lead.rfind(":")
        if (
            ci >= 0
            and not lead[ci + 1 :].strip()
            and len(lead[:ci].split()) <= 8
            and _CLAUSE_WORD_RE.search(lead, 0, ci) is None
        ):  # 'responded pointedly, with a smile: "..."': the quotation after the colon
            return doc.content_kind(s0 + ci + 1, e0) or ck
        if (cut := _post_mixed_cut(doc, c, ck, lex)) is not None:
            return cut or None  # (a colon, a tag, or () for no content: see there)
        fw = _FIRST_WORD_RE.match(doc.text, s0, e0)
        if (
            fw is not None
            and fw.group(1).lower() in _NOT_CONTENT_START
            and (th := _THAT_SOON_RE.match(doc.masked, s0, e0)) is not None
            and th.end() <= doc.blocks[bids[0]][0]
        ):  # 'said in a post on social media that she was "deeply concerned"'
            if _ing_cue_before_that(doc.text, s0, th.end(), lex):
                return None  # 'responded, with Lee saying that it was "a mess"'
            return doc.content_kind(th.end(), e0) or ck
    if kind == "mixed" and choose is not post and (cut := _mixed_before_cue(doc, c, ck, lex)):
        return cut
    if (
        kind == "mixed"
        and choose is post
        and not c.is_acc
        and _lead_subordinate_match(doc.masked, c.ss, c.cs)
        and (cut := _subordinate_cut(doc, s0, e0, bids)) > s0
    ):  # "When Lee said that A, Ray fired back: '...'": the content ends at the comma
        ck = doc.content_kind(s0, cut)
        if ck is None:
            return None
        s0, e0, kind, bids = ck
    if choose is post and (ck := _who_said_cut(doc, c, ck)) is None:
        return None  # "Lee - who said he would run - won": the content ends at the dash
    s0, e0, kind, bids = ck
    if choose is post and kind == "indirect" and (cut := _relative_or_gap_end(doc, c, s0, e0, lex)):
        e0 = cut  # "The plan, which Lee said would fail, passed": the content ends at the comma
        ck = (s0, e0, kind, bids)
    elif choose is post and kind == "mixed" and (cut_ck := _which_some_cut(doc, c, ck, lex)):
        ck = cut_ck  # 'The vote, which some argued was rigged, was "an insult"': "was rigged"
        s0, e0, kind, bids = ck
    if c.lemma == "accuse" and (choose is post or kind != "direct"):
        return _accuse_content(doc, c, s0, e0) if choose is post else None
    if kind == "indirect" and _indirect_not_speech(c.lemma, choose is post):
        return None  # "heckled the premier as she spoke", "the services that Lee demanded."
    if choose is post and (ck := _cut_content(doc, c, ck, lex)) is None:
        return None  # (", an admission that ...": the writer's comment is cut)
    s0, e0, kind, bids = ck
    if kind == "mixed" and choose is post and (cut := _own_clause_cut(doc, c, s0, e0, lex)) > s0:
        ck = doc.content_kind(s0, cut) or ck  # 'Lee said A "B," but he gave C': A "B"
        s0, e0, kind, bids = ck
    if kind == "mixed" and choose is post and _titled_object(doc, c, s0, e0):
        return None  # 'wrote a short guide, "The Sand That Stayed,"': a title (titled_works)
    if kind != "indirect" or _second_listener_only(doc, c, s0, e0):
        return None if kind == "indirect" or _named_object(doc, c, choose is post, ck) else ck
    text = doc.text
    if c.is_acc and choose is not post and (m := _THAT_IS_RE.match(text, s0, e0)):
        return m.start(1), m.end(1), kind, bids  # "That's according to X": "That"
    if choose is post and not c.is_acc and _ends_lead_clause(doc, c, s0):
        return None  # "When the talks concluded, Lee said ...": the main clause is no content
    if (
        choose is post
        and not c.is_acc
        and (
            _lead_subordinate_match(doc.masked, c.ss, c.cs)
            or (_LEAD_AS_RE.match(doc.masked, c.ss, c.cs) and "," not in doc.masked[c.ce : s0])
        )
        and (cut := doc.masked.find(", ", s0, e0)) > s0
        and len(doc.masked[cut:e0].split()) >= 3
    ):
        e0 = cut  # "While Lee said the plan failed, others ...": the content ends at the comma
        ck = (s0, e0, kind, bids)
    if choose is post and c.lemma in _OBJECT_VERBS and (lt := _listener_that_end(text, s0, e0)):
        s0 = lt  # "told Jewish leaders that ...": the rest of the listener, then "that"
        ck = (s0, e0, kind, bids)
    if choose is post and not c.is_acc and (cut := _own_clause_cut(doc, c, s0, e0, lex)) > s0:
        e0 = cut  # "Lee said A, but she declined to ...": the content ends before "but"
    if choose is post and not c.is_acc and (cut := infinitive_new_clause_cut(text, s0, e0)) > s0:
        e0 = cut  # "Lee vowed to fight, but the council voted": "to fight"
    if len(text[s0:e0].split()) < 2 and text[s0:e0].lower() not in ("yes", "no"):
        return None  # "admitted he", "said so" (but "most growers said yes")
    if choose is post and _no_content_object(c, text, s0, e0):
        return None  # "said little about it": an amount; "told only her coach": a listener
    if (
        choose is post
        and c.lemma in _OBJECT_NP_VERBS
        and _is_object_np(text, s0, e0, c.lemma)
        and not _THAT_WORD_RE.search(doc.masked[frame_hi:s0])  # "reported that six ..."
    ):
        return None  # "Carolina added three goals", "reported a loss"
    if (
        choose is post
        and _is_act_object(text, s0, e0, c.lemma)
        and not (c.lemma == "say" and c.cue.lower().startswith("saying"))  # (PolNeAR's row)
        and not _THAT_WORD_RE.search(doc.masked[frame_hi:s0])
    ):
        return None  # "claimed a victory in Ohio", "asked a question", "wrote a book"
    if choose is post and not c.is_acc:
        fw = _FIRST_WORD_RE.match(text, s0, e0)
        if (
            fw is not None
            and doc.masked[frame_hi:s0].strip() == ","
            and "," not in doc.masked[c.ss : c.cs]  # (not "X is, they say, imposing")
            and _GERUND_NOT_SPEECH_RE.fullmatch(fw.group(1)) is not None
        ):
            return None  # 'Roe said, laughing at the memory.': a manner, no content
        if (
            fw is not None
            and fw.group(1).lower() in _NOT_CONTENT_START
            and not _THAT_WORD_RE.search(doc.masked[frame_hi:s0])
            and _start_opens_no_clause(c, text, doc.masked, s0, e0)
        ):  # ("at least six planes ..." opens a clause; "add up to" is no speech)
            th = _THAT_SOON_RE.match(text, s0, e0)
            if fw.group(1).lower() == "to" and c.lemma in _PROMISE_VERBS:
                pass  # "pledged to enact reform": the pledge is the content
            elif (
                fw.group(1).lower() == "to"
                and c.lemma in _DIRECTIVE_VERBS
                and _HAS_WORD_RE.search(doc.masked[frame_hi:s0]) is not None
                and "," not in doc.masked[frame_hi:s0]  # "told them, to loud applause"
                and _TO_VERB_RE.match(text, s0, e0) is not None
            ):
                pass  # "urged voters to reject it": the request is the content
            elif (rq := _request_after_place(doc, c, s0, e0, frame_hi)) > 0:
                s0 = rq  # "urged residents in nearby towns to leave": the request
            elif th is not None:
                if _ing_cue_before_that(text, s0, th.end(), lex) or _that_rel(doc.masked, s0, e0):
                    return None  # "with Lee saying that ...": Lee's; "after a meeting that ran"
                s0 = _past_result_clause(doc.masked, fw.start(1), th.end(), e0)  # "added that"
            elif (
                lex.verb_lemma.get(c.form.split()[-1]) in _PREP_PRONE
                or len(text[s0:e0].split()) < 7
                or fw.group(1).lower() in ("to", "for", "about", "of", "with", "as")
                or _place_phrase_only(text, s0, e0, fw.group(1))
            ):
                return None  # "added to his lead", "asked for money"
    return s0, e0, kind, bids


# a fronted purpose "for X to <verb>" and then a pronoun subject and a finite auxiliary:
# the start of a reported clause ("say for the party to win they will have to B")
_FOR_TO_CLAUSE_RE = re.compile(
    r"for[ \t]+(?:[\w’'\-]+[ \t]+){1,6}?to[ \t]+[a-z]+\b[^.;:!?\x01\n]{0,100}?[ \t,]"
    r"(?:they|he|she|it|we|you|I)[ \t]+(?:will|would|must|should|can|could|may|might|need"
    r"|needs|has|have|had|is|are|was|were)\b"
)


# cues of a statement (not a request: "asked for the city to act before it was late")
_FOR_TO_CLAUSE_LEMMAS = frozenset(
    "say argue insist warn predict believe think claim suggest note add".split()
)


def _start_opens_no_clause(c, text, masked, s0, e0):
    """Does the content after a cue that opens with a preposition open no clause: not an
    amount ("at least six planes landed", but "add up to" is no speech) nor a fronted
    purpose of a statement ("say for the party to win it will have to B")?"""
    if c.lemma != "add" and _AMOUNT_START_RE.match(text, s0, e0) is not None:
        return False
    return c.lemma not in _FOR_TO_CLAUSE_LEMMAS or _FOR_TO_CLAUSE_RE.match(masked, s0, e0) is None


_PLACE_DETS = frozenset("a an the his her its their this that these those my our your".split())


# prepositions of a place or a time that may open the adjunct after a frame
_PLACE_TIME_PREPS = frozenset(
    "at in on during after before outside inside near behind beside across around".split()
)


def _place_phrase_only(text, s0, e0, first):
    """Is text[s0:e0], opening with the preposition ``first``, only a place or time
    phrase with no clause ("conceded in a short speech| at his campaign office
    downtown shortly after 10 p.m.")? Then the frame has no content."""
    if first.lower() not in _PLACE_TIME_PREPS or e0 - s0 > 160 or ", " in text[s0:e0]:
        return False  # ("in a column, doing interviews gives ...": a clause after the comma)
    words = _WORDS_RE.findall(text, s0, e0)
    return (
        len(words) > 1
        and (words[1][:1].isupper() or words[1][:1].isdigit() or words[1].lower() in _PLACE_DETS)
        and not _holds_clause(words)
    )  # (not "argued in favor of ...": no place or time)


# the rest of a listener after the skipped head noun, then the request: "(residents) of
# nearby towns to sign up", "(drivers) in the area to slow down"
_PLACE_THEN_TO_RE = re.compile(
    r"(?:in|of|from|across|near|on|at|around|throughout)[ \t]+(?:[\w’'\-]+[ \t]+){1,4}?"
    r"(?P<to>to)[ \t]"
)


def _request_after_place(doc, c, s0, e0, frame_hi):
    """Start of the request ("to leave") when a directive verb's content text[s0:e0]
    opens with the rest of its listener, a place or "of" phrase, and then "to <verb>"
    ("urged residents| in nearby towns to leave"); -1 otherwise."""
    if c.lemma not in _DIRECTIVE_VERBS or "," in doc.masked[frame_hi:s0]:
        return -1
    mt = _PLACE_THEN_TO_RE.match(doc.text, s0, e0)
    if mt is None or _TO_VERB_RE.match(doc.text, mt.start("to"), e0) is None:
        return -1
    return mt.start("to")


# "..., but/and he|she|<the subject's name> <verb>" or "... but declined to ...": a
# second clause of the reporting sentence's own subject, after the reported content
_OWN_CLAUSE_RE = re.compile(
    r",?[ \t]+(?:but|and)[ \t]+(?:(?P<subj>he|she|[A-Z][\w'’-]+)[ \t]+)?(?:then[ \t]+|also[ \t]+)?"
    r"(?P<verb>[a-z]+)\b(?:[ \t]+(?P<next>[a-z]+))?"
)


# a quotation closed by its comma right before the match ('said A "B," but he gave ...')
_COMMA_QUOTE_END_RE = re.compile(r",(?:[\"”’]|'')\Z")


# verbs of the speaker's own conduct right after "but"/"and" with no subject ("said A
# but declined to say more", "but stopped short of")
_OWN_ACTS = frozenset(
    "declined refused stopped offered gave provided implied hinted conceded acknowledged "
    "admitted stressed emphasized emphasised".split()
)


# auxiliaries between an apposition's closing comma and the cue ("..., Bo Ray, have said")
_APPOSITION_AUX = frozenset("have has had".split())


def _apposition_before_aux(toks, k, lex):
    """Char span of the speaker of "Two members, Ann Lee and Bo Ray, have said": the
    apposition before the comma, as with a plain "said" (``_apposition_speaker``),
    when have/has/had stands between the comma and the cue token ``k``; else None."""
    b = _before_adjuncts(toks, k)
    if (
        b < 2
        or toks[b][2] != ","
        or not any(toks[x][2].lower() in _APPOSITION_AUX for x in range(b + 1, k))
    ):
        return None
    span = _apposition_speaker(toks, b, lex)
    if span is None:
        return None
    w0 = next((t[2] for t in toks if t[0] == span[0]), "")
    if not w0[:1].isupper() or w0.lower() in _DETS:
        return None  # a name only ("The candidates, both from the city, have said")
    return span


# the sentence's opening subject up to a restrictive relative holding the cue: "The
# hacker who revealed", "A nurse that warned", also after a fronted adjunct and its
# comma ("In March, a nurse who said")
_OPENING_RELATIVE_RE = re.compile(
    r"(?:The|A|An|[A-Z][^,;:\x01\n]{1,60},[ \t]+(?:the|a|an))[ \t]+"
    r"(?:[a-z][\w’'\-]*[ \t]+){1,4}(?:who|that)[ \t]+(?:[a-z]+ly[ \t]+)?\Z"
)


_FINITE_AUX = frozenset(
    "was were is are has have had will would can could should may might must did does".split()
)


_MATRIX_VERBS = _FINITE_AUX | {"said", "says", "told", "tells"}


# modals whose bare verb ends a clause ("would fail"), and verbs that take a participle
# as their complement ("would get fired", "felt relieved"), so no clause ends after them
_MODALS = frozenset("will would can could should may might must did does do".split())
_PARTICIPLE_TAKERS = frozenset(
    "be been being get got feel felt seem seemed look looked become became remain "
    "remained stay stayed appear appeared go went keep kept".split()
)


_NOT_BEFORE_MATRIX = _FINITE_AUX | frozenset(
    "that who which and or but not never also he she it they we i you there to be been".split()
)


_WORD_RE = re.compile(r"[\w’'\-]+|[^\w\s]")


def _subject_relative_cut(doc, c, s0, e0):
    """Where the content s0..e0 of a cue inside a restrictive relative on the sentence's
    opening subject ends: before the sentence's own verb, a finite verb after the
    content's own with no new subject before it ("The hacker who revealed that the bank
    had been breached was sentenced Tuesday" -> "the bank had been breached"); 0 when
    the cue is no such relative or no such verb follows.

    >>> t = "The aide who said that the plan was flawed has resigned."
    >>> _subject_relative_cut(type("D", (), {"masked": t, "text": t}), type("C", (), {"ss": 0, "cs": 13}), 23, 56)
    42
    """
    if _OPENING_RELATIVE_RE.fullmatch(doc.masked, c.ss, c.cs) is None:
        return 0
    own, prev, prev2 = False, "", ""
    for m in _WORD_RE.finditer(doc.text, s0, e0):
        w = m.group()
        if not own:
            own = w in _FINITE_AUX or w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))
        elif w in _MATRIX_VERBS and prev.lower() not in _NOT_BEFORE_MATRIX and prev.isalpha():
            return m.start() - 1 if m.start() - 1 > s0 else 0
        elif w == "," or (_past_form(w) and prev not in _FINITE_AUX and prev != "been"):
            if w != "," and _predicate_end(prev2, prev):
                return m.start() - 1  # "who said the plan would fail resigned on Friday"
            return 0  # ("... like them supported Sanders, but ... was": a verb not read)
        prev2, prev = prev, w
    return 0


def _predicate_end(before, word):
    """Does ``word`` (after ``before``) close a clause's predicate, so that a past verb
    right after it is a new clause's verb: a bare verb after a modal ("would fail") or a
    participle after be/have ("was tired", "had failed"); not a noun ("was jobs"), which a
    participle may modify ("workers hired in May"), nor a verb taking a participle ("would
    get fired").

    >>> _predicate_end("would", "fail"), _predicate_end("was", "jobs")
    (True, False)
    """
    if word.lower() in _PARTICIPLE_TAKERS or not word.isalpha():
        return False
    if before in _MODALS:
        return True
    return before in _FINITE_AUX and _past_form(word)


def _own_clause_cut(doc, c, s0, e0, lex):
    """Where indirect content text[s0:e0] gives way to a second clause of the
    reporting sentence's own subject: ", but she declined", ", and Lee left", "but
    stopped short of"; -1 when there is none (or fewer than two words before it).

    The subject written again, after a comma, must be "he"/"she" (not when the content
    opens with a name that may be "he"/"she": "argued Obama won, and he ...") or a
    capitalised word of the subject right before the cue; with no subject, the verb
    must be one of the speaker's own acts (``_OWN_ACTS``), since "said the firm grew
    and hired staff" goes on with the content's subject."""
    text = doc.text
    i = text.find(" but ", s0, e0)
    j = text.find(" and ", s0, e0)
    if i < 0 and j < 0:
        return -1
    lo = min(x for x in (i, j) if x >= 0)
    for m in _OWN_CLAUSE_RE.finditer(text, max(s0, lo - 1), e0):
        if len(text[s0 : m.start()].split()) < 2 or MASK in doc.masked[m.start() : m.end()]:
            continue
        subj, verb = m.group("subj"), m.group("verb")
        if subj is None:
            if verb in _OWN_ACTS:
                return m.start()
            if c.cs in doc.shared_cues and text[m.start()] != "," and _past_form(verb):
                return m.start()  # "she thanked X, said A and went back to work": a third verb
            continue
        if text[m.start()] != "," and not _COMMA_QUOTE_END_RE.search(text, s0, m.start()):
            continue  # ("told them he expects A and he is B": one content; 'A "B," but he')
        if subj[0].isupper():
            if subj not in doc.masked[max(c.ss, c.cs - 30) : c.cs].split():
                continue
        elif (fw := _FIRST_WORD_RE.match(text, s0, e0)) is not None:
            w = fw.group(1)
            g = lex.gender.get(w.lower())
            if (
                w[:1].isupper()
                and w not in ("I", "He", "She")
                and g != ("m" if subj == "she" else "f")
            ):
                continue  # ("Obama got money, and he signed": the content's subject)
        return m.start()  # (after a subject, any lower-case word: "she left", "he never")
    return -1


# ", an apparent admission that ...": a comma (or a quotation ending in one), "a"/"an"
# and the next words
_COMMENT_APPOSITION_RE = re.compile(
    r"(?:,|\x01)[ \t]+an?[ \t]+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})"
)


def _cut_content(doc, c, ck, lex):
    """``_without_comment`` of the content ``ck``, first cut before a new clause naming
    another speaker ("Lee said A, and the group's director, Tom Vale, called ...": A)."""
    s0, e0, kind, _bids = ck
    if (
        not c.is_acc
        and kind != "direct"
        and (cut := speaker_clause_cut(doc.masked, s0, e0, lex)) > s0
    ):
        if (ck := doc.content_kind(s0, cut)) is None:
            return None
    return _without_comment(doc, ck)


def _without_comment(doc, ck):
    """The content ``ck`` (start, end, kind, block ids) of indirect or mixed speech
    without the writer's comment after it (``_comment_apposition_cut``: "Lee said taxes
    would rise, an admission that ..."), None when nothing is left."""
    s0, e0, kind, _bids = ck
    if kind not in ("indirect", "mixed"):
        return ck
    cut = _comment_apposition_cut(doc.text, doc.masked, s0, e0)
    return ck if cut <= s0 else doc.content_kind(s0, cut)


def _comment_apposition_cut(text, masked, s0, e0):
    """Where reported content text[s0:e0] gives way to the writer's comment on it, a
    noun phrase after a comma whose head, after at most two modifiers, is a
    ``comment_nouns`` word followed by a lower-case word ("Lee said taxes would rise,
    an admission that ...", '... "no plan," a veiled reference to Roe'); -1 when there
    is none or fewer than three words stand before it. ``masked`` hides quotations.

    >>> t = "taxes will rise next year, an apparent admission that it hurt"
    >>> _comment_apposition_cut(t, t, 0, len(t))
    25
    >>> t = "the city will buy a bus, a sign, and a truck"
    >>> _comment_apposition_cut(t, t, 0, len(t))
    -1
    """
    nouns = comment_nouns()
    for m in _COMMENT_APPOSITION_RE.finditer(masked, s0, e0):
        cut = m.start()
        if masked[cut] == MASK:
            if text[cut - 1 : cut] != ",":
                continue  # ('"no plan" a ...': no comma)
            cut += 1  # (the quotation stays in the content)
        words = m.group(1).split()
        if any(w in nouns for w in words[:3][: len(words) - 1]) and (
            len(masked[s0:cut].split()) >= 3
        ):
            return cut
    return -1


# ', telling a radio host on Monday, ' right before a quotation: a speech participle
# and up to eight words without a comma, then a comma
_ING_LEAD_RE = re.compile(r",[ \t]+([a-z]+ing)((?:[ \t]+[^\s,.;:!?]+){0,8}),[ \t]*")


def _ing_cue_opens_quote(masked, s0, b, lex):
    """Does the lead masked[s0:b] before a quotation that a trailing "he said" attributes
    end in a speech participle ("Roe weighed in, telling a radio host, '...,' he said"),
    so that the participle introduces the quotation and the lead is no content?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Roe weighed in, telling a radio host on Monday, "
    >>> _ing_cue_opens_quote(t, 0, len(t), lexicon())
    True
    >>> t = "Roe spoke of the morning, standing in the rain, "
    >>> _ing_cue_opens_quote(t, 0, len(t), lexicon())
    False
    """
    lo = max(s0, b - 90)
    k = clause_comma_rfind(masked, lo, b - 1)
    while k >= lo:
        m = _ING_LEAD_RE.match(masked, k, b)
        if m is not None and m.end() == b:
            return lex.verb_lemma.get(m.group(1)) is not None
        k = clause_comma_rfind(masked, lo, k)
    return False


def _ing_cue_before_that(text, s0, hi, lex):
    """Do the words text[s0:hi] before a "that" open an absolute construction with a
    name and a speech participle ("with Lee saying"), so the "that" clause is that
    participle's content, not an earlier cue's ("responded, with Lee saying that ...")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _ing_cue_before_that("with Lee saying that it", 0, 24, lexicon())
    True
    >>> _ing_cue_before_that("with a note saying that it", 0, 26, lexicon())
    False
    """
    words = text[s0:hi].split()
    if len(words) < 3 or words[0].lower() != "with":
        return False
    for i, w in enumerate(words[2:], 2):
        if w in lex.verb_lemma and w.endswith("ing"):
            return any(_is_cap(x) for x in words[1:i])
    return False


def _accuse_content(doc, c, s0, e0):
    """The content of an "accuse" cue whose words after it are doc.text[s0:e0]: the
    charge, from the "of" after the listener to the end of the relative clause the
    cue is in or to the subject's next predicate; None when there is no "of".

    ("accused the council of hiding the report and demanded an inquiry": "of hiding
    the report"; "Roe, who accused Vale of lying, said ...": "of lying")
    """
    mo = _ACCUSED_OF_RE.match(doc.masked, s0, e0)
    if mo is None:
        return None
    if _RELATIVE_CUE_RE.search(doc.masked, max(c.ss, c.cs - 30), c.cs):
        mr = _RELATIVE_END_RE.search(doc.masked, mo.end(1), e0)
        e0 = e0 if mr is None else mr.start()
    for ma in _AND_PREDICATE_RE.finditer(doc.masked, mo.end(1), e0):
        if ma.group(1).endswith("ed") or ma.group(1) in _IRREGULAR_PAST:
            e0 = ma.start()
            break
    ck = doc.content_kind(mo.start(1), e0)
    if ck is None:
        return None
    return ck if len(doc.text[ck[0] : ck[1]].split()) >= 2 else None


# the listener of "accuse" (one to six words, no comma, or a name and its apposition
# between commas: "accused Roe, the senator from Ohio, of") and the "of" of the charge
_ACCUSED_OF_RE = re.compile(
    r"(?:(?:[^\s,;:.]+[ \t]+){1,6}?"
    r"|(?:[^\s,;:.]+[ \t]+){0,3}[^\s,;:.]+,[ \t]+(?:[^\s,;:.]+[ \t]+){1,8}?[^\s,;:.]+,[ \t]+)"
    r"(of)[ \t]"
)


# a relative pronoun before the cue ("who has long accused", "whom she accused"), and
# where such a clause ends: a comma or the main clause's verb ("... of fraud said ...")
_RELATIVE_CUE_RE = re.compile(r"\b(?:who|whom|which|that)(?:[ \t]+[\w.’'\-]+){0,3}[ \t]+\Z")


_RELATIVE_END_RE = re.compile(
    r",|[ \t](?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must"
    r"|did|does|said|says|told|tells)\b"
)


# "and" then a past-tense verb: the subject's next predicate ("and demanded an inquiry")
_AND_PREDICATE_RE = re.compile(r",?[ \t]+and[ \t]+(?:then[ \t]+|also[ \t]+)?([a-z]+)\b")


# a present participle after "said," that is no speech ("laughing", "pointing to",
# "shaking her head"): speech participles ("adding", "noting", "saying") are content
_GERUND_NOT_SPEECH_RE = re.compile(
    r"(?!(?:adding|noting|saying|arguing|insisting|warning|explaining|stressing|suggesting"
    r"|claiming|acknowledging|admitting|conceding|recalling|asking|urging|calling|telling"
    r"|according|citing|referring|during|including|following|regarding|concerning"
    r"|nothing|something|everything|anything)\b)[a-z]{3,}ing"
)


def _subordinate_cut(doc, s0, e0, bids):
    """Where the content of a cue in an opening subordinate clause ends ("When Lee
    said that A, Ray ..."; 'While Lee said the plan "will fail," others ...'): the
    first comma, in the text or closing a quotation, with a clause after it; -1 if none."""
    masked, text = doc.masked, doc.text
    cut = masked.find(", ", s0, e0)
    cut = e0 if cut < 0 else cut
    for b in bids:
        b0, b1 = doc.blocks[b][0], doc.blocks[b][1]
        if b0 >= cut:
            break
        if text[doc.blocks[b][2] : doc.blocks[b][3]].rstrip()[-1:] == ",":
            cut = b1
            break
    if cut >= e0 or len(masked[cut:e0].split()) < 2 or not _HAS_W_RE.search(masked, s0, cut):
        return -1
    return cut


# the end of a listener that the object skip left, then "that": "(told) Jewish leaders
# that", "(told) Randolph and others that" (no determiner or pronoun before "that": "the
# plan that he liked"; a subject after it: "agencies that dealt with" is a relative clause)
_LISTENER_TAIL_THAT_RE = re.compile(
    r"(?:(?!(?:the|a|an|this|these|those|he|she|it|they|we|i|you|there|if|whether|what|how|why"
    r"|who|when|where|just|so|such|all|now)\b)[\w'’\-]+[ \t]+){1,3}"
    r"that[ \t]+(?=[A-Z\d]|(?:he|she|it|they|we|i|you|there|the|a|an|his|her|their|its|this)\b)",
)


# a pronoun listener and "that" at the start of the content: "tells you that A"
_PRONOUN_LISTENER_THAT_RE = re.compile(r"(?:you|me|us|him|her|them)[ \t]+that[ \t]+")


# a listener whose head is a people noun, then up to three place, occasion or "of"
# phrases, then "that" and a subject: "(assured) investors in a conference call that A",
# "(told) a crowd of several hundred picketers outside the plant in Sherbrooke that A"
_LISTENER_ADJUNCT_THAT_RE = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|some|several|about)[ \t]+)?(?:[\w’'\-]+[ \t]+){0,3}?"
    r"(?:crowd|audience|gathering|group|meeting|rally|" + _AUDIENCES + r"|[a-z]{3,}(?:ers|ors|ists"
    r"|ants|ents|ians|ees))"
    r"(?:[ \t]+(?:in|at|on|outside|inside|during|near|before|from|of|across)"
    r"(?:[ \t]+(?:[\w’'\-]+|\d{1,3}(?:,\d{3})+)){1,5}?){1,3}"
    r"[ \t]+that[ \t]+(?=[A-Z\d]|(?:he|she|it|they|we|i|you|there|the|a|an|his|her|their|its|this)\b)"
)


def _listener_that_end(text, s0, e0):
    """The end of a listener and "that" opening the content s0..e0 of "tell"/"inform"
    ("told Jewish leaders that A", "tells you that A", "assured investors in a call
    that A"), or 0.

    >>> t = "investors in a conference call that the plant stays open"
    >>> t[_listener_that_end(t, 0, len(t)) :]
    'the plant stays open'
    """
    m = (
        _LISTENER_TAIL_THAT_RE.match(text, s0, e0)
        or _PRONOUN_LISTENER_THAT_RE.match(text, s0, e0)
        or _LISTENER_ADJUNCT_THAT_RE.match(text, s0, e0)
    )
    return 0 if m is None else m.end()


# a sentence that opens with a subordinate clause holding the cue ("While Lee said
# ..., others ..."): the cue's content ends at the clause's comma ("As X reported, ..."
# is a frame of its own)
_LEAD_SUBORDINATE_WORDS = (
    r"[ \t\n]*(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ii]f|[Aa]lthough|[Tt]hough|[Ww]hile|[Ss]ince"
    r"|[Bb]ecause|[Oo]nce|[Uu]ntil|[Ww]hereas|[Uu]nless"
    # a span of time before "after" / "before": "Weeks after Lee said A, B", "Just two
    # days before the mayor announced ..., B"
    r"|(?i:(?:(?:just|only|even|shortly|less[ \t]+than|more[ \t]+than)[ \t]+)?"
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+few|few|several"
    r"|\d{1,3})[ \t]+)?(?:minute|hour|day|week|month|year|moment)s?[ \t]+(?:after|before)))\b[^,;:\x01]*\Z"
)
# (or after a lead-in and its colon: "Update: When Lee said A, B")
_LEAD_SUBORDINATE_RE = re.compile(r"(?:[^;:\x01\n]*:[ \t]+)?" + _LEAD_SUBORDINATE_WORDS)
# the same without the colon's lead-in, for a range with no colon (no scan to a colon)
_LEAD_SUBORDINATE_PLAIN_RE = re.compile(_LEAD_SUBORDINATE_WORDS)


def _lead_subordinate_match(masked, lo, hi):
    """``_LEAD_SUBORDINATE_RE.match(masked, lo, hi)``, the cheap way when masked[lo:hi]
    holds no colon (the lead-in before a colon cannot match then).

    >>> t = "When Lee said it, others left"
    >>> _lead_subordinate_match(t, 0, 13) is not None, _lead_subordinate_match(t, 5, 13)
    (True, None)
    >>> _lead_subordinate_match("Update: When Lee said", 0, 21) is not None
    True
    """
    if masked.find(":", lo, hi) < 0:
        return _LEAD_SUBORDINATE_PLAIN_RE.match(masked, lo, hi)
    return _LEAD_SUBORDINATE_RE.match(masked, lo, hi)


# "By the time the hearing ended, ...": a time clause like those above
_LEAD_BY_THE_TIME_RE = re.compile(r"[ \t\n]*[Bb]y[ \t]+the[ \t]+time\b[^,;:\x01]*\Z")


# what may sit between a cue that closes an opening subordinate clause and its comma:
# a short time adverbial ("concluded on Friday,", "testified last week,")
_CUE_THEN_CLAUSE_COMMA_RE = re.compile(
    r"(?:[ \t]+(?:on|last|this|early|late|earlier|later|in|at)(?:[ \t]+[\w'’]+){1,2})?[ \t]*,[ \t]*"
)


def _ends_lead_clause(doc, c, s0):
    """Does cue ``c`` end an opening subordinate clause, so that the text after its
    comma is the main clause and no content of the cue ("When the talks concluded,
    Lee said ..."; "After Pell testified on Friday, the panel voted")? "As X noted, A"
    is an aside whose content is A, and "When Lee said, in a statement, that ..." has
    its content after "that": both stay."""
    if doc.masked[c.ce : c.ce + 1] not in (",", " "):
        return False
    gap = _CUE_THEN_CLAUSE_COMMA_RE.match(doc.masked, c.ce, s0)
    if gap is None or gap.end() != s0:
        return False
    if (
        _lead_subordinate_match(doc.masked, c.ss, c.cs) is not None
        or _LEAD_BY_THE_TIME_RE.match(doc.masked, c.ss, c.cs) is not None
    ):
        return True
    # "As the meeting concluded, Lee said ...": an "as" clause is an aside whose
    # content is the main clause, unless that clause is a report of its own
    return (
        _LEAD_AS_RE.match(doc.masked, c.ss, c.cs) is not None
        and _MAIN_CLAUSE_REPORT_RE.match(doc.masked, s0, c.se) is not None
    )


# a main clause that opens with its own report: a short subject, then a finite cue
# ("Lee said", "the mayor told", "many voters have said")
_MAIN_CLAUSE_REPORT_RE = re.compile(
    r"(?:[\w.'’\-]+[ \t]+){1,5}?(?:(?:has|have|had|also|later)[ \t]+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|announced|declared|insisted|argued)\b"
)


# a quantifier that opens a clause's subject, not a preposition: "at least six
# planes flew", "up to 40 people were hurt", "as many as 300 homes flooded"
_AMOUNT_START_RE = re.compile(
    r"(?:at[ \t]+(?:least|most)|up[ \t]+to|as[ \t]+(?:many|much|few)[ \t]+as"
    r"|(?:about|around|over)[ \t]+(?:half|a[ \t]+(?:third|quarter|fifth|dozen|million|billion)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|[$€£¥]?\d+))\b",
    re.I,
)


# a listener limited by a quantifier, the whole content of "tell"/"inform": "(broke her
# wrist and told) only her coach", "(told) no one", "(informed) just two friends"
_LIMITED_LISTENER_RE = re.compile(
    r"(?:only|just|even|no[ \t]+one|nobody|no|everyone|everybody|anyone|few)\b"
    r"(?:[ \t]+[\w’'\-]+){0,4}[ \t]*[.,;]?[ \t]*\Z",
    re.I,
)


# a naming, not speech: "(proclaimed) it Margaret Ferrier Day", "(declared) it Heritage
# Week": a pronoun object and a capitalised name
_NAMED_OCCASION_RE = re.compile(
    r"(?:it|this|him|her|them)[ \t]+(?:[A-Z][\w’'\-]*[ \t]*){1,5}[.,;]?[ \t]*\Z"
)


def _no_content_object(c, text, s0, e0):
    """Is text[s0:e0], the content after cue ``c``, an amount ("said little about the
    plan", "said a lot"), only a date ("Announced March 23, 2015": a list entry), whom
    "report" answers to ("reported directly to the chief executive"), a
    coordinated verb or clause right after the cue or a dash after it ("the protester
    yelled and held up a sign", "which he has denied and which ...", "as Lee has said -
    and he can ...") or, right after the cue, only a listener or a naming
    (:func:`_listener_or_name_only`)?"""
    if _DATE_ONLY_RE.fullmatch(text, s0, e0):
        return True
    if _QUANTITY_OBJECT_RE.match(text, s0, e0) and not _quantity_clause_subject(c, text, s0, e0):
        return True
    if _TIME_LATER_RE.fullmatch(text, s0, e0):
        return True  # "shot back a few hours later", "responded hours later"
    if c.lemma == "report" and _REPORTS_TO_RE.match(text, s0, e0) and "that" not in text[s0:e0]:
        return True  # "reported directly to the chief executive", "reports live from Iowa"
    gap = text[c.ce : s0].strip()
    if not gap and answered_person_only(c.lemma, text, s0, e0):
        return True  # "answered him from the floor": whom, not what
    if gap in ("", "-", "—", "–", "--") and _CONJ_START_RE.match(text, s0, e0):
        return True
    return not gap and _listener_or_name_only(c.lemma, text, s0, e0)


# how something was put and nothing else: "(put it) more bluntly", "(put it) this way"
_MANNER_ONLY_RE = re.compile(
    r"[ \t]*(?:(?:more|less|most|very|quite|rather|even|so)[ \t]+)?"
    r"(?:[a-z]{3,}ly|(?:this|that|another|one|a[ \t]+different)[ \t]+way|best|differently)"
    r"[ \t]*[.,;]?[ \t]*\Z"
)


def _manner_only(c, text, s0, e0):
    """Is text[s0:e0], the content after "put it", only the manner ("Lee put it more
    bluntly." then a quotation: the quotation is the speech, not "more bluntly")?

    >>> class C: cue = "put it"
    >>> _manner_only(C, "more bluntly.", 0, 13), _manner_only(C, "the plan is dead", 0, 16)
    (True, False)
    """
    return c.cue.lower().startswith("put") and _MANNER_ONLY_RE.match(text, s0, e0) is not None


# a date and nothing else: "March 23, 2015", "Jan. 4", "in 2014", "on Tuesday"
_DATE_ONLY_RE = re.compile(
    r"(?:(?:on|in|since|by|until)[ \t]+)?(?:"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \t]+\d{4})?"
    r"|(?:(?:on|in|since|by|until)[ \t]+)?\d{4}"
)


# a time adverbial and nothing else: "a few hours later", "two days later", "minutes
# afterward", "soon after", "the next day" (when someone spoke, never what was said)
_TIME_LATER_RE = re.compile(
    r"(?:(?:(?:a[ \t]+few|several|many|some|two|three|four|five|a|an|\d+)[ \t]+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)[ \t]+"
    r"|soon[ \t]+|shortly[ \t]+|much[ \t]+)?(?:later|after(?:wards?)?)"
    r"|(?:the[ \t]+)?(?:next|following)[ \t]+(?:day|morning|afternoon|evening|week)",
    re.I,
)


# a noun phrase and then a "when" clause after "recall": the time remembered ("recalled
# the 2018 flood, when ...", "recalls the winter of 1998, when ..."), not "recalled that"
_RECALLED_TIME_RE = re.compile(
    r"(?:the|a|an|those|his|her|their|its|our|my)[ \t]+[^,;:.\x01\n]{1,60}?,[ \t]+when\b"
)


def _recalls_a_time(masked, post):
    """Is the text after a "recall" cue a noun phrase and a "when" clause: the time
    remembered ("recalled the 2018 flood, when the river rose"), not "recalled that"?

    >>> t = " the 2018 flood, when the river rose."
    >>> _recalls_a_time(t, (0, len(t))), _recalls_a_time(" that the flood came", (0, 20))
    (True, False)
    """
    s0 = post[0]
    while s0 < post[1] and masked[s0] in " \t":
        s0 += 1
    if masked.startswith("that ", s0) or masked.endswith("that ", 0, s0):
        return False
    return _RECALLED_TIME_RE.match(masked, s0, post[1]) is not None


# "report directly/daily to X": whom a post answers to, not speech
_REPORTS_TO_RE = re.compile(
    r"(?:directly|daily|weekly|only|straight|back)[ \t]+to[ \t]"
    r"|(?:live[ \t]+)?from[ \t]|live\b"  # "reports live from the field": where, not what
)


# content that opens with a conjunction: the cue's verb or clause is coordinated with
# another, and no content follows it
_CONJ_START_RE = re.compile(r"(?:and|or|but)\b")


def _listener_or_name_only(lemma, text, s0, e0):
    """Is text[s0:e0], the content after a cue of ``lemma``, only a limited listener
    of "tell"/"inform" ("only her coach") or a naming after "proclaim"/"declare"/"dub"
    ("it Heritage Week"), with no clause word after its first word (so no speech)?

    >>> _listener_or_name_only("tell", "only the team's trainer", 0, 23)
    True
    >>> _listener_or_name_only("tell", "only two teams would advance", 0, 28)
    False
    >>> _listener_or_name_only("proclaim", "it Margaret Ferrier Day", 0, 23)
    True
    """
    if lemma in ("tell", "inform"):
        rx = _LIMITED_LISTENER_RE
    elif lemma in ("proclaim", "declare", "dub"):
        rx = _NAMED_OCCASION_RE
    else:
        return False
    if rx.match(text, s0, e0) is None:
        return False
    sp = text.find(" ", s0, e0)  # (after the first word: "it" is a clause word)
    return _CLAUSE_WORD_RE.search(text, e0 if sp < 0 else sp, e0) is None


# the first clause word or finite auxiliary after a quantity word ("nothing in the
# complaint had been proven": an auxiliary first, so "nothing ..." is a clause subject)
_QUANTITY_FINITE_RE = re.compile(
    r"\b(?:(that|which|who|whom|when|while|until|if|because)|had|has|have|was|were|is|are|"
    r"would|will|could|can|should|might|may|must)\b",
    re.I,
)


def _quantity_clause_subject(c, text, s0, e0):
    """Is the quantity word opening the content after cue ``c`` the subject of a
    reported clause: after "that" ("said that nothing in the file was true"), or with a
    finite auxiliary before any comma or clause word ("said nothing at the site had been
    found"), not an amount said ("said nothing at the meeting")?

    >>> from types import SimpleNamespace
    >>> t = "Roe said nothing in the file had been proven."
    >>> _quantity_clause_subject(SimpleNamespace(ce=8), t, 9, len(t) - 1)
    True
    >>> t = "Roe said nothing at the meeting, which was odd."
    >>> _quantity_clause_subject(SimpleNamespace(ce=8), t, 9, len(t) - 1)
    False
    """
    if text[c.ce : s0].strip().lower() == "that":
        return True
    seg = text[s0 : min(e0, s0 + 120)]
    cut = min((i for i in (seg.find(","), seg.find(";")) if i >= 0), default=len(seg))
    m = _QUANTITY_FINITE_RE.search(seg, 0, cut)
    return m is not None and m.group(1) is None


# an amount said rather than content: "said little (about it)", "says a lot", "said
# nothing new", "said little after the game" (a clause with a finite auxiliary after the
# word stays content: ``_quantity_clause_subject``)
_QUANTITY_OBJECT_RE = re.compile(
    r"(?:little|nothing|much|a[ \t]+lot|very[ \t]+little|so[ \t]+much)"
    r"(?:[ \t]+(?:about|on|publicly|else|new|more|further|at|in|to|for|until|during|while|"
    r"when|and|but|after|before|since|beyond)\b|[ \t]*[,.;]|[ \t]*\Z)",
    re.I,
)
