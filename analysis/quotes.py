"""Quotes. (stub: being written)"""

def extract_quotes(*args, **kwargs):
    raise NotImplementedError("extract_quotes")

