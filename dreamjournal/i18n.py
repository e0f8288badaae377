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
    "nav.session": ("Session", "Sitzung"),
    "nav.outcomes": ("Outcomes", "Verlauf"),
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
    "session.unfinished": (
        "A session on “{title}” started at {time} was not finished. Resume it, or discard it.",
        "Eine Sitzung zu „{title}“, begonnen um {time}, wurde nicht beendet. Setze sie fort "
        "oder verwirf sie.",
    ),
    "session.resume": ("Resume", "Fortsetzen"),
    "session.discard": ("Discard", "Verwerfen"),
    "session.discarded": ("The unfinished session was discarded.", "Die Sitzung wurde verworfen."),
    "lock.stale": (
        "The passphrase of this vault was changed elsewhere (another tab or the command line). "
        "Nothing was written and your text is still here: unlock with the new passphrase, then "
        "save again.",
        "Die Passphrase dieses Tresors wurde woanders geändert (in einem anderen Tab oder auf "
        "der Kommandozeile). Es wurde nichts geschrieben und dein Text ist noch da: Entsperre "
        "mit der neuen Passphrase und speichere dann noch einmal.",
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
        "Use letters (any alphabet, umlauts too), digits, '-', '_' or '.' for the vault name, "
        "starting with a letter or digit (up to 64), e.g. journal or Jürgen.",
        "Nutze Buchstaben (jedes Alphabet, auch Umlaute), Ziffern, '-', '_' oder '.' für den "
        "Namen, beginnend mit Buchstabe oder Ziffer (bis 64), z. B. tagebuch oder Jürgen.",
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
    "write.restored": (
        "Restored your unsaved draft from {time}.",
        "Dein ungespeicherter Entwurf von {time} ist wieder da.",
    ),
    "write.keep": ("Keep", "Behalten"),
    "settings.cameo": ("You in your dreams", "Du in deinen Träumen"),
    "settings.cameo_label": (
        "How you look in your dreams (optional)",
        "Wie du in deinen Träumen aussiehst (freiwillig)",
    ),
    "settings.cameo_ph": (
        "e.g. a woman in her thirties with short dark hair and a green raincoat",
        "z. B. eine Frau um die dreißig mit kurzen dunklen Haaren und grünem Regenmantel",
    ),
    "settings.cameo_help": (
        "Video prompts then show you like this in every shot; without it, a neutral figure. "
        "Stored encrypted in this vault.",
        "Video-Prompts zeigen dich dann in jeder Einstellung so; ohne Angabe eine neutrale "
        "Figur. Verschlüsselt in diesem Tresor gespeichert.",
    ),
    "settings.cameo_saved": (
        "Saved how you look in your dreams.",
        "Gespeichert, wie du in deinen Träumen aussiehst.",
    ),
    "write.saved_edit": ("Changes saved.", "Änderungen gespeichert."),
    "care.nightmare_q": ("Was this a nightmare?", "War das ein Albtraum?"),
    "care.nightmare_help": (
        "This dream sounds distressing. If it was a nightmare, the journal will not replay it "
        "word for word: Imagery Rehearsal first asks you to write a changed, calmer version.",
        "Dieser Traum klingt belastend. Wenn es ein Albtraum war, spielt das Tagebuch ihn nicht "
        "Wort für Wort nach: Die Imaginationsübung bittet dich zuerst, eine veränderte, "
        "ruhigere Fassung zu schreiben.",
    ),
    "care.yes_nightmare": ("Yes, it was a nightmare", "Ja, es war ein Albtraum"),
    "care.not_nightmare": ("No", "Nein"),
    "irt.not_calmer": (
        "This changed version is not calmer than the nightmare yet ({why}), so it is not "
        "called safe. You could change the ending, bring in a helper, or give yourself a new "
        "power, and save it again.",
        "Diese veränderte Fassung ist noch nicht ruhiger als der Albtraum ({why}), darum wird "
        "sie nicht als sicher bezeichnet. Du könntest das Ende ändern, eine Hilfe auftauchen "
        "lassen oder dir eine neue Fähigkeit geben und sie noch einmal speichern.",
    ),
    "irt.why_more_negative": ("it reads more negative", "sie wirkt negativer"),
    "irt.why_not_less_distressing": (
        "it is not less distressing",
        "sie ist nicht weniger belastend",
    ),
    "irt.why_threat_wins": ("the threat still wins", "die Bedrohung gewinnt noch"),
    "count.word": ("1 word", "1 Wort"),
    "count.words": ("{n} words", "{n} Wörter"),
    "write.autosaved": (
        "Draft kept safe in the vault, encrypted, at {time} ({words}).",
        "Entwurf verschlüsselt im Tresor gesichert um {time} ({words}).",
    ),
    "write.discard": ("Discard", "Verwerfen"),
    "write.conflict": (
        "This dream was changed elsewhere (another tab or the command line) after you opened "
        "it. Nothing was overwritten: your version is still in the form, the newer one is "
        "below. Save again to keep yours, or cancel to keep the newer one.",
        "Dieser Traum wurde woanders geändert (in einem anderen Tab oder auf der "
        "Kommandozeile), nachdem du ihn geöffnet hast. Nichts wurde überschrieben: deine "
        "Fassung steht noch im Formular, die neuere darunter. Speichere noch einmal, um deine "
        "zu behalten, oder brich ab, um die neuere zu behalten.",
    ),
    "write.conflict_deleted": (
        "This dream was deleted elsewhere after you opened it. Your text is still in the "
        "form; save it to keep it as a new dream.",
        "Dieser Traum wurde woanders gelöscht, nachdem du ihn geöffnet hast. Dein Text steht "
        "noch im Formular; speichere ihn, um ihn als neuen Traum zu behalten.",
    ),
    "write.newer": ("The newer version", "Die neuere Fassung"),
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
    "detail.visualize": ("Visualize", "Visualisieren"),
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
    # ---- visualize -----------------------------------------------------------------------
    "nav.visualize": ("Visualize", "Visualisieren"),
    "vis.title": ("Visualize a dream", "Einen Traum visualisieren"),
    "vis.intro": (
        "A guided script to rehearse, a prompt for a video model and a short clip — all made on "
        "this computer unless you choose otherwise.",
        "Ein geführtes Skript zum Üben, ein Prompt für ein Videomodell und ein kurzer Clip – "
        "alles auf diesem Computer erstellt, außer du entscheidest anders.",
    ),
    "vis.empty": (
        "No dreams yet. Write one first; then it can be visualized here.",
        "Noch keine Träume. Schreib zuerst einen auf; dann lässt er sich hier visualisieren.",
    ),
    "vis.pick": ("Dream", "Traum"),
    "vis.search": ("Search", "Suchen"),
    "vis.search_ph": ("Find a dream", "Traum finden"),
    "vis.no_match": (
        "No dream matches that search; the list shows the one you had.",
        "Kein Traum passt zur Suche; die Liste zeigt den bisherigen.",
    ),
    "vis.crisis_title": ("Before anything else", "Bevor es weitergeht"),
    "vis.crisis_confirm": (
        "I have read this. I still want to use a remote writer or renderer for this dream.",
        "Ich habe das gelesen. Ich möchte für diesen Traum trotzdem einen entfernten Dienst "
        "nutzen.",
    ),
    "vis.needs_rescript": (
        "This dream is marked as a nightmare. Imagery rehearsal never replays a nightmare as it "
        "was: first write how it changes. The guided script, the prompt and the clip are then "
        "built from your new version.",
        "Dieser Traum ist als Albtraum markiert. Bei der Imagery Rehearsal wird ein Albtraum "
        "nie unverändert wiederholt: Schreib zuerst, wie er sich verändert. Skript, Prompt und "
        "Clip entstehen dann aus deiner neuen Version.",
    ),
    "vis.writer": ("Written by", "Geschrieben von"),
    "vis.writer.offline": ("This computer", "Diesem Computer"),
    "vis.writer.openai": ("A model server", "Einem Modellserver"),
    "vis.openai_unset": (
        "No model server is set up. Set DREAMJOURNAL\\_OPENAI\\_BASE\\_URL (for example "
        "http://127.0.0.1:11434/v1 for Ollama) and restart the app; until then this computer "
        "writes.",
        "Kein Modellserver eingerichtet. Setze DREAMJOURNAL\\_OPENAI\\_BASE\\_URL (zum Beispiel "
        "http://127.0.0.1:11434/v1 für Ollama) und starte die App neu; bis dahin schreibt dieser "
        "Computer.",
    ),
    "vis.what_dream": ("this dream's full text", "der vollständige Text dieses Traums"),
    "vis.what_rescript": (
        "your changed version of this dream (not the nightmare)",
        "deine veränderte Version dieses Traums (nicht der Albtraum)",
    ),
    "vis.openai_what": (
        "Sending goes to **{where}**: {what}, its title and its analysis. Nothing is sent until "
        "you tick the box and press the button; consent counts for this dream, this once.",
        "Gesendet wird an **{where}**: {what}, der Titel und die Analyse. Nichts wird gesendet, "
        "bevor du das Kästchen ankreuzt und den Knopf drückst; die Zustimmung gilt für diesen "
        "Traum, dieses eine Mal.",
    ),
    "vis.consent": (
        "I agree to send this dream, this time",
        "Ich stimme zu, diesen Traum dieses Mal zu senden",
    ),
    "vis.send": ("Send and write", "Senden und schreiben"),
    "vis.sending": ("Waiting for {where} …", "Warte auf {where} …"),
    "vis.from_rescript": ("Built from your changed version", "Aus deiner veränderten Version"),
    "vis.from_dream": ("Built from the dream as written", "Aus dem Traum, wie du ihn schriebst"),
    "vis.by_remote": (
        "This script and prompt were written by the model server.",
        "Skript und Prompt hat der Modellserver geschrieben.",
    ),
    "vis.tab.script": ("Guided script", "Geführtes Skript"),
    "vis.tab.prompt": ("Video prompt", "Video-Prompt"),
    "vis.tab.clip": ("Clip", "Clip"),
    "vis.tab.irt": ("Rehearsal", "Übung"),
    "vis.prompt_help": (
        "Style first, then the palette and a timed shot list: ready to paste into a "
        "text-to-video model. The copy button is at the top right.",
        "Zuerst der Stil, dann die Farben und eine zeitlich gegliederte Einstellungsliste: "
        "bereit für ein Text-zu-Video-Modell. Der Kopierknopf ist oben rechts.",
    ),
    "vis.palette": ("Palette", "Farben"),
    "vis.shots": ("Shot list", "Einstellungen"),
    "vis.col.time": ("Time", "Zeit"),
    "vis.col.framing": ("Framing", "Bildausschnitt"),
    "vis.col.camera": ("Camera", "Kamera"),
    "vis.col.action": ("What happens", "Was geschieht"),
    "vis.col.light": ("Light", "Licht"),
    "vis.col.mood": ("Mood", "Stimmung"),
    "an.tone": ("Feeling tone", "Gefühlston"),
    "an.tone_help": (
        "Valence {v}, from −1 (unpleasant) to +1 (pleasant).",
        "Valenz {v}, von −1 (unangenehm) bis +1 (angenehm).",
    ),
    "an.intensity": ("Intensity", "Intensität"),
    "an.intensity_help": (
        "Arousal {a}, from 0 (calm) to 1 (intense).",
        "Erregung {a}, von 0 (ruhig) bis 1 (intensiv).",
    ),
    "an.pleasant": ("pleasant", "angenehm"),
    "an.mixed": ("mixed", "gemischt"),
    "an.unpleasant": ("unpleasant", "unangenehm"),
    "an.calm": ("calm", "ruhig"),
    "an.stirred": ("stirred", "bewegt"),
    "an.intense": ("intense", "intensiv"),
    "an.feelings": ("Feelings", "Gefühle"),
    "an.symbols": ("Symbols", "Symbole"),
    "an.settings": ("Places", "Orte"),
    "an.characters": ("Figures", "Figuren"),
    "an.signs": ("Dream signs", "Traumzeichen"),
    "an.legend": (
        "Numbers after a feeling: valence (−1 … +1) / arousal (0 … 1).",
        "Zahlen nach einem Gefühl: Valenz (−1 … +1) / Erregung (0 … 1).",
    ),
    "an.nothing": (
        "No feelings, symbols or places named yet; a few more words would help.",
        "Noch keine Gefühle, Symbole oder Orte erkannt; ein paar Worte mehr helfen.",
    ),
    "irt.title": ("Imagery rehearsal", "Imagery Rehearsal"),
    "irt.original": ("The nightmare as you wrote it", "Der Albtraum, wie du ihn schriebst"),
    "irt.ideas": ("Ideas for changing it", "Ideen für die Veränderung"),
    "irt.rescript": ("Your changed version", "Deine veränderte Version"),
    "irt.rescript_ph": (
        "What happens instead? Write it in the present tense, as if it is happening now.",
        "Was geschieht stattdessen? Schreib es in der Gegenwart, als geschähe es jetzt.",
    ),
    "irt.save": ("Save the changed version", "Veränderte Version speichern"),
    "irt.save_again": ("Save changes", "Änderungen speichern"),
    "irt.edit": ("Your changed version", "Deine veränderte Version"),
    "irt.saved": (
        "Saved. The script and prompt are now built from your changed version.",
        "Gespeichert. Skript und Prompt entstehen jetzt aus deiner veränderten Version.",
    ),
    "irt.rehearse": ("Rehearsal log", "Übungsprotokoll"),
    "irt.rehearse_help": (
        "After rehearsing, note how long and how distressed you felt before and after.",
        "Notiere nach dem Üben, wie lange es war und wie belastet du dich vorher und nachher "
        "gefühlt hast.",
    ),
    "irt.today": (
        "Today: {done} minutes (aim for {low}–{high})",
        "Heute: {done} Minuten (Ziel {low}–{high})",
    ),
    "irt.enough": (
        "That is {high} minutes today — the most imagery rehearsal asks for. Rest now; "
        "rehearse again tomorrow.",
        "Das sind heute {high} Minuten – mehr sieht die Imagery Rehearsal nicht vor. Ruh dich "
        "aus; übe morgen wieder.",
    ),
    "irt.aim": ("{low} more minutes reach today's minimum.", "Noch {low} Minuten bis zum Minimum."),
    "irt.minutes": ("Minutes rehearsed", "Geübte Minuten"),
    "irt.before": ("Distress before (0–10)", "Belastung vorher (0–10)"),
    "irt.after": ("Distress after (0–10)", "Belastung nachher (0–10)"),
    "irt.suds_help": (
        "0 is completely calm, 10 the worst distress you can imagine.",
        "0 ist völlig ruhig, 10 die schlimmste Belastung, die du dir vorstellen kannst.",
    ),
    "irt.log": ("Log rehearsal", "Übung eintragen"),
    "irt.logged": ("Rehearsal logged.", "Übung eingetragen."),
    "irt.none_yet": (
        "No rehearsals logged for this dream yet.",
        "Für diesen Traum ist noch keine Übung eingetragen.",
    ),
    "irt.col.day": ("Day", "Tag"),
    "irt.col.minutes": ("Minutes", "Minuten"),
    "irt.col.before": ("Before", "Vorher"),
    "irt.col.after": ("After", "Nachher"),
    "irt.col.session": ("Rehearsal", "Übung"),
    "irt.col.distress": ("Distress", "Belastung"),
    "clip.new": ("Render a new clip", "Neuen Clip erstellen"),
    "clip.help": (
        "Made on this computer from the prompt and script: soft colours, slow camera moves, "
        "ambient sound. Stored encrypted in the vault.",
        "Auf diesem Computer aus Prompt und Skript erstellt: sanfte Farben, langsame "
        "Kamerafahrten, ruhiger Klang. Verschlüsselt im Tresor gespeichert.",
    ),
    "clip.seconds": ("Length (seconds)", "Länge (Sekunden)"),
    "clip.size": ("Size", "Größe"),
    "clip.backend": ("Made by", "Erstellt von"),
    "clip.backend.procedural": ("This computer", "Diesem Computer"),
    "clip.backend.videos-api": ("A video service", "Einem Videodienst"),
    "clip.remote_unset": (
        "No video service is set up (DREAMJOURNAL\\_VIDEOS\\_BASE\\_URL).",
        "Kein Videodienst eingerichtet (DREAMJOURNAL\\_VIDEOS\\_BASE\\_URL).",
    ),
    "clip.remote_what": (
        "The prompt, with this dream's own sentences, goes to **{where}**. Nothing is sent until "
        "you tick the box and press Render; consent counts for this dream, this once.",
        "Der Prompt mit den Sätzen dieses Traums geht an **{where}**. Nichts wird gesendet, "
        "bevor du das Kästchen ankreuzt und auf Erstellen drückst; die Zustimmung gilt für "
        "diesen Traum, dieses eine Mal.",
    ),
    "clip.render": ("Render clip", "Clip erstellen"),
    "clip.rendering": ("Rendering… {pct} %", "Wird erstellt … {pct} %"),
    "clip.cancel": ("Cancel", "Abbrechen"),
    "clip.cancelled": (
        "Stopped. Nothing of that clip was kept.",
        "Abgebrochen. Von diesem Clip wurde nichts behalten.",
    ),
    "clip.done": ("The clip is ready.", "Der Clip ist fertig."),
    "clip.details": (
        "{s} s · {size} · {backend} · {when} · {mb:.1f} MB",
        "{s} s · {size} · {backend} · {when} · {mb:.1f} MB",
    ),
    "clip.download": ("Download MP4", "MP4 herunterladen"),
    "clip.unencrypted": (
        "The downloaded file is not encrypted: anyone with the file can watch it.",
        "Die heruntergeladene Datei ist nicht verschlüsselt: Wer sie hat, kann sie ansehen.",
    ),
    "clip.list": ("Clips of this dream ({n})", "Clips dieses Traums ({n})"),
    "clip.none": ("No clips of this dream yet.", "Noch keine Clips von diesem Traum."),
    "clip.play": ("Play", "Abspielen"),
    "clip.playing": ("playing", "läuft"),
    "clip.delete": ("Delete", "Löschen"),
    "clip.delete_yes": ("Yes, delete the clip", "Ja, Clip löschen"),
    "clip.deleted": ("The clip was deleted.", "Der Clip wurde gelöscht."),
    "reel.title": ("Dream reel", "Traumfilm"),
    "reel.intro": (
        "Several dreams in one video, each after a title card: a dream diary to show a "
        "friend. It uses each dream's newest clip (make clips on the Visualize page) and is "
        "kept encrypted like a clip. A nightmare's card never shows its own title.",
        "Mehrere Träume in einem Video, jeder nach einer Titelkarte: ein Traumtagebuch zum "
        "Zeigen. Verwendet wird der neueste Clip jedes Traums (Clips entstehen auf der Seite "
        "Visualisieren); der Film wird verschlüsselt gespeichert wie ein Clip. Die Karte "
        "eines Albtraums zeigt nie seinen eigenen Titel.",
    ),
    "reel.pick": ("Dreams, in the order they play", "Träume, in der Reihenfolge des Films"),
    "reel.pick_help": (
        "Only dreams with a clip are listed. Pick two to twelve.",
        "Nur Träume mit Clip stehen hier. Wähle zwei bis zwölf.",
    ),
    "reel.no_clips": (
        "No dream has a clip yet. Make clips on the Visualize page, then join them here.",
        "Noch kein Traum hat einen Clip. Erstelle Clips auf der Seite Visualisieren und "
        "füge sie hier zusammen.",
    ),
    "reel.make": ("Make the reel", "Traumfilm erstellen"),
    "reel.making": ("Making the reel… {pct} %", "Traumfilm wird erstellt … {pct} %"),
    "reel.done": ("The dream reel is ready.", "Der Traumfilm ist fertig."),
    "reel.deleted": ("The dream reel was deleted.", "Der Traumfilm wurde gelöscht."),
    "reel.label": ("Dream reel · {n} dreams · {span}", "Traumfilm · {n} Träume · {span}"),
    "reel.details": ("{s} s · {size}", "{s} s · {size}"),
    "reel.share": ("Share this reel", "Diesen Traumfilm teilen"),
    "reel.shares_video": (
        "A dream reel is shared as its video only: no dream's text, prompt or script.",
        "Ein Traumfilm wird nur als Video geteilt: ohne Text, Prompt oder Skript der Träume.",
    ),
    "clip.voice": ("Voice", "Stimme"),
    "clip.voice.none": ("No voice", "Keine Stimme"),
    "clip.voice.speech": ("Computer voice", "Computerstimme"),
    "clip.voice.recorded": ("My recording", "Meine Aufnahme"),
    "clip.voice_help": (
        "The guided script spoken over the clip: by an offline voice on this computer, or "
        "in your own recorded voice (or your therapist's).",
        "Das geführte Skript über dem Clip gesprochen: von einer Offline-Stimme auf diesem "
        "Computer oder mit deiner eigenen aufgenommenen Stimme (oder der deiner Therapeutin "
        "oder deines Therapeuten).",
    ),
    "clip.record": ("Record the narration", "Erzählung aufnehmen"),
    "clip.record_help": (
        "Read the guided script aloud, you or your therapist. The recording is kept "
        "encrypted with this dream and is deleted with it.",
        "Lies das geführte Skript vor, du oder deine Therapeutin oder dein Therapeut. Die "
        "Aufnahme wird verschlüsselt bei diesem Traum gespeichert und mit ihm gelöscht.",
    ),
    "clip.record_keep": ("Keep this recording", "Diese Aufnahme behalten"),
    "clip.record_kept": (
        "Your recording is kept, encrypted. Choose “My recording” as the voice.",
        "Deine Aufnahme ist verschlüsselt gespeichert. Wähle „Meine Aufnahme“ als Stimme.",
    ),
    "clip.record_have": (
        "Recorded narration, {s} s, kept encrypted with this dream.",
        "Aufgenommene Erzählung, {s} s, verschlüsselt bei diesem Traum gespeichert.",
    ),
    "clip.record_delete": ("Delete the recording", "Aufnahme löschen"),
    "clip.record_deleted": ("The recording was deleted.", "Die Aufnahme wurde gelöscht."),
    # ---- script player (shared by Visualize and Session) ---------------------------------
    "player.step": ("Step {n} of {total} · {phase}", "Schritt {n} von {total} · {phase}"),
    "player.left": ("Time left", "Verbleibend"),
    "player.start": ("Start", "Start"),
    "player.resume": ("Resume", "Weiter"),
    "player.pause": ("Pause", "Pause"),
    "player.next": ("Next", "Nächster"),
    "player.back": ("Back", "Zurück"),
    "player.again": ("Start again", "Von vorn"),
    "player.breathe_in": ("Breathe in", "Einatmen"),
    "player.breathe_out": ("Breathe out", "Ausatmen"),
    "player.pace": ("{n} breaths a minute", "{n} Atemzüge pro Minute"),
    "player.total": ("About {minutes} in all", "Insgesamt etwa {minutes}"),
    "player.done": (
        "That was the whole script. Take a moment before you go on.",
        "Das war das ganze Skript. Nimm dir einen Moment, bevor du weitermachst.",
    ),
    "phase.grounding": ("Grounding", "Ankommen"),
    "phase.breathing": ("Breathing", "Atmen"),
    "phase.safe_place": ("Safe place", "Sicherer Ort"),
    "phase.rescripted_scene": ("The dream scene", "Die Traumszene"),
    "phase.anchoring": ("Anchoring", "Verankern"),
    "phase.return": ("Return", "Zurückkommen"),
    # ---- therapy: session and outcomes ---------------------------------------------------
    "session.heading": ("Session", "Sitzung"),
    "session.intro": (
        "Work through one dream together: distress before, the guided rehearsal of its changed "
        "version, distress after and a few notes. Everything is saved encrypted in this vault.",
        "Einen Traum gemeinsam durcharbeiten: Belastung vorher, die angeleitete Übung der "
        "veränderten Version, Belastung nachher und ein paar Notizen. Alles wird verschlüsselt "
        "in diesem Tresor gespeichert.",
    ),
    "session.dream": ("Dream", "Traum"),
    "session.every_dream": ("Offer every dream, not only nightmares", "Alle Träume anbieten"),
    "session.ready": ("changed version ready", "veränderte Version liegt vor"),
    "session.waiting": ("nightmare, needs a changed version", "Albtraum, braucht eine Veränderung"),
    "session.plain": ("dream", "Traum"),
    "session.no_dreams": (
        "No nightmares or changed versions in this vault yet.",
        "In diesem Tresor gibt es noch keine Albträume oder veränderten Versionen.",
    ),
    "session.needs_rescript": (
        "**{title}** is a nightmare without a changed version yet. Imagery Rehearsal works by "
        "rehearsing the new version, never the nightmare itself: write the changed version "
        "first, then come back to start the session.",
        "**{title}** ist ein Albtraum ohne veränderte Version. Imagery Rehearsal wirkt, indem "
        "die neue Version geübt wird, nie der Albtraum selbst: Schreibt zuerst die veränderte "
        "Version und startet dann die Sitzung.",
    ),
    "session.go_visualize": (
        "Write the changed version on the Visualize page",
        "Veränderte Version auf der Seite Visualisieren schreiben",
    ),
    "session.changed_version": ("The changed version", "Die veränderte Version"),
    "session.before": ("Distress now, before (SUDS 0–10)", "Belastung jetzt, vorher (SUDS 0–10)"),
    "session.after": ("Distress now, after (SUDS 0–10)", "Belastung jetzt, nachher (SUDS 0–10)"),
    "session.suds_help": (
        "Subjective Units of Distress: how upsetting the dream feels right now.",
        "Subjektive Belastung: wie belastend sich der Traum gerade anfühlt.",
    ),
    "session.suds_scale": (
        "0 = completely calm · 10 = the worst distress imaginable",
        "0 = völlig ruhig · 10 = die schlimmste vorstellbare Belastung",
    ),
    "session.start": ("Start session", "Sitzung beginnen"),
    "session.running": (
        "Started {time} · distress before: {before}",
        "Begonnen {time} · Belastung vorher: {before}",
    ),
    "session.clip_failed": (
        "The clip of this dream could not be opened; the script works without it.",
        "Der Clip zu diesem Traum ließ sich nicht öffnen; das Skript funktioniert auch ohne.",
    ),
    "session.clip": ("Clip of the changed version", "Clip der veränderten Version"),
    "session.after_heading": ("After the rehearsal", "Nach der Übung"),
    "session.notes": ("Session notes", "Sitzungsnotizen"),
    "session.notes_hint": (
        "What changed, what stood out, what to rehearse at home…",
        "Was sich verändert hat, was auffiel, was zu Hause geübt wird…",
    ),
    "session.save": ("Save session", "Sitzung speichern"),
    "session.save_help": (
        "Saving also records how far the script got.",
        "Beim Speichern wird auch festgehalten, wie weit das Skript kam.",
    ),
    "session.saved": ("Session saved, encrypted.", "Sitzung verschlüsselt gespeichert."),
    "session.history": ("Past sessions", "Frühere Sitzungen"),
    "session.no_history": (
        "No sessions in this vault yet.",
        "Noch keine Sitzungen in diesem Tresor.",
    ),
    "session.deleted": ("(deleted dream)", "(gelöschter Traum)"),
    "session.col_started": ("Started", "Beginn"),
    "session.col_dream": ("Dream", "Traum"),
    "session.col_before": ("Before", "Vorher"),
    "session.col_after": ("After", "Nachher"),
    "session.col_steps": ("Steps", "Schritte"),
    "session.col_notes": ("Notes", "Notizen"),
    "outcomes.heading": ("Outcomes", "Verlauf"),
    "outcomes.caption": (
        "Client: **{client}** · weeks start on Monday · time zone: {zone}",
        "Klient:in: **{client}** · Wochen beginnen am Montag · Zeitzone: {zone}",
    ),
    "outcomes.local_zone": ("this computer's ({zone})", "die dieses Computers ({zone})"),
    "outcomes.bad_zone": (
        "The time zone {zone} in the settings is unknown; using this computer's instead.",
        "Die Zeitzone {zone} in den Einstellungen ist unbekannt; verwendet wird die dieses "
        "Computers.",
    ),
    "outcomes.empty": (
        "Nothing to show yet: dreams, rehearsals and sessions appear here week by week.",
        "Noch nichts zu zeigen: Träume, Übungen und Sitzungen erscheinen hier Woche für Woche.",
    ),
    "outcomes.sessions": ("Sessions", "Sitzungen"),
    "outcomes.minutes": ("Rehearsal minutes", "Übungsminuten"),
    "outcomes.drop_sessions": ("Distress drop · session", "Entlastung · Sitzung"),
    "outcomes.drop_rehearsals": ("Distress drop · rehearsal", "Entlastung · Übung"),
    "outcomes.nightmares": ("Nightmares per week", "Albträume pro Woche"),
    "outcomes.distress": ("Distress before and after", "Belastung vorher und nachher"),
    "outcomes.distress_help": (
        "Each session and rehearsal, in order: SUDS before and after, joined by a line.",
        "Jede Sitzung und Übung der Reihe nach: SUDS vorher und nachher, durch eine Linie "
        "verbunden.",
    ),
    "outcomes.no_distress": (
        "No sessions or rehearsals recorded yet.",
        "Noch keine Sitzungen oder Übungen erfasst.",
    ),
    "outcomes.kind_session": ("Session", "Sitzung"),
    "outcomes.kind_rehearsal": ("Rehearsal", "Übung"),
    "outcomes.before": ("Before", "Vorher"),
    "outcomes.after": ("After", "Nachher"),
    "outcomes.minutes_per_week": ("Rehearsal minutes per week", "Übungsminuten pro Woche"),
    "outcomes.minutes_help": (
        "IRT asks for 5 to 20 minutes of rehearsal a day.",
        "IRT sieht 5 bis 20 Minuten Übung am Tag vor.",
    ),
    "outcomes.adherence": ("Keeping to the protocol", "Einhaltung des Protokolls"),
    "outcomes.days_rehearsed": ("Days rehearsed per week", "Übungstage pro Woche"),
    "outcomes.new_dreams": ("New dreams per week", "Neue Träume pro Woche"),
    "outcomes.within_limit": ("at most two", "höchstens zwei"),
    "outcomes.over_limit": ("more than two", "mehr als zwei"),
    "outcomes.over_limit_week": (
        "More than {n} new dreams were started in the week of {weeks}. IRT works best with "
        "at most {n} a week.",
        "In der Woche vom {weeks} wurden mehr als {n} neue Träume begonnen. IRT wirkt am "
        "besten mit höchstens {n} pro Woche.",
    ),
    "outcomes.drop_help": (
        "Average of distress before minus distress after (SUDS points).",
        "Durchschnitt aus Belastung vorher minus Belastung nachher (SUDS-Punkte).",
    ),
    "outcomes.over_limit_weeks": (
        "More than {n} new dreams were started in the weeks of {weeks}. IRT works best with "
        "at most {n} a week.",
        "In den Wochen vom {weeks} wurden mehr als {n} neue Träume begonnen. IRT wirkt am "
        "besten mit höchstens {n} pro Woche.",
    ),
    "outcomes.all_within": (
        "Every week kept to at most {n} new dreams.",
        "Jede Woche blieb bei höchstens {n} neuen Träumen.",
    ),
    "outcomes.table": ("Week by week", "Woche für Woche"),
    "outcomes.col_week": ("Week of", "Woche ab"),
    "outcomes.col_nightmares": ("Nightmares", "Albträume"),
    "outcomes.col_dreams": ("Dreams", "Träume"),
    "outcomes.col_minutes": ("Rehearsal min", "Übungsmin."),
    "outcomes.col_days": ("Days rehearsed", "Übungstage"),
    "outcomes.col_new": ("New dreams", "Neue Träume"),
    "outcomes.col_sessions": ("Sessions", "Sitzungen"),
    "outcomes.report": ("Report", "Bericht"),
    "outcomes.consent": (
        "The client consents to exporting this report",
        "Die Klientin / der Klient stimmt dem Export dieses Berichts zu",
    ),
    "outcomes.not_encrypted": (
        "Exported files are not encrypted: keep them as safe as your session notes.",
        "Exportierte Dateien sind nicht verschlüsselt: Bewahre sie so sicher auf wie deine "
        "Sitzungsnotizen.",
    ),
    "outcomes.dl_outcomes": ("Outcomes report", "Verlaufsbericht"),
    "outcomes.dl_json": ("Outcome data · JSON", "Verlaufsdaten · JSON"),
    "outcomes.dl_session": ("Session summary", "Sitzungszusammenfassung"),
    "outcomes.pick_session": ("Session for a summary", "Sitzung für eine Zusammenfassung"),
    "outcomes.no_sessions": (
        "No sessions yet, so no session summary.",
        "Noch keine Sitzungen, also keine Sitzungszusammenfassung.",
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
        "This is not a Dream Journal encrypted backup, or it is damaged or was changed. "
        "Nothing was restored; your vault is as it was.",
        "Das ist keine verschlüsselte Traumtagebuch-Sicherung, oder sie ist beschädigt oder "
        "wurde verändert. Es wurde nichts wiederhergestellt; dein Tresor ist unverändert.",
    ),
    "settings.restore_plan": (
        "This backup is intact. Restoring adds {added} dreams and {clips} clips; {skipped} "
        "dreams are already here and stay as they are (nothing is duplicated or overwritten).",
        "Diese Sicherung ist unversehrt. Wiederherstellen fügt {added} Träume und {clips} Clips "
        "hinzu; {skipped} Träume sind schon da und bleiben, wie sie sind (nichts wird doppelt "
        "angelegt oder überschrieben).",
    ),
    "settings.restore_plan_missing": (
        "{n} clips are listed but their files are not in this backup (an older backup); they "
        "are left out.",
        "{n} Clips sind verzeichnet, aber ihre Dateien fehlen in dieser (älteren) Sicherung; "
        "sie werden ausgelassen.",
    ),
    "settings.restore_confirm": ("Restore now", "Jetzt wiederherstellen"),
    "settings.restored_clips": ("{n} clips restored.", "{n} Clips wiederhergestellt."),
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
