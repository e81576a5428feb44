"""Given names that are also modal verbs: a capitalised "Will" before a capitalised word
and then a speech verb or an apposition ("Will Page said", "Will Hill says", "Will
Page, the harbour master,") is a given name, so the run is a person's full name (and
"Page" later in the article is that person). Elsewhere "Will" stays a title-case or
question word ("Will Trump sign the bill?", "Will Voters Care" in a heading), as the
name parser (``names._name_info0``) reads it without context. ``mentions._ArticleNames``
asks here only for a run the parser rejected.
"""

from __future__ import annotations

import re

from .lexicon import _TITLECASE_STOP

# given names that the parser stops on as modal verbs ("will" is in _TITLECASE_STOP)
_MODAL_GIVEN = frozenset(("Will",))

# after the run: an apposition (", the harbour master," / ", 54,") or a verb form
_AFTER_RE = re.compile(r"(,[ \t]+(?:[a-z]|\d))|[ \t]+([a-z]+)\b")


def modal_given_name_info(text, end, raw, lex, parse):
    """The parser's facts for ``raw`` read as a given name + surname (``parse(raw, lex,
    modal_given=True)``) when ``raw`` is "Will" + one capitalised word and the text at
    ``end`` (just after the run) is an apposition or an inflected speech verb, else None.

    >>> from analysis.quotes.lexicon import lexicon
    >>> from analysis.quotes.names import _name_info0
    >>> t = "Will Page said it."
    >>> modal_given_name_info(t, 9, "Will Page", lexicon(), _name_info0)[0]
    ('Will', 'Page')
    >>> t = "Will Page say more?"
    >>> modal_given_name_info(t, 9, "Will Page", lexicon(), _name_info0) is None
    True
    """
    words = raw.split()
    if len(words) != 2 or words[0] not in _MODAL_GIVEN or words[1].lower() in _TITLECASE_STOP:
        return None
    m = _AFTER_RE.match(text, end)
    if m is None:
        return None
    verb = m.group(2)
    if verb is not None:
        lemma = lex.verb_lemma.get(verb)
        if lemma is None or lemma == verb:
            return None  # "Will Trump sign", "Will Page say more?": the modal
    return parse(raw, lex, modal_given=True)
