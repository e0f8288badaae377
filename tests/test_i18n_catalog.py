"""The one catalogue: every message id the code uses has an English and a German text with the
same placeholders, and the catalogues hold nothing the code never uses."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from dreamjournal import i18n
from dreamjournal.i18n_catalog import extract_keys, problems, used_ids


def test_every_used_id_has_english_and_german_and_nothing_is_left_over() -> None:
    found = problems()
    assert not found, "\n".join(found)


def test_the_extractor_reads_both_branches_and_error_constructors() -> None:
    source = b"""
t("a.one" if x else "a.two")
InvalidInput("error.thing", value=3)
message(f"phase.{p}")
NAV = [("pages/x.py", "nav.home")]
"""
    found = list(extract_keys(io.BytesIO(source), {"t", "InvalidInput", "message"}, (), {}))
    texts = {text for _line, _func, text, _ in found}
    assert {"a.one", "a.two", "error.thing", "prefix:phase.", "mention:nav.home"} <= texts


def test_the_code_is_actually_scanned() -> None:
    usage = used_ids()
    assert "nav.home" in usage.mentioned and "home.unlock" in usage.called
    assert "count.dream" in usage.called and "count.dreams" in usage.called


def test_plural_forms_follow_the_language() -> None:
    assert i18n.nmessage("count.dream", "count.dreams", 1, "en") == "1 dream"
    assert i18n.nmessage("count.dream", "count.dreams", 0, "en") == "0 dreams"
    assert i18n.nmessage("count.dream", "count.dreams", 12345, "en") == "12,345 dreams"
    assert i18n.nmessage("count.dream", "count.dreams", 1, "de") == "1 Traum"
    assert i18n.nmessage("count.dream", "count.dreams", 12345, "de") == "12.345 Träume"


def test_numbers_and_dates_are_written_the_locales_way() -> None:
    assert i18n.format_decimal(3.46, "en") == "3.5"
    assert i18n.format_decimal(3.46, "de") == "3,5"
    assert i18n.format_decimal(0.4, "de", signed=True) == "+0,4"
    day = dt.date(2026, 3, 1)
    assert i18n.format_date(day, "de", "full") == "Sonntag, 1. März 2026"
    assert i18n.format_date(day, "en", "full") == "Sunday, March 1, 2026"
    assert i18n.month_name(3, "de") == "März"


def test_a_locale_name_chooses_a_language_we_have() -> None:
    assert i18n.language("de_DE.UTF-8") == "de"
    assert i18n.language("de-AT") == "de"
    assert i18n.language("fr_FR") == "en"
    assert i18n.language(None) == "en"
    assert i18n.message("nav.write", "fr") == "Write"


def test_old_style_tables_move_into_the_catalogues_and_gaps_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dreamjournal import i18n_catalog

    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    monkeypatch.setattr(i18n_catalog, "LOCALE_DIR", locale)
    table = tmp_path / "branch.py"
    table.write_text('MESSAGES = {"probe.hello": ("Hello {name}", "Hallo {name}")}\n')
    assert i18n_catalog.import_dict(table) == ["probe.hello"]
    german = i18n_catalog.load("de")
    assert german.get("probe.hello").string == "Hallo {name}"
    i18n_catalog.add("probe.gap", {"en": "Only English {n}", "de": ""})
    i18n_catalog.add("probe.fields", {"en": "Hi {name}", "de": "Hallo {nom}"})
    found = "\n".join(i18n_catalog.problems())
    assert "probe.gap: no Deutsch text" in found
    assert "probe.fields: placeholders differ" in found
    assert "probe.hello: in the catalogue but the code never uses it" in found
    i18n_catalog.remove("probe.hello")
    assert i18n_catalog.load("en").get("probe.hello") is None


def test_every_figure_symbol_place_and_feeling_the_analysis_names_has_a_german_label() -> None:
    """The analysis card shows the lexicon's names in the page's language; a name missing from
    the catalogue was shown in English on a German page ("Figuren · captain · Großmutter")."""
    import json
    import re

    from dreamjournal.analysis.emotions import HVDC_OF

    lexicon = json.loads(
        (Path(i18n.__file__).parent / "analysis" / "lexicon_en.json").read_text("utf-8")
    )
    kinds = {
        "character": lexicon["characters"],
        "symbol": lexicon["symbols"],
        "setting": lexicon["settings"],
        "sign": lexicon["dream_signs"],
        "emotion": HVDC_OF,
    }
    missing = [
        f"{kind}.{name}"
        for kind, names in kinds.items()
        for name in names
        if not i18n.has_message(
            f"label.{kind}." + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        )
    ]
    assert missing == []
    assert i18n.analysis_label("character", "captain", "de") == "Kapitän"
