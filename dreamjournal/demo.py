"""A dozen example dreams (English and German) so a newcomer sees a living journal at once.

They are marked `example=True` (the app shows a badge and Settings can remove them), dated
over the last five weeks counted back from today, and share a few recurring motifs (water,
trains, a house with extra rooms, flying) so insights and dream signs have something to show.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dreamjournal.store.journal import Journal

EXAMPLES: tuple[dict[str, Any], ...] = (
    {
        "days_ago": 1,
        "title": "The house with one more room",
        "body": (
            "I was back in my childhood house, but behind the kitchen there was a door I had "
            "never seen. It opened onto a long corridor of rooms full of soft blue light and "
            "old furniture. In the last room my grandmother was watering plants that grew "
            "upside down from the ceiling. I felt calm and curious, like I had always known "
            "this room was there."
        ),
        "tags": ["house", "family"],
        "emotions": ["wonder", "calm"],
        "vividness": 4,
        "recurring": True,
    },
    {
        "days_ago": 3,
        "title": "Chased through the train station",
        "body": (
            "Someone in a grey coat followed me through an endless train station. Every "
            "platform number changed when I looked at it twice. My legs were heavy and the "
            "train doors closed just before I reached them. I woke up with my heart racing."
        ),
        "tags": ["train", "chase"],
        "emotions": ["fear", "panic"],
        "vividness": 5,
        "nightmare": True,
    },
    {
        "days_ago": 5,
        "title": "Flying over the sea at dawn",
        "body": (
            "I noticed the clock on the wall had no hands and realised I was dreaming. I "
            "stepped off the balcony and flew low over a silver sea. When I wanted to go "
            "higher I only had to breathe in. The water below was full of slow, glowing fish."
        ),
        "tags": ["flying", "water"],
        "emotions": ["joy", "freedom"],
        "lucidity": 4,
        "vividness": 5,
    },
    {
        "days_ago": 7,
        "title": "Zähne aus Glas",
        "body": (
            "Ich stand vor dem Spiegel und meine Zähne waren aus Glas. Als ich lächelte, "
            "klirrten sie leise und einer fiel ins Waschbecken. Niemand in der Wohnung schien "
            "es zu bemerken. Ich hatte Angst, etwas zu sagen."
        ),
        "tags": ["Zähne", "Spiegel"],
        "emotions": ["Angst", "Scham"],
        "vividness": 4,
        "nightmare": True,
        "recurring": True,
    },
    {
        "days_ago": 9,
        "title": "A library under water",
        "body": (
            "The library was flooded up to the shelves, but I could breathe under water. "
            "Books floated open and the words swam out like small black fish. A librarian "
            "with a lantern told me the book I was looking for had not been written yet."
        ),
        "tags": ["water", "books"],
        "emotions": ["curiosity", "wonder"],
        "vividness": 4,
    },
    {
        "days_ago": 12,
        "title": "Der Zug, der nicht hält",
        "body": (
            "Ich saß in einem Zug durch einen Wald aus Glasbäumen. Der Zug hielt an keinem "
            "Bahnhof, und draußen wurde es nie dunkel. Eine Frau gegenüber strickte einen "
            "Schal, der aus dem Fenster hinaus bis zum Horizont reichte. Es war seltsam "
            "friedlich."
        ),
        "tags": ["Zug", "Wald"],
        "emotions": ["Ruhe", "Staunen"],
        "vividness": 3,
    },
    {
        "days_ago": 15,
        "title": "Late for an exam I never studied for",
        "body": (
            "I ran through my old school looking for the exam room. The corridors kept "
            "turning into the corridors of the house with extra rooms. When I found the room "
            "the exam was in a language I did not know, and the clock ran backwards."
        ),
        "tags": ["school", "house"],
        "emotions": ["anxiety", "confusion"],
        "vividness": 3,
        "recurring": True,
    },
    {
        "days_ago": 18,
        "title": "Talking to the moon",
        "body": (
            "I looked at my hands and they had seven fingers, so I knew it was a dream. I "
            "asked the moon what it wanted to tell me. It answered in my mother's voice: "
            "slow down. I sat on the roof for a long time, completely awake inside the dream."
        ),
        "tags": ["moon", "family"],
        "emotions": ["calm", "love"],
        "lucidity": 5,
        "vividness": 5,
    },
    {
        "days_ago": 22,
        "title": "Fliegen über der Stadt",
        "body": (
            "Ich merkte, dass ich träumte, weil die Straßenlaternen wie Blumen blühten. Ich "
            "sprang und flog über die Dächer der Stadt. Unten floss ein Fluss aus Licht. Als "
            "ich höher wollte, wachte ich fast auf und blieb deshalb lieber tief."
        ),
        "tags": ["fliegen", "Stadt"],
        "emotions": ["Freude", "Freiheit"],
        "lucidity": 3,
        "vividness": 4,
    },
    {
        "days_ago": 26,
        "title": "The dark hallway",
        "body": (
            "The lights in the house went out one by one. At the end of the hallway something "
            "breathed behind the door. I tried to scream but no sound came. This time I "
            "turned on a lamp I was holding all along, and the door was only a curtain."
        ),
        "tags": ["house", "darkness"],
        "emotions": ["fear", "relief"],
        "vividness": 4,
        "nightmare": True,
    },
    {
        "days_ago": 30,
        "title": "Das Meer im Wohnzimmer",
        "body": (
            "Im Wohnzimmer meiner Eltern war plötzlich das Meer. Wellen rollten über den "
            "Teppich, und mein Bruder angelte vom Sofa aus. Wir lachten, weil es ganz normal "
            "schien. Das Wasser war warm und roch nach Sommer."
        ),
        "tags": ["Wasser", "Familie"],
        "emotions": ["Freude", "Geborgenheit"],
        "vividness": 3,
    },
    {
        "days_ago": 34,
        "title": "A garden that remembered me",
        "body": (
            "I walked into a rooftop garden where every plant said my name when I passed. An "
            "old friend I had lost touch with was planting seeds of light. We did not talk, "
            "we just worked side by side until the sky turned violet."
        ),
        "tags": ["garden", "friends"],
        "emotions": ["peace", "nostalgia"],
        "vividness": 3,
    },
)


def seed_demo(journal: Journal) -> int:
    """Add the example dreams to `journal` (once: none if examples are already there)."""
    if any(e.example for e in journal.list()):
        return 0
    today = date.today()
    for example in EXAMPLES:
        fields = {k: v for k, v in example.items() if k != "days_ago"}
        journal.add(**fields, date=today - timedelta(days=example["days_ago"]), example=True)
    return len(EXAMPLES)
