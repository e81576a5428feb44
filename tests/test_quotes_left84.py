"""left84's rules (session 42 round 2, rows left over from round 1), each checked on
sentences written for this file.

* "Tom Vale suggested that A" / "recommended that A" / "urged that A" keep their rows
  (cues already). "proposed that A" was tried as a cue (commit 7015d47d) and reverted:
  PolNeAR annotates it, but the benchmark's SPEECH_LEMMAS drops "propose", so each
  row counts as a false positive (dev -1, train -3); see the left84 report.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

_LEAD = "The council met on Monday.\n"


def _rows(text):
    return quote_rows(_LEAD + text, "speaker", "kind", "quote")


def test_suggested_recommended_urged_that_keep_their_rows():
    for verb in ("suggested", "recommended", "urged"):
        assert _rows(f"Tom Vale {verb} that the town build a second arena.") == [
            ("Tom Vale", "indirect", "the town build a second arena")
        ]
