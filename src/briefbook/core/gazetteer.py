"""A general world gazetteer: countries, their other names, demonyms, capitals and seats of government.

Countries are named by their common English short name ("United States", "Russia"). The table also
knows the big international organisations and the news outlets and agencies that are never actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .wordtrie import trie_alternation

# name | other names | demonyms | capitals and seats of government
_COUNTRIES = """
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|
Argentina||Argentine,Argentinian|Buenos Aires,Casa Rosada
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia,Brasília
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde,Yaoundé
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|
Central African Republic|||Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing,Zhongnanhai
Colombia||Colombian|Bogota,Bogotá
Comoros||Comorian|
Congo|Republic of the Congo,Congo-Brazzaville|Congolese|Brazzaville
DR Congo|Democratic Republic of the Congo,DRC,Congo-Kinshasa||Kinshasa
Costa Rica||Costa Rican|San Jose,San José
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France||French|Paris,Elysee,Élysée,Elysee Palace,Élysée Palace,Quai d'Orsay
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin,Bundestag
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau|||Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem,Knesset
Italy||Italian|Rome,Palazzo Chigi
Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kiribati|||Tarawa
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho|||Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein|||Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City
Micronesia||Micronesian|Palikir
Moldova||Moldovan|Chisinau
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nauru||Nauruan|
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland,The Netherlands|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau||Palauan|
Palestine|Palestinian territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion,Asunción
Peru||Peruvian|Lima
Philippines|The Philippines|Filipino,Philippine|Manila,Malacañang
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,Kremlin
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|||Basseterre
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines|||Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|São Tomé and Príncipe||
Saudi Arabia||Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid,Moncloa
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Togo||Togolese|Lome,Lomé
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago||Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Türkiye,Turkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev,Bankova
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London,Downing Street,Whitehall
United States|US,U.S.,USA,U.S.A.,America,United States of America|American,US,U.S.|Washington,White House,Pentagon,State Department
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu||Vanuatuan|Port Vila
Vatican|Holy See,Vatican City||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa,Sana'a
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
"""

# name | other names (and seats)
_ORGANIZATIONS = """
European Union|EU,E.U.,Brussels
NATO|North Atlantic Treaty Organization,Nato
United Nations|UN,U.N.
European Commission|
African Union|
World Health Organization|WHO
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
OPEC|
ASEAN|
OSCE|
G7|
G20|
Arab League|
Federal Reserve|Fed,US Federal Reserve,U.S. Federal Reserve
European Central Bank|ECB
Bank of England|BoE
Bank of Japan|BoJ
People's Bank of China|PBOC
Organisation for Economic Co-operation and Development|OECD
World Food Programme|WFP
UNICEF|Unicef,UN children's agency,UN children’s agency,United Nations Children's Fund,United Nations Children’s Fund
UNHCR|UN refugee agency,United Nations refugee agency,UN High Commissioner for Refugees
International Committee of the Red Cross|ICRC,Red Cross
International Criminal Court|ICC
International Court of Justice|ICJ
International Energy Agency|IEA
Amnesty International|Amnesty
Human Rights Watch|HRW
Médecins Sans Frontières|MSF,Doctors Without Borders
FIFA|Fifa
UEFA|Uefa
International Olympic Committee|IOC
Interpol|
Europol|
Frontex|
UNESCO|Unesco
UNRWA|Unrwa
ECOWAS|Ecowas
International Labour Organization|ILO
International Organization for Migration|IOM
World Meteorological Organization|WMO
Hamas|
Hezbollah|
Taliban|
"""

# Place names that contain a country's name but are not that country.
_NOT_COUNTRIES = (
    "Latin America", "South America", "North America", "Central America", "American Samoa", "New Guinea",
    "Northern Ireland", "New Mexico", "West Virginia", "Washington Post", "Washington state", "Georgia state",
    "New South Wales", "Jordan River", "Mexico Gulf", "Gulf of Mexico", "Paris Agreement", "Paris Climate Agreement",
    "Paris Club", "Moscow Times", "Kyiv Independent", "Kyiv Post", "Jerusalem Post", "London Stock Exchange",
    "Downing Street Declaration", "Dublin Regulation", "Vienna Convention", "Geneva Convention", "Washington Consensus",
)

OUTLETS = frozenset(
    """
    Bloomberg|Reuters|AFP|AP|Associated Press|Agence France-Presse|Agence France Presse|CNN|BBC|DW|Deutsche Welle|ARD|ZDF
    |NBC|CBS|ABC|Fox News|Fox|MSNBC|NPR|PBS|Politico|Axios|Telegraph|The Telegraph|Guardian|The Guardian|Financial Times
    |FT|New York Times|The New York Times|Washington Post|The Washington Post|Wall Street Journal|The Wall Street Journal
    |WSJ|Al Jazeera|Sky News|Le Monde|Le Figaro|Liberation|Libération|Der Spiegel|Spiegel|Bild|Die Zeit|FAZ|Handelsblatt
    |Süddeutsche Zeitung|Interfax|TASS|RIA Novosti|RIA|Sputnik|RT|Xinhua|Kyodo|Yonhap|Anadolu|Anadolu Agency|Ukrinform
    |RBC-Ukraine|RBC|Kyiv Independent|The Kyiv Independent|Kyiv Post|Euronews|France 24|The Economist|Economist|The Times
    |Times|The Independent|Independent|Daily Mail|The Sun|Mirror|Corriere della Sera|La Repubblica|El País|El Pais
    |Hindustan Times|Times of India|The National|TRT|TRT World|TRT Afrika|Haaretz|Times of Israel|Axel Springer
    |Semafor|Newsweek|Time|The Atlantic|Vox|Business Insider|Insider|CNBC|Forbes|Fortune|Nikkei|South China Morning Post
    |SCMP|Global Times|Dawn|The Hindu|NDTV|Straits Times|ABC News|CBS News|NBC News|Meduza|Novaya Gazeta|Kommersant
    |Izvestia|Pravda|Ukrainska Pravda|Euractiv|EUobserver|The Hill|Breitbart|Yahoo News|Punch|Radio Free Europe|RFE/RL
    """.split("|")
)
OUTLETS = frozenset(name.strip() for name in OUTLETS if name.strip())


@dataclass(frozen=True, slots=True)
class Place:
    """A country or an international organisation and every form by which the text may name it."""

    name: str
    kind: str
    forms: tuple[str, ...]
    demonyms: tuple[str, ...] = ()


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(",") if x.strip())


def _load() -> tuple[dict[str, Place], dict[str, str], dict[str, str]]:
    places: dict[str, Place] = {}
    form_to_name: dict[str, str] = {}
    demonym_to_name: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, others, demonyms, seats = (line.split("|") + ["", "", ""])[:4]
        forms = (name, *_split(others), *_split(seats))
        places[name] = Place(name, "country", forms, _split(demonyms))
        for f in forms:
            form_to_name.setdefault(f, name)
        for d in _split(demonyms):
            demonym_to_name.setdefault(d, name)
    for line in _ORGANIZATIONS.strip().splitlines():
        name, others = (line.split("|") + [""])[:2]
        forms = (name, *_split(others))
        places[name] = Place(name, "organization", forms)
        for f in forms:
            form_to_name.setdefault(f, name)
    return places, form_to_name, demonym_to_name


PLACES, _FORM_TO_NAME, _DEMONYM_TO_NAME = _load()
_SEATS_WITH_THE = ("White House", "Kremlin", "Elysee", "Élysée", "Pentagon", "State Department", "Hague", "Bahamas", "Gambia")


def _alternation(words: list[str]) -> str:
    return trie_alternation(words)


_FORMS_RE = re.compile(
    trie_alternation(list(_FORM_TO_NAME) + list(_NOT_COUNTRIES), not_after=r"[\w.]") + r"(?![\w]|\.\w|-\w*[A-Z])"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+")
NAME_LIKE = frozenset("Jordan Georgia Chad Washington Kingston Wellington Sofia Santiago Lima Israel Paris Victoria Chile".split())
_DEMONYM_RE = _alternation(list(_DEMONYM_TO_NAME) + list(_FORM_TO_NAME))
GROUP_NOUNS = (
    "government spokesman|government spokeswoman|government spokesperson|foreign ministry|defence ministry|"
    "defense ministry|government|administration|authorities|officials|official|ministry|presidency|leadership|"
    "hosts|delegation|delegates|delegate|negotiators|negotiator|envoy|representative|military|army|police|diplomats|spokesman|spokeswoman|spokesperson|side|cabinet|embassy"
)
# "British officials", "a German government spokesman", "the Azerbaijani hosts": a country speaking as a body.
# A ministry's field between the country and "ministry": "the Chinese commerce ministry", "Japan's Defence Ministry".
_MINISTRY_FIELDS = (
    "foreign|defence|defense|interior|home|finance|economy|economic|trade|commerce|justice|health|energy|"
    "environment|agriculture|education|industry|culture|information|emergencies|security|labour|labor|transport"
)
_GROUP_REST = (
    r"(?:['’]s)?\s+(?P<noun>(?:(?i:" + _MINISTRY_FIELDS + r")\s+(?:[Mm]inistry|[Oo]ffice|[Dd]epartment))|"
    r"(?:[Mm]inistry\s+of\s+(?i:" + _MINISTRY_FIELDS + r")(?:\s+[Aa]ffairs)?)|" + GROUP_NOUNS + r")\b(?!\s+[A-Z][a-z])"
)
GROUP_RE = re.compile(r"(?<![\w.])(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<dem>" + _DEMONYM_RE + ")" + _GROUP_REST)
# GROUP_RE without its leading article, scanned for first letters: the article is looked for before each match.
_GROUP_CORE = re.compile(
    "(?P<dem>" + trie_alternation(list(_DEMONYM_TO_NAME) + list(_FORM_TO_NAME), not_after=r"[\w.]") + ")" + _GROUP_REST
)
_ARTICLE_AT = re.compile(r"(?:[Tt]he|[Aa]n?)\s+")
_POSSESSIVE_END = re.compile(r"['’]s?$")

def place_named(form: str) -> Place | None:
    """The country or organisation a form names ('Kremlin' -> Russia), or None."""
    name = _FORM_TO_NAME.get(form) or _FORM_TO_NAME.get(form.removeprefix("the ").removeprefix("The "))
    return PLACES.get(name) if name else None


def country_of(word: str) -> str | None:
    """The country a demonym, country name or possessive names ('French', "Colombia's", 'U.K.'), or None."""
    word = _POSSESSIVE_END.sub("", word.strip())
    name = _DEMONYM_TO_NAME.get(word) or _FORM_TO_NAME.get(word)
    return name if name and PLACES[name].kind == "country" else None


def is_outlet(name: str) -> bool:
    """True for a news outlet or agency (never an actor)."""
    return name in OUTLETS or name.removeprefix("The ") in OUTLETS


# The word a sports club's name puts before its city: "Real Madrid", "Atlético Madrid", "Dynamo Kyiv".
_CLUB_BEFORE = re.compile(
    r"(?<![\w-])(?:Real|Atlético|Atletico|Inter|AC|FC|Sporting|Olympique|Dynamo|Dinamo|Racing|Lokomotiv|Spartak|CSKA)"
    r"\s+\Z"
)

# The words `_CLUB_BEFORE` looks for: a window it finds one in ends in one of them before its white space.
_CLUB_WORDS = (
    "Real", "Atlético", "Atletico", "Inter", "AC", "FC", "Sporting", "Olympique", "Dynamo", "Dinamo", "Racing",
    "Lokomotiv", "Spartak", "CSKA",
)


def find_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, place name) for every country or organisation named in the text."""
    found: list[tuple[int, int, str]] = []
    for m in _FORMS_RE.finditer(text):
        form = m.group()
        name = _FORM_TO_NAME.get(form)
        if name is None:
            continue
        start, end = m.span()
        if form in NAME_LIKE and _NAME_AFTER.match(text, end):
            continue  # "Jordan Bardella", "Georgia Meloni": a person, not the country
        if (
            start
            and text[start - 1] == " "
            and text[start - 12 if start > 12 else 0:start].rstrip().endswith(_CLUB_WORDS)
            and _CLUB_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue  # "Real Madrid", "Dynamo Kyiv": a sports club, not the place
        if form in _SEATS_WITH_THE and text[max(0, start - 4):start] in ("the ", "The "):
            start -= 4
        found.append((start, end, name))
    return found


def find_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country) for every 'British officials'-like phrase: a country speaking as a body."""
    out: list[tuple[int, int, str]] = []
    for start, m in _group_matches(text):
        country = country_of(m.group("dem"))
        if country:
            out.append((start, m.end(), country))
    return out


def _group_matches(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """What GROUP_RE.finditer finds, as (start, match of its part from the demonym on), found faster.

    GROUP_RE opens with an optional article, which keeps the regex engine from scanning for first letters;
    its part from the demonym on does not. A match of GROUP_RE starts at the article right before such a
    part (the one right before the demonym, when there is one, as the article is tried first), else at
    the demonym, unless an article opens the demonym itself ("The Netherlands") and the rest matches
    after it.
    """
    pos, n = 0, len(text)
    while pos < n:
        m = _GROUP_CORE.search(text, pos)
        if m is None:
            return
        d = m.start()
        start = _article_before(text, pos, d)
        if start is None:
            start = d
            art = _ARTICLE_AT.match(text, d) if text[d] in "TtAa" else None
            inner = _GROUP_CORE.match(text, art.end()) if art else None
            if inner:
                m = inner
        yield start, m
        pos = m.end()


def _article_before(text: str, pos: int, d: int) -> int | None:
    """Where an article and the white space after it that end at `d` start (at `pos` or after), or None."""
    j = d
    while j > pos and text[j - 1].isspace():
        j -= 1
    if j == d:
        return None
    for size in (3, 2, 1):
        p = j - size
        if p >= pos and text[p:j] in _ARTICLES and (p == 0 or not (text[p - 1].isalnum() or text[p - 1] in "_.")):
            return p
    return None


_ARTICLES = frozenset(("The", "the", "An", "an", "A", "a"))
