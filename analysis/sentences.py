"""Sentences. (stub: being written)"""

def split_sentences(*args, **kwargs):
    raise NotImplementedError("split_sentences")

