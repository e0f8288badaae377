"""Every string of the Share page, in English and German."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
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
    "share.relay": {"en": "Relay", "de": "Relay"},
    "share.relay_help": {
        "en": "The share relay that keeps the sealed dream for your friend, e.g. "
        "https://relay.example.org. It cannot read the dream: the key stays in the link.",
        "de": "Das Relay, das den versiegelten Traum für deine Freundin oder deinen Freund "
        "bereithält, z. B. https://relay.example.org. Es kann den Traum nicht lesen: Der "
        "Schlüssel bleibt im Link.",
    },
    "share.burn": {"en": "Burn after reading", "de": "Nach dem Lesen löschen"},
    "share.burn_help": {
        "en": "The first time the dream is opened is the last.",
        "de": "Das erste Öffnen ist das letzte.",
    },
    "share.consent": {
        "en": "Send this dream, encrypted, to the relay",
        "de": "Diesen Traum verschlüsselt an das Relay senden",
    },
    "share.consent_help": {
        "en": "Asked every time. The relay stores only ciphertext; the key is in the link.",
        "de": "Wird jedes Mal gefragt. Das Relay speichert nur Geheimtext; der Schlüssel "
        "steckt im Link.",
    },
    "share.create": {"en": "Publish to relay", "de": "Auf dem Relay veröffentlichen"},
    "share.created": {
        "en": "Link ready. Send it to your friend:",
        "de": "Der Link ist fertig. Schick ihn weiter:",
    },
    "share.link_note": {
        "en": "Only people with this link can open the dream: the link contains its key. Send "
        "it privately, and to no one else. The relay never sees the key.",
        "de": "Nur wer diesen Link hat, kann den Traum öffnen: Der Link enthält seinen "
        "Schlüssel. Schick ihn privat und an niemanden sonst. Das Relay sieht den Schlüssel nie.",
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
    "share.status.pending": {"en": "uploading", "de": "wird hochgeladen"},
    "share.status.gone": {"en": "gone from the relay", "de": "nicht mehr auf dem Relay"},
    "share.status.unreachable": {"en": "relay unreachable", "de": "Relay nicht erreichbar"},
    "share.status.retired": {"en": "old link, no longer opens", "de": "alter Link, öffnet nicht"},
    "share.unreachable": {
        "en": "The relay could not be reached just now, so status and views are not known.",
        "de": "Das Relay war gerade nicht erreichbar; Status und Aufrufe sind unbekannt.",
    },
    "share.replies": {"en": "Replies ({n})", "de": "Antworten ({n})"},
    "share.show_replies": {"en": "Show replies", "de": "Antworten zeigen"},
    "share.no_replies": {"en": "No replies yet.", "de": "Noch keine Antworten."},
    "share.refresh": {"en": "Refresh", "de": "Aktualisieren"},
    "share.with_burn": {"en": "burn after reading", "de": "nach dem Lesen gelöscht"},
    "share.status.bundle": {"en": "file", "de": "Datei"},
}


def msg(key: str, lang: str = "en", **values: Any) -> str:
    """The string `key` in `lang` (English when missing), with `values` filled in."""
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text
