"""Deterministic synthetic dream corpus for benchmarks.

`make_dreams(10_000)` builds ten years of varied, dream-like entries (about 80 words each,
roughly 10% in German) in well under a second; `rare_word_dreams` plants a word in 1% of
them so a search benchmark has a known number of hits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field

CORPUS_END = dt.date(2025, 12, 31)  # fixed, so a seed gives the same corpus on any day
CORPUS_DAYS = 3652  # ~10 years
GERMAN_SHARE = 0.10
BODY_WORDS = 80
UNIQUE_WORD = "quokkaflute"  # occurs in no pool, so only where planted


@dataclass(frozen=True)
class Dream:
    date: dt.date
    title: str
    body: str
    tags: list[str] = field(default_factory=list)
    emotions: list[str] = field(default_factory=list)
    nightmare: bool = False
    lucidity: int = 0  # 0-5


@dataclass(frozen=True)
class _Pools:
    places: tuple[str, ...]
    symbols: tuple[str, ...]
    people: tuple[str, ...]
    actions: tuple[str, ...]
    feelings: tuple[str, ...]
    adjectives: tuple[str, ...]
    templates: tuple[str, ...]
    titles: tuple[str, ...]
    openers: tuple[str, ...]


_EN = _Pools(
    places=(
        "a flooded library",
        "my childhood kitchen",
        "an endless train station",
        "a lighthouse at the edge of the world",
        "a forest of glass trees",
        "the school gym",
        "a hotel with no exits",
        "a desert of white sand",
        "my grandmother's attic",
        "a city made of water",
        "an empty airport",
        "a cathedral under the sea",
        "a rooftop garden",
        "a hospital corridor",
        "the old apartment",
        "a carnival at night",
        "a mountain monastery",
        "a supermarket that kept growing",
        "a bridge over clouds",
        "a frozen lake",
    ),
    symbols=(
        "a golden key",
        "a red door",
        "a broken clock",
        "a white horse",
        "falling teeth",
        "a staircase",
        "a mirror",
        "a snake",
        "a burning letter",
        "a wolf",
        "an owl",
        "a paper boat",
        "a locked box",
        "a feather",
        "a violin",
        "a map with no names",
        "a moon that was too close",
        "a river of ink",
        "a telephone that kept ringing",
        "a jar of fireflies",
        "an hourglass",
        "a silver fish",
        "a tiny elephant",
    ),
    people=(
        "my mother",
        "my brother",
        "an old teacher",
        "a stranger in a grey coat",
        "my best friend from school",
        "a child I did not know",
        "my boss",
        "a famous singer",
        "my grandfather",
        "a woman with no face",
        "my neighbour",
        "a talking cat",
        "an astronaut",
        "my ex",
        "a crowd of shadows",
        "a doctor",
    ),
    actions=(
        "was flying over",
        "was running through",
        "got lost in",
        "was searching for",
        "kept falling into",
        "was swimming across",
        "tried to escape from",
        "was hiding in",
        "was climbing",
        "was dancing in",
        "was building a house in",
        "was late for an exam in",
        "was driving backwards through",
        "was floating above",
    ),
    feelings=(
        "calm",
        "terrified",
        "joyful",
        "confused",
        "nostalgic",
        "anxious",
        "free",
        "ashamed",
        "curious",
        "sad",
        "euphoric",
        "lonely",
        "safe",
        "angry",
        "amazed",
    ),
    adjectives=(
        "strange",
        "bright",
        "quiet",
        "endless",
        "shimmering",
        "dark",
        "warm",
        "heavy",
        "weightless",
        "distant",
        "familiar",
        "upside-down",
        "silent",
        "glowing",
    ),
    templates=(
        "I {action} {place}.",
        "{Person} {action} {place} with me.",
        "There was {symbol} and it felt {adj}.",
        "{Person} handed me {symbol} and I felt {feeling}.",
        "Everything was {adj}, and I felt {feeling}.",
        "Suddenly {place} turned into {place2}.",
        "I remember {symbol} glowing somewhere in {place}.",
        "{Person} said something I could not hear.",
        "The light was {adj} and the air smelled of rain.",
        "I knew I had been here before, in {place}.",
        "I tried to call {person} but my voice was gone.",
        "Then I noticed {symbol} following me.",
    ),
    titles=(
        "The {adj} {noun}",
        "Lost in the {noun}",
        "{Noun} again",
        "Night of the {noun}",
        "A {adj} dream",
        "Back to the {noun}",
        "The {noun} and the {noun2}",
    ),
    openers=(
        "Last night",
        "Early this morning",
        "Just before waking",
        "In the dream",
        "Around dawn",
        "Again",
    ),
)

_DE = _Pools(
    places=(
        "einem überfluteten Bahnhof",
        "der Küche meiner Kindheit",
        "einem Wald aus Glas",
        "einem Hotel ohne Ausgang",
        "dem Dachboden meiner Oma",
        "einer Stadt aus Wasser",
        "einem leeren Flughafen",
        "einer Kirche unter dem Meer",
        "einem gefrorenen See",
        "einer endlosen Bibliothek",
        "einem Jahrmarkt bei Nacht",
        "der alten Wohnung",
    ),
    symbols=(
        "einen goldenen Schlüssel",
        "eine rote Tür",
        "eine kaputte Uhr",
        "ein weißes Pferd",
        "einen Spiegel",
        "eine Schlange",
        "einen brennenden Brief",
        "einen Wolf",
        "eine Eule",
        "ein Papierboot",
        "eine Feder",
        "eine Geige",
        "eine Sanduhr",
    ),
    people=(
        "meine Mutter",
        "mein Bruder",
        "ein alter Lehrer",
        "ein Fremder im grauen Mantel",
        "meine beste Freundin",
        "ein unbekanntes Kind",
        "mein Chef",
        "mein Großvater",
        "eine Frau ohne Gesicht",
        "eine sprechende Katze",
        "ein Astronaut",
    ),
    actions=(
        "flog über",
        "rannte durch",
        "verlief mich in",
        "suchte etwas in",
        "schwamm durch",
        "versteckte mich in",
        "tanzte in",
        "schwebte über",
    ),
    feelings=(
        "ruhig",
        "verängstigt",
        "glücklich",
        "verwirrt",
        "traurig",
        "frei",
        "neugierig",
        "einsam",
        "sicher",
        "wütend",
        "erstaunt",
    ),
    adjectives=(
        "seltsam",
        "hell",
        "still",
        "endlos",
        "dunkel",
        "warm",
        "schwer",
        "fern",
        "vertraut",
        "leuchtend",
    ),
    templates=(
        "Ich {action} {place}.",
        "{Person} war auch dort, in {place}.",
        "Da war {symbol} und alles war {adj}.",
        "{Person} gab mir {symbol} und ich war {feeling}.",
        "Alles war {adj} und ich fühlte mich {feeling}.",
        "Plötzlich wurde aus {place} etwas anderes.",
        "Ich erinnere mich an {symbol} irgendwo in {place}.",
        "{Person} sagte etwas, das ich nicht hören konnte.",
        "Ich wollte {person} anrufen, aber meine Stimme war weg.",
    ),
    titles=(
        "{Noun} im Traum",
        "So {adj} war es",
        "{Noun} und {noun2}",
    ),
    openers=("Letzte Nacht", "Kurz vor dem Aufwachen", "Im Traum", "Heute früh"),
)

_TITLE_NOUNS_EN = (
    "door",
    "ocean",
    "library",
    "train",
    "mirror",
    "forest",
    "staircase",
    "attic",
    "station",
    "moon",
    "owl",
    "river",
    "clock",
    "garden",
    "storm",
    "labyrinth",
)
_TITLE_NOUNS_DE = ("Tür", "Meer", "Bibliothek", "Eule", "Treppe", "Uhr", "Wald", "Zug")
_TAGS = (
    "flying",
    "water",
    "family",
    "chase",
    "school",
    "travel",
    "house",
    "animals",
    "falling",
    "work",
    "death",
    "love",
    "teeth",
    "exam",
    "lost",
    "recurring",
    "night",
)
_EMOTIONS = (
    "joy",
    "fear",
    "sadness",
    "anger",
    "surprise",
    "calm",
    "shame",
    "longing",
    "curiosity",
    "awe",
    "anxiety",
    "relief",
)
_NIGHTMARE_EMOTIONS = frozenset({"fear", "anxiety", "anger", "shame"})


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _sentence(rng: random.Random, p: _Pools) -> str:
    person = rng.choice(p.people)
    return rng.choice(p.templates).format(
        action=rng.choice(p.actions),
        place=rng.choice(p.places),
        place2=rng.choice(p.places),
        symbol=rng.choice(p.symbols),
        adj=rng.choice(p.adjectives),
        feeling=rng.choice(p.feelings),
        person=person,
        Person=_cap(person),
    )


def _title(rng: random.Random, p: _Pools, nouns: tuple[str, ...]) -> str:
    noun, noun2 = rng.sample(nouns, 2)
    return _cap(
        rng.choice(p.titles).format(
            adj=rng.choice(p.adjectives), noun=noun, Noun=_cap(noun), noun2=noun2
        )
    )


def _body(rng: random.Random, p: _Pools, words: int) -> str:
    parts = [f"{rng.choice(p.openers)}:"]
    count = 1
    target = words + rng.randint(-16, 4)  # the last sentence overshoots by ~6 words
    while count < target:
        s = _sentence(rng, p)
        parts.append(s)
        count += s.count(" ") + 1
    return " ".join(parts)


def make_dreams(n: int, seed: int = 7, end: dt.date = CORPUS_END) -> list[Dream]:
    """Return `n` dreams sorted by date, spread over the ~10 years before `end`.

    Several dreams may share a date. The result depends only on `n`, `seed` and `end`.
    """
    rng = random.Random(seed)
    offsets = sorted(rng.randrange(CORPUS_DAYS) for _ in range(n))
    start = end - dt.timedelta(days=CORPUS_DAYS - 1)
    dreams: list[Dream] = []
    for off in offsets:
        german = rng.random() < GERMAN_SHARE
        pools, nouns = (_DE, _TITLE_NOUNS_DE) if german else (_EN, _TITLE_NOUNS_EN)
        emotions = rng.sample(_EMOTIONS, rng.randint(1, 3))
        nightmare = bool(_NIGHTMARE_EMOTIONS & set(emotions)) and rng.random() < 0.5
        dreams.append(
            Dream(
                date=start + dt.timedelta(days=off),
                title=_title(rng, pools, nouns),
                body=_body(rng, pools, BODY_WORDS),
                tags=rng.sample(_TAGS, rng.randint(0, 3)),
                emotions=emotions,
                nightmare=nightmare,
                lucidity=min(5, int(rng.expovariate(0.9))),
            )
        )
    return dreams


def rare_word_dreams(dreams: list[Dream], word: str = UNIQUE_WORD, every: int = 100) -> list[Dream]:
    """Return a copy of `dreams` where every `every`-th dream (index 0, every, 2*every...)
    mentions `word` in its body, so a search finds exactly `ceil(len(dreams) / every)`."""
    out = list(dreams)
    for i in range(0, len(out), every):
        d = out[i]
        out[i] = dataclasses.replace(d, body=f"{d.body} Somewhere there was a {word}.")
    return out


def rare_word_count(n: int, every: int = 100) -> int:
    """How many of `n` dreams `rare_word_dreams(..., every=every)` marks."""
    return -(-n // every)
