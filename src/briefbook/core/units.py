"""Units of key figures: counted nouns, currencies, percentages, and one normalised spelling for each."""

from __future__ import annotations

import re

from .wordtrie import trie_alternation

PERCENT, POINTS, BASIS_POINTS = "percent", "percentage points", "basis points"
DEGREES_C, DEGREES_F = "degrees C", "degrees F"
TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})

# normalised unit -> the nouns (singular and plural) that count it
_COUNTED: dict[str, tuple[str, ...]] = {
    "countries": ("country", "countries", "nation", "nations", "states", "member state", "member states",
                  "member country", "member countries", "member nation", "member nations"),
    "troops": ("troop", "troops", "soldier", "soldiers", "servicemen", "servicemembers", "service members",
               "peacekeeper", "peacekeepers", "personnel", "marines", "paratroopers", "reservists", "conscripts"),
    "people": ("people", "persons", "person", "individuals", "lives", "civilians", "residents", "inhabitants",
               "citizens"),
    "refugees": ("refugee", "refugees", "displaced people", "asylum seekers", "asylum-seekers"),
    "migrants": ("migrant", "migrants", "immigrants"),
    "children": ("children",),
    "deaths": ("deaths", "dead", "fatalities", "casualties", "killed"),
    "missing": ("missing",),
    "injured": ("injured", "wounded"),
    "hostages": ("hostage", "hostages"),
    "prisoners": ("prisoner", "prisoners", "prisoners of war", "detainees"),
    "voters": ("voter", "voters", "electors"),
    "votes": ("vote", "votes", "ballots"),
    "seats": ("seat", "seats"),
    "lawmakers": ("lawmakers", "MPs", "legislators", "deputies", "senators"),
    "members": ("member", "members"),
    "delegates": ("delegates", "delegations"),
    "leaders": ("leaders", "heads of state", "heads of government", "heads of state and government"),
    "parties": ("parties",),
    "workers": ("workers", "employees", "staff"),
    "police": ("police officers", "police officer", "policemen", "police personnel", "officers"),
    "jobs": ("jobs",),
    "companies": ("companies", "firms", "businesses", "banks"),
    "aircraft": ("aircraft", "jets", "warplanes", "fighter jets", "planes", "helicopters"),
    "drones": ("drone", "drones"),
    "missiles": ("missile", "missiles", "rockets"),
    "tanks": ("tanks",),
    "ships": ("ships", "warships", "vessels", "tankers"),
    "weapons": ("weapons", "warheads", "shells", "artillery shells", "rounds of ammunition"),
    "systems": ("systems",),
    "barrels": ("barrel", "barrels", "bpd", "b/d"),
    "tonnes": ("tonne", "tonnes", "ton", "tons", "metric tons"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    # speeds and areas: a distance unit alone would misname them ("250 km/h" is no distance)
    "km/h": ("km/h", "kph", "kmph", "km an hour", "km per hour", "kilometres an hour", "kilometers an hour",
             "kilometres per hour", "kilometers per hour"),
    "mph": ("mph", "miles an hour", "miles per hour"),
    "sq km": ("sq km", "sq. km", "square km", "square kilometres", "square kilometers", "square kilometre",
              "square kilometer", "km2", "km²"),
    "sq miles": ("sq miles", "sq mi", "square miles", "square mile"),
    "hectares": ("hectare", "hectares"),
    # power and energy ("1,500 MW of solar", "2.4 TWh")
    "MW": ("MW", "megawatt", "megawatts"),
    "GW": ("GW", "gigawatt", "gigawatts"),
    "kW": ("kW", "kilowatt", "kilowatts"),
    "MWh": ("MWh", "megawatt hours", "megawatt-hours"),
    "GWh": ("GWh", "gigawatt hours", "gigawatt-hours"),
    "TWh": ("TWh", "terawatt hours", "terawatt-hours"),
    "kWh": ("kWh", "kilowatt hours", "kilowatt-hours"),
    "acres": ("acre", "acres"),
    "mm": ("mm", "millimetres", "millimeters"),
    "cm": ("cm", "centimetres", "centimeters"),
    "kilograms": ("kg", "kilograms", "kilogrammes", "kilogram", "kilogramme"),
    "light-years": ("light-year", "light-years", "light year", "light years"),
    "miles": ("mile", "miles"),
    "homes": ("homes", "houses", "households", "buildings"),
    "cities": ("cities", "towns", "villages", "settlements"),
    "regions": ("regions", "provinces", "districts"),
    "cases": ("infections", "cases"),
    "doses": ("doses", "vaccines"),
    "seconds": ("second", "seconds"),
    "minutes": ("minute", "minutes"),
    "hours": ("hour", "hours"),
    "days": ("day", "days"),
    "weeks": ("week", "weeks"),
    "months": ("month", "months"),
    "years": ("year", "years"),
    "decades": ("decade", "decades"),
    PERCENT: ("percent", "per cent", "per-cent", "pct", "%"),
    POINTS: ("percentage points", "percentage point", "percentage-point", "points of percentage"),
    BASIS_POINTS: ("basis points", "basis point", "bps", "bp"),
    DEGREES_C: ("degrees celsius", "degrees c", "°c", "degree celsius", "degrees"),
    DEGREES_F: ("degrees fahrenheit", "degrees f", "°f"),
    "magnitude": ("magnitude",),
}
COUNTED = {noun.lower(): unit for unit, nouns in _COUNTED.items() for noun in nouns}

# hyphenated measures ("30-day", "27-nation", "630-seat"): the singular noun after the hyphen
HYPHEN_UNITS = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
    "year": "years", "decade": "decades", "nation": "countries", "country": "countries", "member": "members",
    "seat": "seats", "mile": "miles", "km": "km", "kilometre": "km", "kilometer": "km", "percent": PERCENT,
    "per-cent": PERCENT, "man": "troops", "strong": "troops", "basis-point": BASIS_POINTS,
    "percentage-point": POINTS, "magnitude": "magnitude", "tonne": "tonnes", "ton": "tonnes", "kg": "kilograms",
    "kilogram": "kilograms", "kilogramme": "kilograms", "light-year": "light-years", "mw": "MW", "megawatt": "MW",
    "gw": "GW", "gigawatt": "GW",
}

CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
    "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR", "rs": "INR", "₽": "RUB", "rub": "RUB",
    "₩": "KRW", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD",
    "chf": "CHF", "₺": "TRY", "₴": "UAH", "uah": "UAH",
    "r$": "BRL", "brl": "BRL", "₦": "NGN", "ngn": "NGN", "zar": "ZAR", "krw": "KRW", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "mxn": "MXN", "pln": "PLN", "₱": "PHP", "php": "PHP", "idr": "IDR", "rp": "IDR",
    "pkr": "PKR", "bdt": "BDT", "tk": "BDT", "lkr": "LKR", "re": "INR",
    # more dollars, shillings and the signs and codes of other economies news reports on
    "n$": "NAD", "nad": "NAD", "nt$": "TWD", "twd": "TWD", "j$": "JMD", "tt$": "TTD", "r": "ZAR",
    "ksh": "KES", "kshs": "KES", "kes": "KES", "sh": "KES", "ush": "UGX", "shs": "UGX", "ugx": "UGX", "tsh": "TZS",
    "tzs": "TZS", "rm": "MYR", "myr": "MYR", "₪": "ILS", "ils": "ILS", "nis": "ILS", "gh₵": "GHS", "₵": "GHS",
    "ghs": "GHS", "e£": "EGP", "egp": "EGP", "aed": "AED", "dh": "AED", "dhs": "AED", "฿": "THB", "thb": "THB",
    "₫": "VND", "vnd": "VND", "₸": "KZT", "kzt": "KZT", "₾": "GEL", "etb": "ETB",
}
# Currency words that are common words too ("won"): one only after a scale word ("5 trillion won").
SCALED_CURRENCY_WORDS = {"won": "KRW"}

CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD",
    "u.s. dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "swiss francs": "CHF",
    "francs": "CHF", "hryvnias": "UAH", "hryvnia": "UAH", "lira": "TRY", "rand": "ZAR",
    "naira": "NGN", "reais": "BRL", "rupiah": "IDR", "kronor": "SEK", "ringgit": "MYR", "baht": "THB",
    "kenyan shillings": "KES", "kenya shillings": "KES", "ugandan shillings": "UGX", "uganda shillings": "UGX",
    "tanzanian shillings": "TZS", "tanzania shillings": "TZS", "shekels": "ILS", "new shekels": "ILS",
    "cedis": "GHS", "birr": "ETB", "dirhams": "AED", "egyptian pounds": "EGP", "namibian dollars": "NAD",
    "hong kong dollars": "HKD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "jpy": "JPY", "cny": "CNY", "chf": "CHF",
}
CURRENCIES = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())


# Alternations of phrases, longest first, with flexible spaces; the folded ones are used under (?i:...).
COUNTED_ALT = trie_alternation(COUNTED, fold=True, flexible_spaces=True)
CURRENCY_WORD_ALT = trie_alternation(CURRENCY_WORDS, fold=True, flexible_spaces=True)
CURRENCY_SYMBOL_ALT = trie_alternation(CURRENCY_SYMBOLS, flexible_spaces=True)
HYPHEN_ALT = trie_alternation(HYPHEN_UNITS, fold=True, flexible_spaces=True)
_SPACES = re.compile(r"\s+")

def counted_unit(noun: str) -> str | None:
    """The normalised unit a counted noun stands for, or None."""
    low = noun.lower()
    return COUNTED.get(low if low.isalpha() else _SPACES.sub(" ", low))  # a word alone holds no white space


def currency_unit(token: str) -> str | None:
    """The ISO code for a currency symbol or word, or None."""
    key = _SPACES.sub(" ", token.strip().lower()).rstrip(".")
    return CURRENCY_SYMBOLS.get(key) or CURRENCY_WORDS.get(key) or SCALED_CURRENCY_WORDS.get(key)


def is_time_unit(unit: str | None) -> bool:
    """True for a duration unit (days, months, years ...)."""
    return unit in TIME_UNITS
