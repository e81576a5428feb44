"""Speakers. (stub: being written)"""

def resolve_speakers(*args, **kwargs):
    raise NotImplementedError("resolve_speakers")

def speaker_counts(*args, **kwargs):
    raise NotImplementedError("speaker_counts")

