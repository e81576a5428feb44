"""Chart functions, seaborn-style: each takes ``data=`` (a tidy frame) and
``ax=None`` and returns the matplotlib Axes; none calls ``plt.show()``.
Empty data draws a "no data" message. One module per analysis; the data
behind each chart is a frame that notebooks write with ``analysis.save_table``."""

# ruff: noqa: F401
from ._base import (
    by_count,
    get_ax,
    group_colors,
    is_empty,
    no_data,
    reset_group_colors,
    use_group_colors,
)
from .corpus import articles_by_source, articles_over_time, length_distribution
from .gender import gender_over_time, gender_share_bars  # issue 13
from .sentiment import sentence_arc, tone_distribution, tone_over_time
from .speakers import (
    anonymous_share_bars,
    co_quotation_heatmap,
    quote_kind_bars,
    share_of_voice,
    speaker_timeline,
    speaker_tone_bars,
)
from .terms import (
    distinctive_terms_scatter,
    term_heatmap,
    top_terms_bar,
    topic_heatmap,
    topic_shares_over_time,
)
