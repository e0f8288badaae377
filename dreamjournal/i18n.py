"""Every string of the app's interface, in English and German, in one place.

`MESSAGES` maps a key to its (English, German) text. Texts may use Markdown (they are our
own); `{name}` placeholders are filled by `message`. Values that carry people's text (titles,
vault names) are escaped by the caller before they are put into a Markdown string.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = {"en": "English", "de": "Deutsch"}
_INDEX = {"en": 0, "de": 1}

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- app and navigation --------------------------------------------------------------
    "app.name": ("Dream Journal", "Traumtagebuch"),
    "count.dream": ("1 dream", "1 Traum"),
    "count.dreams": ("{n} dreams", "{n} Träume"),
    "count.minute": ("1 minute", "1 Minute"),
    "count.minutes": ("{n} minutes", "{n} Minuten"),
    "nav.home": ("Home", "Start"),
    "nav.write": ("Write", "Schreiben"),
    "nav.journal": ("Journal", "Tagebuch"),
    "nav.insights": ("Insights", "Einblicke"),
    "nav.share": ("Share", "Teilen"),
    "nav.settings": ("Settings", "Einstellungen"),
    "sidebar.locked": (":material/lock: Locked", ":material/lock: Gesperrt"),
    "sidebar.open": (
        ":material/lock_open: **{name}** · {dreams}",
        ":material/lock_open: **{name}** · {dreams}",
    ),
    "sidebar.lock": ("Lock now", "Jetzt sperren"),
    "sidebar.privacy": (
        "Stays on this computer, encrypted. Locks after {minutes} without input and whenever "
        "the page is reloaded.",
        "Bleibt verschlüsselt auf diesem Computer. Sperrt sich nach {minutes} ohne "
        "Eingabe und bei jedem Neuladen der Seite.",
    ),
    # ---- home ----------------------------------------------------------------------------
    "home.tagline": (
        "A quiet, private place for the things you dream.",
        "Ein ruhiger, privater Ort für das, was du träumst.",
    ),
    "home.welcome": ("Welcome", "Willkommen"),
    "home.intro": (
        "Your dreams are kept in a **vault**: a file on this computer, encrypted with a "
        "passphrase only you know. Nothing is sent anywhere.",
        "Deine Träume liegen in einem **Tresor**: einer Datei auf diesem Computer, "
        "verschlüsselt mit einer Passphrase, die nur du kennst. Nichts wird irgendwohin "
        "gesendet.",
    ),
    "home.unlock": ("Unlock your journal", "Tagebuch entsperren"),
    "home.new_vault": ("Create another vault", "Weiteren Tresor anlegen"),
    "home.new_vault_help": (
        "Each vault has its own passphrase — for example one per client in a practice.",
        "Jeder Tresor hat eine eigene Passphrase – zum Beispiel einer pro Klient:in.",
    ),
    "home.open": ("Vault **{name}** is open", "Tresor **{name}** ist geöffnet"),
    "home.count": ("It holds {dreams}.", "Er enthält {dreams}."),
    "home.go_write": ("Write a dream", "Traum aufschreiben"),
    "home.go_journal": ("Open the journal", "Tagebuch öffnen"),
    "home.empty": (
        "Your journal is empty. Write your first dream, or look around with a dozen examples "
        "(you can remove them later in Settings).",
        "Dein Tagebuch ist leer. Schreib deinen ersten Traum auf oder sieh dich mit einem "
        "Dutzend Beispielen um (in den Einstellungen wieder entfernbar).",
    ),
    "home.other_vault": ("Another vault", "Anderer Tresor"),
    "home.other_vault_help": (
        "To open another vault, lock this one first (sidebar). Or create a new one here; it "
        "opens instead of this one.",
        "Um einen anderen Tresor zu öffnen, sperre zuerst diesen (Seitenleiste). Oder lege "
        "hier einen neuen an; er wird statt diesem geöffnet.",
    ),
    "home.privacy": (
        "Private by design: dreams are encrypted on this computer and never leave it. "
        "Reloading the page locks the vault — that is intended.",
        "Privat von Grund auf: Träume werden auf diesem Computer verschlüsselt und verlassen "
        "ihn nie. Neuladen der Seite sperrt den Tresor – das ist so gewollt.",
    ),
    # ---- unlock --------------------------------------------------------------------------
    "guard.title": ("This vault is locked", "Dieser Tresor ist gesperrt"),
    "unlock.vault": ("Vault", "Tresor"),
    "unlock.one_vault": ("Vault: **{name}**", "Tresor: **{name}**"),
    "unlock.passphrase": ("Passphrase", "Passphrase"),
    "unlock.placeholder": ("Your passphrase", "Deine Passphrase"),
    "unlock.button": ("Unlock", "Entsperren"),
    "unlock.empty": ("Type your passphrase first.", "Gib zuerst deine Passphrase ein."),
    "unlock.wrong": (
        "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
        "then try again. Nothing was changed.",
        "Diese Passphrase öffnet den Tresor nicht. Prüfe die Feststelltaste und das "
        "Tastaturlayout und versuche es noch einmal. Es wurde nichts verändert.",
    ),
    "unlock.no_vault": (
        "There is no vault yet. Create one on the home page.",
        "Es gibt noch keinen Tresor. Lege auf der Startseite einen an.",
    ),
    "unlock.reload_hint": (
        "Reloading the page always locks the vault again.",
        "Neuladen der Seite sperrt den Tresor immer wieder.",
    ),
    "lock.done": (
        "Locked. The key has left memory.",
        "Gesperrt. Der Schlüssel ist aus dem Speicher.",
    ),
    "lock.idle_notice": (
        "Locked after {minutes} without input. Anything you were writing is still here — "
        "unlock to save it.",
        "Nach {minutes} ohne Eingabe gesperrt. Was du gerade geschrieben hast, ist "
        "noch da – entsperre, um es zu speichern.",
    ),
    # ---- create --------------------------------------------------------------------------
    "create.name": ("Vault name", "Name des Tresors"),
    "create.name_help": (
        "Letters, digits, '-' or '_', for example journal or client-07.",
        "Buchstaben, Ziffern, '-' oder '_', zum Beispiel tagebuch oder klient-07.",
    ),
    "create.pass1": ("Choose a passphrase", "Passphrase wählen"),
    "create.pass2": ("Type it again", "Noch einmal eingeben"),
    "create.no_recovery": (
        "A lost passphrase cannot be recovered — not by you, not by anyone. Write it down "
        "somewhere safe.",
        "Eine verlorene Passphrase lässt sich nicht wiederherstellen – von niemandem. "
        "Schreib sie an einem sicheren Ort auf.",
    ),
    "create.button": ("Create vault", "Tresor anlegen"),
    "create.demo_button": ("Try it with example dreams", "Mit Beispielträumen ausprobieren"),
    "create.demo_help": (
        "Creates the vault with a dozen example dreams in English and German, marked as examples.",
        "Legt den Tresor mit einem Dutzend Beispielträumen auf Englisch und Deutsch an, als "
        "Beispiele markiert.",
    ),
    "create.bad_name": (
        "Use letters, digits, '-' or '_' for the vault name (up to 64), e.g. journal.",
        "Nutze Buchstaben, Ziffern, '-' oder '_' für den Namen (bis 64), z. B. tagebuch.",
    ),
    "create.exists": (
        "A vault named **{name}** already exists. Pick another name or unlock it.",
        "Ein Tresor namens **{name}** existiert schon. Wähle einen anderen Namen oder "
        "entsperre ihn.",
    ),
    "create.too_short": (
        "Choose a passphrase of at least {n} characters; a few unrelated words work well.",
        "Wähle eine Passphrase mit mindestens {n} Zeichen; ein paar unzusammenhängende Wörter "
        "eignen sich gut.",
    ),
    "create.mismatch": (
        "The two passphrases differ. Type the same one twice.",
        "Die beiden Passphrasen unterscheiden sich. Gib zweimal dieselbe ein.",
    ),
    "create.done": ("Your vault is ready.", "Dein Tresor ist bereit."),
    "create.done_demo": (
        "Your vault is ready, with example dreams to look around.",
        "Dein Tresor ist bereit – mit Beispielträumen zum Umsehen.",
    ),
    "strength.0": ("Too short: use at least {n} characters.", "Zu kurz: mindestens {n} Zeichen."),
    "strength.1": (
        "Weak: easy to guess. Add a few more unrelated words.",
        "Schwach: leicht zu erraten. Füge ein paar unzusammenhängende Wörter hinzu.",
    ),
    "strength.2": (
        "Fair. One or two more words would make it strong.",
        "Mittel. Ein, zwei Wörter mehr machen sie stark.",
    ),
    "strength.3": ("Strong passphrase.", "Starke Passphrase."),
    # ---- write ---------------------------------------------------------------------------
    "write.heading": ("Write a dream", "Traum aufschreiben"),
    "write.edit_heading": ("Edit dream", "Traum bearbeiten"),
    "write.title": ("Title", "Titel"),
    "write.title_ph": ("A few words to find it again", "Ein paar Worte zum Wiederfinden"),
    "write.date": ("Night of", "Nacht vom"),
    "write.body": ("What do you remember?", "Woran erinnerst du dich?"),
    "write.body_ph": (
        "Write it down before it fades: places, people, colours, feelings…",
        "Schreib es auf, bevor es verblasst: Orte, Menschen, Farben, Gefühle…",
    ),
    "write.tags": ("Tags", "Schlagwörter"),
    "write.tags_ph": ("Choose or type new", "Wählen oder neu eingeben"),
    "write.emotions": ("Feelings", "Gefühle"),
    "write.emotions_ph": ("Choose or type new", "Wählen oder neu eingeben"),
    "write.lucidity": ("Lucidity", "Klarheit (luzide)"),
    "write.luc_help": (
        "0: you did not know you were dreaming; 5: fully aware and in control.",
        "0: du wusstest nicht, dass du träumst; 5: ganz bewusst und selbst gesteuert.",
    ),
    "write.vividness": ("Vividness", "Lebendigkeit"),
    "write.viv_h": ("1: faint, 5: as real as waking life.", "1: blass, 5: so echt wie wach."),
    "write.nightmare": ("Nightmare", "Albtraum"),
    "write.recurring": ("Recurring", "Wiederkehrend"),
    "write.save": ("Save dream", "Traum speichern"),
    "write.save_edit": ("Save changes", "Änderungen speichern"),
    "write.cancel": ("Cancel", "Abbrechen"),
    "write.saved": ("Saved: **{title}**", "Gespeichert: **{title}**"),
    "write.empty": (
        "Write a title or a few words of the dream first.",
        "Schreib zuerst einen Titel oder ein paar Worte des Traums.",
    ),
    "write.draft_kept": (
        "Your unsaved dream is kept; unlock to go on writing.",
        "Dein ungespeicherter Traum ist noch da; entsperre, um weiterzuschreiben.",
    ),
    "write.locked_hint": (
        "Your text stays here while the vault is locked. Unlock above to add tags and save.",
        "Dein Text bleibt hier, solange der Tresor gesperrt ist. Entsperre oben, um "
        "Schlagwörter hinzuzufügen und zu speichern.",
    ),
    "emotions.suggested": (
        "fear, joy, calm, wonder, sadness, anxiety, confusion, love, anger, shame, relief, "
        "curiosity, loneliness, peace",
        "Angst, Freude, Ruhe, Staunen, Traurigkeit, Sorge, Verwirrung, Liebe, Wut, Scham, "
        "Erleichterung, Neugier, Einsamkeit, Frieden",
    ),
    # ---- journal -------------------------------------------------------------------------
    "journal.heading": ("Journal", "Tagebuch"),
    "journal.write": ("Write", "Schreiben"),
    "journal.search": ("Search", "Suchen"),
    "journal.search_ph": ("Search words in your dreams", "Wörter in deinen Träumen suchen"),
    "journal.filters": ("Filters", "Filter"),
    "journal.tag": ("Tag", "Schlagwort"),
    "journal.any_tag": ("Any tag", "Alle Schlagwörter"),
    "journal.since": ("From", "Von"),
    "journal.until": ("To", "Bis"),
    "journal.only_nightmares": ("Nightmares only", "Nur Albträume"),
    "journal.only_lucid": ("Lucid only", "Nur luzide"),
    "journal.clear": ("Clear filters", "Filter zurücksetzen"),
    "journal.count": (
        "{dreams}, newest first · page {page} of {pages}",
        "{dreams}, neueste zuerst · Seite {page} von {pages}",
    ),
    "journal.found": (
        "{dreams} found · page {page} of {pages}",
        "{dreams} gefunden · Seite {page} von {pages}",
    ),
    "journal.empty": (
        "No dreams yet. The next one you remember goes here.",
        "Noch keine Träume. Der nächste, an den du dich erinnerst, kommt hierher.",
    ),
    "journal.none": (
        "No dream matches. Try fewer words or clear the filters.",
        "Kein Traum passt. Versuche weniger Wörter oder setze die Filter zurück.",
    ),
    "journal.open": ("Open", "Öffnen"),
    "journal.back": ("Back to the list", "Zurück zur Liste"),
    "journal.deleted": ("The dream was deleted.", "Der Traum wurde gelöscht."),
    "detail.vividness": ("vividness {n}/5", "Lebendigkeit {n}/5"),
    "detail.lucidity": ("lucidity {n}/5", "Klarheit {n}/5"),
    "detail.sleep": ("sleep {n}/5", "Schlaf {n}/5"),
    "detail.tags": ("Tags", "Schlagwörter"),
    "detail.emotions": ("Feelings", "Gefühle"),
    "detail.no_text": ("(no text)", "(kein Text)"),
    "detail.rescript": ("Rescript", "Neufassung"),
    "detail.edit": ("Edit", "Bearbeiten"),
    "detail.delete": ("Delete", "Löschen"),
    "delete.confirm": (
        "Delete **{title}** for good? This cannot be undone.",
        "**{title}** endgültig löschen? Das lässt sich nicht rückgängig machen.",
    ),
    "delete.yes": ("Yes, delete it", "Ja, löschen"),
    "delete.no": ("Keep it", "Behalten"),
    "badge.nightmare": ("nightmare", "Albtraum"),
    "badge.lucid": ("lucid {n}/5", "luzide {n}/5"),
    "badge.recurring": ("recurring", "wiederkehrend"),
    "badge.example": ("example", "Beispiel"),
    "date.format": ("{weekday}, {day} {month} {year}", "{weekday}, {day}. {month} {year}"),
    "date.input_format": ("YYYY-MM-DD", "DD.MM.YYYY"),
    "weekdays": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    ),
    "months": (
        "January February March April May June July August September October November December",
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    ),
    # ---- insights ------------------------------------------------------------------------
    "insights.heading": ("Insights", "Einblicke"),
    "insights.period": ("Period", "Zeitraum"),
    "insights.period_12w": ("12 weeks", "12 Wochen"),
    "insights.period_1y": ("1 year", "1 Jahr"),
    "insights.period_all": ("All time", "Gesamt"),
    "insights.empty": (
        "No dreams in this period yet.",
        "In diesem Zeitraum gibt es noch keine Träume.",
    ),
    "insights.dreams": ("Dreams", "Träume"),
    "insights.other_dreams": ("Dreams", "Träume"),
    "insights.nightmares": ("Nightmares", "Albträume"),
    "insights.lucid_rate": ("Lucid", "Luzide"),
    "insights.vividness": ("Vividness", "Lebendigkeit"),
    "insights.per_week": ("per week", "pro Woche"),
    "insights.per_month": ("per month", "pro Monat"),
    "insights.over_time": ("Dreams and nightmares {per}", "Träume und Albträume {per}"),
    "insights.lucid_over_time": ("Lucid dreams {per} (%)", "Luzide Träume {per} (%)"),
    "insights.top_tags": ("Top tags", "Häufigste Schlagwörter"),
    "insights.top_emotions": ("Top feelings", "Häufigste Gefühle"),
    "insights.no_tags": ("No tags in this period.", "Keine Schlagwörter in diesem Zeitraum."),
    "insights.no_emotions": ("No feelings noted.", "Keine Gefühle notiert."),
    "insights.signs": ("Dream signs", "Traumzeichen"),
    "insights.signs_help": (
        "Words and symbols that come back across your dreams (from the newest {n}). Noticing "
        "them while dreaming is a classic way into lucid dreams.",
        "Wörter und Symbole, die in deinen Träumen wiederkehren (aus den neuesten {n}). Sie "
        "im Traum zu bemerken, ist ein klassischer Weg zum luziden Träumen.",
    ),
    "insights.no_signs": (
        "Nothing recurs yet — a few more dreams and patterns appear.",
        "Noch wiederholt sich nichts – nach ein paar weiteren Träumen zeigen sich Muster.",
    ),
    # ---- settings ------------------------------------------------------------------------
    "settings.language": ("Language", "Sprache"),
    "settings.autolock": ("Auto-lock", "Automatisch sperren"),
    "settings.autolock_label": (
        "Lock after this many idle minutes",
        "Sperren nach Minuten ohne Eingabe",
    ),
    "settings.autolock_help": (
        "After this long without a click or keystroke sent to the app, the key leaves memory. "
        "Text you are writing stays.",
        "Nach so langer Zeit ohne Klick oder Eingabe verlässt der Schlüssel den Speicher. "
        "Text, den du gerade schreibst, bleibt erhalten.",
    ),
    "settings.autolock_saved": (
        "Auto-lock after {minutes} without input.",
        "Automatische Sperre nach {minutes} ohne Eingabe.",
    ),
    "settings.passphrase": ("Change passphrase", "Passphrase ändern"),
    "settings.pw_old": ("Current passphrase", "Aktuelle Passphrase"),
    "settings.pw_new": ("New passphrase", "Neue Passphrase"),
    "settings.pw_again": ("New passphrase again", "Neue Passphrase wiederholen"),
    "settings.pw_button": ("Change passphrase", "Passphrase ändern"),
    "settings.pw_wrong": (
        "The current passphrase is not right; nothing was changed.",
        "Die aktuelle Passphrase stimmt nicht; es wurde nichts geändert.",
    ),
    "settings.pw_changed": (
        "Passphrase changed. Use the new one from now on; your dreams were not rewritten.",
        "Passphrase geändert. Ab jetzt gilt die neue; deine Träume wurden nicht neu geschrieben.",
    ),
    "settings.backup": ("Encrypted backup", "Verschlüsselte Sicherung"),
    "settings.backup_help": (
        "A single file with all dreams, still encrypted. It opens with the passphrase this "
        "vault has now.",
        "Eine Datei mit allen Träumen, weiterhin verschlüsselt. Sie öffnet sich mit der "
        "Passphrase, die dieser Tresor jetzt hat.",
    ),
    "settings.backup_prepare": ("Prepare backup", "Sicherung vorbereiten"),
    "settings.backup_download": (
        "Download encrypted backup ({dreams})",
        "Verschlüsselte Sicherung herunterladen ({dreams})",
    ),
    "settings.restore": ("Restore from a backup", "Aus einer Sicherung wiederherstellen"),
    "settings.restore_help": (
        "Adds the dreams of a backup that are not in this vault yet; nothing is overwritten.",
        "Fügt die Träume einer Sicherung hinzu, die noch nicht in diesem Tresor sind; nichts "
        "wird überschrieben.",
    ),
    "settings.restore_file": ("Backup file", "Sicherungsdatei"),
    "settings.restore_pw": ("Passphrase of the backup", "Passphrase der Sicherung"),
    "settings.restore_button": ("Restore", "Wiederherstellen"),
    "settings.restore_nofile": (
        "Choose a backup file first.",
        "Wähle zuerst eine Sicherungsdatei.",
    ),
    "settings.restore_wrong": (
        "That passphrase does not open the backup; nothing was added.",
        "Diese Passphrase öffnet die Sicherung nicht; es wurde nichts hinzugefügt.",
    ),
    "settings.restore_format": (
        "This is not a Dream Journal encrypted backup.",
        "Das ist keine verschlüsselte Traumtagebuch-Sicherung.",
    ),
    "settings.restored": (
        "Restored {added} dreams; {skipped} were already here.",
        "{added} Träume wiederhergestellt; {skipped} waren schon da.",
    ),
    "settings.examples": ("Example dreams", "Beispielträume"),
    "settings.examples_remove": (
        "Remove the {n} example dreams",
        "Die {n} Beispielträume entfernen",
    ),
    "settings.examples_removed": ("Removed {n} example dreams.", "{n} Beispielträume entfernt."),
}


def message(key: str, lang: str = "en", **values: Any) -> str:
    """The text for `key` in `lang` (English if `lang` is unknown), placeholders filled."""
    text = MESSAGES[key][_INDEX.get(lang, 0)]
    return text.format(**values) if values else text
