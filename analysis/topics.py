"""Topics. (stub: being written)"""

def topics(*args, **kwargs):
    raise NotImplementedError("topics")

def topics_over_time(*args, **kwargs):
    raise NotImplementedError("topics_over_time")

