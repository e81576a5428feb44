"""A bare quotation right after a sentence that says someone read out a text of her own
("Her voice broke as she read a statement to the jury." then '"Owen was careful. ..."'):
the words read are the reader's, so the quotation (and the paragraphs it runs on into)
goes to that sentence's subject, with "read" as the cue. Used by
``assemble._carried_blocks`` for quotation blocks no attribution reaches; a text read by
its subject only ("a statement", "a letter", "her victim impact statement"), never a
note or a sign that "read" something. A sentence opening "Reading from her report, Ann
Roe described what she found." gives its subject the same way (cue "Reading").
"""

from __future__ import annotations

import re

from .cues import Quote

# "..., as she read a statement to the jury." / "Ann Roe then read aloud from a letter
# she wrote to her son:": the subject (he / she / they / a name of up to three words)
# after the sentence start or a conjunction, "read", the text read (a determiner, up to
# three words, the text's noun), then the sentence's end (bounded runs: linear)
_READ_TEXT_RE = re.compile(
    r"(?:.*?\b(?:as|when|while|and|then|before)[ \t]+)?"
    r"(?P<np>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})[ \t]+"
    r"(?:(?:then|slowly|quietly|later)[ \t]+)?(?P<verb>read)[ \t]+(?:aloud[ \t]+|out[ \t]+)?"
    r"(?:from[ \t]+)?(?:a|an|the|her|his|their)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
    r"(?:statement|letter|speech|eulogy|tribute|poem|report|notes)\b[^.!?\n\"“”]{0,100}[.:][ \t]*\Z"
)
# "Reading from her report, Ann Roe described what she found.": the participle "Reading
# (aloud) from" a text of the subject's own opens the sentence, a comma, then the subject
# (a pronoun or a name of up to three words) and a lower-case verb (bounded runs: linear)
_READING_FROM_RE = re.compile(
    r"(?P<verb>Reading)[ \t]+(?:aloud[ \t]+)?from[ \t]+(?:a|an|the|her|his|their)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,3}?(?:statement|letter|speech|eulogy|tribute|poem|report|notes)"
    r"[ \t]*,[ \t]+(?P<np>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})"
    r"[ \t]+[a-z][^.!?\n\"“”]{0,150}[.:][ \t]*\Z"
)


def read_text_anchor(text, sents, si, at):
    """The anchor (a Quote carrying the cue and the mention) for the bare quotation at
    ``at`` (sentence ``si`` of ``sents``) when the sentence before it, in the same
    paragraph or the one before, says its subject read out a statement or a letter;
    else None.

    >>> t = 'Her voice broke as she read a statement to the jury.\\n\\n"He was careful."'
    >>> a = read_text_anchor(t, [(0, 52), (54, len(t))], 1, 54)
    >>> a.mention, a.cue
    ('she', 'read')
    >>> read_text_anchor('The note read: "Sorry."', [(0, 15), (15, 23)], 1, 15)
    >>> t = 'Reading from her notes, Ann Roe described the scene.\\n\\n"It was dark."'
    >>> read_text_anchor(t, [(0, 52), (54, len(t))], 1, 54).mention
    'Ann Roe'
    """
    if si < 1:
        return None
    ps = sents[si - 1][0]
    if at - ps > 300:
        return None
    reading = text.startswith("Reading ", ps)
    if not reading and text.find(" read ", ps, at) < 0:
        return None
    end = at
    while end > ps and text[end - 1] in " \t\n":
        end -= 1
    if text.count("\n", end, at) > 2:
        return None
    m = (_READING_FROM_RE if reading else _READ_TEXT_RE).match(text, ps, end)
    if m is None:
        return None
    return Quote(0, 0, "direct", m.group("verb"), *m.span("verb"), m.group("np"), *m.span("np"))
