"""Round 29: what crisis_dev39 (what people say about how they are, in short statements and
messages: a GP's "how have you been?", a patient-portal message, a first text to a crisis line,
a homework sheet, a reply to "are you okay?"; a development set measured blind on the round's
starting code, 116/120 caught and 30/120 false alarms, then read) showed, as mechanisms.

* Caught now: a rope whose ordinary purpose the writer denies ("weiß genau, dass es nicht für
  den Garten ist"; the rope-for-a-thing frame no longer reads a denied purpose as one); things
  given away and "der ahnt nix"; a cover story in the plural ("Die Leute denken, ich wandere
  aus. Ich wandere nicht aus."); the end taken into one's own hands before an illness brings
  it; "thinking of doing something to myself" (a pattern now, so that its denial sets the
  sentence aside for the classifier too).
* Left alone now: a question answered "I don't." or "Ehrlich nicht", "kann Ihnen ehrlich
  sagen: nein", "hatte ich nie" (not ", aber jetzt schon"); the writer's own words taken up and
  said to mean something else ("when I said I can't do this anymore I meant the flat"); "my
  last message", "meine letzte Nachricht" (the one sent before, no farewell); past episodes
  told as over ("did think of ending it" is past, "the scars on my arms have faded", "alive and
  well", "been well for a very long time", "no thoughts like that since", "heute will ich
  bleiben", "seit zwanzig Jahren nichts mehr, und es fehlt mir nicht", "diese Gedanken kommen
  nie mehr"); a brother's overdose told beside "and I'm at the hospital" (the pattern's first
  clause decides whose it is); "die mochte sie" (past of "mögen", no wish and no typo of
  "möchte"); the corpse of a murder-mystery dinner.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dreamjournal.therapy.safety import assess_crisis, assess_with

FLAGGED = [
    "Bought a rope at the hardware shop and I know very well it isn't for the garden.",
    "Im Baumarkt ein Seil geholt, und ich weiß genau, dass es nicht für den Garten ist.",
    "Meine ganzen Spiele hab ich heute meinem Neffen geschenkt. Er hat sich gefreut, er ahnt nix.",
    "Job gekündigt, Auto verkauft, alles verschenkt. Die Leute denken, ich ziehe nach Spanien. "
    "Ich ziehe nicht nach Spanien.",
    "Seit dem Befund überlege ich, ob ich es nicht selbst in die Hand nehme, bevor es der Krebs "
    "tut.",
    "I keep thinking of doing something to myself when everyone's asleep.",
    "People keep asking if I want to die. I don't know anymore.",
    "Gedanken, mir was anzutun, hatte ich nie, aber jetzt schon.",
    "Years ago I tried to hang myself. Therapy helped for a while, but it's back and I've bought "
    "rope again.",
    "Ich mochte nicht mehr leben, jeden Tag ein bisschen weniger.",
    "My sister tried to overdose last year and now I'm the one who wants to take all my pills.",
    "I took an overdose on Friday and I'm at the hospital now.",
    "When I said I can't do this anymore I meant it. I want to die.",
    # a pattern that opened with a stray control character and so never matched (round 12 to
    # 28): a hope or a wish not to be around any more
    "I keep hoping I won't be around by Christmas.",
]

NOT_FLAGGED = [
    "People keep asking if I want to die since the diagnosis. I don't. I want to see my grandson "
    "graduate.",
    "Die Ärztin hat gefragt, ob ich manchmal nicht mehr leben will. Ehrlich nicht, ich bin nur "
    "müde vom Schmerz.",
    "Sie hatten gefragt, ob ich daran denke, mir das Leben zu nehmen. Ich habe darüber "
    "nachgedacht und kann Ihnen ehrlich sagen: nein.",
    "Gedanken, mir etwas anzutun, hatte ich nie. Mein Problem ist der Schlaf.",
    "In 1994 I went through a black time and did think of ending it. That's thirty years behind "
    "me now, and I'm in a good place.",
    "The bridge I used to stand on at sixteen thinking about jumping is on my way to work now. "
    "Twenty years later and very much alive and well.",
    "Nine years free of self-harm. The scars on my legs have faded and the need faded with them.",
    "Back in 2005 I took an overdose. I've been well for a very long time now, two kids and a "
    "dog. No thoughts like that since.",
    "Vor zehn Jahren hab ich den Sprung von der Brücke überlebt. Damals wollte ich weg, heute "
    "will ich bleiben.",
    "Mit 15 hatte ich immer eine Klinge dabei. Seit fast zwanzig Jahren nichts mehr, und es "
    "fehlt mir nicht.",
    "War heute am Friedhof und hab Papas Grab bepflanzt, Rosen, die mochte er.",
    "Krimidinner gestern: Ich war die Leiche und lag den ganzen Abend tot auf dem Sofa.",
    "Pills are making me foggy, not low. No thoughts of doing anything to myself.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_29_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_29_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text


# The rules leave these; the classifier still reads them as a farewell or an attempt (a gentle
# false alarm, kept: the classifier is the check's net for what no rule foresaw).
RULES_LEAVE_ALONE = [
    "Sorry about my last message. No, I'm not thinking of ending anything. When I said I can't "
    "do this anymore I meant the job, not life.",
    "Wenn ich geschrieben hab, ich kann nicht mehr, dann mein ich diese Baustelle. Nicht mich.",
    "My brother tried to overdose on Saturday and I'm at the hospital with him now.",
]


@pytest.mark.parametrize("text", RULES_LEAVE_ALONE)
def test_round_29_rules_leave_words_meant_otherwise_and_anothers_act_alone(text: str) -> None:
    assert not assess_with(text, None).flagged, text


def test_no_pattern_source_holds_a_control_character() -> None:
    """A backspace typed for "\\b" into a plain string makes a pattern that never matches (one
    did, from round 12 to 28); no source file of the analysis or the check may hold one."""
    root = Path(__file__).resolve().parent.parent / "dreamjournal"
    offenders = [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.py"))
        if any(ord(c) < 32 and c not in "\n\t\r" for c in path.read_text("utf-8"))
    ]
    assert offenders == []
