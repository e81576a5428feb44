"""Terms. (stub: being written)"""

def tokenize(*args, **kwargs):
    raise NotImplementedError("tokenize")

def term_counts(*args, **kwargs):
    raise NotImplementedError("term_counts")

def top_terms(*args, **kwargs):
    raise NotImplementedError("top_terms")

def distinctive_terms(*args, **kwargs):
    raise NotImplementedError("distinctive_terms")

def kwic(*args, **kwargs):
    raise NotImplementedError("kwic")

