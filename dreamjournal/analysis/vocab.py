"""Fixed vocabularies for the scene plan, and the bilingual glossary into English concepts.

Words are matched after folding (lower case, German umlauts and ß spelled out) through their
Snowball stem, so "rannte"/"rennen" and "ran"/"running" need one entry each at most.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, cast

from dreamjournal.analysis.lexicon import fold, stem
from dreamjournal.analysis.models import Language

# Lexicon setting keys -> (place kind, indoor).
PLACE_BY_SETTING: Final[dict[str, tuple[str, bool | None]]] = {
    "childhood home": ("childhood_home", True), "house": ("house", True),
    "school": ("school", True), "forest": ("forest", False), "ocean": ("sea", False),
    "beach": ("beach", False), "city": ("city_street", False), "village": ("village", False),
    "mountain": ("mountains", False), "road": ("road", False), "hospital": ("hospital", True),
    "church": ("church", True), "office": ("office", True), "river": ("river", False),
    "lake": ("lake", False), "desert": ("desert", False), "airport": ("airport", True),
    "train station": ("station", True), "hotel": ("hotel", True), "garden": ("garden", False),
    "park": ("park", False), "field": ("field", False), "cave": ("cave", True),
    "outer space": ("space", False), "castle": ("castle", True), "shop": ("shop", True),
    "restaurant": ("restaurant", True), "bathroom": ("bathroom", True),
    "elevator": ("elevator", True), "prison": ("prison", True),
    "underwater": ("underwater", False), "car park": ("car_park", None),
    "library": ("library", True), "museum": ("museum", True), "corridor": ("corridor", True),
}  # fmt: skip

# Words naming a finer place than their lexicon setting (kitchen, not just house).
_PLACE_WORDS: Final[dict[Language, dict[str, tuple[str, bool | None]]]] = {
    "en": {
        "kitchen": ("kitchen", True), "bedroom": ("bedroom", True),
        "living room": ("living_room", True), "hallway": ("corridor", True),
        "corridor": ("corridor", True), "attic": ("attic", True), "basement": ("basement", True),
        "cellar": ("basement", True), "classroom": ("classroom", True),
        "room": ("room", True), "staircase": ("stairwell", True), "stairwell": ("stairwell", True),
        "jungle": ("jungle", False), "bridge": ("bridge", False),
        "playground": ("playground", False),
        "plane": ("plane", True), "airplane": ("plane", True), "train": ("train", True),
        "bus": ("bus", True), "ship": ("ship", False), "boat": ("ship", False),
        "car": ("car", True), "taxi": ("car", True), "cab": ("car", True),
        "stage": ("stage", True), "theatre": ("theatre", True),
        "theater": ("theatre", True), "party": ("party", True),
        "swimming pool": ("swimming_pool", None),
        "pool": ("swimming_pool", None), "stadium": ("sports_ground", False),
        "street": ("city_street", False), "streets": ("city_street", False),
        "sky": ("sky", False), "clouds": ("sky", False), "sea": ("sea", False),
        "ocean": ("sea", False), "lake": ("lake", False), "river": ("river", False),
        "mountains": ("mountains", False), "rooftops": ("city_street", False),
        "roofs": ("city_street", False), "rooftop": ("city_street", False),
        "skyscraper": ("city_street", False),
        "high-rise": ("city_street", False),
        "cemetery": ("cemetery", False), "graveyard": ("cemetery", False),
        "churchyard": ("cemetery", False), "wedding": ("party", None),
        "vineyard": ("field", False), "vineyards": ("field", False),
        "orchard": ("garden", False), "platform": ("station", None),
        "subway": ("station", True), "underground": ("station", True),
        "metro": ("station", True), "hall": ("room", True), "gym": ("sports_ground", True),
        "ferry": ("ship", False), "rink": ("sports_ground", None),
        "gymnasium": ("sports_ground", True), "sports hall": ("sports_ground", True),
    },
    "de": {
        "küche": ("kitchen", True), "schlafzimmer": ("bedroom", True),
        "wohnzimmer": ("living_room", True), "flur": ("corridor", True),
        "gang": ("corridor", True), "korridor": ("corridor", True), "dachboden": ("attic", True),
        "keller": ("basement", True), "klassenzimmer": ("classroom", True),
        "zimmer": ("room", True), "raum": ("room", True), "treppenhaus": ("stairwell", True),
        "dschungel": ("jungle", False), "brücke": ("bridge", False),
        "spielplatz": ("playground", False), "flugzeug": ("plane", True), "zug": ("train", True),
        "bus": ("bus", True), "schiff": ("ship", False), "boot": ("ship", False),
        "auto": ("car", True), "taxi": ("car", True), "bühne": ("stage", True),
        "theater": ("theatre", True),
        "party": ("party", True), "feier": ("party", True), "schwimmbad": ("swimming_pool", None),
        "stadion": ("sports_ground", False), "straße": ("city_street", False),
        "himmel": ("sky", False), "wolken": ("sky", False), "meer": ("sea", False),
        "see": ("lake", False), "fluss": ("river", False), "berge": ("mountains", False),
        "dächer": ("city_street", False), "dächern": ("city_street", False),
        "stadt": ("city_street", False), "innenstadt": ("city_street", False),
        "altstadt": ("city_street", False),
        "hochhaus": ("city_street", False), "wolkenkratzer": ("city_street", False),
        "dach": ("city_street", False),
        "friedhof": ("cemetery", False), "hochzeit": ("party", None),
        "weinberg": ("field", False), "bahnsteig": ("station", None),
        "bahnhof": ("station", None), "u-bahn": ("station", True),
        "u-bahn-station": ("station", True), "ubahn": ("station", True),
        "s-bahn": ("train", True), "hallenbad": ("swimming_pool", True),
        "freibad": ("swimming_pool", False), "turnhalle": ("sports_ground", True),
        "sporthalle": ("sports_ground", True), "halle": ("room", True),
    },
}  # fmt: skip

# Verbs -> actions. English entries are base forms plus irregular pasts; German infinitives,
# present and past stems (separable prefixes are handled by the planner: "lief ... weg").
_ACTION_WORDS: Final[dict[Language, dict[str, str]]] = {
    "en": {
        "walk": "walk", "wander": "walk", "stroll": "walk", "went": "walk", "go": "walk",
        "step": "walk", "came": "arrive", "come": "arrive", "arrive": "arrive",
        "run": "run", "ran": "run", "rush": "run", "sprint": "run", "hurry": "run",
        "escape": "flee", "flee": "flee", "fled": "flee",
        "chase": "chase", "pursue": "chase", "hunt": "chase", "follow": "chase",
        "fly": "fly", "flew": "fly", "flown": "fly", "soar": "fly",
        "float": "float", "hover": "float", "levitate": "float", "drift": "float",
        "fall": "fall", "fell": "fall", "fallen": "fall", "plunge": "fall", "plummet": "fall",
        "tumble": "fall", "trip": "fall", "sink": "sink", "sank": "sink", "drown": "sink",
        "swim": "swim", "swam": "swim", "dive": "swim", "dove": "swim",
        "climb": "climb", "clamber": "climb", "sit": "sit", "sat": "sit",
        "lie": "lie", "lay": "lie", "sleep": "sleep", "slept": "sleep",
        "hide": "hide", "hid": "hide", "hidden": "hide",
        "search": "search", "look for": "search", "find": "search", "found": "search",
        "seek": "search", "sought": "search", "look": "look", "watch": "look", "stare": "look",
        "saw": "look", "see": "look", "seen": "look", "notice": "look", "gaze": "look",
        "talk": "talk", "say": "talk", "said": "talk", "tell": "talk", "told": "talk",
        "speak": "talk", "spoke": "talk", "ask": "talk", "whisper": "talk", "call": "talk",
        "shout": "shout", "scream": "shout", "yell": "shout", "cry out": "shout",
        "cry": "cry", "weep": "cry", "wept": "cry", "sob": "cry",
        "laugh": "laugh", "smile": "laugh", "giggle": "laugh",
        "hug": "embrace", "embrace": "embrace", "hold me": "embrace", "cuddle": "embrace",
        "kiss": "kiss", "fight": "fight", "fought": "fight", "punch": "fight", "hit": "fight",
        "attack": "attack", "bite": "attack", "bit": "attack", "grab": "attack", "stab": "attack",
        "shoot": "attack", "shot": "attack", "kill": "attack",
        "drive": "drive", "drove": "drive", "driven": "drive", "ride": "ride", "rode": "ride",
        "dance": "dance", "eat": "eat", "ate": "eat", "drink": "eat", "drank": "eat",
        "play": "play", "open": "open", "unlock": "open", "enter": "enter",
        "leave": "leave", "left": "leave", "hold": "hold", "held": "hold", "carry": "hold",
        "give": "give", "gave": "give", "wait": "wait", "freeze": "freeze", "froze": "freeze",
        "shake": "shake", "shook": "shake", "tremble": "shake",
        "turn into": "transform", "transform": "transform", "morph": "transform",
        "vanish": "disappear", "disappear": "disappear", "burn": "burn",
        "stand": "stand", "stood": "stand", "wave": "wave", "beckon": "wave",
        "jump": "jump", "leap": "jump", "leapt": "jump", "hop": "jump", "sing": "sing",
        "sang": "sing", "sung": "sing", "write": "write", "wrote": "write", "written": "write",
        "scribble": "write", "read": "read", "cook": "cook", "bake": "cook", "pack": "pack",
        "knock": "knock", "bang": "knock", "push": "push", "shove": "push", "type": "type",
        "typing": "type", "paint": "paint", "pray": "pray", "throw": "throw", "threw": "throw",
        "thrown": "throw", "toss": "throw", "hurl": "throw", "clean": "clean", "scrub": "clean",
        "mop": "clean", "wipe": "clean", "hoover": "clean", "vacuum": "clean", "hand": "give",
        "handed": "give", "dig": "dig", "dug": "dig", "shovel": "dig", "iron": "iron",
        "ironing": "iron", "ironed": "iron", "hang": "hang", "hung": "hang", "hanging": "hang",
        "queue": "queue", "queued": "queue",
        "queuing": "queue", "queueing": "queue", "row": "row", "rowed": "row", "rowing": "row",
        "clap": "clap", "clapped": "clap", "clapping": "clap", "applaud": "clap", "feed": "feed",
        "fed": "feed", "feeding": "feed",
    },
    "de": {
        "gehen": "walk", "ging": "walk", "gingen": "walk", "gegangen": "walk", "laufen": "walk",
        "lief": "run", "liefen": "run", "spazieren": "walk", "schlendern": "walk",
        "kam": "arrive", "kamen": "arrive", "kommen": "arrive", "ankommen": "arrive",
        "rennen": "run", "rannte": "run", "rannten": "run", "gerannt": "run", "eilen": "run",
        "fliehen": "flee", "floh": "flee", "flohen": "flee", "flüchten": "flee",
        "entkommen": "flee", "verfolgen": "chase", "jagen": "chase",
        "verfolgte": "chase", "verfolgten": "chase", "verfolgt": "chase", "jagte": "chase",
        "jagten": "chase", "gejagt": "chase",
        "fliegen": "fly", "flog": "fly", "flogen": "fly", "geflogen": "fly",
        "schweben": "float", "schwebte": "float", "treiben": "float", "trieb": "float",
        "fallen": "fall", "fiel": "fall", "fielen": "fall", "gefallen": "fall",
        "stürzen": "fall", "stolpern": "fall", "sinken": "sink", "sank": "sink",
        "ertrinken": "sink", "ertrank": "sink", "untergehen": "sink",
        "schwimmen": "swim", "schwamm": "swim", "geschwommen": "swim", "tauchen": "swim",
        "klettern": "climb", "steigen": "climb", "stieg": "climb", "stiegen": "climb",
        "sitzen": "sit", "saß": "sit", "saßen": "sit", "gesessen": "sit", "setzen": "sit",
        "liegen": "lie", "lag": "lie", "lagen": "lie", "schlafen": "sleep", "schlief": "sleep",
        "verstecken": "hide", "suchen": "search", "finden": "search", "fand": "search",
        "schauen": "look", "sehen": "look", "sah": "look", "sahen": "look", "gesehen": "look",
        "beobachten": "look", "starren": "look", "blicken": "look", "blickte": "look",
        "reden": "talk", "sprechen": "talk", "sprach": "talk", "sagen": "talk",
        "erzählen": "talk", "fragen": "talk", "flüstern": "talk", "rufen": "talk", "rief": "talk",
        "schreien": "shout", "schrie": "shout", "schrien": "shout", "brüllen": "shout",
        "weinen": "cry", "schluchzen": "cry", "lachen": "laugh", "lächeln": "laugh",
        "umarmen": "embrace", "küssen": "kiss", "kämpfen": "fight", "kämpfte": "fight",
        "schlagen": "fight", "schlug": "fight", "angreifen": "attack", "griff": "attack",
        "beißen": "attack", "biss": "attack", "packen": "attack", "schießen": "attack",
        "schoss": "attack", "töten": "attack", "fahren": "drive", "fuhr": "drive",
        "fuhren": "drive", "gefahren": "drive", "reiten": "ride", "ritt": "ride",
        "tanzen": "dance", "essen": "eat", "aß": "eat", "trinken": "eat", "trank": "eat",
        "spielen": "play", "öffnen": "open", "betreten": "enter", "betrat": "enter",
        "verlassen": "leave", "verließ": "leave", "halten": "hold", "hielt": "hold",
        "tragen": "hold", "trug": "hold", "geben": "give", "gab": "give", "warten": "wait",
        "erstarren": "freeze", "erstarrte": "freeze", "zittern": "shake",
        "verwandeln": "transform", "verschwinden": "disappear", "verschwand": "disappear",
        "brennen": "burn", "brannte": "burn", "stehen": "stand", "stand": "stand",
        "winken": "wave", "winkte": "wave", "winkten": "wave", "gewinkt": "wave",
        "standen": "stand",
        # past forms people write in a dream report (the lemmatizer misses some of them)
        "umarmte": "embrace", "umarmten": "embrace", "umarmt": "embrace", "küsste": "kiss",
        "küssten": "kiss", "geküsst": "kiss", "versteckte": "hide", "versteckten": "hide",
        "versteckt": "hide", "kletterte": "climb", "kletterten": "climb", "tanzte": "dance",
        "tanzten": "dance", "weinte": "cry", "weinten": "cry", "lachte": "laugh",
        "lachten": "laugh", "lächelte": "laugh", "lächelten": "laugh", "öffnete": "open",
        "wartete": "wait", "warteten": "wait", "gewartet": "wait", "zitterte": "shake",
        "schwebten": "float",
        "springen": "jump", "sprang": "jump", "sprangen": "jump", "gesprungen": "jump",
        "hüpfen": "jump", "hüpfte": "jump", "hüpften": "jump", "singen": "sing", "sang": "sing",
        "sangen": "sing", "gesungen": "sing", "schreiben": "write", "schrieb": "write",
        "schrieben": "write", "geschrieben": "write", "lesen": "read", "las": "read",
        "lasen": "read", "gelesen": "read", "vorlesen": "read", "kochen": "cook",
        "kochte": "cook", "kochten": "cook", "gekocht": "cook", "backen": "cook",
        "backte": "cook", "gebacken": "cook", "einpacken": "pack", "klopfen": "knock",
        "klopfte": "knock", "klopften": "knock", "geklopft": "knock", "schieben": "push",
        "schob": "push", "schoben": "push", "geschoben": "push", "schubsen": "push",
        "schubste": "push", "tippen": "type", "tippte": "type", "getippt": "type",
        "malen": "paint", "malte": "paint", "malten": "paint", "gemalt": "paint",
        "streichen": "paint", "strich": "paint", "strichen": "paint", "gestrichen": "paint",
        "beten": "pray", "betete": "pray", "beteten": "pray", "gebetet": "pray",
        "werfen": "throw", "warf": "throw", "warfen": "throw", "geworfen": "throw",
        "schmeißen": "throw", "schmiss": "throw", "putzen": "clean", "putzte": "clean",
        "geputzt": "clean", "wischen": "clean", "wischte": "clean", "gewischt": "clean",
        "reichte": "give", "reichen": "give", "gereicht": "give", "gegeben": "give",
        "gaben": "give", "geschenkt": "give", "schenkte": "give",
        "graben": "dig", "grub": "dig", "gruben": "dig", "gegraben": "dig", "ausgegraben": "dig",
        "ausgraben": "dig", "buddeln": "dig", "buddelte": "dig", "gebuddelt": "dig",
        "bügeln": "iron", "bügelte": "iron", "bügelten": "iron", "gebügelt": "iron",
        "aufhängen": "hang", "aufgehängt": "hang", "anstehen": "queue", "angestanden": "queue",
        "rudern": "row", "ruderte": "row", "ruderten": "row", "gerudert": "row",
        "klatschen": "clap", "klatschte": "clap", "klatschten": "clap", "geklatscht": "clap",
        "mitgeklatscht": "clap", "applaudieren": "clap", "applaudierten": "clap",
        "füttern": "feed", "fütterte": "feed", "fütterten": "feed", "gefüttert": "feed",
        "geklettert": "climb", "gehalten": "hold", "hielten": "hold", "getragen": "hold",
        "trugen": "hold",
    },
}  # fmt: skip

# German separable particles that change the action ("lief weg" is fleeing).
SEPARABLE: Final[dict[str, dict[str, str]]] = {
    "weg": {"run": "flee", "walk": "leave", "arrive": "leave"},
    "davon": {"run": "flee", "walk": "leave"},
    "hinterher": {"run": "chase", "walk": "chase"},
    "nach": {"run": "chase", "walk": "chase"},
    "hinauf": {"walk": "climb", "run": "climb"},
    "hoch": {"walk": "climb", "run": "climb"},
    "herein": {"walk": "enter", "arrive": "enter"},
    "rein": {"walk": "enter", "arrive": "enter"},
    "hinein": {"walk": "enter", "arrive": "enter"},
    "an": {"arrive": "arrive", "look": "look"},
    "ab": {"drive": "leave", "walk": "leave", "run": "leave", "fly": "leave", "ride": "leave"},
    "auf": {"look": "look"},
}
# Character concepts of one sex: what "she"/"he" may point back to (the planner's pronouns, the
# renderer's colour words).
MALE_CONCEPTS: Final = frozenset(
    {"father", "brother", "grandfather", "uncle", "son", "man", "priest", "landlord", "boy",
     "husband", "boyfriend", "king", "prince", "groom", "bridegroom"}
)  # fmt: skip
FEMALE_CONCEPTS: Final = frozenset(
    {"mother", "sister", "grandmother", "aunt", "daughter", "woman", "witch", "girl", "wife",
     "girlfriend", "queen", "lady", "princess", "bride", "nun"}
)  # fmt: skip
ENGLISH_PARTICLES: Final[dict[str, dict[str, str]]] = {
    "away": {"run": "flee", "walk": "leave", "fly": "fly"},
    "after": {"run": "chase", "arrive": "chase", "walk": "chase"},
    "up": {"walk": "climb", "run": "climb"},
    "into": {"walk": "enter", "run": "enter"},
    "in": {"walk": "enter"},
}

# Light, weather and time of day words (folded) -> value.
_LIGHT: Final[dict[Language, dict[str, str]]] = {
    "en": {"dark": "dark", "darkness": "dark", "pitch-black": "dark", "dim": "dim",
           "gloomy": "dim", "shadow": "dim", "foggy": "dim", "bright": "bright",
           "sunny": "daylight", "sunlight": "daylight", "sunshine": "daylight",
           "glowing": "glowing",
           "glow": "glowing", "candle": "glowing", "lantern": "glowing", "neon": "glowing",
           "moonlight": "dim", "lit": "bright"},
    "de": {"dunkel": "dark", "dunkelheit": "dark", "finster": "dark", "stockdunkel": "dark",
           "düster": "dim", "dämmrig": "dim", "schatten": "dim", "hell": "bright",
           "sonnig": "daylight", "sonnenschein": "daylight", "leuchtete": "glowing",
           "leuchten": "glowing", "kerze": "glowing", "laterne": "glowing", "mondlicht": "dim"},
}  # fmt: skip
_WEATHER: Final[dict[Language, dict[str, str]]] = {
    "en": {"rain": "rain", "raining": "rain", "rainy": "rain", "drizzle": "rain",
           "downpour": "rain", "snow": "snow", "snowing": "snow", "blizzard": "snow",
           "storm": "storm", "thunder": "storm", "lightning": "storm", "hurricane": "storm",
           "tornado": "storm", "hail": "storm", "hailed": "storm", "hailing": "storm",
           "hailstorm": "storm", "fog": "fog", "foggy": "fog", "mist": "fog", "misty": "fog",
           "wind": "wind", "windy": "wind", "sunny": "clear", "clear": "clear"},
    "de": {"regen": "rain", "regnete": "rain", "regnet": "rain", "schnee": "snow",
           "schneite": "snow", "sturm": "storm", "gewitter": "storm", "hagel": "storm",
           "gehagelt": "storm", "hagelte": "storm", "donner": "storm",
           "blitz": "storm", "nebel": "fog", "neblig": "fog", "wind": "wind", "windig": "wind",
           "sonnig": "clear"},
}  # fmt: skip
_TIME: Final[dict[Language, dict[str, str]]] = {
    "en": {"night": "night", "midnight": "night", "moon": "night", "stars": "night",
           "evening": "dusk", "dusk": "dusk", "sunset": "dusk", "twilight": "dusk",
           "morning": "dawn", "dawn": "dawn", "sunrise": "dawn", "noon": "day",
           "afternoon": "day", "daylight": "day", "sunny": "day", "day": "day"},
    "de": {"nacht": "night", "nachts": "night", "mitternacht": "night", "mond": "night",
           "sterne": "night", "abend": "dusk", "abends": "dusk", "dämmerung": "dusk",
           "sonnenuntergang": "dusk", "morgen": "dawn", "morgens": "dawn",
           "sonnenaufgang": "dawn", "mittag": "day", "nachmittag": "day", "tag": "day",
           "tagsüber": "day", "sonnig": "day"},
}  # fmt: skip

# German (and other) words for things that are not renderer symbols -> English concept.
_OBJECT_WORDS: Final[dict[Language, dict[str, str]]] = {
    "en": {},
    "de": {"parka": "parka", "mantel": "coat", "jacke": "jacket", "hut": "hat",
           "kleid": "dress", "tasche": "bag", "koffer": "suitcase", "handy": "phone",
           "telefon": "phone", "buch": "book", "brief": "letter", "messer": "knife",
           "waffe": "weapon", "pistole": "gun", "ball": "ball", "kuchen": "cake",
           "tisch": "table", "bett": "bed", "stuhl": "chair", "ring": "ring", "geld": "money",
           "boot": "boat", "schiff": "ship", "kerze": "candle", "lampe": "lamp",
           "geschenk": "gift", "puppe": "doll", "bild": "picture", "tür": "door",
           "kiste": "box", "schachtel": "box", "schlüssel": "key", "bank": "bench",
           "parkbank": "bench", "zelt": "tent", "ballon": "balloon", "luftballon": "balloon",
           "sofa": "sofa", "couch": "sofa", "schreibtisch": "desk", "fahrrad": "bike",
           "rad": "bike", "kanu": "canoe", "kajak": "kayak", "fähre": "ferry", "floß": "raft",
           "ruderboot": "boat", "segelboot": "boat", "motorboot": "boat", "jacht": "boat",
           "yacht": "boat", "lagerfeuer": "fire", "regenschirm": "umbrella",
           "rucksack": "backpack", "flasche": "bottle", "uhr": "clock", "spiegel": "mirror",
           "taxi": "car", "lkw": "car", "lastwagen": "car", "transporter": "car",
           "korb": "basket", "körbchen": "basket", "einkaufswagen": "trolley",
           "keks": "cookie", "kekse": "cookie", "plätzchen": "cookie",
           "schneeball": "snowball", "schneebälle": "snowball", "schneebällen": "snowball",
           "apfel": "apple", "äpfel": "apple", "äpfeln": "apple", "eimer": "bucket",
           "zeitung": "newspaper", "stift": "pen", "füller": "pen", "kuli": "pen",
           "kugelschreiber": "pen", "tasse": "cup", "becher": "cup", "teller": "plate",
           "handtuch": "towel", "schaufel": "shovel"},
}  # fmt: skip
OBJECT_WORDS_EN: Final = frozenset(
    {"parka", "coat", "jacket", "hat", "dress", "bag", "suitcase", "phone", "book", "letter",
     "knife", "weapon", "gun", "ball", "cake", "table", "bed", "chair", "ring", "money",
     "boat", "ship", "candle", "lamp", "gift", "doll", "picture", "umbrella", "backpack",
     "sword", "map", "box", "bottle", "glass", "camera", "computer", "laptop", "piano",
     "bench", "tent", "balloon", "sofa", "desk", "bike", "canoe", "kayak", "ferry", "raft",
     "basket", "trolley", "cookie", "snowball", "apple", "bucket", "newspaper", "pen", "cup",
     "plate", "towel", "shovel", "kite"}
)  # fmt: skip
# English words for the same things (the left side is said, the right is the concept).
_OBJECT_SYNONYMS_EN: Final[dict[str, str]] = {
    "couch": "sofa", "bicycle": "bike", "rowboat": "boat", "sailboat": "boat", "yacht": "boat",
    "dinghy": "boat", "campfire": "fire", "cab": "car", "taxi": "car", "van": "car",
    "truck": "car", "pickup": "car", "jeep": "car", "canoes": "canoe", "cart": "trolley",
    "cookies": "cookie", "biscuit": "cookie", "biscuits": "cookie", "snowballs": "snowball",
    "apples": "apple", "mug": "cup", "pail": "bucket", "spade": "shovel",
}  # fmt: skip

# Vehicles a person sits in while it moves over water or a road: "a boat on a lake" puts the
# dreamer IN the boat and ON the lake. (Object concepts, see `_OBJECT_WORDS`.)
VEHICLES: Final = frozenset({"boat", "ship", "canoe", "kayak", "ferry", "raft", "car", "bike"})
# Places a vehicle moves over (the dreamer is on them, not in them, when in a vehicle).
VEHICLE_GROUND: Final = frozenset(
    {"lake", "sea", "river", "beach", "road", "city_street", "bridge", "village", "field",
     "forest", "mountains", "desert", "park", "car_park", "unknown"}
)  # fmt: skip
# Words before a vehicle that put someone inside it ("in a boat", "im Kanu", "mit dem Auto").
VEHICLE_IN: Final = frozenset(
    {"in", "into", "inside", "aboard", "on", "onto", "board", "im", "ins", "auf", "mit"}
)

# Verbs that put someone in the vehicle after them ("paddling a canoe", "took a ferry").
VEHICLE_VERBS: Final = frozenset(
    {"paddle", "paddled", "paddling", "row", "rowed", "rowing", "sail", "sailed", "sailing",
     "took", "take", "taking", "drove", "driving", "steered", "steering", "rode", "ride",
     "riding", "cycled", "cycling", "paddelten",
     "paddelte", "ruderten", "ruderte", "nahmen", "nahm", "segelten", "segelte"}
)  # fmt: skip

# Describing words the scene plan keeps for places and things: size, age, state, colour, material
# (English order of adjectives: "a small old red wooden box"). German entries are stems that
# take the usual endings ("rot" -> "rote", "roten", "rotes").
ADJECTIVE_ORDER: Final = ("size", "age", "state", "colour", "material")  # "a huge empty kitchen"
_ADJECTIVES: Final[dict[Language, dict[str, tuple[str, str]]]] = {
    "en": {
        **{w: ("size", w) for w in ("tiny", "small", "little", "big", "large", "huge", "giant",
                                    "enormous", "massive", "long", "narrow", "wide", "tall")},
        **{w: ("age", w) for w in ("old", "new", "ancient", "antique", "rusty", "vintage",
                                   "young")},
        **{w: ("colour", w) for w in ("red", "blue", "green", "yellow", "white", "black",
                                      "grey", "brown", "pink", "purple", "orange", "golden",
                                      "silver", "violet", "turquoise", "beige", "colourful",
                                      "colorful")},
        "gray": ("colour", "grey"), "gold": ("colour", "golden"),
        **{w: ("material", w) for w in ("wooden", "glass", "stone", "metal", "iron", "plastic",
                                        "paper", "leather", "brick", "steel", "marble",
                                        "velvet", "woollen", "crystal", "concrete", "fur",
                                        "silk", "denim", "rubber", "wool", "lace")},
        "wood": ("material", "wooden"),
        **{w: ("state", w) for w in ("empty", "broken", "dusty", "frozen", "burning",
                                     "flooded", "abandoned", "deserted", "overgrown")},
    },
    "de": {
        "winzig": ("size", "tiny"), "klein": ("size", "small"), "gross": ("size", "big"),
        "riesig": ("size", "huge"), "riesengross": ("size", "huge"), "lang": ("size", "long"),
        "schmal": ("size", "narrow"), "breit": ("size", "wide"), "gigantisch": ("size", "huge"),
        "alt": ("age", "old"), "uralt": ("age", "ancient"), "neu": ("age", "new"),
        "jung": ("age", "young"),
        "rostig": ("age", "rusty"), "antik": ("age", "antique"),
        "rot": ("colour", "red"), "blau": ("colour", "blue"), "gruen": ("colour", "green"),
        "gelb": ("colour", "yellow"), "weiss": ("colour", "white"),
        "schwarz": ("colour", "black"), "grau": ("colour", "grey"), "braun": ("colour", "brown"),
        "rosa": ("colour", "pink"), "pink": ("colour", "pink"), "lila": ("colour", "purple"),
        "orange": ("colour", "orange"), "golden": ("colour", "golden"),
        "silbern": ("colour", "silver"), "violett": ("colour", "violet"),
        "tuerkis": ("colour", "turquoise"), "bunt": ("colour", "colourful"),
        "hoelzern": ("material", "wooden"), "glaesern": ("material", "glass"),
        "steinern": ("material", "stone"), "eisern": ("material", "iron"),
        "leer": ("state", "empty"), "kaputt": ("state", "broken"),
        "zerbrochen": ("state", "broken"), "staubig": ("state", "dusty"),
        "gefroren": ("state", "frozen"), "brennend": ("state", "burning"),
        "verlassen": ("state", "deserted"), "ueberwuchert": ("state", "overgrown"),
    },
}  # fmt: skip
_DE_ADJECTIVE_ENDINGS: Final = ("", "e", "er", "es", "en", "em")
# German compounds whose first part is a material: "Holzbank" is a wooden bench.
MATERIAL_PREFIXES_DE: Final[dict[str, str]] = {
    "holz": "wooden", "glas": "glass", "stein": "stone", "eisen": "iron", "gold": "golden",
    "silber": "silver", "plastik": "plastic", "leder": "leather", "metall": "metal",
    "marmor": "marble",
}  # fmt: skip


def adjective_of(folded: str, language: Language) -> tuple[str, str] | None:
    """(kind, English word) for a describing word the plan keeps ("roten" -> colour, red)."""
    table = _ADJECTIVES[language]
    if language == "en":
        return table.get(folded)
    for ending in _DE_ADJECTIVE_ENDINGS:
        if ending and not folded.endswith(ending):
            continue
        found = table.get(folded[: len(folded) - len(ending)])
        if found is not None:
            return found
    return None


def in_english_order(found: list[tuple[str, str]]) -> list[str]:
    """Adjectives in English order (size, age, state, colour, material), each once."""
    ranked = sorted(dict.fromkeys(found), key=lambda f: ADJECTIVE_ORDER.index(f[0]))
    return list(dict.fromkeys(word for _, word in ranked))


# Words that say how someone holds themselves ("sat", "lag", "kniete") -> posture.
_POSTURE_WORDS: Final[dict[Language, dict[str, str]]] = {
    "en": {"sit": "sit", "sat": "sit", "sitting": "sit", "seated": "sit", "sits": "sit",
           "lie": "lie", "lay": "lie", "lying": "lie", "lies": "lie", "laying": "lie",
           "kneel": "kneel", "knelt": "kneel", "kneeling": "kneel", "kneeled": "kneel",
           "kneels": "kneel", "stand": "stand", "stood": "stand", "standing": "stand",
           "stands": "stand"},
    "de": {"sitzen": "sit", "sass": "sit", "sassen": "sit", "sitzt": "sit", "sitze": "sit",
           "gesessen": "sit", "sasst": "sit", "liegen": "lie", "lag": "lie", "lagen": "lie",
           "liegt": "lie", "liege": "lie", "gelegen": "lie", "knien": "kneel", "kniete": "kneel",
           "knieten": "kneel", "kniet": "kneel", "gekniet": "kneel",
           "stehen": "stand", "stand": "stand", "standen": "stand", "steht": "stand",
           "stehe": "stand", "gestanden": "stand"},
}  # fmt: skip


def posture_of(folded: str, language: Language) -> str | None:
    """The posture a verb form states ("sat" -> sit, "kniete" -> kneel), or None."""
    return _POSTURE_WORDS[language].get(folded)


def _by_stem(table: dict[str, str], language: Language) -> dict[str, str]:
    """Index a word table by folded form and by Snowball stem."""
    out: dict[str, str] = {}
    for word, value in table.items():
        folded = fold(word, language)
        out.setdefault(folded, value)
        if " " not in folded:
            out.setdefault(stem(folded, language), value)
    return out


# Kinds of place that are inside, for the places of places_de_en.json (the rest: outside or
# either).
_INDOOR_KINDS: Final = frozenset(
    {"room", "bedroom", "bathroom", "kitchen", "living_room", "corridor", "stairwell", "attic",
     "basement", "house", "school", "classroom", "office", "shop", "restaurant", "hospital",
     "church", "library", "museum", "hotel", "prison", "elevator", "theatre", "party", "stage"}
)  # fmt: skip
_OUTDOOR_KINDS: Final = frozenset(
    {"road", "bridge", "village", "park", "garden", "playground", "field", "forest", "mountains",
     "desert", "beach", "sea", "lake", "river", "cemetery", "city_street"}
)  # fmt: skip


@lru_cache(maxsize=2)
def _data_file(name: str) -> dict[str, Any]:
    """One of the word tables shipped beside this module (nouns_de.json, places_de_en.json)."""
    return cast(dict[str, Any], json.loads(Path(__file__).with_name(name).read_text("utf-8")))


def _place_table(language: Language) -> dict[str, list[str]]:
    """places_de_en.json's places of one language: word -> [English phrase, kind]."""
    raw = _data_file("places_de_en.json")
    return cast(dict[str, list[str]], raw["places"] if language == "de" else raw["places_en"])


@lru_cache(maxsize=2)
def _extra_places(language: Language) -> list[tuple[str, tuple[str, bool | None]]]:
    """(word, (kind, indoor)) of places_de_en.json for one language."""
    from dreamjournal.analysis.lexicon import load_lexicon

    table = _place_table(language)
    exact = load_lexicon(language).exact
    return [
        (w, (kind, True if kind in _INDOOR_KINDS else False if kind in _OUTDOOR_KINDS else None))
        for w, (_, kind) in table.items()
        # a settings word of the lexicon keeps its own kind ("the shore" is a beach)
        if not any(category == "settings" for category, _ in exact.get(fold(w, language), ()))
    ]


@lru_cache(maxsize=16)  # six vocabularies in two languages: twelve tables, each built once
def _indexed(name: str, language: Language) -> dict[str, str]:
    """One compiled word table (a vocabulary, never user text)."""
    if name == "place":
        places = _PLACE_WORDS[language]
        indexed = _by_stem(
            {w: f"{k}|{'' if i is None else int(i)}" for w, (k, i) in places.items()}, language
        )  # noqa: E501
        # the table's places by their forms only: a stem would make "alle" an "allee"
        for w, (k, i) in _extra_places(language):
            indexed.setdefault(fold(w, language), f"{k}|{'' if i is None else int(i)}")
        return indexed
    tables = {
        "action": _ACTION_WORDS,
        "light": _LIGHT,
        "weather": _WEATHER,
        "time": _TIME,
        "object": _OBJECT_WORDS,
    }
    table = dict(tables[name][language])
    if name == "object" and language == "en":
        table = {w: w for w in OBJECT_WORDS_EN} | _OBJECT_SYNONYMS_EN
    return _by_stem(table, language)


def vocab_table(name: str, language: Language) -> dict[str, str]:
    """One vocabulary indexed by folded form and by stem (read-only)."""
    return _indexed(name, language)


VOCABULARIES: Final = ("action", "object", "place", "light", "weather", "time")


@lru_cache(maxsize=2)
def vocab_rows(language: Language) -> dict[str, tuple[str | None, ...]]:
    """Every word of the six vocabularies (by folded form and by stem) -> its value in each,
    in the order of `VOCABULARIES`: one look-up per word answers all six."""
    tables = [_indexed(name, language) for name in VOCABULARIES]
    words = {w for table in tables for w in table}
    return {w: tuple(table.get(w) for table in tables) for w in words}


def lookup(name: str, folded: str, language: Language) -> str | None:
    """Look a folded word up in one vocabulary (place, action, light, weather, time, object)."""
    table = _indexed(name, language)
    return table.get(folded) or table.get(stem(folded, language))


def place_of_word(folded: str, language: Language) -> tuple[str, bool | None] | None:
    """A finer place kind for a word ("kitchen"), with indoor; None when the word names none."""
    return place_of_value(lookup("place", folded, language))


def place_of_value(value: str | None) -> tuple[str, bool | None] | None:
    """(kind, indoor) from a value of the place vocabulary ("kitchen|1"); None for None."""
    if value is None:
        return None
    kind, indoor = value.split("|")
    return kind, (None if indoor == "" else indoor == "1")


@lru_cache(maxsize=1)
def _nouns_de() -> dict[str, str]:
    """German concrete nouns -> English (nouns_de.json), by folded form (no stems)."""
    nouns = _data_file("nouns_de.json")["nouns"]
    return {fold(w, "de"): v[0] for w, v in nouns.items()}


def noun_de(folded: str) -> str | None:
    """The English for a German concrete noun of dreams ("kartoffeln" -> "potatoes"), by its
    written forms only (a stem would make "später" a "Spaten")."""
    return _nouns_de().get(folded)


# English things of everyday dreams that no German noun of the table gives.
_ENGLISH_ONLY_NOUNS: Final = frozenset(
    {"chips", "fries", "leash", "candles", "shells", "seashells", "sheets", "bedsheets",
     "paper planes", "paper plane", "chess board", "beer mat", "coaster", "umbrellas",
     "balloons", "spoons", "mug", "sleeping bag", "rucksack", "trainers", "dressing gown",
     "overalls", "sweater", "clock", "mirror", "photograph", "books", "package", "crate",
     "magazine", "remote", "drums", "basketball", "tennis racket", "buggy", "pasta",
     "spaghetti", "apples", "biscuits", "cookies", "jar", "rocks", "snowballs", "icicles",
     "watering can", "washing line", "clothes line", "deckchair", "sandcastle", "lantern",
     "lanterns", "torch", "flashlight", "tray", "cupcakes", "pancakes", "tomatoes",
     "exam papers", "exam paper", "pumpkin", "pumpkins", "lawnmower", "wheelbarrow",
     "flowerpot", "flowerpots", "watering cans", "paper", "papers", "parcel", "hailstones"}
)  # fmt: skip


@lru_cache(maxsize=1)
def english_nouns() -> frozenset[str]:
    """Every English noun `noun_de` gives, and a few English-only ones (things the prompt may
    name)."""
    return frozenset(_nouns_de().values()) | _ENGLISH_ONLY_NOUNS


@lru_cache(maxsize=2)
def _place_names(language: Language) -> dict[str, str]:
    """Place words (places_de_en.json) -> their English phrase ("apotheke" -> "a pharmacy")."""
    return {fold(w, language): v[0] for w, v in _place_table(language).items()}


def place_name(folded: str, language: Language) -> str | None:
    """The English phrase of a place word the table knows ("eisbahn" -> "an ice rink")."""
    return _place_names(language).get(folded)


@lru_cache(maxsize=2)
def figure_words(language: Language) -> frozenset[str]:
    """Every word the lexicon reads as a figure ("burglar", "nurse", "Lehrerin"), with plurals."""
    from dreamjournal.analysis.lexicon import load_lexicon

    exact = load_lexicon(language).exact
    words = {form for form, hits in exact.items() if any(c == "characters" for c, _ in hits)}
    return frozenset(words | {w + "s" for w in words if " " not in w})


def glossary(language: Language) -> dict[str, str]:
    """Words of one language -> English concepts (for shot text); lexicon keys come on top."""
    from dreamjournal.analysis.lexicon import load_lexicon

    lexicon = load_lexicon(language)
    out = {form: key for form, hits in lexicon.exact.items() for _, key in hits[:1]}
    out.update({fold(w, language): c for w, c in _OBJECT_WORDS[language].items()})
    return out
