"""The help lines shown where crisis language was written: every web address a link, every
phone number a `tel:` link with digits only, in every region and both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.therapy.safety import emergency_text, help_for, help_text, support_message
from dreamjournal.ui.care import linked, reach_line, tel_link
from tests.test_app_support import WRITE, click, make_vault, open_app, unlock

REGIONS = ("international", "US", "UK", "IE", "DE", "AT", "CH")
LINK = re.compile(r"\[(?P<label>(?:\\.|[^\]\\])*)\]\((?P<href>[^)\s]+)\)")
DOMAIN = re.compile(r"\b[\w-]+\\?\.[\w-]*\\?\.?(?:org|com|net|de|uk|ie|at|ch)\b", re.IGNORECASE)


def _shown(region: str, lang: str) -> list[str]:
    """The Markdown the app writes for a region's help lines in `lang`."""
    resources = help_for(lang, region)
    lines = [linked(support_message(lang)), linked(emergency_text(resources, lang))]
    for r in resources:
        lines += [reach_line(r, lang), linked(r.describe(lang), (r.url,) if r.url else ())]
    return lines


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("region", REGIONS)
def test_every_address_and_number_is_a_link(region: str, lang: str) -> None:
    for line in _shown(region, lang):
        links = list(LINK.finditer(line))
        for link in links:
            href = link["href"]
            assert href.startswith(("https://", "tel:")), line
            if href.startswith("tel:"):
                assert re.fullmatch(r"tel:\+?\d{3,}", href), href
                label_digits = re.sub(r"\D", "", link["label"])
                assert href == f"tel:{label_digits}", line
        outside = re.sub(r"\*\*.*?\*\*", " ", LINK.sub(" ", line))  # a line's name may hold 988
        assert "http" not in outside, line
        assert not DOMAIN.search(outside), line
        assert not re.search(r"\d(?: ?\d){2,}", outside), line  # no number left unlinked


def test_the_german_lines_call_the_numbers_as_written() -> None:
    shown = "\n".join(_shown("DE", "de"))
    assert "[0800 111 0 111](tel:08001110111)" in shown
    assert "[0800 111 0 222](tel:08001110222)" in shown
    assert "[telefonseelsorge\\.de](https://www.telefonseelsorge.de)" in shown
    us = "\n".join(_shown("US", "en"))
    assert "[988](tel:988)" in us and "[911](tel:911)" in us
    assert "[988lifeline\\.org](https://988lifeline.org)" in us


def test_tel_links_keep_a_leading_plus_and_digits_only() -> None:
    assert tel_link("+49 (0)800 111-0 111") == "tel:+4908001110111"
    assert tel_link("116 123") == "tel:116123"


def test_the_command_line_keeps_the_number_readable() -> None:
    lines = "\n".join(help_text("de", "DE"))
    assert "TelefonSeelsorge (Deutschland): 0800 111 0 111" in lines
    assert "Notruf: 112 (Deutschland)" in lines
    assert "tel:" not in lines and "](" not in lines


def _saved_on_the_write_page(data_dir: Path, body: str) -> tuple[AppTest, str]:
    """A new vault, this dream saved on the Write page: the app and the Markdown it shows."""
    make_vault(data_dir)
    at = open_app()
    unlock(at)
    at.switch_page(WRITE).run()
    at.text_input(key="w_title").input("late")
    at.text_area(key="w_body").input(body)
    at = click(at, "Save dream")
    return at, "\n".join(str(m.value) for m in at.markdown)


def test_the_write_page_links_the_help_lines_after_saving(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DREAMJOURNAL_HELP_REGION", "DE")
    at, markdown = _saved_on_the_write_page(
        data_dir, "I don't want to wake up anymore. I want to die."
    )
    assert "[0800 111 0 111](tel:08001110111)" in markdown
    assert "[findahelpline\\.com](https://findahelpline.com)" in markdown
    captions = "\n".join(str(c.value) for c in at.caption)
    assert "(tel:08001110222)" in captions  # the number inside the description, too


# --- which lines: the region set, else the locale's country, else the language's countries ---


def test_with_no_region_an_english_reader_gets_numbers_to_call_not_only_a_directory() -> None:
    assert [r.phone for r in help_for("en")] == ["988", "116 123", None]
    lines = "\n".join(help_text("en"))
    assert "(USA): 988" in lines and "Samaritans (UK, Ireland): 116 123" in lines  # once
    assert "911 (USA)" in lines and "999 (UK)" in lines


@pytest.mark.parametrize(
    ("locale", "phone"),
    [("en-GB", "116 123"), ("en_US.UTF-8", "988"), ("de-AT", "142"), ("de_CH", "143")],
)
def test_the_locale_names_the_country(locale: str, phone: str) -> None:
    resources = help_for("en" if locale.startswith("en") else "de", locale=locale)
    assert [r.phone for r in resources] == [phone, None]


def test_a_region_set_on_purpose_wins_over_locale_and_text() -> None:
    assert help_for("en", "DE", locale="en-US", text_language="en") == help_for("de", "DE")


def test_german_text_in_an_english_app_also_gets_the_german_lines() -> None:
    phones = [r.phone for r in help_for("en", locale="en-GB", text_language="de")]
    assert phones == ["116 123", "0800 111 0 111", "142", "143", None]
    assert "0800 111 0 111" in [r.phone for r in help_for("en", text_language="de")]
    assert [r.phone for r in help_for("en", locale="fr-FR")] == ["988", "116 123", None]


def test_the_write_page_gives_an_english_reader_numbers_with_their_countries(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DREAMJOURNAL_HELP_REGION", raising=False)
    _, markdown = _saved_on_the_write_page(
        data_dir, "honestly it would be easier if i just didn't wake up"
    )
    assert "Lifeline** (USA) [988](tel:988)" in markdown
    assert "**Samaritans** (UK\\, Ireland) [116 123](tel:116123)" in markdown
    assert "[911](tel:911) (USA)" in markdown
