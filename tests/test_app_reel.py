"""AppTest: the dream reel on the Share page — pick dreams with clips, make it (one real encode),
watch it, share it through the normal paths (relay link, offline file), and it goes with any of
its dreams, its link revoked."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.render.clips import list_clips, render_clip
from dreamjournal.render.encoder import probe
from dreamjournal.render.reel import CARD_S, OPENING_S, list_reels
from dreamjournal.services.clips import load_clip
from dreamjournal.store.journal import Journal
from tests.test_app_support import click, make_vault, open_app, session_journal, texts, unlock
from tests.test_relay_owner_support import (  # noqa: F401  (fixture)
    friend_opens,
    relay,
)

SHARE = "pages/share.py"
DREAMS = [
    {
        "title": "Moon lake",
        "body": "I walked down to the lake under a full moon.",
        "date": "2025-01-02",
    },
    {"title": "Forest run", "body": "I ran through the forest with my dog.", "date": "2025-01-05"},
    {"title": "No clip yet", "body": "A quiet room with a clock.", "date": "2025-01-07"},
]


def _page(data_dir: Path) -> tuple[AppTest, Journal, dict[str, str]]:
    make_vault(data_dir, DREAMS)
    at = unlock(open_app())
    j = session_journal(at)
    assert j is not None
    ids = {e.title: e.id for e in j.list()}
    render_clip(j, ids["Moon lake"], seconds=4, seed=1)
    render_clip(j, ids["Forest run"], seconds=4, seed=2)
    return at.switch_page(SHARE).run(), j, ids


@pytest.mark.slow
def test_make_watch_and_share_a_reel(data_dir: Path, relay: str, tmp_path: Path) -> None:  # noqa: F811
    at, j, ids = _page(data_dir)
    picker = at.multiselect(key="rl_dreams")
    # Only dreams with clips are offered.
    assert sorted(picker.options) == ["Jan 2, 2025 · Moon lake", "Jan 5, 2025 · Forest run"]
    assert at.button(key="rl_make").disabled  # a reel joins two dreams or more
    picker.set_value([ids["Forest run"], ids["Moon lake"]]).run()
    at.button(key="rl_make").click().run()
    assert not at.exception, at.exception
    assert "The dream reel is ready." in texts(at)
    [reel] = list_reels(j)
    assert reel.entries == (ids["Forest run"], ids["Moon lake"])  # in the order picked
    assert len(at.get("video")) == 1  # it plays right away
    out = tmp_path / "reel.mp4"
    out.write_bytes(load_clip(j, reel.id))
    info = probe(out)
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert abs(info.duration - (OPENING_S + 2 * CARD_S + 8)) < 0.1

    # Shared through the normal path: the share form now holds the reel, as its video only.
    at.button(key=f"rl_share_{reel.id}").click().run()
    assert at.selectbox(key="sh_entry").value == f"reel:{reel.id}"
    assert "shared as its video only" in texts(at)
    click(at, "Prepare file")
    html, _key, _name = at.session_state["sh_bundle"]
    assert "Moon lake" not in html and '"clip":{' in html.replace(" ", "")
    at.text_input(key="sh_relay").set_value(relay).run()
    at.checkbox(key="sh_consent").check().run()
    click(at, "Publish to relay")
    assert not at.error, [e.value for e in at.error]
    url = at.code[0].value
    meta, _ticket = friend_opens(url)
    assert meta["title"] == "Dream reel · 2" and meta["date"] == "2025-01-02 – 2025-01-05"
    assert "text" not in meta and "script" not in meta

    # Deleting either dream takes the reel and its shares with it (the link is revoked).
    shares = j.records("share")
    assert len(shares) == 2 and all(
        sorted(r["with_entries"]) == sorted(reel.entries) for r in shares.values()
    )
    j.delete(ids["Moon lake"])  # the reel's second dream
    assert list_reels(j) == [] and j.records("share") == {}
    with pytest.raises(Exception):  # noqa: B017 - the relay no longer has it
        friend_opens(url)
    assert list_clips(j, ids["Forest run"])  # the other dream's own clip stays
