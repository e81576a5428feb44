"""Act participles: the tail after a bare inserted frame that opens with a participle of
an act on a measure or a decision and a determiner ("Residents can return home, the
district said, lifting an evacuation order that had stood for 11 days"; "..., the board
said, reversing a decision it made in May"). This module owns the word list
(``resources/act_participles.txt``) and the test: such a tail tells what the speaker
did, like a participle of consequence ("..., leaving riders stranded"), and is no second
reported clause; a gerund that is the subject of its own clause ("..., she said,
revoking the licence would be harsh") is not read.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import _lines

# determiners that open the object of the act ("lifting an order", "ending its strike")
_OBJECT_DETS = frozenset("a an the its their his her this that all".split())

# a finite verb right after the object: the gerund is the subject of a clause
_FINITE_AFTER = frozenset("would will could should can may might is was are were".split())


@lru_cache(maxsize=1)
def act_participles() -> frozenset:
    """The participles of ``resources/act_participles.txt``.

    >>> "lifting" in act_participles(), "baking" in act_participles()
    (True, False)
    """
    return frozenset(_lines("act_participles.txt"))


def act_participle_tail(pw) -> bool:
    """Do the words ``pw`` after a bare inserted frame open with a participle of an act
    and a determined object, with no finite verb in the next four words?

    >>> act_participle_tail("lifting an evacuation order that had stood".split())
    True
    >>> act_participle_tail("baking bread for the crews".split())
    False
    >>> act_participle_tail("revoking the licence would be harsh".split())
    False
    """
    return (
        len(pw) >= 3
        and pw[0] in act_participles()
        and pw[1] in _OBJECT_DETS
        and not any(w in _FINITE_AFTER for w in pw[2:6])
    )
