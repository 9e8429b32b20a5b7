"""Text dumps: a video's title over what its player prints (the autoplay switch, the clip's
date and running time, the notice that it needs JavaScript) is the clip's caption."""
from __future__ import annotations

from invented_dumps import read_ferry_around as _read

CLIP = "Crowds wave as the first boat leaves the new terminal for the islands."


def test_title_over_autoplay_switch_is_a_caption():
    art = _read(["Ferry terminal: the first crossing", "", "autoplay", "", "More videos"])
    assert "Ferry terminal: the first crossing" in art.captions


def test_title_over_date_and_running_time_leaves_the_text():
    art = _read([CLIP, "", "14.03.2025 | 1:52 min"])
    assert CLIP in art.captions
    assert CLIP not in art.text


def test_title_over_javascript_notice_is_a_caption():
    art = _read([CLIP, "", "You need JavaScript to watch this video."])
    assert CLIP in art.captions


def test_paragraph_over_another_clips_teaser_stays_text():
    # the running time heads a teaser of another clip, whose headline goes on in its block
    art = _read([CLIP, "", "01:43 min", "Islanders fear for the winter timetable"])
    assert CLIP not in art.captions
    assert CLIP in art.text
