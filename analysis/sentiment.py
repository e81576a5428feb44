"""Sentiment. (stub: being written)"""

def score_sentiment(*args, **kwargs):
    raise NotImplementedError("score_sentiment")

def article_tone(*args, **kwargs):
    raise NotImplementedError("article_tone")

def tone_by(*args, **kwargs):
    raise NotImplementedError("tone_by")

def speaker_tone(*args, **kwargs):
    raise NotImplementedError("speaker_tone")

def sentiment_toward(*args, **kwargs):
    raise NotImplementedError("sentiment_toward")

