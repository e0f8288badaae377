"""German words a new user stumbled over: a text that reads like a page's name must mean that page
(the shot list was "Einstellungen", like the Settings page), and no option reads as a stray
dative fragment ("Diesem Computer")."""

from __future__ import annotations

from pathlib import Path

from dreamjournal import i18n
from tests.test_app_support import SETTINGS, make_vault, open_app, unlock

# Texts that are a page's name on purpose: its heading, a button that opens it, the same thing
# (a session row, a session's occasion), or the CLI's help panel of the same name.
SAME_THING = {
    "journal.heading",
    "journal.write",
    "detail.visualize",
    "insights.heading",
    "session.heading",
    "outcomes.heading",
    "outcomes.kind_session",
    "measure.occasion.session",
    "session.pick_past",
}


def test_no_text_is_a_page_name_unless_it_means_that_page() -> None:
    for lang in i18n.LANGUAGES:
        texts = i18n.catalogue(lang).texts
        pages = {texts[k].casefold(): k for k in texts if k.startswith("nav.")}
        clashes = [
            (key, text, pages[text.casefold()])
            for key, text in texts.items()
            if text.casefold() in pages
            and not key.startswith(("nav.", "cli.help.panel."))
            and key not in SAME_THING
        ]
        assert clashes == [], lang


def test_the_shot_list_is_not_the_settings_page_in_german() -> None:
    assert i18n.message("vis.shots", "de") == "Einstellungsliste"
    assert i18n.message("nav.settings", "de") == "Einstellungen"
    assert i18n.message("player.start", "de") != i18n.message("nav.home", "de")


def test_who_makes_it_reads_naturally_in_german() -> None:
    de = i18n.catalogue("de").texts
    fragments = [k for k, v in de.items() if v.startswith(("Diesem ", "Einem ")) and len(v) < 30]
    assert fragments == []  # an option or label in the dative, cut off from its "von"
    assert de["vis.writer"] == "Wer schreibt?" and de["vis.writer.offline"] == "Dieser Computer"
    assert de["clip.backend"] == "Wer erstellt den Clip?"
    line = i18n.message(
        "clip.details",
        "de",
        s="4",
        size="854x480",
        backend=i18n.message("clip.made.procedural", "de"),
        when="1.12.26, 03:58",
        mb="0,6",
    )
    assert line == "4 s · 854x480 · auf diesem Computer erstellt · 1.12.26, 03:58 · 0,6 MB"


def test_the_upload_box_says_what_to_do_in_german(data_dir: Path) -> None:
    # Streamlit 1.67 writes "Upload", "200MB per file", "Drag and drop a file here" in English, no
    # parameter to change them; the German help beside the label says what they mean.
    make_vault(data_dir, [{"title": "Kept"}])
    at = unlock(open_app())
    at = at.switch_page(SETTINGS).run()
    at.segmented_control(key="s_lang").set_value("de").run()
    [box] = [el for el in at.get("file_uploader") if el.proto.label == "Sicherungsdatei"]
    assert "Zieh die Datei auf das Feld" in box.proto.help
    assert "„Upload“" in box.proto.help


def test_the_players_buttons_have_different_names_in_both_languages() -> None:
    # Paused, the player shows Back, Resume and Next side by side ("Weiter" was both in German).
    keys = ["player.start", "player.resume", "player.pause", "player.next", "player.back"]
    for lang in i18n.LANGUAGES:
        labels = [i18n.message(k, lang) for k in keys]
        assert len(set(labels)) == len(labels), (lang, labels)
