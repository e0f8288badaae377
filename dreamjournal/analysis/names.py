"""Is a capitalised word a person? Places, brands and first names (lower case, folded).

A name counts as a person only when it is one: after a title ("Frau Berger", "uncle Bob"), a known
first name, or (English) an unknown capitalised word mid-sentence that is no place, no brand and
not owned like a thing ("my Toyota"). Cities, countries and car brands are never characters.
"""

from __future__ import annotations

from typing import Final


def _words(block: str) -> frozenset[str]:
    """Whitespace-separated words of a block."""
    return frozenset(block.split())


PLACES: Final = _words(
    """
    paris london berlin rome madrid lisbon vienna wien zurich zürich zuerich geneva prague prag
    warsaw budapest athens istanbul moscow amsterdam brussels copenhagen stockholm oslo
    helsinki dublin edinburgh glasgow manchester liverpool birmingham leeds bristol oxford
    cambridge brighton cardiff belfast york newyork boston chicago seattle portland denver
    austin dallas houston miami atlanta detroit philadelphia washington baltimore vegas angeles
    francisco diego phoenix toronto vancouver montreal ottawa mexico tokyo kyoto osaka seoul
    beijing shanghai hongkong singapore bangkok delhi mumbai dubai cairo sydney melbourne
    auckland venice venedig florence florenz milan mailand naples neapel barcelona seville
    valencia porto nice marseille lyon munich münchen muenchen hamburg cologne köln koeln
    frankfurt stuttgart düsseldorf duesseldorf dortmund essen bremen leipzig dresden hannover
    nürnberg nuernberg bonn mannheim karlsruhe freiburg heidelberg augsburg regensburg münster
    muenster kiel lübeck luebeck rostock potsdam erfurt jena weimar halle magdeburg kassel
    aachen bochum wuppertal bielefeld würzburg wuerzburg ulm konstanz salzburg graz innsbruck
    linz basel bern luzern lucerne sylt rügen ruegen mallorca ibiza crete kreta england
    scotland wales ireland britain france germany deutschland italy italien spain spanien
    portugal austria österreich oesterreich switzerland schweiz netherlands holland belgium
    denmark sweden norway finland iceland poland polen russia russland ukraine greece
    griechenland turkey türkei tuerkei egypt ägypten morocco africa afrika america amerika usa
    canada kanada brazil brasilien argentina chile peru china japan korea india indien thailand
    vietnam australia australien europe europa asia asien alaska texas california kalifornien
    florida hawaii bavaria bayern alps alpen thames themse rhine rhein danube donau elbe baltic
    ostsee nordsee atlantic pacific mediterranean everest sahara amazon manhattan brooklyn
    hollywood disneyland tokio
    """
)
BRANDS: Final = _words(
    """
    toyota honda bmw audi mercedes benz volkswagen vw ford tesla porsche ferrari lamborghini
    fiat opel skoda seat renault peugeot citroen citroën volvo nissan mazda subaru kia hyundai
    jeep chevrolet chevy dodge cadillac jaguar lexus bentley maserati bugatti suzuki mitsubishi
    dacia rover alfa trabant beetle corolla civic prius lada mini cooper harley yamaha vespa
    ikea lidl aldi rewe edeka tesco walmart target costco amazon google apple iphone ipad
    android samsung netflix youtube instagram facebook tiktok whatsapp twitter spotify uber
    starbucks mcdonald's mcdonalds burger lego nintendo playstation xbox zoom disney
    """
)
FIRST_NAMES: Final = _words(
    """
    anna lena lea leah emma mia hannah hanna sophie sofia marie maria laura julia lisa sarah
    sara katharina kathrin katrin claudia sabine petra andrea susanne monika ursula renate
    ingrid helga gisela erika karin heike nicole stefanie steffi jana nina lina clara klara
    ella emily charlotte amelia olivia isabella ava grace chloe lucy ruby ellie jessica jess
    emily rachel rebecca becky amy kate katie jennifer jenny linda susan karen nancy betty
    helen sandra donna carol ruth sharon michelle kim anne annie jane mary elizabeth liz beth
    alice eva eve marta martha greta frieda ida mila paula marlene johanna luisa jonas leon
    lukas luca lucas finn paul felix max maximilian ben elias noah tim tom thomas michael peter
    hans klaus jürgen juergen stefan stephan andreas frank markus marcus martin matthias
    christian daniel david jan jens uwe wolfgang dieter helmut günter guenter horst karl carl
    otto fritz franz josef joseph sebastian florian tobias philipp simon jakob jacob moritz
    niklas nico anton emil oskar oscar theo henry harry jack james john robert bob bobby
    william will bill richard rick joe joseph charles charlie george oliver olly jake luke sam
    samuel adam alex alexander chris christopher matt matthew mike steve steven kevin brian
    jason eric ryan tyler nick nathan ethan aaron mark andrew andy ben benjamin dan danny tony
    anthony ed eddie edward fred jim jimmy kenny larry leo lars sven erik mohammed mohammad ali
    omar ahmed fatima aisha yusuf mehmet ayse ayşe zoe zoey noel
    """
    # round 37: the names of the neighbours, roommates and classmates of writers from Eritrea,
    # Ethiopia, Syria, Afghanistan, Iran, Turkey, Ukraine, Poland, Nigeria, India and Ireland, and
    # more German and English ones (none a word of either language: not "kai", "ade", "holly")
    """
    biniam yonas yohannes tesfaye dawit senait abebe mulugeta hagos semhar merhawit feven
    ahmad mahmoud mustafa hassan hussein ibrahim khalid karim amir reza farid hamid abdul
    abdullah tariq bilal samir sami yasin yassin jamal rashid walid nabil yousef youssef hamza
    idris ismail adnan mehdi omid navid arash nasrin parisa shirin mariam maryam layla leila
    nour noor zainab amina samira yasmin rania dina hiba salma farah aziz nadia nadja emre
    murat burak kemal deniz elif zeynep fatma hatice emine serkan tolga hakan olena oksana
    natalia natalja irina olga tetiana tanja svitlana yulia iryna kateryna dmytro andriy andrij
    sergei sergej ivan oleksandr mykola taras bohdan vitali vitaly piotr pawel tomasz marek
    kasia agnieszka magda magdalena krzysztof chinedu emeka ngozi chioma tunde kwame kofi segun
    funmi femi yemi uche priya arjun anil sunita ravi deepak melanie nadine anja silke birgit
    bettina vanessa dennis sascha ralf rolf bernd gerd werner heinz manfred norbert rainer
    reinhard dirk holger torsten thorsten volker joerg timo nils hannes johannes lorenz
    valentin leonie merle frida romy svenja lara selina alina carina corinna verena theresa
    teresa elena helene irene gabi gabriele brigitte margarete gerda hilde elke doris christa
    christine christina barbara angelika martina simone manuela daniela natascha tamara megan
    hayley millie freya evie phoebe abigail lauren ashley kayleigh shannon kieran liam connor
    callum declan sean shaun niamh siobhan ciara aoife patrick dominik fabian julian jonathan
    vincent marco
    """
    # round 38: nurses', firefighters' and prison officers' colleagues ("our band 6, claire, had
    # been found at home"); again none a word of either language (not "rich", "dawn", "lily")
    """
    claire clare fiona gemma nicola louise joanne julie natalie kirsty stacey tracy tracey
    debbie alison angela caroline catherine victoria margaret patricia pauline janet bethany
    paige chelsea abbie isla sophia emilia ines jutta kerstin gary darren craig stuart neil
    graham colin derek trevor keith wayne scott barry alan kyle josh joshua jamie pete phil
    luis
    """
    # round 43: mates' nicknames of men after a divorce ("kalle verschenkt seine sachen")
    """
    kalle kalli olli ralle jupp hansi gaz gazza kev baz stevo robbo macca davo
    """
)
# Titles and kin words after which a capitalised word is a person.
TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "uncle", "aunt", "auntie", "named", "called", "herr",
     "frau", "onkel", "tante", "cousin", "cousine", "namens", "heißt", "doktor", "grandma",
     "grandpa", "oma", "opa", "sister", "brother", "friend", "freund", "freundin"}
)  # fmt: skip
# Determiners that make a capitalised word a thing ("my Toyota", "the Titanic").
THING_DETERMINERS: Final = frozenset(
    {"my", "a", "an", "the", "his", "her", "our", "their", "your", "this", "that", "some",
     "new", "old", "red", "blue", "black", "white", "silver", "green"}
)  # fmt: skip


def is_place_or_brand(folded: str) -> bool:
    """Whether a (folded, possessive-stripped) word names a place or a brand."""
    return folded in PLACES or folded in BRANDS
