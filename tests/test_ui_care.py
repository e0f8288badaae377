"""The help lines shown where crisis language was written: every web address a link, every
phone number a `tel:` link with digits only, in every region and both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dreamjournal.therapy.safety import help_for, help_text, support_message
from dreamjournal.ui.care import linked, reach_line, tel_link
from tests.test_app_support import WRITE, click, make_vault, open_app, unlock

REGIONS = ("international", "US", "UK", "IE", "DE")
LINK = re.compile(r"\[(?P<label>(?:\\.|[^\]\\])*)\]\((?P<href>[^)\s]+)\)")
DOMAIN = re.compile(r"\b[\w-]+\\?\.[\w-]*\\?\.?(?:org|com|net|de|uk|ie)\b", re.IGNORECASE)


def _shown(region: str, lang: str) -> list[str]:
    """The Markdown the app writes for a region's help lines in `lang`."""
    lines = [linked(support_message(lang))]
    for r in help_for(lang, region):
        lines += [reach_line(r), linked(r.describe(lang), (r.url,) if r.url else ())]
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
    assert "TelefonSeelsorge: 0800 111 0 111" in lines
    assert "tel:" not in lines and "](" not in lines


def test_the_write_page_links_the_help_lines_after_saving(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DREAMJOURNAL_HELP_REGION", "DE")
    make_vault(data_dir)
    at = open_app()
    unlock(at)
    at.switch_page(WRITE).run()
    at.text_input(key="w_title").input("late")
    at.text_area(key="w_body").input("I don't want to wake up anymore. I want to die.")
    at = click(at, "Save dream")
    markdown = "\n".join(str(m.value) for m in at.markdown)
    assert "[0800 111 0 111](tel:08001110111)" in markdown
    assert "[findahelpline\\.com](https://findahelpline.com)" in markdown
    captions = "\n".join(str(c.value) for c in at.caption)
    assert "(tel:08001110222)" in captions  # the number inside the description, too
