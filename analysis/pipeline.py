"""Pipeline. (stub: being written)"""

def analyze(*args, **kwargs):
    raise NotImplementedError("analyze")

