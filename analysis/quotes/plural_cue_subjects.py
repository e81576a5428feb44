"""Whether the lower-case word right before a noun-like cue ("reports", "claims", "note")
can be its plural subject, so that the cue is a verb ("officials note that A") rather
than a noun after a modifier ("in the previous reports", "countless claims"). This module
owns that one word test, asked by ``nonspeech._not_a_speech_verb`` where a lower-case
word before a noun-like cue otherwise makes it a noun: a plural-looking word ("-s",
longer than four letters) is a subject, unless it is an adjective ("-ous", "-less") or
the cue is itself an "-s" form, which agrees only with a singular subject ("the press
reports", "the census shows"), never with a plural one ("the officials reports").
"""

from __future__ import annotations

# endings of adjectives that look like plural nouns ("previous", "various", "countless")
_ADJECTIVE_ENDS = ("ous", "less")
# endings of singular nouns in "-s" that take an "-s" verb ("the press reports", "the
# census notes", "the analysis claims")
_SINGULAR_S_ENDS = ("ss", "us", "is")


def plural_subject_before(prev_tok: str, form: str) -> bool:
    """Can the lower-case ``prev_tok`` be the subject of the noun-like cue ``form``?

    >>> plural_subject_before("officials", "note"), plural_subject_before("previous", "reports")
    (True, False)
    >>> plural_subject_before("officials", "reports"), plural_subject_before("press", "reports")
    (False, True)
    >>> plural_subject_before("countless", "claims"), plural_subject_before("mayor", "claims")
    (False, False)
    """
    if len(prev_tok) <= 4 or not prev_tok.endswith("s") or prev_tok.endswith(_ADJECTIVE_ENDS):
        return False
    if form.endswith("s"):
        return prev_tok.endswith(_SINGULAR_S_ENDS)
    return True
