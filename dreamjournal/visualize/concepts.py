"""The concept glossary: scene-plan concepts in English shot text and in en/de script sentences.

The scene plan names everything with fixed English concepts (place kinds, actions, characters,
objects). Prompts take their English phrases from here, so a German dream gives an English
prompt; scripts take en or de phrases, so a sentence is grammatical by construction and no
English word lands in a German script (nor German in an English one).
"""

from __future__ import annotations

from typing import Final

# place kind -> (shot setting, English script "You are ...", German script "Du bist ...")
PLACES: Final[dict[str, tuple[str, str, str]]] = {
    "room": ("a quiet room", "in a room", "in einem Zimmer"),
    "bedroom": ("a bedroom", "in a bedroom", "in einem Schlafzimmer"),
    "bathroom": ("a tiled bathroom", "in a bathroom", "in einem Badezimmer"),
    "kitchen": ("a kitchen", "in a kitchen", "in einer Küche"),
    "living_room": ("a living room", "in a living room", "in einem Wohnzimmer"),
    "corridor": ("a long hallway", "in a long hallway", "in einem langen Flur"),
    "stairwell": ("a stairwell", "on a staircase", "in einem Treppenhaus"),
    "attic": ("an attic under sloping beams", "in an attic", "auf einem Dachboden"),
    "basement": ("a basement", "in a basement", "in einem Keller"),
    "house": ("a house", "in a house", "in einem Haus"),
    "childhood_home": (
        "the house the dreamer grew up in", "in the house you grew up in",
        "in dem Haus, in dem du aufgewachsen bist",
    ),
    "school": ("a school building", "at a school", "in einer Schule"),
    "classroom": ("a classroom", "in a classroom", "in einem Klassenzimmer"),
    "office": ("an office", "in an office", "in einem Büro"),
    "shop": ("a shop", "in a shop", "in einem Laden"),
    "restaurant": ("a restaurant", "in a restaurant", "in einem Restaurant"),
    "hospital": ("a hospital corridor", "in a hospital", "in einem Krankenhaus"),
    "church": ("a church interior", "in a church", "in einer Kirche"),
    "library": ("a library among tall shelves", "in a library", "in einer Bibliothek"),
    "museum": ("a museum hall", "in a museum", "in einem Museum"),
    "hotel": ("a hotel lobby", "in a hotel", "in einem Hotel"),
    "prison": ("a prison corridor", "in a prison", "in einem Gefängnis"),
    "elevator": ("an elevator", "in an elevator", "in einem Aufzug"),
    "theatre": ("a theatre", "in a theatre", "in einem Theater"),
    "car_park": ("a multi-storey car park", "in a car park", "in einem Parkhaus"),
    "car": ("the inside of a car", "in a car", "in einem Auto"),
    "bus": ("a bus", "on a bus", "in einem Bus"),
    "train": ("a train carriage", "on a train", "in einem Zug"),
    "station": ("a railway platform", "at a station", "an einem Bahnhof"),
    "airport": ("an airport hall", "at an airport", "an einem Flughafen"),
    "plane": ("an aeroplane cabin", "on a plane", "in einem Flugzeug"),
    "ship": ("the deck of a boat", "on a boat", "auf einem Schiff"),
    "city_street": ("a city street", "in a city street", "auf einer Straße in der Stadt"),
    "road": ("an open road", "on a road", "auf einer Straße"),
    "bridge": ("a bridge", "on a bridge", "auf einer Brücke"),
    "village": ("a village", "in a village", "in einem Dorf"),
    "park": ("a park", "in a park", "in einem Park"),
    "cemetery": ("a quiet cemetery with old gravestones", "in a quiet cemetery",
                 "auf einem stillen Friedhof"),
    "garden": ("a garden", "in a garden", "in einem Garten"),
    "playground": ("a playground", "on a playground", "auf einem Spielplatz"),
    "field": ("an open field", "in an open field", "auf einem weiten Feld"),
    "forest": ("a forest", "in a forest", "in einem Wald"),
    "jungle": ("a jungle", "in a jungle", "in einem Dschungel"),
    "mountains": ("mountains", "in the mountains", "in den Bergen"),
    "cave": ("a cave", "in a cave", "in einer Höhle"),
    "desert": ("a desert", "in a desert", "in einer Wüste"),
    "beach": ("a beach", "on a beach", "an einem Strand"),
    "sea": ("the open sea", "by the sea", "am Meer"),
    "lake": ("a lake", "by a lake", "an einem See"),
    "river": ("a river bank", "by a river", "an einem Fluss"),
    "underwater": ("deep underwater", "underwater", "unter Wasser"),
    "sky": ("the open sky high above the land", "high in the sky", "hoch oben am Himmel"),
    "space": ("outer space among the stars", "in outer space", "im Weltall"),
    "castle": ("a castle", "in a castle", "in einer Burg"),
    "party": ("a party", "at a party", "auf einer Feier"),
    "stage": ("a stage", "on a stage", "auf einer Bühne"),
    "sports_ground": ("a sports ground", "at a sports ground", "auf einem Sportplatz"),
    "swimming_pool": ("a swimming pool", "at a swimming pool", "in einem Schwimmbad"),
    "unknown": (
        "a soft, dreamlike space", "in a place you cannot quite name",
        "an einem Ort, den du nicht genau benennen kannst",
    ),
}  # fmt: skip

# action -> (shot: third person, script: "You ...", script: "Du ...", script: "X ..." en, de)
ACTIONS: Final[dict[str, tuple[str, str, str, str, str]]] = {
    "stand": ("stands still and looks around", "stand still and look around",
              "stehst still und schaust dich um", "stands nearby", "steht in der Nähe"),
    "walk": ("walks slowly forward", "walk slowly forward", "gehst langsam weiter",
             "walks beside you", "geht neben dir"),
    "run": ("runs forward at full speed", "run, quick and light", "rennst, schnell und leicht",
            "runs ahead", "rennt voraus"),
    "flee": ("hurries away, glancing back", "move away quickly, and the distance grows",
             "läufst davon, und der Abstand wächst", "hurries away", "läuft davon"),
    "chase": ("follows close behind", "follow the trail", "folgst der Spur",
              "follows you", "folgt dir"),
    "fly": ("flies with arms spread wide, gliding on the air", "fly, and the air carries you",
            "fliegst, und die Luft trägt dich", "flies above you", "fliegt über dir"),
    "float": ("floats weightlessly", "float, light and weightless", "schwebst, ganz leicht",
              "floats nearby", "schwebt in der Nähe"),
    "fall": ("falls slowly through the air", "fall, slowly, through soft air",
             "fällst, ganz langsam, durch weiche Luft", "falls", "fällt"),
    "sink": ("sinks slowly downward", "sink slowly down", "sinkst langsam nach unten",
             "sinks slowly", "sinkt langsam"),
    "swim": ("swims with steady strokes", "swim with steady strokes",
             "schwimmst mit ruhigen Zügen", "swims beside you", "schwimmt neben dir"),
    "climb": ("climbs upward", "climb upward, step by step", "kletterst nach oben, Schritt für "
              "Schritt", "climbs ahead of you", "klettert vor dir"),
    "sit": ("sits quietly", "sit down and rest", "sitzt ruhig da", "sits with you",
            "sitzt bei dir"),
    "lie": ("lies still", "lie down and rest", "liegst ruhig da", "lies nearby",
            "liegt in der Nähe"),
    "sleep": ("sleeps peacefully", "rest with your eyes closed", "ruhst mit geschlossenen Augen",
              "sleeps peacefully", "schläft friedlich"),
    "hide": ("crouches out of sight", "keep still in a hidden spot",
             "hältst dich in einem Versteck still", "keeps out of sight", "hält sich versteckt"),
    "search": ("searches, looking around carefully", "search and look around carefully",
               "suchst und schaust dich aufmerksam um", "searches nearby", "sucht in der Nähe"),
    "look": ("looks around slowly", "look around slowly", "schaust dich langsam um",
             "looks at you", "schaut dich an"),
    "talk": ("talks with open gestures", "talk quietly", "redest leise", "talks with you",
             "redet mit dir"),
    "shout": ("calls out, mouth wide open", "call out loud and clear", "rufst laut und klar",
              "calls out", "ruft laut"),
    "cry": ("cries softly", "let the tears come", "lässt die Tränen kommen", "cries softly",
            "weint leise"),
    "laugh": ("laughs", "laugh", "lachst", "laughs with you", "lacht mit dir"),
    "embrace": ("holds someone close in an embrace", "hold someone close",
                "hältst jemanden fest im Arm", "holds you close", "hält dich fest im Arm"),
    "kiss": ("leans in for a kiss", "lean in for a kiss", "beugst dich zu einem Kuss vor",
             "kisses you", "küsst dich"),
    "fight": ("struggles and pushes back", "push back with all your strength",
              "wehrst dich mit aller Kraft", "struggles", "wehrt sich"),
    "attack": ("lunges forward", "stand your ground", "bleibst standhaft",
               "comes toward you", "kommt auf dich zu"),
    "drive": ("drives, hands on the wheel", "drive, hands on the wheel",
              "fährst, die Hände am Lenkrad", "drives", "fährt"),
    "ride": ("rides on", "ride on", "reitest weiter", "rides beside you", "reitet neben dir"),
    "dance": ("dances", "dance", "tanzt", "dances with you", "tanzt mit dir"),
    "eat": ("eats and drinks", "eat and drink", "isst und trinkst", "eats with you",
            "isst mit dir"),
    "play": ("plays", "play", "spielst", "plays with you", "spielt mit dir"),
    "open": ("opens a door", "open a door", "öffnest eine Tür", "opens a door",
             "öffnet eine Tür"),
    "enter": ("steps inside", "step inside", "trittst ein", "steps inside", "tritt ein"),
    "leave": ("walks away", "walk out", "gehst hinaus", "walks away", "geht fort"),
    "hold": ("holds something close", "hold it in your hands", "hältst es in den Händen",
             "holds something", "hält etwas in den Händen"),
    "give": ("holds something out", "hold something out", "reichst etwas weiter",
             "hands you something", "reicht dir etwas"),
    "wait": ("waits, quite still", "wait, quite still", "wartest ganz ruhig", "waits with you",
             "wartet mit dir"),
    "freeze": ("stands frozen in place", "stand very still", "stehst ganz still",
               "stands very still", "steht ganz still"),
    "shake": ("trembles", "feel your body tremble", "spürst, wie dein Körper zittert",
              "trembles", "zittert"),
    "transform": ("slowly transforms into something else", "watch everything change",
                  "siehst, wie sich alles verwandelt", "changes shape", "verwandelt sich"),
    "arrive": ("arrives", "arrive", "kommst an", "arrives", "kommt an"),
    "disappear": ("fades away", "watch it fade away", "siehst, wie es verschwindet",
                  "fades away", "verschwindet"),
    "burn": ("stands near a bright fire", "watch the flames", "schaust in die Flammen",
             "glows like fire", "leuchtet wie Feuer"),
    "wave": ("waves", "wave", "winkst", "waves to you", "winkt dir zu"),
    "jump": ("jumps, arms flung up", "jump, light and high", "springst, leicht und hoch",
             "jumps beside you", "springt neben dir"),
    "sing": ("sings, head tilted back", "sing softly", "singst leise", "sings softly",
             "singt leise"),
    "write": ("writes, bent over the page", "write, slowly and clearly",
              "schreibst, langsam und klar", "writes something down", "schreibt etwas auf"),
    "read": ("reads, eyes on the page", "read quietly", "liest in Ruhe", "reads quietly nearby",
             "liest in der Nähe"),
    "cook": ("cooks at a stove, steam rising", "cook something warm", "kochst etwas Warmes",
             "cooks nearby", "kocht in der Nähe"),
    "pack": ("packs a suitcase", "pack your things calmly", "packst in Ruhe deine Sachen",
             "packs a bag nearby", "packt eine Tasche"),
    "knock": ("knocks on a door", "knock on the door", "klopfst an die Tür", "knocks on the door",
              "klopft an die Tür"),
    "push": ("pushes hard against something", "push with all your strength",
             "schiebst mit aller Kraft", "pushes hard", "schiebt mit aller Kraft"),
    "type": ("types at a keyboard", "type at a keyboard", "tippst auf einer Tastatur",
             "types at a keyboard", "tippt auf einer Tastatur"),
    "paint": ("paints with broad strokes", "paint with broad strokes",
              "malst mit breiten Strichen", "paints nearby", "malt in der Nähe"),
    "pray": ("prays, hands folded", "fold your hands and pray", "faltest die Hände und betest",
             "prays quietly", "betet leise"),
    "throw": ("throws something far", "throw it far away", "wirfst es weit weg",
              "throws something", "wirft etwas"),
    "clean": ("cleans, scrubbing hard", "clean slowly and carefully",
              "putzt langsam und gründlich", "cleans nearby", "putzt in der Nähe"),
    # "drive" where the dreamer is a passenger (a train, a bus): not at the wheel
    "ride_along": ("rides along, looking out of the window", "ride along and look out of the "
                   "window", "fährst mit und schaust aus dem Fenster", "rides along with you",
                   "fährt mit dir"),
}  # fmt: skip

# character concept -> (how it looks in a shot, German noun, gender, German feminine noun)
CHARACTERS: Final[dict[str, tuple[str, str, str, str | None]]] = {
    "mother": ("an older woman", "Mutter", "f", None),
    "father": ("an older man", "Vater", "m", None),
    "brother": ("a young man", "Bruder", "m", None),
    "sister": ("a young woman", "Schwester", "f", None),
    "grandmother": ("an elderly woman", "Großmutter", "f", None),
    "grandfather": ("an elderly man", "Großvater", "m", None),
    "aunt": ("a middle-aged woman", "Tante", "f", None),
    "uncle": ("a middle-aged man", "Onkel", "m", None),
    "cousin": ("a young adult", "Cousin", "m", "Cousine"),
    "son": ("a boy", "Sohn", "m", None),
    "daughter": ("a girl", "Tochter", "f", None),
    "child": ("a small child", "Kind", "n", None),
    "baby": ("a baby", "Baby", "n", None),
    "friend": ("a friend", "Freund", "m", "Freundin"),
    "stranger": ("a stranger", "fremde Gestalt", "f", None),
    "man": ("a man", "Mann", "m", None),
    "woman": ("a woman", "Frau", "f", None),
    "teacher": ("a teacher", "Lehrer", "m", "Lehrerin"),
    "partner": ("a partner", "Partner", "m", "Partnerin"),
    "ex-partner": ("a former partner", "Ex-Partner", "m", "Ex-Partnerin"),
    "boss": ("a boss in office clothes", "Chef", "m", "Chefin"),
    "colleague": ("a colleague", "Kollege", "m", "Kollegin"),
    "doctor": ("a doctor in a white coat", "Arzt", "m", "Ärztin"),
    "police": ("police officers", "Polizei", "f", None),
    "soldier": ("a soldier", "Soldat", "m", None),
    "ghost": ("a pale, translucent figure", "Geist", "m", None),
    "monster": ("a large shadowy creature", "Monster", "n", None),
    "demon": ("a dark horned figure", "Dämon", "m", None),
    "witch": ("a witch in a long cloak", "Hexe", "f", None),
    "intruder": ("a hooded figure", "Eindringling", "m", None),
    "crowd": ("a crowd of people", "Menschenmenge", "f", None),
    "angel": ("a winged figure of light", "Engel", "m", None),
    "dog": ("a dog", "Hund", "m", None),
    "cat": ("a cat", "Katze", "f", None),
    "snake": ("a snake", "Schlange", "f", None),
    "spider": ("a spider", "Spinne", "f", None),
    "wolf": ("a grey wolf", "Wolf", "m", None),
    "bear": ("a bear", "Bär", "m", None),
    "bird": ("a bird", "Vogel", "m", None),
    "horse": ("a horse", "Pferd", "n", None),
    "fish": ("a fish", "Fisch", "m", None),
    "shark": ("a shark", "Hai", "m", None),
    "whale": ("a whale", "Wal", "m", None),
    "lion": ("a lion", "Löwe", "m", None),
    "tiger": ("a tiger", "Tiger", "m", None),
    "rat": ("a rat", "Ratte", "f", None),
    "insect": ("an insect", "Insekt", "n", None),
    "neighbour": ("a neighbour", "Nachbar", "m", "Nachbarin"),
    "driver": ("a driver", "Fahrer", "m", "Fahrerin"),
    "waiter": ("a waiter", "Kellner", "m", "Kellnerin"),
    "landlord": ("a landlord", "Vermieter", "m", "Vermieterin"),
    "roommate": ("a flatmate", "Mitbewohner", "m", "Mitbewohnerin"),
    "guest": ("a guest", "Gast", "m", None),
    "passenger": ("a passenger", "Fahrgast", "m", None),
    "customer": ("a customer", "Kunde", "m", "Kundin"),
    "coach": ("a coach", "Trainer", "m", "Trainerin"),
    "priest": ("a priest", "Priester", "m", "Priesterin"),
    "cashier": ("a cashier", "Kassierer", "m", "Kassiererin"),
    "conductor": ("a conductor", "Schaffner", "m", "Schaffnerin"),
    "janitor": ("a janitor in grey overalls", "Hausmeister", "m", "Hausmeisterin"),
    "person": ("a person", "Mensch", "m", None),
}

# object concept -> (English, German noun, gender: m / f / n / pl)
OBJECTS: Final[dict[str, tuple[str, str, str]]] = {
    "moon": ("the moon", "Mond", "m"), "sun": ("the sun", "Sonne", "f"),
    "water": ("water", "Wasser", "n"), "ocean": ("the sea", "Meer", "n"),
    "stairs": ("a staircase", "Treppe", "f"), "door": ("a door", "Tür", "f"),
    "forest": ("trees", "Wald", "m"), "fire": ("a fire", "Feuer", "n"),
    "sky": ("the sky", "Himmel", "m"), "city": ("a city", "Stadt", "f"),
    "house": ("a house", "Haus", "n"), "bird": ("a bird", "Vogel", "m"),
    "snake": ("a snake", "Schlange", "f"), "mountain": ("a mountain", "Berg", "m"),
    "road": ("a road", "Straße", "f"), "light": ("a light", "Licht", "n"),
    "mirror": ("a mirror", "Spiegel", "m"), "teeth": ("teeth", "Zähne", "pl"),
    "car": ("a car", "Auto", "n"), "flower": ("flowers", "Blumen", "pl"),
    "star": ("stars", "Sterne", "pl"), "rain": ("rain", "Regen", "m"),
    "snow": ("snow", "Schnee", "m"), "bridge": ("a bridge", "Brücke", "f"),
    "key": ("a key", "Schlüssel", "m"), "window": ("a window", "Fenster", "n"),
    "dog": ("a dog", "Hund", "m"), "cat": ("a cat", "Katze", "f"),
    "spider": ("a spider", "Spinne", "f"), "tree": ("a tree", "Baum", "m"),
    "river": ("a river", "Fluss", "m"), "storm": ("a storm", "Sturm", "m"),
    "clock": ("a clock", "Uhr", "f"), "train": ("a train", "Zug", "m"),
    "blood": ("blood", "Blut", "n"), "horse": ("a horse", "Pferd", "n"),
    "wolf": ("a wolf", "Wolf", "m"), "darkness": ("darkness", "Dunkelheit", "f"),
    "parka": ("a parka", "Parka", "m"), "coat": ("a coat", "Mantel", "m"),
    "jacket": ("a jacket", "Jacke", "f"), "hat": ("a hat", "Hut", "m"),
    "dress": ("a dress", "Kleid", "n"), "bag": ("a bag", "Tasche", "f"),
    "suitcase": ("a suitcase", "Koffer", "m"), "phone": ("a phone", "Handy", "n"),
    "book": ("a book", "Buch", "n"), "letter": ("a letter", "Brief", "m"),
    "knife": ("a knife", "Messer", "n"), "weapon": ("a weapon", "Waffe", "f"),
    "gun": ("a gun", "Pistole", "f"), "ball": ("a ball", "Ball", "m"),
    "cake": ("a cake", "Kuchen", "m"), "table": ("a table", "Tisch", "m"),
    "bed": ("a bed", "Bett", "n"), "chair": ("a chair", "Stuhl", "m"),
    "ring": ("a ring", "Ring", "m"), "money": ("money", "Geld", "n"),
    "boat": ("a boat", "Boot", "n"), "ship": ("a ship", "Schiff", "n"),
    "candle": ("a candle", "Kerze", "f"), "lamp": ("a lamp", "Lampe", "f"),
    "gift": ("a gift", "Geschenk", "n"), "doll": ("a doll", "Puppe", "f"),
    "picture": ("a picture", "Bild", "n"), "umbrella": ("an umbrella", "Schirm", "m"),
    "backpack": ("a backpack", "Rucksack", "m"), "sword": ("a sword", "Schwert", "n"),
    "map": ("a map", "Karte", "f"), "box": ("a box", "Kiste", "f"),
    "bottle": ("a bottle", "Flasche", "f"), "glass": ("a glass", "Glas", "n"),
    "camera": ("a camera", "Kamera", "f"), "computer": ("a computer", "Computer", "m"),
    "laptop": ("a laptop", "Laptop", "m"), "piano": ("a piano", "Klavier", "n"),
    "bench": ("a bench", "Bank", "f"), "tent": ("a tent", "Zelt", "n"),
    "balloon": ("a balloon", "Ballon", "m"), "sofa": ("a sofa", "Sofa", "n"),
    "desk": ("a desk", "Schreibtisch", "m"), "bike": ("a bike", "Fahrrad", "n"),
    "canoe": ("a canoe", "Kanu", "n"), "kayak": ("a kayak", "Kajak", "n"),
    "ferry": ("a ferry", "Fähre", "f"), "raft": ("a raft", "Floß", "n"),
    "basket": ("a basket", "Korb", "m"), "trolley": ("a shopping trolley", "Einkaufswagen", "m"),
    "cookie": ("cookies", "Keks", "m"), "snowball": ("a snowball", "Schneeball", "m"),
    "apple": ("an apple", "Apfel", "m"), "bucket": ("a bucket", "Eimer", "m"),
    "newspaper": ("a newspaper", "Zeitung", "f"), "pen": ("a pen", "Stift", "m"),
    "cup": ("a cup", "Tasse", "f"), "plate": ("a plate", "Teller", "m"),
    "towel": ("a towel", "Handtuch", "n"), "shovel": ("a shovel", "Schaufel", "f"),
    "kite": ("a kite", "Drachen", "m"),
}  # fmt: skip
LIGHT_NOUNS: Final = frozenset({"lantern", "candle", "lamp", "torch", "flashlight", "fire"})
# A light someone holds, by the word said: (English, German noun, gender) - "a lantern", not
# the concept's "a light" ("meine Schwester hielt eine Laterne").
HELD_LIGHTS: Final[dict[str, tuple[str, str, str]]] = {
    "lantern": ("a lantern", "Laterne", "f"), "laterne": ("a lantern", "Laterne", "f"),
    "candle": ("a candle", "Kerze", "f"), "kerze": ("a candle", "Kerze", "f"),
    "lamp": ("a lamp", "Lampe", "f"), "lampe": ("a lamp", "Lampe", "f"),
    "torch": ("a torch", "Fackel", "f"), "fackel": ("a torch", "Fackel", "f"),
    "flashlight": ("a torch", "Taschenlampe", "f"),
    "taschenlampe": ("a torch", "Taschenlampe", "f"),
}  # fmt: skip
HARSH_OBJECTS: Final = frozenset(
    {"blood", "knife", "weapon", "gun", "sword", "rifle", "bomb", "pistol", "grenade", "coffin"}
)
# Symbols that are the place itself (no "you notice a staircase" on a staircase).
PLACE_SYMBOLS: Final[dict[str, frozenset[str]]] = {
    "stairwell": frozenset({"stairs"}), "sea": frozenset({"ocean", "water"}),
    "beach": frozenset({"ocean"}), "sky": frozenset({"sky"}),
    "forest": frozenset({"forest", "tree"}),
    "city_street": frozenset({"city", "road"}), "river": frozenset({"river", "water"}),
    "lake": frozenset({"water"}), "road": frozenset({"road"}), "bridge": frozenset({"bridge"}),
    "house": frozenset({"house"}), "childhood_home": frozenset({"house"}),
    "train": frozenset({"train"}), "car": frozenset({"car"}),
    "ship": frozenset({"ship", "boat", "water", "ocean"}), "plane": frozenset({"sky"}),
    "mountains": frozenset({"mountain"}), "underwater": frozenset({"water", "ocean"}),
    "space": frozenset({"star", "sky"}),
}  # fmt: skip


def and_list(items: list[str], word: str = "and") -> str:
    """ "a, b and c" (or "a, b und c")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


# feeling name -> (English word, German noun) for the anchoring step; positive ones only
FEELINGS: Final[dict[str, tuple[str, str]]] = {
    "joy": ("joy", "Freude"), "love": ("love", "Liebe"), "relief": ("relief", "Erleichterung"),
    "calm": ("calm", "Ruhe"), "awe": ("awe", "Staunen"), "wonder": ("wonder", "Staunen"),
    "excitement": ("excitement", "Vorfreude"), "surprise": ("surprise", "Überraschung"),
    "longing": ("longing", "Sehnsucht"),
}  # fmt: skip

# German articles (nominative, accusative, dative) by gender, for "ein", "der", "dein"
_DE_ARTICLES: Final[dict[str, dict[str, tuple[str, str, str]]]] = {
    "a": {"m": ("ein", "einen", "einem"), "f": ("eine", "eine", "einer"),
          "n": ("ein", "ein", "einem"), "pl": ("", "", "")},
    "the": {"m": ("der", "den", "dem"), "f": ("die", "die", "der"),
            "n": ("das", "das", "dem"), "pl": ("die", "die", "den")},
    "your": {"m": ("dein", "deinen", "deinem"), "f": ("deine", "deine", "deiner"),
             "n": ("dein", "dein", "deinem"), "pl": ("deine", "deine", "deinen")},
}  # fmt: skip
_CASES: Final = {"nom": 0, "acc": 1, "dat": 2}


def de_noun(article: str, noun: str, gender: str, case: str = "nom") -> str:
    """A German noun phrase: de_noun("the", "Mond", "m", "acc") -> "den Mond"."""
    word = _DE_ARTICLES[article][gender][_CASES[case]]
    return f"{word} {noun}".strip()


def upper_first(text: str) -> str:
    """The text with its first letter in upper case (a sentence start)."""
    return text[:1].upper() + text[1:]


_PASSENGER_PLACES: Final = frozenset({"train", "bus", "plane", "ship", "station", "airport"})


def dreamer_action(action: str | None, place: str) -> str | None:
    """The dreamer's action as told: "drive" on a train is riding along, not at the wheel."""
    if action == "drive" and place in _PASSENGER_PLACES:
        return "ride_along"
    return action
