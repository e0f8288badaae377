"""A German-language vault, walked page by page and report by report: no English text and no
raw message id may show.

"English text" is every English catalogue text (its literal parts between placeholders) of
three words or more that differs from its German text; "a raw id" is a word like `nav.home`
whose first part is one of the catalogue's namespaces.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdf
import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal import i18n
from dreamjournal.services.entries import save_preferences
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.irt import log_rehearsal, set_rescript
from dreamjournal.therapy.outcomes import compute_outcomes
from dreamjournal.therapy.report import outcomes_report, session_report
from dreamjournal.therapy.sessions import end_session, sessions, start_session
from dreamjournal.ui.routes import NAV
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import open_app, unlock

ID = re.compile(r"\b([a-z_]+)\.[a-z_.]+[a-z_]\b")


def _german_vault(data_dir: Path) -> Journal:
    j = Journal.create(vault_path(data_dir, "tagebuch"), PASSPHRASE, kdf=fast_kdf())
    save_preferences(j, language="de")
    j.add(
        title="Der Zug am Meer",
        body="Ich saß in einem Zug, der über das Meer fuhr. Meine Schwester lachte, und ich "
        "war glücklich und ruhig.",
        date=date(2026, 11, 2),
        tags=["meer"],
    )
    j.add(
        title="Fliegen über der Stadt",
        body="Ich flog über die Stadt und wusste, dass ich träume. Es war wunderschön.",
        date=date(2026, 11, 9),
        lucidity=4,
    )
    wolf = j.add(
        title="Der Wolf im Wald",
        body="Ein Wolf verfolgte mich durch den dunklen Wald. Ich hatte große Angst und konnte "
        "nicht schreien.",
        date=date(2026, 11, 16),
        nightmare=True,
    )
    set_rescript(j, wolf.id, "Der Wolf wird klein und freundlich und legt sich neben mich.")
    log_rehearsal(
        j, wolf.id, minutes=10, distress_before=7, distress_after=4, day=date(2026, 11, 17)
    )
    s = start_session(j, wolf.id, suds_before=8, now=datetime(2026, 11, 18, 10, tzinfo=UTC))
    end_session(j, s.id, suds_after=3, notes="Ruhiger als beim letzten Mal.", steps_completed=6)
    return j


def _english_fragments() -> dict[str, str]:
    """Literal parts (three words or more) of English texts that German translates."""
    english, german = i18n.catalogue("en"), i18n.catalogue("de")
    out: dict[str, str] = {}
    pairs = [(k, v, german.texts.get(k, "")) for k, v in english.texts.items()]
    pairs += [
        (k, form, german.plurals.get(k, ("",))[-1])
        for k, forms in english.plurals.items()
        for form in forms
    ]
    for key, en, de in pairs:
        if en == de:
            continue
        for part in re.split(r"\{[^}]*\}|\*\*|[*_`]|:material/[a-z_]+:", en):
            part = part.strip(" .,:;·()“”‘’'\"\n-–")
            if len(part.split()) >= 3 and part not in de:
                out[part] = key
    return out


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _shown(at: AppTest) -> str:
    """Every text of the page: values, labels, options, help and placeholders of each element."""
    found: list[str] = []

    def walk(node: Any) -> None:
        for attr in ("value", "label", "options", "help", "placeholder", "body"):
            found.extend(_strings(getattr(node, attr, None)))
        proto = getattr(node, "proto", None)
        for attr in ("body", "label", "help", "text"):
            found.extend(_strings(getattr(proto, attr, None)))
        children = getattr(node, "children", {})
        for child in children.values() if isinstance(children, dict) else children:
            walk(child)

    walk(at._tree)
    return "\n".join(found)


def _leaks(text: str, where: str) -> list[str]:
    problems = [
        f"{where}: English {fragment!r} (from {key})"
        for fragment, key in _english_fragments().items()
        if fragment in text
    ]
    english = i18n.catalogue("en")
    namespaces = {k.split(".")[0] for k in [*english.texts, *english.plurals]}
    problems += [
        f"{where}: raw id {m.group(0)!r}" for m in ID.finditer(text) if m.group(1) in namespaces
    ]
    return problems


@pytest.fixture
def german_app(data_dir: Path) -> AppTest:
    _german_vault(data_dir).lock()
    at = unlock(open_app())
    assert at.session_state["lang"] == "de" if "lang" in at.session_state else True
    return at


def test_every_page_of_a_german_vault_is_german(german_app: AppTest) -> None:
    at = german_app
    problems: list[str] = []
    seen = []
    for page, _key, _icon in NAV:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        text = _shown(at)
        seen.append(text)
        problems += _leaks(text, page)
    # The pages that work on one dream: the nightmare (with its rescript) chosen.
    journal = at.session_state["journal"]
    wolf = next(e for e in journal.search() if e.nightmare)
    at.switch_page("pages/visualize.py").run()
    at.selectbox(key="v_entry").select(wolf.id).run()
    problems += _leaks(_shown(at), "visualize (nightmare)")
    at.switch_page("pages/journal.py").run()
    at.session_state["j_open"] = wolf.id
    at.run()
    problems += _leaks(_shown(at), "journal (detail)")
    at.switch_page("pages/session.py").run()
    at.selectbox(key="s_entry").select(wolf.id).run()
    problems += _leaks(_shown(at), "session (nightmare)")
    # A service error (the date filter's) is shown in German too.
    at.switch_page("pages/journal.py").run()
    at.session_state["j_open"] = None
    at.session_state["f_since"] = date(2026, 11, 20)
    at.session_state["f_until"] = date(2026, 11, 1)
    at.run()
    errors = [str(e.value) for e in at.error]
    assert any("liegt nach dem Enddatum" in e for e in errors), errors
    problems += _leaks(_shown(at), "journal (date filter error)")
    assert "Traum" in "\n".join(seen)  # the walk saw German pages at all
    assert not problems, "\n".join(problems)


def test_the_reports_of_a_german_vault_are_german(data_dir: Path) -> None:
    j = _german_vault(data_dir)
    outcomes = outcomes_report(j, compute_outcomes(j), client="tagebuch", lang="de")
    summary = session_report(j, sessions(j)[0], client="tagebuch", lang="de")
    problems: list[str] = []
    for name, report in (("outcomes", outcomes), ("session", summary)):
        markdown = report.markdown()
        pdf = pypdf.PdfReader(io.BytesIO(report.pdf()))
        pdf_text = "\n".join(page.extract_text() for page in pdf.pages)
        assert "Traum" in markdown or "Sitzung" in markdown
        problems += _leaks(markdown, f"{name} report (Markdown)")
        problems += _leaks(pdf_text, f"{name} report (PDF)")
    assert "Verlaufsbericht: tagebuch" in outcomes.markdown()
    assert not problems, "\n".join(problems)


def test_the_walk_would_see_an_english_text() -> None:
    """The check itself: an English catalogue text and a raw id are both caught."""
    assert _leaks(i18n.message("home.intro", "en"), "probe")
    assert _leaks("see nav.home here", "probe")
    assert not _leaks(i18n.message("home.intro", "de") + " relay.example.org", "probe")
