"""Every string of the Share page and the friend viewer, in English and German."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    # ---- friend viewer ------------------------------------------------------------------------
    "viewer.page_title": {"en": "A shared dream", "de": "Ein geteilter Traum"},
    "viewer.not_available": {
        "en": "This link is not available",
        "de": "Dieser Link ist nicht verfügbar",
    },
    "viewer.not_available_body": {
        "en": "Ask the person who sent it whether they can share the dream again.",
        "de": "Frag die Person, die ihn geschickt hat, ob sie den Traum noch einmal teilen kann.",
    },
    "viewer.intro": {
        "en": "Someone shared a dream with you.",
        "de": "Jemand hat einen Traum mit dir geteilt.",
    },
    "viewer.open": {"en": "Open the dream", "de": "Traum öffnen"},
    "viewer.counts": {
        "en": "Opening it counts as one view. Reloading the page later counts as another.",
        "de": "Das Öffnen zählt als ein Aufruf. Wenn du die Seite später neu lädst, zählt das "
        "erneut.",
    },
    "viewer.passcode": {"en": "Passcode", "de": "Passcode"},
    "viewer.passcode_help": {
        "en": "You were given it separately from the link.",
        "de": "Du hast ihn getrennt vom Link bekommen.",
    },
    "viewer.missing_passcode": {
        "en": "Enter the passcode you were given with the link.",
        "de": "Gib den Passcode ein, den du zum Link bekommen hast.",
    },
    "viewer.wrong_passcode": {
        "en": "That passcode does not open this dream. Check it with the person who sent it.",
        "de": "Dieser Passcode öffnet den Traum nicht. Frag bei der Person nach, die ihn "
        "geschickt hat.",
    },
    "viewer.locked": {
        "en": "Too many wrong passcodes. Try again in about {minutes} minutes.",
        "de": "Zu viele falsche Passcodes. Versuch es in etwa {minutes} Minuten wieder.",
    },
    "viewer.clip": {"en": "Clip", "de": "Clip"},
    "viewer.prompt": {"en": "Visualization prompt", "de": "Visualisierungs-Prompt"},
    "viewer.script": {"en": "Guided script", "de": "Geführtes Skript"},
    "viewer.seconds": {"en": "{seconds} s", "de": "{seconds} s"},
    "viewer.footer": {
        "en": "Shared privately from a Dream Journal. Nothing here is loaded from anywhere else.",
        "de": "Privat geteilt aus einem Traumtagebuch. Nichts hier wird von anderswo geladen.",
    },
    # ---- owner's Share page -------------------------------------------------------------------
    "share.title": {"en": "Share a dream", "de": "Einen Traum teilen"},
    "share.intro": {
        "en": "A friend sees exactly the one dream you pick, and only while you allow it.",
        "de": "Wer den Link bekommt, sieht genau diesen einen Traum, und nur solange du es "
        "erlaubst.",
    },
    "share.no_entries": {
        "en": "There is no dream to share yet. Write one first.",
        "de": "Es gibt noch keinen Traum zum Teilen. Schreib zuerst einen auf.",
    },
    "share.entry": {"en": "Dream", "de": "Traum"},
    "share.include": {"en": "What your friend sees", "de": "Was sichtbar ist"},
    "share.include.text": {"en": "Text", "de": "Text"},
    "share.include.prompt": {"en": "Visualization prompt", "de": "Visualisierungs-Prompt"},
    "share.include.script": {"en": "Guided script", "de": "Geführtes Skript"},
    "share.include.clip": {"en": "Clip", "de": "Clip"},
    "share.no_clip": {
        "en": "This dream has no clip yet.",
        "de": "Dieser Traum hat noch keinen Clip.",
    },
    "share.expiry": {"en": "Link works for", "de": "Link gilt"},
    "share.expiry.1h": {"en": "1 hour", "de": "1 Stunde"},
    "share.expiry.1d": {"en": "1 day", "de": "1 Tag"},
    "share.expiry.7d": {"en": "7 days", "de": "7 Tage"},
    "share.expiry.30d": {"en": "30 days", "de": "30 Tage"},
    "share.expiry.never": {"en": "Until I revoke it", "de": "Bis ich ihn widerrufe"},
    "share.limit_views": {"en": "Limit the number of views", "de": "Aufrufe begrenzen"},
    "share.max_views": {"en": "Views allowed", "de": "Erlaubte Aufrufe"},
    "share.passcode": {"en": "Passcode (optional)", "de": "Passcode (optional)"},
    "share.passcode_help": {
        "en": "Tell it to your friend another way than the link.",
        "de": "Sag ihn auf einem anderen Weg als dem Link weiter.",
    },
    "share.crisis": {
        "en": "This dream mentions thoughts of hurting yourself. Help is there if you want it.",
        "de": "In diesem Traum geht es um Gedanken, dir etwas anzutun. Es gibt Hilfe, wenn du "
        "sie möchtest.",
    },
    "share.crisis_confirm": {
        "en": "I have read this and still want to share the dream",
        "de": "Ich habe das gelesen und möchte den Traum trotzdem teilen",
    },
    "share.create": {"en": "Create link", "de": "Link erstellen"},
    "share.created": {
        "en": "Link ready. Send it to your friend:",
        "de": "Der Link ist fertig. Schick ihn weiter:",
    },
    "share.server_hint": {
        "en": "Friends can open links while the viewer runs: `dreamjournal share-server`.",
        "de": "Links lassen sich öffnen, solange der Viewer läuft: `dreamjournal share-server`.",
    },
    "share.bundle": {"en": "Or: a file to send", "de": "Oder: eine Datei zum Verschicken"},
    "share.bundle_help": {
        "en": "One HTML file that opens in any browser without a network. It cannot expire or "
        "be revoked: whoever has the file and its key can read the dream.",
        "de": "Eine HTML-Datei, die sich in jedem Browser ohne Netz öffnet. Sie läuft nicht ab "
        "und lässt sich nicht widerrufen: Wer Datei und Schlüssel hat, kann den Traum lesen.",
    },
    "share.bundle_make": {"en": "Prepare file", "de": "Datei vorbereiten"},
    "share.bundle_download": {"en": "Download the file", "de": "Datei herunterladen"},
    "share.bundle_key": {
        "en": "The key (send it separately, or add it to the file's address as #k=…):",
        "de": "Der Schlüssel (getrennt schicken oder an die Adresse der Datei als #k=… hängen):",
    },
    "share.list": {"en": "Your shares", "de": "Deine geteilten Träume"},
    "share.none": {"en": "Nothing shared yet.", "de": "Noch nichts geteilt."},
    "share.revoke": {"en": "Revoke", "de": "Widerrufen"},
    "share.forget": {"en": "Forget", "de": "Vergessen"},
    "share.revoked": {"en": "Revoked. The link no longer opens.", "de": "Widerrufen."},
    "share.details": {
        "en": "{includes} · created {created} · {expiry} · views {views}",
        "de": "{includes} · erstellt {created} · {expiry} · Aufrufe {views}",
    },
    "share.expires_on": {"en": "expires {when}", "de": "läuft ab {when}"},
    "share.never_expires": {"en": "no expiry", "de": "ohne Ablauf"},
    "share.with_passcode": {"en": "with passcode", "de": "mit Passcode"},
    "share.status.active": {"en": "active", "de": "aktiv"},
    "share.status.expired": {"en": "expired", "de": "abgelaufen"},
    "share.status.revoked": {"en": "revoked", "de": "widerrufen"},
    "share.status.used_up": {"en": "used up", "de": "aufgebraucht"},
    "share.status.missing": {"en": "not in the share store", "de": "nicht im Share-Speicher"},
    "share.status.bundle": {"en": "file", "de": "Datei"},
}


def msg(key: str, lang: str = "en", **values: Any) -> str:
    """The string `key` in `lang` (English when missing), with `values` filled in."""
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text
