"""Loading articles. (stub: being written)"""

def load_articles(*args, **kwargs):
    raise NotImplementedError("load_articles")

def load_report(*args, **kwargs):
    raise NotImplementedError("load_report")

