#!/usr/bin/env python3
# ruff: noqa: E501  (the curated tables below are wider than the line limit on purpose)
"""Build the geoevents gazetteer data files.

Writes, under service/geoevents/data/:

* countries.jsonl -- every ISO 3166-1 entry known to pycountry (249) plus Kosovo (XKX),
  pycountry's names merged with the hand-curated COUNTRIES table below.
* bodies.jsonl    -- international / supranational bodies (hand-curated BODIES table).
* leaders.jsonl   -- heads of state/government, ministers and heads of bodies, roughly
  2009-2026 (hand-curated LEADERS table).

Only the standard library and pycountry are used, so the output is reproducible:

    /work/venv/bin/python scripts/build_gazetteer.py          # write the files
    /work/venv/bin/python scripts/build_gazetteer.py --check  # write, then validate

Table conventions
-----------------
* Multi-valued fields are written as ``|``-separated strings to keep the tables compact.
* A demonym ending in ``+`` also yields its plural with a trailing ``s``
  (``"Kenyan+"`` -> ``"Kenyan", "Kenyans"``).
* Matching is meant to be case-sensitive and on exact strings; see data/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "service" / "geoevents" / "data"

# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------


def _codes(s: str) -> frozenset[str]:
    return frozenset(s.split())


# ISO 3166-1 entries that are not sovereign states (kind="territory").  Every other entry,
# plus XKX, is kind="state": the 193 UN members, the two UN observer states (VAT, PSE),
# Taiwan (TWN, a de-facto state with its own government) and Kosovo (XKX).
TERRITORIES = _codes(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB "
    "GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI "
    "PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF"
)
# States that are not UN members (used for the UN member list in bodies.jsonl).
NON_UN_STATES = frozenset({"VAT", "PSE", "TWN", "XKX"})

# Sovereign states deliberately left without a demonym because their only demonym is
# shared with a more commonly meant state (see README "Ambiguous strings").
NO_DEMONYM_OK = frozenset({"COG", "DMA"})

# Extra entry not in ISO 3166-1 (user-assigned code used by the EU, IMF, World Bank...).
EXTRA_ENTRIES = {"XKX": ("Kosovo", "Republic of Kosovo")}

# iso3: (names, demonyms, metonyms[, options]); options: {"name": canonical display name,
# "drop": "|"-separated pycountry-derived names to discard}.  The first entry of names
# is the canonical name unless options["name"] says otherwise.
COUNTRIES: dict[str, tuple[Any, ...]] = {
    "ABW": ("Aruba", "Aruban+", ""),
    "AFG": ("Afghanistan|Islamic Emirate of Afghanistan", "Afghan+", "Kabul"),
    "AGO": ("Angola", "Angolan+", "Luanda"),
    "AIA": ("Anguilla", "Anguillan+", ""),
    "ALA": ("Åland Islands|Aland Islands|Åland", "", ""),
    "ALB": ("Albania", "Albanian+", "Tirana|Tirane"),
    "AND": ("Andorra", "Andorran+", "Andorra la Vella"),
    "ARE": ("United Arab Emirates|UAE|U.A.E.", "Emirati+", "Abu Dhabi"),
    "ARG": ("Argentina", "Argentine+|Argentinian+|Argentinean+", "Buenos Aires|Casa Rosada"),
    "ARM": ("Armenia", "Armenian+", "Yerevan"),
    "ASM": ("American Samoa", "American Samoan+", ""),
    "ATA": ("Antarctica", "", ""),
    "ATF": ("French Southern Territories|French Southern and Antarctic Lands", "", ""),
    "ATG": ("Antigua and Barbuda|Antigua", "Antiguan+|Barbudan+", ""),
    "AUS": ("Australia|Commonwealth of Australia", "Australian+", "Canberra"),
    "AUT": ("Austria", "Austrian+", "Vienna"),
    "AZE": ("Azerbaijan", "Azerbaijani+|Azeri+", "Baku"),
    "BDI": ("Burundi", "Burundian+", "Gitega|Bujumbura"),
    "BEL": ("Belgium", "Belgian+", ""),
    "BEN": ("Benin", "Beninese", "Porto-Novo|Cotonou"),
    "BES": ("Caribbean Netherlands|Bonaire, Sint Eustatius and Saba|Bonaire|Sint Eustatius", "", ""),
    "BFA": ("Burkina Faso|Burkina", "Burkinabe|Burkinabè", "Ouagadougou"),
    "BGD": ("Bangladesh", "Bangladeshi+", "Dhaka"),
    "BGR": ("Bulgaria", "Bulgarian+", ""),
    "BHR": ("Bahrain|Kingdom of Bahrain", "Bahraini+", "Manama"),
    "BHS": ("Bahamas|The Bahamas", "Bahamian+", ""),
    "BIH": ("Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia", "Bosnian+|Herzegovinian+", "Sarajevo"),
    "BLM": ("Saint Barthélemy|Saint Barthelemy|St. Barthélemy|St. Barts|St Barts", "", ""),
    "BLR": ("Belarus", "Belarusian+", "Minsk"),
    "BLZ": ("Belize", "Belizean+", "Belmopan"),
    "BMU": ("Bermuda", "Bermudian+|Bermudan+", ""),
    "BOL": ("Bolivia", "Bolivian+", "La Paz"),
    "BRA": ("Brazil", "Brazilian+", "Brasília|Brasilia|Planalto"),
    "BRB": ("Barbados", "Barbadian+|Bajan+", "Bridgetown"),
    "BRN": ("Brunei|Brunei Darussalam", "Bruneian+", "Bandar Seri Begawan"),
    "BTN": ("Bhutan", "Bhutanese", "Thimphu"),
    "BVT": ("Bouvet Island", "", ""),
    "BWA": ("Botswana", "Botswanan+|Motswana|Batswana", "Gaborone"),
    "CAF": ("Central African Republic", "Central African+", "Bangui"),
    "CAN": ("Canada", "Canadian+", "Ottawa"),
    "CCK": ("Cocos Islands|Cocos Keeling Islands|Keeling Islands", "", ""),
    "CHE": ("Switzerland|Swiss Confederation", "Swiss", "Bern|Berne"),
    "CHL": ("Chile", "Chilean+", "La Moneda"),
    "CHN": ("China|People's Republic of China|PRC|mainland China|Mainland China", "Chinese", "Beijing|Zhongnanhai"),
    "CIV": (
        "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Republic of Côte d'Ivoire|Republic of Cote d'Ivoire",
        "Ivorian+",
        "Yamoussoukro|Abidjan",
    ),
    "CMR": ("Cameroon", "Cameroonian+", "Yaoundé|Yaounde"),
    "COD": (
        "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|D.R. Congo|DRC"
        "|Congo-Kinshasa|Congo|Zaire",
        "Congolese",
        "Kinshasa",
    ),
    "COG": (
        "Republic of the Congo|Republic of Congo|Congo-Brazzaville|Congo Republic",
        "",
        "Brazzaville",
        {"drop": "Congo"},
    ),
    "COK": ("Cook Islands", "Cook Islander+", ""),
    "COL": ("Colombia", "Colombian+", "Bogotá|Bogota"),
    "COM": ("Comoros|Union of the Comoros", "Comoran+|Comorian+", "Moroni"),
    "CPV": ("Cape Verde|Cabo Verde", "Cape Verdean+", "Praia"),
    "CRI": ("Costa Rica", "Costa Rican+", ""),
    "CUB": ("Cuba", "Cuban+", "Havana"),
    "CUW": ("Curaçao|Curacao", "", ""),
    "CXR": ("Christmas Island", "", ""),
    "CYM": ("Cayman Islands", "Caymanian+", ""),
    "CYP": ("Cyprus", "Cypriot+", "Nicosia"),
    "CZE": ("Czech Republic|Czechia", "Czech|Czechs", "Prague"),
    "DEU": ("Germany|Federal Republic of Germany", "German+", "Berlin|Bundestag|the Bundestag|BND"),
    "DJI": ("Djibouti", "Djiboutian+", ""),
    "DMA": ("Dominica|Commonwealth of Dominica", "", "Roseau"),
    "DNK": ("Denmark|Kingdom of Denmark", "Danish|Danes", "Copenhagen"),
    "DOM": ("Dominican Republic", "Dominican+", "Santo Domingo"),
    "DZA": ("Algeria", "Algerian+", "Algiers"),
    "ECU": ("Ecuador", "Ecuadorian+|Ecuadorean+", "Quito"),
    "EGY": ("Egypt", "Egyptian+", "Cairo"),
    "ERI": ("Eritrea", "Eritrean+", "Asmara"),
    "ESH": ("Western Sahara|Sahrawi Arab Democratic Republic", "Sahrawi+|Saharawi+", ""),
    "ESP": ("Spain", "Spanish|Spaniard+", "Madrid"),
    "EST": ("Estonia", "Estonian+", "Tallinn"),
    "ETH": ("Ethiopia", "Ethiopian+", "Addis Ababa"),
    "FIN": ("Finland", "Finnish|Finns", "Helsinki"),
    "FJI": ("Fiji", "Fijian+", "Suva"),
    "FLK": ("Falkland Islands|Falklands|Malvinas|Islas Malvinas", "Falkland Islander+", ""),
    "FRA": (
        "France|French Republic",
        "French",
        "Paris|Élysée|Elysee|the Élysée|the Elysee|Élysée Palace|Elysee Palace|Quai d'Orsay",
    ),
    "FRO": ("Faroe Islands|Faroes|Faeroe Islands", "Faroese", "Tórshavn|Torshavn"),
    "FSM": ("Micronesia|Federated States of Micronesia", "Micronesian+", "Palikir"),
    "GAB": ("Gabon", "Gabonese", "Libreville"),
    "GBR": (
        "United Kingdom|UK|U.K.|Britain|Great Britain|Northern Ireland",
        "British|Briton+|Brits|Northern Irish|Scottish|Welsh",
        "London|Downing Street|Whitehall|MI6|MI5|Foreign Office|the Foreign Office",
    ),
    "GEO": ("Georgia", "Georgian+", "Tbilisi"),
    "GGY": ("Guernsey|Bailiwick of Guernsey", "", ""),
    "GHA": ("Ghana", "Ghanaian+", "Accra"),
    "GIB": ("Gibraltar", "Gibraltarian+", ""),
    "GIN": ("Guinea|Guinea-Conakry", "Guinean+", "Conakry"),
    "GLP": ("Guadeloupe", "Guadeloupean+", ""),
    "GMB": ("Gambia|The Gambia", "Gambian+", "Banjul"),
    "GNB": ("Guinea-Bissau|Guinea Bissau", "Bissau-Guinean+", "Bissau"),
    "GNQ": ("Equatorial Guinea", "Equatorial Guinean+|Equatoguinean+", "Malabo"),
    "GRC": ("Greece", "Greek+", "Athens"),
    "GRD": ("Grenada", "Grenadian+", ""),
    "GRL": ("Greenland", "Greenlandic|Greenlander+", "Nuuk"),
    "GTM": ("Guatemala", "Guatemalan+", "Guatemala City"),
    "GUF": ("French Guiana", "French Guianese", ""),
    "GUM": ("Guam", "Guamanian+", ""),
    "GUY": ("Guyana", "Guyanese", ""),
    "HKG": ("Hong Kong|Hong Kong SAR|HKSAR", "Hong Konger+|Hongkonger+", ""),
    "HMD": ("Heard Island and McDonald Islands", "", ""),
    "HND": ("Honduras", "Honduran+", "Tegucigalpa"),
    "HRV": ("Croatia", "Croatian+|Croat+", "Zagreb"),
    "HTI": ("Haiti", "Haitian+", "Port-au-Prince"),
    "HUN": ("Hungary", "Hungarian+", "Budapest"),
    "IDN": ("Indonesia", "Indonesian+", "Jakarta"),
    "IMN": ("Isle of Man", "Manx", ""),
    "IND": ("India|Bharat", "Indian+", "New Delhi|Delhi"),
    "IOT": ("British Indian Ocean Territory|Chagos Islands|Chagos Archipelago", "", ""),
    "IRL": ("Ireland|Republic of Ireland|Irish Republic", "Irish", "Dublin"),
    "IRN": ("Iran|Islamic Republic of Iran", "Iranian+", "Tehran|Teheran"),
    "IRQ": ("Iraq", "Iraqi+", "Baghdad"),
    "ISL": ("Iceland", "Icelandic|Icelander+", "Reykjavik|Reykjavík"),
    "ISR": ("Israel|State of Israel", "Israeli+", "Jerusalem|Mossad|the Mossad|Shin Bet|Knesset|the Knesset"),
    "ITA": ("Italy|Italian Republic", "Italian+", "Rome"),
    "JAM": ("Jamaica", "Jamaican+", ""),
    # Bare "Jersey" is deliberately not a name: it is shadowed by "New Jersey" in news text.
    "JEY": ("Bailiwick of Jersey", "", "", {"name": "Jersey", "drop": "Jersey"}),
    "JOR": ("Jordan|Hashemite Kingdom of Jordan", "Jordanian+", "Amman"),
    "JPN": ("Japan|State of Japan", "Japanese", "Tokyo"),
    "KAZ": ("Kazakhstan", "Kazakh+|Kazakhstani+", "Astana|Nur-Sultan"),
    "KEN": ("Kenya", "Kenyan+", "Nairobi"),
    "KGZ": ("Kyrgyzstan|Kyrgyz Republic", "Kyrgyz", "Bishkek"),
    "KHM": ("Cambodia", "Cambodian+", "Phnom Penh"),
    "KIR": ("Kiribati", "I-Kiribati", "Tarawa|South Tarawa"),
    "KNA": ("Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis", "Kittitian+|Nevisian+", "Basseterre"),
    "KOR": ("South Korea|Republic of Korea|ROK|Korea", "South Korean+|Korean+", "Seoul|Blue House"),
    "KWT": ("Kuwait", "Kuwaiti+", "Kuwait City"),
    "LAO": ("Laos|Lao PDR|Lao People's Democratic Republic", "Laotian+", "Vientiane"),
    "LBN": ("Lebanon", "Lebanese", "Beirut"),
    "LBR": ("Liberia", "Liberian+", "Monrovia"),
    "LBY": ("Libya|State of Libya", "Libyan+", "Tripoli"),
    "LCA": ("Saint Lucia|St. Lucia|St Lucia", "Saint Lucian+", "Castries"),
    "LIE": ("Liechtenstein", "Liechtensteiner+", "Vaduz"),
    "LKA": ("Sri Lanka", "Sri Lankan+", "Colombo"),
    "LSO": ("Lesotho", "Basotho|Mosotho", "Maseru"),
    "LTU": ("Lithuania", "Lithuanian+", "Vilnius"),
    "LUX": ("Luxembourg", "Luxembourger+|Luxembourgish", ""),
    "LVA": ("Latvia", "Latvian+", "Riga"),
    "MAC": ("Macau|Macao|Macao SAR|Macau SAR", "Macanese", ""),
    "MAF": ("Saint Martin|Saint-Martin|Collectivity of Saint Martin", "", ""),
    "MAR": ("Morocco|Kingdom of Morocco", "Moroccan+", "Rabat"),
    "MCO": ("Monaco", "Monegasque+|Monégasque+", ""),
    "MDA": ("Moldova|Republic of Moldova", "Moldovan+", "Chisinau|Chișinău|Chişinău"),
    "MDG": ("Madagascar", "Malagasy", "Antananarivo"),
    "MDV": ("Maldives", "Maldivian+", "Malé"),
    "MEX": ("Mexico|United Mexican States", "Mexican+", "Mexico City"),
    "MHL": ("Marshall Islands", "Marshallese", "Majuro"),
    "MKD": (
        "North Macedonia|Republic of North Macedonia|Macedonia|Republic of Macedonia"
        "|Former Yugoslav Republic of Macedonia|FYROM",
        "North Macedonian+|Macedonian+",
        "Skopje",
    ),
    "MLI": ("Mali", "Malian+", "Bamako"),
    "MLT": ("Malta", "Maltese", "Valletta"),
    "MMR": ("Myanmar|Burma|Republic of the Union of Myanmar", "Burmese", "Naypyidaw|Naypyitaw|Nay Pyi Taw"),
    "MNE": ("Montenegro", "Montenegrin+", "Podgorica"),
    "MNG": ("Mongolia", "Mongolian+", "Ulaanbaatar|Ulan Bator"),
    "MNP": ("Northern Mariana Islands|Northern Marianas", "", ""),
    "MOZ": ("Mozambique", "Mozambican+", "Maputo"),
    "MRT": ("Mauritania", "Mauritanian+", "Nouakchott"),
    "MSR": ("Montserrat", "Montserratian+", ""),
    "MTQ": ("Martinique", "Martinican+", ""),
    "MUS": ("Mauritius", "Mauritian+", "Port Louis"),
    "MWI": ("Malawi", "Malawian+", "Lilongwe"),
    "MYS": ("Malaysia", "Malaysian+", "Kuala Lumpur|Putrajaya"),
    "MYT": ("Mayotte", "", ""),
    "NAM": ("Namibia", "Namibian+", "Windhoek"),
    "NCL": ("New Caledonia", "New Caledonian+", "Nouméa|Noumea"),
    "NER": ("Niger|Republic of Niger", "Nigerien+", "Niamey"),
    "NFK": ("Norfolk Island", "", ""),
    "NGA": ("Nigeria", "Nigerian+", "Abuja"),
    "NIC": ("Nicaragua", "Nicaraguan+", "Managua"),
    "NIU": ("Niue", "Niuean+", ""),
    "NLD": ("Netherlands|the Netherlands|The Netherlands|Holland", "Dutch", "Amsterdam"),
    "NOR": ("Norway|Kingdom of Norway", "Norwegian+", "Oslo"),
    "NPL": ("Nepal", "Nepali+|Nepalese", "Kathmandu"),
    "NRU": ("Nauru", "Nauruan+", ""),
    "NZL": ("New Zealand|Aotearoa", "New Zealander+", "Wellington"),
    "OMN": ("Oman", "Omani+", "Muscat"),
    "PAK": ("Pakistan", "Pakistani+", "Islamabad"),
    "PAN": ("Panama", "Panamanian+", ""),
    "PCN": ("Pitcairn Islands|Pitcairn", "", ""),
    "PER": ("Peru", "Peruvian+", "Lima"),
    "PHL": ("Philippines", "Filipino+|Filipina+|Philippine", "Manila|Malacañang|Malacanang"),
    "PLW": ("Palau", "Palauan+", "Ngerulmud"),
    "PNG": ("Papua New Guinea", "Papua New Guinean+", "Port Moresby"),
    "POL": ("Poland", "Polish|Poles", "Warsaw"),
    "PRI": ("Puerto Rico", "Puerto Rican+", ""),
    "PRK": ("North Korea|DPRK|D.P.R.K.", "North Korean+", "Pyongyang"),
    "PRT": ("Portugal", "Portuguese", "Lisbon"),
    "PRY": ("Paraguay", "Paraguayan+", "Asunción|Asuncion"),
    "PSE": (
        "Palestine|State of Palestine|Palestinian Authority|Palestinian National Authority"
        "|Palestinian territories|Palestinian Territories|occupied Palestinian territories"
        "|Occupied Palestinian Territories|Gaza|Gaza Strip|West Bank",
        "Palestinian+",
        "Ramallah",
    ),
    "PYF": ("French Polynesia", "French Polynesian+", ""),
    "QAT": ("Qatar", "Qatari+", "Doha"),
    "REU": ("Réunion|Reunion Island|La Réunion", "", ""),
    "ROU": ("Romania", "Romanian+", "Bucharest"),
    "RUS": ("Russia|Russian Federation", "Russian+", "Moscow|Kremlin|the Kremlin|FSB|the FSB|GRU|the GRU|SVR"),
    "RWA": ("Rwanda", "Rwandan+|Rwandese", "Kigali"),
    "SAU": ("Saudi Arabia", "Saudi+", "Riyadh"),
    "SDN": ("Sudan|Republic of Sudan", "Sudanese", "Khartoum"),
    "SEN": ("Senegal", "Senegalese", "Dakar"),
    "SGP": ("Singapore", "Singaporean+", ""),
    "SGS": ("South Georgia and the South Sandwich Islands|South Georgia", "", ""),
    "SHN": (
        "Saint Helena, Ascension and Tristan da Cunha|Saint Helena|St Helena|St. Helena"
        "|Tristan da Cunha|Ascension Island",
        "",
        "",
        {"name": "Saint Helena"},
    ),
    "SJM": ("Svalbard and Jan Mayen|Svalbard|Jan Mayen", "", ""),
    "SLB": ("Solomon Islands", "Solomon Islander+", "Honiara"),
    "SLE": ("Sierra Leone", "Sierra Leonean+", "Freetown"),
    "SLV": ("El Salvador", "Salvadoran+|Salvadorean+", "San Salvador"),
    "SMR": ("San Marino", "Sammarinese", ""),
    "SOM": ("Somalia", "Somali+|Somalian+", "Mogadishu"),
    "SPM": ("Saint Pierre and Miquelon|St. Pierre and Miquelon", "", ""),
    "SRB": ("Serbia", "Serbian+|Serb+", "Belgrade"),
    "SSD": ("South Sudan", "South Sudanese", "Juba"),
    "STP": ("Sao Tome and Principe|São Tomé and Príncipe", "São Toméan+|Santomean+", "São Tomé|Sao Tome"),
    "SUR": ("Suriname|Surinam", "Surinamese", "Paramaribo"),
    "SVK": ("Slovakia|Slovak Republic", "Slovak+|Slovakian+", "Bratislava"),
    "SVN": ("Slovenia", "Slovenian+|Slovene+", "Ljubljana"),
    "SWE": ("Sweden|Kingdom of Sweden", "Swedish|Swede+", "Stockholm"),
    "SWZ": ("Eswatini|Swaziland|Kingdom of Eswatini|Kingdom of Swaziland", "Swazi+|Emaswati", "Mbabane|Lobamba"),
    "SXM": ("Sint Maarten", "", ""),
    "SYC": ("Seychelles", "Seychellois", ""),
    "SYR": ("Syria|Syrian Arab Republic", "Syrian+", "Damascus"),
    "TCA": ("Turks and Caicos Islands|Turks and Caicos", "", ""),
    "TCD": ("Chad", "Chadian+", "N'Djamena|Ndjamena|N'Djaména"),
    "TGO": ("Togo", "Togolese", "Lomé|Lome"),
    "THA": ("Thailand", "Thai+", "Bangkok"),
    "TJK": ("Tajikistan", "Tajik+|Tajikistani+", "Dushanbe"),
    "TKL": ("Tokelau", "", ""),
    "TKM": ("Turkmenistan", "Turkmen", "Ashgabat|Ashkhabad"),
    "TLS": ("East Timor|Timor-Leste|Timor Leste", "Timorese|East Timorese", "Dili"),
    "TON": ("Tonga", "Tongan+", "Nuku'alofa|Nukuʻalofa"),
    "TTO": ("Trinidad and Tobago|Trinidad", "Trinidadian+|Tobagonian+", "Port of Spain|Port-of-Spain"),
    "TUN": ("Tunisia", "Tunisian+", "Tunis"),
    "TUR": ("Turkey|Türkiye|Turkiye|Republic of Turkey|Republic of Türkiye", "Turkish|Turk+", "Ankara"),
    "TUV": ("Tuvalu", "Tuvaluan+", "Funafuti"),
    "TWN": ("Taiwan|Republic of China|Chinese Taipei", "Taiwanese", "Taipei"),
    "TZA": ("Tanzania|United Republic of Tanzania", "Tanzanian+", "Dodoma|Dar es Salaam"),
    "UGA": ("Uganda", "Ugandan+", "Kampala"),
    "UKR": ("Ukraine", "Ukrainian+", "Kyiv|Kiev"),
    "UMI": ("United States Minor Outlying Islands|U.S. Minor Outlying Islands|Wake Island|Midway Atoll", "", ""),
    "URY": ("Uruguay|Oriental Republic of Uruguay", "Uruguayan+", "Montevideo"),
    "USA": (
        "United States|United States of America|U.S.|US|USA|U.S.A.|America",
        "American+",
        "Washington|White House|the White House|Pentagon|the Pentagon|Capitol Hill|CIA|the CIA|FBI|the FBI"
        "|State Department|the State Department",
    ),
    "UZB": ("Uzbekistan", "Uzbek+|Uzbekistani+", "Tashkent"),
    # "Vatican" is kept as the demonym/adjective ("Vatican officials"); it also stands for the state.
    "VAT": ("Vatican City|Holy See|Vatican City State", "Vatican", ""),
    "VCT": (
        "Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines",
        "Vincentian+",
        "Kingstown",
    ),
    "VEN": ("Venezuela|Bolivarian Republic of Venezuela", "Venezuelan+", "Caracas"),
    "VGB": ("British Virgin Islands|BVI", "", ""),
    "VIR": ("U.S. Virgin Islands|US Virgin Islands|United States Virgin Islands", "", ""),
    "VNM": (
        "Vietnam|Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam",
        "Vietnamese",
        "Hanoi|Ha Noi",
    ),
    "VUT": ("Vanuatu", "Ni-Vanuatu", "Port Vila"),
    "WLF": ("Wallis and Futuna", "", ""),
    "WSM": ("Samoa|Independent State of Samoa", "Samoan+", "Apia"),
    "XKX": ("Kosovo|Republic of Kosovo", "Kosovar+|Kosovan+", "Pristina|Prishtina|Priština"),
    "YEM": ("Yemen|Republic of Yemen", "Yemeni+", "Sanaa|Sana'a|Aden"),
    "ZAF": ("South Africa|Republic of South Africa", "South African+", "Pretoria"),
    "ZMB": ("Zambia", "Zambian+", "Lusaka"),
    "ZWE": ("Zimbabwe", "Zimbabwean+", "Harare"),
}


def _split(s: str) -> list[str]:
    return [p.strip() for p in s.split("|") if p.strip()] if s else []


def _demonyms(s: str) -> list[str]:
    out: list[str] = []
    for d in _split(s):
        if d.endswith("+"):
            out += [d[:-1], d[:-1] + "s"]
        else:
            out.append(d)
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i in items:
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out


def _pycountry_names(c: Any) -> list[str]:
    """pycountry's name / official_name / common_name, minus inverted or parenthesised forms
    ("Korea, Republic of", "Holy See (Vatican City State)") and a leading "the "."""
    out = []
    for attr in ("common_name", "name", "official_name"):
        v = getattr(c, attr, None)
        if not v:
            continue
        if v.startswith("the "):
            v = v[4:]
        if "(" in v or ", " in v:
            continue
        out.append(v)
    return out


def build_countries() -> list[dict[str, Any]]:
    entries: dict[str, tuple[str, str]] = {c.alpha_3: (c.alpha_3, "py") for c in pycountry.countries}
    for iso3 in EXTRA_ENTRIES:
        entries[iso3] = (iso3, "extra")
    missing = sorted(set(entries) - set(COUNTRIES))
    unknown = sorted(set(COUNTRIES) - set(entries))
    if missing or unknown:
        raise SystemExit(f"COUNTRIES table out of sync: missing={missing} unknown={unknown}")

    rows = []
    for iso3 in sorted(entries):
        spec = COUNTRIES[iso3]
        names_s, dem_s, met_s = spec[0], spec[1], spec[2]
        opts: dict[str, str] = spec[3] if len(spec) > 3 else {}
        names = _split(names_s)
        drop = set(_split(opts.get("drop", "")))
        if iso3 in EXTRA_ENTRIES:
            derived = list(EXTRA_ENTRIES[iso3])
        else:
            derived = _pycountry_names(pycountry.countries.get(alpha_3=iso3))
        names = _dedupe(names + [n for n in derived if n not in drop])
        name = opts.get("name") or names[0]
        row = {
            "iso3": iso3,
            "name": name,
            "names": names,
            "demonyms": _dedupe(_demonyms(dem_s)),
            "metonyms": _dedupe(_split(met_s)),
            "kind": "territory" if iso3 in TERRITORIES else "state",
        }
        if iso3 in DATELINE_CITIES:
            row["datelines"] = DATELINE_CITIES[iso3]
        rows.append(row)
    return rows


# iso3: cities that, opening a news dateline ("SANTIAGO, Dec 15 (Reuters) -"), place the article in that state
# although they are no metonym: capitals left out above because they are common words or other places, and
# the big cities wire services file from. Matched only in a dateline.
DATELINE_CITIES: dict[str, list[str]] = {
    "AUS": ["Sydney", "Melbourne"],
    "BGR": ["Sofia"],
    "BHS": ["Nassau"],
    "BRA": ["Sao Paulo", "Rio de Janeiro"],
    "CAN": ["Toronto", "Montreal"],
    "CHL": ["Santiago"],
    "CHN": ["Shanghai"],
    "CRI": ["San Jose"],
    "GUY": ["Georgetown"],
    "IND": ["Mumbai"],
    "ISR": ["Tel Aviv"],
    "JAM": ["Kingston"],
    "MMR": ["Yangon"],
    "NGA": ["Lagos"],
    "NLD": ["The Hague"],
    "PAK": ["Karachi", "Lahore"],
    "PAN": ["Panama City"],
    "TUR": ["Istanbul"],
    "VNM": ["Ho Chi Minh City"],
    "ZAF": ["Johannesburg", "Cape Town"],
}


# ---------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------

EU27 = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE"
NATO32 = (
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU "
    "SVK SVN ESP SWE TUR GBR USA"
)
AFRICA = (
    "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COD COG CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN "
    "LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA "
    "ZMB ZWE"
)

# code: (name, names, members or None or "UN" for the computed UN membership)
BODIES: dict[str, tuple[str, str, str | None]] = {
    "AL": (
        "Arab League",
        "Arab League|League of Arab States",
        "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM",
    ),
    "APEC": (
        "Asia-Pacific Economic Cooperation",
        "Asia-Pacific Economic Cooperation|Asia Pacific Economic Cooperation|APEC",
        "AUS BRN CAN CHL CHN HKG IDN JPN KOR MYS MEX NZL PNG PER PHL RUS SGP TWN THA USA VNM",
    ),
    "ASEAN": (
        "Association of Southeast Asian Nations",
        "Association of Southeast Asian Nations|Association of South East Asian Nations|ASEAN|Asean",
        "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS",
    ),
    # 54 African UN members + the Sahrawi Arab Democratic Republic (ESH).
    "AU": ("African Union", "African Union|AU|African Union Commission|AU Commission", AFRICA + " ESH"),
    "BRICS": ("BRICS", "BRICS|BRIC", "BRA RUS IND CHN ZAF EGY ETH IRN ARE IDN"),
    "COE": ("Council of Europe", "Council of Europe|European Court of Human Rights|ECHR", None),
    "CSTO": (
        "Collective Security Treaty Organization",
        "Collective Security Treaty Organization|Collective Security Treaty Organisation|CSTO",
        "ARM BLR KAZ KGZ RUS TJK",
    ),
    "EAEU": ("Eurasian Economic Union", "Eurasian Economic Union|EAEU|EEU", "ARM BLR KAZ KGZ RUS"),
    "ECOWAS": (
        "Economic Community of West African States",
        "Economic Community of West African States|ECOWAS|Ecowas",
        "BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO",
    ),
    "EU": (
        "European Union",
        "European Union|EU|E.U.|European Commission|EU Commission|European Council"
        "|Council of the European Union|Council of the EU|European Parliament|European Central Bank|ECB"
        "|European External Action Service|EEAS",
        EU27,
    ),
    "G20": (
        "Group of 20",
        "G20|G-20|Group of 20|Group of Twenty",
        "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA",
    ),
    "G7": ("Group of Seven", "G7|G-7|Group of Seven|G8|G-8|Group of Eight", "CAN FRA DEU ITA JPN GBR USA"),
    "GCC": (
        "Gulf Cooperation Council",
        "Gulf Cooperation Council|Gulf Co-operation Council|Cooperation Council for the Arab States of the Gulf|GCC",
        "BHR KWT OMN QAT SAU ARE",
    ),
    "ICC": ("International Criminal Court", "International Criminal Court|ICC", None),
    "ICJ": ("International Court of Justice", "International Court of Justice|ICJ|World Court", None),
    "IMF": ("International Monetary Fund", "International Monetary Fund|IMF", None),
    "INTERPOL": ("Interpol", "Interpol|INTERPOL|International Criminal Police Organization", None),
    "MERCOSUR": ("Mercosur", "Mercosur|MERCOSUR|Mercosul|Southern Common Market", "ARG BRA PRY URY BOL"),
    "NATO": (
        "North Atlantic Treaty Organization",
        "NATO|Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation",
        NATO32,
    ),
    "OAS": ("Organization of American States", "Organization of American States|OAS", None),
    "OECD": (
        "Organisation for Economic Co-operation and Development",
        "Organisation for Economic Co-operation and Development"
        "|Organization for Economic Cooperation and Development|OECD",
        "AUS AUT BEL CAN CHL COL CRI CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ISR ITA JPN KOR LVA LTU LUX MEX "
        "NLD NZL NOR POL PRT SVK SVN ESP SWE CHE TUR GBR USA",
    ),
    "OPEC": (
        "Organization of the Petroleum Exporting Countries",
        "Organization of the Petroleum Exporting Countries|OPEC|Opec|OPEC+|OPEC Plus",
        "DZA COG GNQ GAB IRN IRQ KWT LBY NGA SAU ARE VEN",
    ),
    "OSCE": (
        "Organization for Security and Co-operation in Europe",
        "Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|OSCE",
        None,
    ),
    "QUAD": ("Quadrilateral Security Dialogue", "Quadrilateral Security Dialogue|Quad", "USA JPN IND AUS"),
    "SADC": (
        "Southern African Development Community",
        "Southern African Development Community|SADC",
        "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE",
    ),
    "SCO": (
        "Shanghai Cooperation Organisation",
        "Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO",
        "CHN RUS KAZ KGZ TJK UZB IND PAK IRN BLR",
    ),
    "UN": (
        "United Nations",
        "United Nations|UN|U.N.|United Nations Security Council|UN Security Council|U.N. Security Council"
        "|UNSC|Security Council|United Nations General Assembly|UN General Assembly|U.N. General Assembly"
        "|UNGA|UN Secretariat|UN Human Rights Council|U.N. Human Rights Council"
        "|Office of the UN High Commissioner for Human Rights|OHCHR|UN human rights office"
        "|UNHCR|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees"
        "|UNICEF|Unicef|WHO|World Health Organization|World Health Organisation"
        "|IAEA|International Atomic Energy Agency|UNESCO|Unesco|WFP|World Food Programme|World Food Program"
        "|UNDP|United Nations Development Programme|UNRWA|OCHA"
        "|UN Office for the Coordination of Humanitarian Affairs|FAO|Food and Agriculture Organization"
        "|ILO|International Labour Organization|UNFPA|UNCTAD|UNIFIL|MONUSCO|UN peacekeepers"
        "|U.N. peacekeepers",
        "UN",
    ),
    "WB": ("World Bank", "World Bank|World Bank Group|International Bank for Reconstruction and Development", None),
    "WTO": ("World Trade Organization", "World Trade Organization|World Trade Organisation|WTO", None),
}


# code: seats that stand for a body in news as capitals stand for states ("Brussels imposed sanctions":
# the EU; "talks in Brussels" stays a venue, as "in Tokyo" does)
BODY_METONYMS: dict[str, list[str]] = {
    "EU": ["Brussels"],
}
# code: the common nouns news calls a body by once it has been named ("the bloc", "the alliance")
BODY_NOUNS: dict[str, list[str]] = {
    "AL": ["league"],
    "ASEAN": ["bloc", "grouping"],
    "AU": ["bloc"],
    "BRICS": ["bloc", "grouping"],
    "CSTO": ["alliance", "bloc"],
    "EAEU": ["bloc"],
    "ECOWAS": ["bloc"],
    "EU": ["bloc"],
    "GCC": ["bloc"],
    "MERCOSUR": ["bloc"],
    "NATO": ["alliance"],
    "OPEC": ["cartel"],
    "QUAD": ["grouping"],
    "SADC": ["bloc"],
    "SCO": ["bloc", "grouping"],
}


def build_bodies(countries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    un_members = sorted(r["iso3"] for r in countries if r["kind"] == "state" and r["iso3"] not in NON_UN_STATES)
    rows = []
    for code in sorted(BODIES):
        name, names_s, members_s = BODIES[code]
        row: dict[str, Any] = {"code": code, "name": name, "names": _dedupe(_split(names_s))}
        if members_s == "UN":
            row["members"] = un_members
        elif members_s:
            row["members"] = sorted(set(members_s.split()))
        if code in BODY_METONYMS:
            row["metonyms"] = BODY_METONYMS[code]
        if code in BODY_NOUNS:
            row["called"] = BODY_NOUNS[code]
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------
# Leaders
# ---------------------------------------------------------------------------
# P(name, country, aliases, roles, code=..., title=...)
# roles: (title, from_year, to_year_or_None[, body_code])
# Top-level "title"/"code" default to the most recent role (latest end, open roles last).

LEADERS: list[dict[str, Any]] = []


_UNSET: Any = object()


def P(
    name: str, country: str, aliases: str, roles: list[tuple[Any, ...]], code: Any = _UNSET, title: str | None = None
) -> None:
    LEADERS.append(
        {"name": name, "country": country, "aliases": _split(aliases), "roles": roles, "code": code, "title": title}
    )


NONE = None
# fmt: off
# ---- United States ----
P("Barack Obama", "USA", "Obama", [("President", 2009, 2017)])
P("Donald Trump", "USA", "Trump|Donald J. Trump", [("President", 2017, 2021), ("President", 2025, NONE)])
P("Joe Biden", "USA", "Biden|Joseph R. Biden", [("Vice President", 2009, 2017), ("President", 2021, 2025)])
P("Mike Pence", "USA", "Pence", [("Vice President", 2017, 2021)])
P("Kamala Harris", "USA", "Harris", [("Vice President", 2021, 2025)])
P("JD Vance", "USA", "J.D. Vance|Vance", [("Vice President", 2025, NONE)])
P("Hillary Clinton", "USA", "Hillary Rodham Clinton", [("Secretary of State", 2009, 2013)])
P("John Kerry", "USA", "Kerry", [("Secretary of State", 2013, 2017), ("Special Presidential Envoy for Climate", 2021, 2024)],
  title="Secretary of State")
P("Rex Tillerson", "USA", "Tillerson", [("Secretary of State", 2017, 2018)])
P("Mike Pompeo", "USA", "Pompeo", [("CIA Director", 2017, 2018), ("Secretary of State", 2018, 2021)])
P("Antony Blinken", "USA", "Blinken|Tony Blinken", [("Secretary of State", 2021, 2025)])
P("Marco Rubio", "USA", "Rubio", [("Secretary of State", 2025, NONE), ("National Security Advisor", 2025, NONE)],
  title="Secretary of State")
P("Robert Gates", "USA", "", [("Secretary of Defense", 2006, 2011)])
P("Leon Panetta", "USA", "Panetta", [("CIA Director", 2009, 2011), ("Secretary of Defense", 2011, 2013)])
P("Chuck Hagel", "USA", "Hagel", [("Secretary of Defense", 2013, 2015)])
P("Ash Carter", "USA", "Ashton Carter", [("Secretary of Defense", 2015, 2017)])
P("Jim Mattis", "USA", "Mattis|James Mattis", [("Secretary of Defense", 2017, 2019)])
P("Mark Esper", "USA", "Esper", [("Secretary of Defense", 2019, 2020)])
P("Lloyd Austin", "USA", "", [("Secretary of Defense", 2021, 2025)])
P("Pete Hegseth", "USA", "Hegseth", [("Secretary of Defense", 2025, NONE)])
P("Timothy Geithner", "USA", "Geithner|Tim Geithner", [("Treasury Secretary", 2009, 2013)])
P("Jacob Lew", "USA", "Jack Lew", [("Treasury Secretary", 2013, 2017)])
P("Steven Mnuchin", "USA", "Mnuchin", [("Treasury Secretary", 2017, 2021)])
P("Janet Yellen", "USA", "Yellen", [("Federal Reserve Chair", 2014, 2018), ("Treasury Secretary", 2021, 2025)])
P("Scott Bessent", "USA", "Bessent", [("Treasury Secretary", 2025, NONE)])
P("Gary Locke", "USA", "", [("Commerce Secretary", 2009, 2011), ("Ambassador to China", 2011, 2014)],
  title="Commerce Secretary")
P("Penny Pritzker", "USA", "", [("Commerce Secretary", 2013, 2017)])
P("Wilbur Ross", "USA", "", [("Commerce Secretary", 2017, 2021)])
P("Gina Raimondo", "USA", "Raimondo", [("Commerce Secretary", 2021, 2025)])
P("Howard Lutnick", "USA", "Lutnick", [("Commerce Secretary", 2025, NONE)])
P("Ron Kirk", "USA", "", [("Trade Representative", 2009, 2013)])
P("Michael Froman", "USA", "Froman", [("Trade Representative", 2013, 2017)])
P("Robert Lighthizer", "USA", "Lighthizer", [("Trade Representative", 2017, 2021)])
P("Katherine Tai", "USA", "", [("Trade Representative", 2021, 2025)])
P("Jamieson Greer", "USA", "Greer", [("Trade Representative", 2025, NONE)])
P("Susan Rice", "USA", "", [("Ambassador to the United Nations", 2009, 2013), ("National Security Advisor", 2013, 2017)])
P("Samantha Power", "USA", "", [("Ambassador to the United Nations", 2013, 2017), ("USAID Administrator", 2021, 2025)])
P("Nikki Haley", "USA", "Haley", [("Ambassador to the United Nations", 2017, 2018)])
P("Linda Thomas-Greenfield", "USA", "Thomas-Greenfield", [("Ambassador to the United Nations", 2021, 2025)])
P("John Bolton", "USA", "", [("National Security Advisor", 2018, 2019)])
P("H.R. McMaster", "USA", "McMaster|H. R. McMaster", [("National Security Advisor", 2017, 2018)])
P("Robert O'Brien", "USA", "", [("National Security Advisor", 2019, 2021)])
P("Jake Sullivan", "USA", "", [("National Security Advisor", 2021, 2025)])
P("Mike Waltz", "USA", "Waltz", [("National Security Advisor", 2025, 2025), ("Ambassador to the United Nations", 2025, NONE)])
P("Steve Witkoff", "USA", "Witkoff|Steven Witkoff", [("Special Envoy to the Middle East", 2025, NONE)])
P("Keith Kellogg", "USA", "", [("Special Envoy for Ukraine", 2025, NONE)])
P("Mark Milley", "USA", "Milley", [("Chairman of the Joint Chiefs of Staff", 2019, 2023)])
P("Nancy Pelosi", "USA", "Pelosi", [("Speaker of the House", 2007, 2011), ("Speaker of the House", 2019, 2023)])
P("Mike Johnson", "USA", "", [("Speaker of the House", 2023, NONE)])
# ---- China ----
P("Hu Jintao", "CHN", "Hu", [("General Secretary of the Chinese Communist Party", 2002, 2012), ("President", 2003, 2013)],
  title="President")
P("Xi Jinping", "CHN", "Xi", [("Vice President", 2008, 2013), ("General Secretary of the Chinese Communist Party", 2012, NONE),
                              ("President", 2013, NONE)], title="President")
P("Wen Jiabao", "CHN", "Wen", [("Premier", 2003, 2013)])
P("Li Keqiang", "CHN", "", [("Premier", 2013, 2023)])
P("Li Qiang", "CHN", "", [("Premier", 2023, NONE)])
P("Wang Qishan", "CHN", "", [("Vice President", 2018, 2023)])
P("Han Zheng", "CHN", "", [("Vice President", 2023, NONE)])
P("Yang Jiechi", "CHN", "", [("Foreign Minister", 2007, 2013), ("State Councilor", 2013, 2018),
                             ("Director of the Central Foreign Affairs Commission Office", 2018, 2022)])
P("Wang Yi", "CHN", "", [("Foreign Minister", 2013, 2022), ("Director of the Central Foreign Affairs Commission Office", 2023, NONE),
                         ("Foreign Minister", 2023, NONE)], title="Foreign Minister")
P("Qin Gang", "CHN", "Qin", [("Foreign Minister", 2022, 2023)])
P("Liang Guanglie", "CHN", "", [("Defence Minister", 2008, 2013)])
P("Chang Wanquan", "CHN", "", [("Defence Minister", 2013, 2018)])
P("Wei Fenghe", "CHN", "", [("Defence Minister", 2018, 2023)])
P("Li Shangfu", "CHN", "", [("Defence Minister", 2023, 2023)])
P("Dong Jun", "CHN", "", [("Defence Minister", 2023, NONE)])
P("Chen Deming", "CHN", "", [("Commerce Minister", 2007, 2013)])
P("Gao Hucheng", "CHN", "", [("Commerce Minister", 2013, 2017)])
P("Zhong Shan", "CHN", "", [("Commerce Minister", 2017, 2020)])
P("Wang Wentao", "CHN", "", [("Commerce Minister", 2020, NONE)])
P("Liu He", "CHN", "", [("Vice Premier", 2018, 2023)])
P("He Lifeng", "CHN", "", [("Vice Premier", 2023, NONE)])
# ---- Russia ----
P("Vladimir Putin", "RUS", "Putin", [("Prime Minister", 2008, 2012), ("President", 2012, NONE)])
P("Dmitry Medvedev", "RUS", "Medvedev|Dmitri Medvedev", [("President", 2008, 2012), ("Prime Minister", 2012, 2020),
                                                        ("Deputy Chairman of the Security Council", 2020, NONE)],
  title="Deputy Chairman of the Security Council")
P("Mikhail Mishustin", "RUS", "Mishustin", [("Prime Minister", 2020, NONE)])
P("Sergey Lavrov", "RUS", "Lavrov|Sergei Lavrov", [("Foreign Minister", 2004, NONE)])
P("Anatoliy Serdyukov", "RUS", "Serdyukov|Anatoly Serdyukov", [("Defence Minister", 2007, 2012)])
P("Sergei Shoigu", "RUS", "Shoigu|Sergey Shoigu", [("Defence Minister", 2012, 2024), ("Security Council Secretary", 2024, NONE)])
P("Andrei Belousov", "RUS", "Belousov|Andrey Belousov", [("Defence Minister", 2024, NONE)])
P("Nikolai Patrushev", "RUS", "Patrushev|Nikolay Patrushev", [("Security Council Secretary", 2008, 2024)])
P("Valery Gerasimov", "RUS", "Gerasimov|Valeriy Gerasimov", [("Chief of the General Staff", 2012, NONE)])
P("Denis Manturov", "RUS", "Manturov", [("Industry and Trade Minister", 2012, 2024), ("First Deputy Prime Minister", 2024, NONE)])
P("Elvira Nabiullina", "RUS", "Nabiullina", [("Economic Development Minister", 2007, 2012), ("Central Bank Governor", 2013, NONE)])
P("Dmitry Peskov", "RUS", "Peskov|Dmitri Peskov", [("Kremlin Spokesman", 2012, NONE)])
P("Maria Zakharova", "RUS", "Zakharova", [("Foreign Ministry Spokeswoman", 2015, NONE)])
P("Sergei Ryabkov", "RUS", "Ryabkov|Sergey Ryabkov", [("Deputy Foreign Minister", 2008, NONE)])
P("Yuri Ushakov", "RUS", "Ushakov|Yury Ushakov", [("Presidential Foreign Policy Aide", 2012, NONE)])
P("Kirill Dmitriev", "RUS", "", [("Special Presidential Envoy for Investment and Economic Cooperation", 2025, NONE)])
P("Vitaly Churkin", "RUS", "Churkin", [("Ambassador to the United Nations", 2006, 2017)])
P("Vassily Nebenzia", "RUS", "Nebenzia|Vasily Nebenzya", [("Ambassador to the United Nations", 2017, NONE)])
# ---- United Kingdom ----
P("Queen Elizabeth II", "GBR", "Elizabeth II", [("Queen", 1952, 2022)])
P("King Charles III", "GBR", "Charles III", [("King", 2022, NONE)])
P("Gordon Brown", "GBR", "", [("Prime Minister", 2007, 2010)])
P("David Cameron", "GBR", "Cameron", [("Prime Minister", 2010, 2016), ("Foreign Secretary", 2023, 2024)], title="Prime Minister")
P("Theresa May", "GBR", "", [("Home Secretary", 2010, 2016), ("Prime Minister", 2016, 2019)])
P("Boris Johnson", "GBR", "", [("Foreign Secretary", 2016, 2018), ("Prime Minister", 2019, 2022)])
P("Liz Truss", "GBR", "Truss", [("International Trade Secretary", 2019, 2021), ("Foreign Secretary", 2021, 2022),
                                ("Prime Minister", 2022, 2022)])
P("Rishi Sunak", "GBR", "Sunak", [("Chancellor of the Exchequer", 2020, 2022), ("Prime Minister", 2022, 2024)])
P("Keir Starmer", "GBR", "Starmer", [("Prime Minister", 2024, NONE)])
P("David Miliband", "GBR", "", [("Foreign Secretary", 2007, 2010)])
P("William Hague", "GBR", "", [("Foreign Secretary", 2010, 2014)])
P("Philip Hammond", "GBR", "Hammond", [("Defence Secretary", 2011, 2014), ("Foreign Secretary", 2014, 2016),
                                       ("Chancellor of the Exchequer", 2016, 2019)])
P("Jeremy Hunt", "GBR", "", [("Foreign Secretary", 2018, 2019), ("Chancellor of the Exchequer", 2022, 2024)])
P("Dominic Raab", "GBR", "Raab", [("Foreign Secretary", 2019, 2021)])
P("James Cleverly", "GBR", "Cleverly", [("Foreign Secretary", 2022, 2023), ("Home Secretary", 2023, 2024)],
  title="Foreign Secretary")
P("David Lammy", "GBR", "Lammy", [("Foreign Secretary", 2024, 2025), ("Deputy Prime Minister", 2025, NONE)])
P("Yvette Cooper", "GBR", "", [("Home Secretary", 2024, 2025), ("Foreign Secretary", 2025, NONE)])
P("Liam Fox", "GBR", "", [("Defence Secretary", 2010, 2011), ("International Trade Secretary", 2016, 2019)])
P("Michael Fallon", "GBR", "", [("Defence Secretary", 2014, 2017)])
P("Gavin Williamson", "GBR", "", [("Defence Secretary", 2017, 2019)])
P("Penny Mordaunt", "GBR", "Mordaunt", [("Defence Secretary", 2019, 2019)])
P("Ben Wallace", "GBR", "", [("Defence Secretary", 2019, 2023)])
P("Grant Shapps", "GBR", "Shapps", [("Defence Secretary", 2023, 2024)])
P("John Healey", "GBR", "Healey", [("Defence Secretary", 2024, NONE)])
P("George Osborne", "GBR", "Osborne", [("Chancellor of the Exchequer", 2010, 2016)])
P("Rachel Reeves", "GBR", "Reeves", [("Chancellor of the Exchequer", 2024, NONE)])
P("Kemi Badenoch", "GBR", "Badenoch", [("Business and Trade Secretary", 2023, 2024), ("Leader of the Opposition", 2024, NONE)])
P("Jonathan Reynolds", "GBR", "", [("Business and Trade Secretary", 2024, 2025)])
P("Peter Kyle", "GBR", "", [("Business and Trade Secretary", 2025, NONE)])
# ---- France ----
P("Nicolas Sarkozy", "FRA", "Sarkozy", [("President", 2007, 2012)])
P("Francois Hollande", "FRA", "Hollande|François Hollande", [("President", 2012, 2017)])
P("Emmanuel Macron", "FRA", "Macron", [("President", 2017, NONE)])
P("Francois Fillon", "FRA", "Fillon|François Fillon", [("Prime Minister", 2007, 2012)])
P("Jean-Marc Ayrault", "FRA", "Ayrault", [("Prime Minister", 2012, 2014), ("Foreign Minister", 2016, 2017)],
  title="Prime Minister")
P("Manuel Valls", "FRA", "Valls", [("Prime Minister", 2014, 2016)])
P("Bernard Cazeneuve", "FRA", "Cazeneuve", [("Prime Minister", 2016, 2017)])
P("Edouard Philippe", "FRA", "Édouard Philippe", [("Prime Minister", 2017, 2020)])
P("Jean Castex", "FRA", "Castex", [("Prime Minister", 2020, 2022)])
P("Elisabeth Borne", "FRA", "Borne|Élisabeth Borne", [("Prime Minister", 2022, 2024)])
P("Gabriel Attal", "FRA", "Attal", [("Prime Minister", 2024, 2024)])
P("Michel Barnier", "FRA", "Barnier", [("EU Chief Brexit Negotiator", 2016, 2021, "EU"), ("Prime Minister", 2024, 2024)])
P("Francois Bayrou", "FRA", "Bayrou|François Bayrou", [("Prime Minister", 2024, 2025)])
P("Sebastien Lecornu", "FRA", "Lecornu|Sébastien Lecornu", [("Armed Forces Minister", 2022, 2025), ("Prime Minister", 2025, NONE)])
P("Bernard Kouchner", "FRA", "Kouchner", [("Foreign Minister", 2007, 2010)])
P("Michele Alliot-Marie", "FRA", "Alliot-Marie|Michèle Alliot-Marie", [("Foreign Minister", 2010, 2011)])
P("Alain Juppe", "FRA", "Juppe|Juppé|Alain Juppé", [("Defence Minister", 2010, 2011), ("Foreign Minister", 2011, 2012)])
P("Laurent Fabius", "FRA", "Fabius", [("Foreign Minister", 2012, 2016)])
P("Jean-Yves Le Drian", "FRA", "Le Drian", [("Defence Minister", 2012, 2017), ("Foreign Minister", 2017, 2022)])
P("Catherine Colonna", "FRA", "Colonna", [("Foreign Minister", 2022, 2024)])
P("Stephane Sejourne", "FRA", "Sejourne|Séjourné|Stéphane Séjourné", [("Foreign Minister", 2024, 2024),
                                                                     ("European Commission Executive Vice-President", 2024, NONE, "EU")])
P("Jean-Noel Barrot", "FRA", "Barrot|Jean-Noël Barrot", [("Foreign Minister", 2024, NONE)])
P("Gerard Longuet", "FRA", "Longuet|Gérard Longuet", [("Defence Minister", 2011, 2012)])
P("Florence Parly", "FRA", "Parly", [("Armed Forces Minister", 2017, 2022)])
P("Catherine Vautrin", "FRA", "Vautrin", [("Armed Forces Minister", 2025, NONE)])
P("Bruno Le Maire", "FRA", "Le Maire", [("Economy Minister", 2017, 2024)])
P("Christine Lagarde", "FRA", "Lagarde", [("Finance Minister", 2007, 2011), ("IMF Managing Director", 2011, 2019, "IMF"),
                                          ("European Central Bank President", 2019, NONE, "EU")])
P("Dominique Strauss-Kahn", "FRA", "Strauss-Kahn|DSK", [("IMF Managing Director", 2007, 2011, "IMF")])
P("Pascal Lamy", "FRA", "Lamy", [("WTO Director-General", 2005, 2013, "WTO")])
P("Jean-Claude Trichet", "FRA", "Trichet", [("European Central Bank President", 2003, 2011, "EU")])
# ---- Germany ----
P("Angela Merkel", "DEU", "Merkel", [("Chancellor", 2005, 2021)])
P("Olaf Scholz", "DEU", "Scholz", [("Finance Minister", 2018, 2021), ("Chancellor", 2021, 2025)])
P("Friedrich Merz", "DEU", "Merz", [("Chancellor", 2025, NONE)])
P("Horst Koehler", "DEU", "Horst Köhler", [("President", 2004, 2010)])
P("Christian Wulff", "DEU", "Wulff", [("President", 2010, 2012)])
P("Joachim Gauck", "DEU", "Gauck", [("President", 2012, 2017)])
P("Frank-Walter Steinmeier", "DEU", "Steinmeier", [("Foreign Minister", 2005, 2009), ("Foreign Minister", 2013, 2017),
                                                   ("President", 2017, NONE)])
P("Guido Westerwelle", "DEU", "Westerwelle", [("Foreign Minister", 2009, 2013)])
P("Sigmar Gabriel", "DEU", "", [("Economy Minister", 2013, 2017), ("Foreign Minister", 2017, 2018)])
P("Heiko Maas", "DEU", "Maas", [("Foreign Minister", 2018, 2021)])
P("Annalena Baerbock", "DEU", "Baerbock", [("Foreign Minister", 2021, 2025),
                                           ("President of the UN General Assembly", 2025, NONE, "UN")],
  title="Foreign Minister", code=None)
P("Johann Wadephul", "DEU", "Wadephul", [("Foreign Minister", 2025, NONE)])
P("Karl-Theodor zu Guttenberg", "DEU", "zu Guttenberg|Guttenberg", [("Defence Minister", 2009, 2011)])
P("Thomas de Maiziere", "DEU", "de Maiziere|de Maizière|Thomas de Maizière", [("Defence Minister", 2011, 2013)])
P("Annegret Kramp-Karrenbauer", "DEU", "Kramp-Karrenbauer|AKK", [("Defence Minister", 2019, 2021)])
P("Christine Lambrecht", "DEU", "Lambrecht", [("Defence Minister", 2021, 2023)])
P("Boris Pistorius", "DEU", "Pistorius", [("Defence Minister", 2023, NONE)])
P("Wolfgang Schaeuble", "DEU", "Schaeuble|Schäuble|Wolfgang Schäuble", [("Finance Minister", 2009, 2017)])
P("Christian Lindner", "DEU", "Lindner", [("Finance Minister", 2021, 2024)])
P("Lars Klingbeil", "DEU", "Klingbeil", [("Finance Minister", 2025, NONE)])
P("Peter Altmaier", "DEU", "Altmaier", [("Economy Minister", 2018, 2021)])
P("Robert Habeck", "DEU", "Habeck", [("Economy Minister", 2021, 2025)])
P("Katherina Reiche", "DEU", "Reiche", [("Economy Minister", 2025, NONE)])
P("Martin Schulz", "DEU", "", [("European Parliament President", 2012, 2017, "EU")])
# ---- Italy ----
P("Silvio Berlusconi", "ITA", "Berlusconi", [("Prime Minister", 2008, 2011)])
P("Mario Monti", "ITA", "Monti", [("Prime Minister", 2011, 2013)])
P("Enrico Letta", "ITA", "Letta", [("Prime Minister", 2013, 2014)])
P("Matteo Renzi", "ITA", "Renzi", [("Prime Minister", 2014, 2016)])
P("Paolo Gentiloni", "ITA", "Gentiloni", [("Foreign Minister", 2014, 2016), ("Prime Minister", 2016, 2018),
                                          ("European Commissioner for Economy", 2019, 2024, "EU")], title="Prime Minister")
P("Giuseppe Conte", "ITA", "Conte", [("Prime Minister", 2018, 2021)])
P("Mario Draghi", "ITA", "Draghi", [("European Central Bank President", 2011, 2019, "EU"), ("Prime Minister", 2021, 2022)])
P("Giorgia Meloni", "ITA", "Meloni", [("Prime Minister", 2022, NONE)])
P("Giorgio Napolitano", "ITA", "Napolitano", [("President", 2006, 2015)])
P("Sergio Mattarella", "ITA", "Mattarella", [("President", 2015, NONE)])
P("Federica Mogherini", "ITA", "Mogherini", [("Foreign Minister", 2014, 2014),
                                             ("EU High Representative for Foreign Affairs", 2014, 2019, "EU")])
P("Angelino Alfano", "ITA", "Alfano", [("Foreign Minister", 2016, 2018)])
P("Luigi Di Maio", "ITA", "Di Maio", [("Foreign Minister", 2019, 2022)])
P("Antonio Tajani", "ITA", "Tajani", [("European Parliament President", 2017, 2019, "EU"), ("Foreign Minister", 2022, NONE)])
P("Guido Crosetto", "ITA", "Crosetto", [("Defence Minister", 2022, NONE)])
P("David Sassoli", "ITA", "Sassoli", [("European Parliament President", 2019, 2022, "EU")])
P("Filippo Grandi", "ITA", "", [("UN High Commissioner for Refugees", 2016, 2025, "UN")])
# ---- Spain / Portugal / Benelux ----
P("Jose Luis Rodriguez Zapatero", "ESP", "Zapatero|José Luis Rodríguez Zapatero", [("Prime Minister", 2004, 2011)])
P("Mariano Rajoy", "ESP", "Rajoy", [("Prime Minister", 2011, 2018)])
P("Pedro Sanchez", "ESP", "Pedro Sánchez", [("Prime Minister", 2018, NONE)])
P("King Felipe VI", "ESP", "Felipe VI|King Felipe", [("King", 2014, NONE)])
P("Josep Borrell", "ESP", "Borrell", [("Foreign Minister", 2018, 2019),
                                      ("EU High Representative for Foreign Affairs", 2019, 2024, "EU")])
P("Jose Manuel Albares", "ESP", "Albares|José Manuel Albares", [("Foreign Minister", 2021, NONE)])
P("Margarita Robles", "ESP", "", [("Defence Minister", 2018, NONE)])
P("Antonio Costa", "PRT", "António Costa", [("Prime Minister", 2015, 2024), ("European Council President", 2024, NONE, "EU")])
P("Luis Montenegro", "PRT", "Luís Montenegro", [("Prime Minister", 2024, NONE)])
P("Jose Manuel Barroso", "PRT", "Barroso|José Manuel Barroso", [("European Commission President", 2004, 2014, "EU")])
P("Antonio Guterres", "PRT", "Guterres|António Guterres", [("UN Secretary-General", 2017, NONE, "UN")])
P("Jan Peter Balkenende", "NLD", "Balkenende", [("Prime Minister", 2002, 2010)])
P("Mark Rutte", "NLD", "Rutte", [("Prime Minister", 2010, 2024), ("NATO Secretary General", 2024, NONE, "NATO")])
P("Dick Schoof", "NLD", "Schoof", [("Prime Minister", 2024, NONE)])
P("King Willem-Alexander", "NLD", "Willem-Alexander", [("King", 2013, NONE)])
P("Frans Timmermans", "NLD", "Timmermans", [("Foreign Minister", 2012, 2014),
                                            ("European Commission First Vice-President", 2014, 2023, "EU")])
P("Bert Koenders", "NLD", "Koenders", [("Foreign Minister", 2014, 2017)])
P("Stef Blok", "NLD", "", [("Foreign Minister", 2018, 2021)])
P("Wopke Hoekstra", "NLD", "Hoekstra", [("Foreign Minister", 2022, 2023), ("European Commissioner for Climate", 2023, NONE, "EU")])
P("Caspar Veldkamp", "NLD", "Veldkamp", [("Foreign Minister", 2024, 2025)])
P("David van Weel", "NLD", "van Weel", [("Foreign Minister", 2025, NONE)])
P("Kajsa Ollongren", "NLD", "Ollongren", [("Defence Minister", 2022, 2024)])
P("Ruben Brekelmans", "NLD", "Brekelmans", [("Defence Minister", 2024, NONE)])
P("Herman Van Rompuy", "BEL", "Van Rompuy", [("European Council President", 2009, 2014, "EU")])
P("Charles Michel", "BEL", "", [("Prime Minister", 2014, 2019), ("European Council President", 2019, 2024, "EU")])
P("Alexander De Croo", "BEL", "De Croo", [("Prime Minister", 2020, 2025)])
P("Bart De Wever", "BEL", "De Wever", [("Prime Minister", 2025, NONE)])
P("Karel De Gucht", "BEL", "De Gucht", [("European Trade Commissioner", 2010, 2014, "EU")])
P("Jean-Claude Juncker", "LUX", "Juncker", [("Prime Minister", 1995, 2013), ("European Commission President", 2014, 2019, "EU")])
# ---- EU institutions (other nationalities) ----
P("Ursula von der Leyen", "DEU", "von der Leyen|Von der Leyen", [("Defence Minister", 2013, 2019),
                                                                 ("European Commission President", 2019, NONE, "EU")])
P("Catherine Ashton", "GBR", "Ashton", [("EU High Representative for Foreign Affairs", 2009, 2014, "EU")])
P("Kaja Kallas", "EST", "Kallas", [("Prime Minister", 2021, 2024), ("EU High Representative for Foreign Affairs", 2024, NONE, "EU")])
P("Cecilia Malmstrom", "SWE", "Malmstrom|Malmström|Cecilia Malmström", [("European Trade Commissioner", 2014, 2019, "EU")])
P("Phil Hogan", "IRL", "", [("European Trade Commissioner", 2019, 2020, "EU")])
P("Valdis Dombrovskis", "LVA", "Dombrovskis", [("Prime Minister", 2009, 2014), ("European Trade Commissioner", 2020, 2024, "EU"),
                                               ("European Commissioner for Economy", 2024, NONE, "EU")],
  title="European Commissioner for Economy")
P("Maros Sefcovic", "SVK", "Sefcovic|Šefčovič|Maroš Šefčovič", [("European Trade Commissioner", 2024, NONE, "EU")])
P("Roberta Metsola", "MLT", "Metsola", [("European Parliament President", 2022, NONE, "EU")])
# ---- NATO / UN / other bodies ----
P("Anders Fogh Rasmussen", "DNK", "Fogh Rasmussen", [("Prime Minister", 2001, 2009), ("NATO Secretary General", 2009, 2014, "NATO")])
P("Jens Stoltenberg", "NOR", "Stoltenberg", [("Prime Minister", 2005, 2013), ("NATO Secretary General", 2014, 2024, "NATO"),
                                             ("Finance Minister", 2025, NONE)], title="NATO Secretary General", code="NATO")
P("Ban Ki-moon", "KOR", "Ban Ki-Moon", [("UN Secretary-General", 2007, 2016, "UN")])
P("Kristalina Georgieva", "BGR", "Georgieva", [("World Bank CEO", 2017, 2019, "WB"), ("IMF Managing Director", 2019, NONE, "IMF")])
P("Roberto Azevedo", "BRA", "Roberto Azevêdo", [("WTO Director-General", 2013, 2020, "WTO")])
P("Ngozi Okonjo-Iweala", "NGA", "Okonjo-Iweala", [("Finance Minister", 2011, 2015), ("WTO Director-General", 2021, NONE, "WTO")])
P("Robert Zoellick", "USA", "Zoellick", [("World Bank President", 2007, 2012, "WB")])
P("Jim Yong Kim", "USA", "", [("World Bank President", 2012, 2019, "WB")])
P("David Malpass", "USA", "Malpass", [("World Bank President", 2019, 2023, "WB")])
P("Ajay Banga", "USA", "Banga", [("World Bank President", 2023, NONE, "WB")])
P("Tedros Adhanom Ghebreyesus", "ETH", "Tedros|Tedros Adhanom", [("Foreign Minister", 2012, 2016),
                                                                 ("WHO Director-General", 2017, NONE, "UN")])
P("Margaret Chan", "HKG", "", [("WHO Director-General", 2007, 2017, "UN")])
P("Yukiya Amano", "JPN", "Amano", [("IAEA Director General", 2009, 2019, "UN")])
P("Rafael Grossi", "ARG", "Grossi|Rafael Mariano Grossi", [("IAEA Director General", 2019, NONE, "UN")])
P("Michelle Bachelet", "CHL", "Bachelet", [("President", 2006, 2010), ("President", 2014, 2018),
                                           ("UN High Commissioner for Human Rights", 2018, 2022, "UN")], title="President", code=None)
P("Volker Turk", "AUT", "Volker Türk", [("UN High Commissioner for Human Rights", 2022, NONE, "UN")])
P("Fatou Bensouda", "GMB", "Bensouda", [("ICC Prosecutor", 2012, 2021, "ICC")])
P("Karim Khan", "GBR", "Karim A.A. Khan", [("ICC Prosecutor", 2021, NONE, "ICC")])
P("Haitham al-Ghais", "KWT", "al-Ghais|Haitham Al Ghais", [("OPEC Secretary General", 2022, NONE, "OPEC")])
P("Mohammad Barkindo", "NGA", "Barkindo", [("OPEC Secretary General", 2016, 2022, "OPEC")])
P("Amr Moussa", "EGY", "Amr Mousa", [("Arab League Secretary-General", 2001, 2011, "AL")])
P("Nabil Elaraby", "EGY", "Elaraby|Nabil al-Arabi", [("Foreign Minister", 2011, 2011), ("Arab League Secretary-General", 2011, 2016, "AL")])
P("Ahmed Aboul Gheit", "EGY", "Aboul Gheit|Ahmed Abul Gheit", [("Foreign Minister", 2004, 2011),
                                                               ("Arab League Secretary-General", 2016, NONE, "AL")])
P("Jean Ping", "GAB", "", [("African Union Commission Chairperson", 2008, 2012, "AU")])
P("Nkosazana Dlamini-Zuma", "ZAF", "Dlamini-Zuma", [("African Union Commission Chairperson", 2012, 2017, "AU")])
P("Moussa Faki Mahamat", "TCD", "Moussa Faki", [("African Union Commission Chairperson", 2017, 2025, "AU")])
P("Mahmoud Ali Youssouf", "DJI", "", [("Foreign Minister", 2005, 2025), ("African Union Commission Chairperson", 2025, NONE, "AU")])
P("Kao Kim Hourn", "KHM", "", [("ASEAN Secretary-General", 2023, NONE, "ASEAN")])
# ---- Japan ----
P("Taro Aso", "JPN", "Aso|Tarō Asō", [("Prime Minister", 2008, 2009), ("Finance Minister", 2012, 2021)], title="Prime Minister")
P("Yukio Hatoyama", "JPN", "Hatoyama", [("Prime Minister", 2009, 2010)])
P("Naoto Kan", "JPN", "", [("Prime Minister", 2010, 2011)])
P("Yoshihiko Noda", "JPN", "Noda", [("Prime Minister", 2011, 2012)])
P("Shinzo Abe", "JPN", "Abe|Shinzō Abe", [("Prime Minister", 2012, 2020)])
P("Yoshihide Suga", "JPN", "Suga", [("Chief Cabinet Secretary", 2012, 2020), ("Prime Minister", 2020, 2021)])
P("Fumio Kishida", "JPN", "Kishida", [("Foreign Minister", 2012, 2017), ("Prime Minister", 2021, 2024)])
P("Shigeru Ishiba", "JPN", "Ishiba", [("Prime Minister", 2024, 2025)])
P("Sanae Takaichi", "JPN", "Takaichi", [("Prime Minister", 2025, NONE)])
P("Emperor Naruhito", "JPN", "Naruhito", [("Emperor", 2019, NONE)])
P("Emperor Akihito", "JPN", "Akihito", [("Emperor", 1989, 2019)])
P("Katsuya Okada", "JPN", "Okada", [("Foreign Minister", 2009, 2010)])
P("Seiji Maehara", "JPN", "Maehara", [("Foreign Minister", 2010, 2011)])
P("Koichiro Gemba", "JPN", "Gemba", [("Foreign Minister", 2011, 2012)])
P("Taro Kono", "JPN", "Kono|Tarō Kōno", [("Foreign Minister", 2017, 2019), ("Defence Minister", 2019, 2020)])
P("Toshimitsu Motegi", "JPN", "Motegi", [("Economic Revitalization Minister", 2017, 2019), ("Foreign Minister", 2019, 2021),
                                         ("Foreign Minister", 2025, NONE)])
P("Yoshimasa Hayashi", "JPN", "Hayashi", [("Foreign Minister", 2021, 2023), ("Chief Cabinet Secretary", 2023, 2025)],
  title="Foreign Minister")
P("Yoko Kamikawa", "JPN", "Kamikawa", [("Foreign Minister", 2023, 2024)])
P("Takeshi Iwaya", "JPN", "Iwaya", [("Defence Minister", 2018, 2019), ("Foreign Minister", 2024, 2025)])
P("Itsunori Onodera", "JPN", "Onodera", [("Defence Minister", 2012, 2014), ("Defence Minister", 2017, 2018)])
P("Gen Nakatani", "JPN", "Nakatani", [("Defence Minister", 2014, 2016), ("Defence Minister", 2024, 2025)])
P("Tomomi Inada", "JPN", "", [("Defence Minister", 2016, 2017)])
P("Nobuo Kishi", "JPN", "", [("Defence Minister", 2020, 2021)])
P("Yasukazu Hamada", "JPN", "", [("Defence Minister", 2022, 2023)])
P("Minoru Kihara", "JPN", "", [("Defence Minister", 2023, 2024), ("Chief Cabinet Secretary", 2025, NONE)])
P("Shinjiro Koizumi", "JPN", "Koizumi", [("Defence Minister", 2025, NONE)])
P("Ryosei Akazawa", "JPN", "Akazawa", [("Economic Revitalization Minister", 2024, 2025),
                                       ("Economy, Trade and Industry Minister", 2025, NONE)])
# ---- India ----
P("Manmohan Singh", "IND", "", [("Prime Minister", 2004, 2014)])
P("Narendra Modi", "IND", "Modi", [("Prime Minister", 2014, NONE)])
P("Pratibha Patil", "IND", "", [("President", 2007, 2012)])
P("Pranab Mukherjee", "IND", "", [("Finance Minister", 2009, 2012), ("President", 2012, 2017)])
P("Ram Nath Kovind", "IND", "Kovind", [("President", 2017, 2022)])
P("Droupadi Murmu", "IND", "Murmu", [("President", 2022, NONE)])
P("S. M. Krishna", "IND", "SM Krishna", [("External Affairs Minister", 2009, 2012)])
P("Salman Khurshid", "IND", "Khurshid", [("External Affairs Minister", 2012, 2014)])
P("Sushma Swaraj", "IND", "Swaraj", [("External Affairs Minister", 2014, 2019)])
P("Subrahmanyam Jaishankar", "IND", "Jaishankar|S. Jaishankar|S Jaishankar", [("External Affairs Minister", 2019, NONE)])
P("A. K. Antony", "IND", "AK Antony", [("Defence Minister", 2006, 2014)])
P("Arun Jaitley", "IND", "Jaitley", [("Finance Minister", 2014, 2019), ("Defence Minister", 2014, 2014)], title="Finance Minister")
P("Manohar Parrikar", "IND", "Parrikar", [("Defence Minister", 2014, 2017)])
P("Nirmala Sitharaman", "IND", "Sitharaman", [("Commerce Minister", 2014, 2017), ("Defence Minister", 2017, 2019),
                                              ("Finance Minister", 2019, NONE)])
P("Rajnath Singh", "IND", "", [("Defence Minister", 2019, NONE)])
P("Anand Sharma", "IND", "", [("Commerce Minister", 2009, 2014)])
P("Suresh Prabhu", "IND", "", [("Commerce Minister", 2017, 2019)])
P("Piyush Goyal", "IND", "Goyal", [("Commerce Minister", 2019, NONE)])
P("Ajit Doval", "IND", "Doval", [("National Security Adviser", 2014, NONE)])
# ---- Brazil ----
P("Luiz Inacio Lula da Silva", "BRA", "Lula|Lula da Silva|Luiz Inácio Lula da Silva", [("President", 2003, 2010), ("President", 2023, NONE)])
P("Dilma Rousseff", "BRA", "Rousseff|Dilma", [("President", 2011, 2016), ("New Development Bank President", 2023, NONE)],
  title="President")
P("Michel Temer", "BRA", "Temer", [("President", 2016, 2018)])
P("Jair Bolsonaro", "BRA", "Bolsonaro", [("President", 2019, 2022)])
P("Geraldo Alckmin", "BRA", "Alckmin", [("Vice President", 2023, NONE), ("Development, Industry and Trade Minister", 2023, NONE)],
  title="Vice President")
P("Celso Amorim", "BRA", "Amorim", [("Foreign Minister", 2003, 2010), ("Defence Minister", 2011, 2014),
                                    ("Chief Foreign Policy Adviser", 2023, NONE)], title="Foreign Minister")
P("Antonio Patriota", "BRA", "Patriota|Antônio Patriota", [("Foreign Minister", 2011, 2013)])
P("Mauro Vieira", "BRA", "", [("Foreign Minister", 2015, 2016), ("Foreign Minister", 2023, NONE)])
P("Ernesto Araujo", "BRA", "Ernesto Araújo", [("Foreign Minister", 2019, 2021)])
P("Paulo Guedes", "BRA", "Guedes", [("Economy Minister", 2019, 2022)])
P("Fernando Haddad", "BRA", "", [("Finance Minister", 2023, NONE)])
P("Jose Mucio", "BRA", "José Múcio|Jose Mucio Monteiro|José Múcio Monteiro", [("Defence Minister", 2023, NONE)])
# ---- Canada ----
P("Stephen Harper", "CAN", "Harper", [("Prime Minister", 2006, 2015)])
P("Justin Trudeau", "CAN", "Trudeau", [("Prime Minister", 2015, 2025)])
P("Mark Carney", "CAN", "Carney", [("Bank of England Governor", 2013, 2020), ("Prime Minister", 2025, NONE)])
P("John Baird", "CAN", "", [("Foreign Minister", 2011, 2015)])
P("Stephane Dion", "CAN", "Stéphane Dion", [("Foreign Minister", 2015, 2017)])
P("Chrystia Freeland", "CAN", "Freeland", [("Foreign Minister", 2017, 2019), ("Deputy Prime Minister", 2019, 2024),
                                           ("Finance Minister", 2020, 2024)], title="Deputy Prime Minister")
P("Francois-Philippe Champagne", "CAN", "François-Philippe Champagne", [("Foreign Minister", 2019, 2021), ("Finance Minister", 2025, NONE)])
P("Marc Garneau", "CAN", "Garneau", [("Foreign Minister", 2021, 2021)])
P("Melanie Joly", "CAN", "Joly|Mélanie Joly", [("Foreign Minister", 2021, 2025), ("Industry Minister", 2025, NONE)],
  title="Foreign Minister")
P("Anita Anand", "CAN", "", [("Defence Minister", 2021, 2023), ("Foreign Minister", 2025, NONE)])
P("Harjit Sajjan", "CAN", "Sajjan", [("Defence Minister", 2015, 2021)])
P("Bill Blair", "CAN", "", [("Defence Minister", 2023, 2025)])
P("David McGuinty", "CAN", "", [("Defence Minister", 2025, NONE)])
P("Dominic LeBlanc", "CAN", "LeBlanc", [("Minister responsible for Canada-U.S. Trade", 2025, NONE)])
# ---- Australia / New Zealand ----
P("Kevin Rudd", "AUS", "Rudd", [("Prime Minister", 2007, 2010), ("Foreign Minister", 2010, 2012), ("Prime Minister", 2013, 2013),
                                ("Ambassador to the United States", 2023, 2025)], title="Prime Minister")
P("Julia Gillard", "AUS", "Gillard", [("Prime Minister", 2010, 2013)])
P("Tony Abbott", "AUS", "", [("Prime Minister", 2013, 2015)])
P("Malcolm Turnbull", "AUS", "Turnbull", [("Prime Minister", 2015, 2018)])
P("Scott Morrison", "AUS", "Morrison", [("Prime Minister", 2018, 2022)])
P("Anthony Albanese", "AUS", "Albanese", [("Prime Minister", 2022, NONE)])
P("Julie Bishop", "AUS", "", [("Foreign Minister", 2013, 2018)])
P("Marise Payne", "AUS", "", [("Defence Minister", 2015, 2018), ("Foreign Minister", 2018, 2022)])
P("Penny Wong", "AUS", "", [("Foreign Minister", 2022, NONE)])
P("Peter Dutton", "AUS", "Dutton", [("Defence Minister", 2021, 2022), ("Leader of the Opposition", 2022, 2025)])
P("Richard Marles", "AUS", "Marles", [("Deputy Prime Minister and Defence Minister", 2022, NONE)])
P("Don Farrell", "AUS", "", [("Trade Minister", 2022, NONE)])
P("John Key", "NZL", "", [("Prime Minister", 2008, 2016)])
P("Jacinda Ardern", "NZL", "Ardern", [("Prime Minister", 2017, 2023)])
P("Christopher Luxon", "NZL", "Luxon", [("Prime Minister", 2023, NONE)])
P("Winston Peters", "NZL", "", [("Foreign Minister", 2017, 2020), ("Foreign Minister", 2023, NONE)])
# ---- Mexico ----
P("Felipe Calderon", "MEX", "Calderon|Calderón|Felipe Calderón", [("President", 2006, 2012)])
P("Enrique Pena Nieto", "MEX", "Pena Nieto|Peña Nieto|Enrique Peña Nieto", [("President", 2012, 2018)])
P("Andres Manuel Lopez Obrador", "MEX", "Lopez Obrador|López Obrador|AMLO|Andrés Manuel López Obrador", [("President", 2018, 2024)])
P("Claudia Sheinbaum", "MEX", "Sheinbaum", [("President", 2024, NONE)])
P("Jose Antonio Meade", "MEX", "José Antonio Meade", [("Foreign Secretary", 2012, 2015)])
P("Luis Videgaray", "MEX", "Videgaray", [("Finance Secretary", 2012, 2016), ("Foreign Secretary", 2017, 2018)])
P("Marcelo Ebrard", "MEX", "Ebrard", [("Foreign Secretary", 2018, 2023), ("Economy Secretary", 2024, NONE)])
P("Alicia Barcena", "MEX", "Bárcena|Barcena|Alicia Bárcena", [("Foreign Secretary", 2023, 2024)])
# ---- South Korea ----
P("Lee Myung-bak", "KOR", "Lee Myung Bak", [("President", 2008, 2013)])
P("Park Geun-hye", "KOR", "Park Geun Hye", [("President", 2013, 2017)])
P("Moon Jae-in", "KOR", "Moon Jae In", [("President", 2017, 2022)])
P("Yoon Suk Yeol", "KOR", "Yoon|Yoon Suk-yeol", [("President", 2022, 2025)])
P("Lee Jae-myung", "KOR", "Lee Jae Myung", [("President", 2025, NONE)])
P("Han Duck-soo", "KOR", "Han Duck Soo", [("Prime Minister", 2022, 2025)])
P("Kim Min-seok", "KOR", "Kim Min Seok", [("Prime Minister", 2025, NONE)])
P("Yun Byung-se", "KOR", "Yun Byung Se", [("Foreign Minister", 2013, 2017)])
P("Kang Kyung-wha", "KOR", "Kang Kyung Wha", [("Foreign Minister", 2017, 2021)])
P("Chung Eui-yong", "KOR", "Chung Eui Yong", [("National Security Adviser", 2017, 2020), ("Foreign Minister", 2021, 2022)])
P("Park Jin", "KOR", "", [("Foreign Minister", 2022, 2024)])
P("Cho Tae-yul", "KOR", "Cho Tae Yul", [("Foreign Minister", 2024, 2025)])
P("Cho Hyun", "KOR", "", [("Foreign Minister", 2025, NONE)])
P("Kim Kwan-jin", "KOR", "Kim Kwan Jin", [("Defence Minister", 2010, 2014)])
P("Han Min-koo", "KOR", "Han Min Koo", [("Defence Minister", 2014, 2017)])
P("Song Young-moo", "KOR", "Song Young Moo", [("Defence Minister", 2017, 2018)])
P("Jeong Kyeong-doo", "KOR", "Jeong Kyeong Doo", [("Defence Minister", 2018, 2020)])
P("Suh Wook", "KOR", "", [("Defence Minister", 2020, 2022)])
P("Lee Jong-sup", "KOR", "Lee Jong Sup", [("Defence Minister", 2022, 2023)])
P("Shin Won-sik", "KOR", "Shin Won Sik", [("Defence Minister", 2023, 2024)])
P("Kim Yong-hyun", "KOR", "Kim Yong Hyun", [("Defence Minister", 2024, 2024)])
P("Ahn Gyu-back", "KOR", "Ahn Gyu Back", [("Defence Minister", 2025, NONE)])
P("Yeo Han-koo", "KOR", "Yeo Han Koo", [("Trade Minister", 2021, 2022), ("Trade Minister", 2025, NONE)])
# ---- North Korea ----
P("Kim Jong Il", "PRK", "Kim Jong-il", [("Supreme Leader", 1994, 2011)])
P("Kim Jong Un", "PRK", "Kim Jong-un|Kim Jong-Un", [("Supreme Leader", 2011, NONE)])
P("Kim Yo Jong", "PRK", "Kim Yo-jong", [("Vice Department Director of the Workers' Party Central Committee", 2014, NONE)])
P("Kim Yong Nam", "PRK", "Kim Yong-nam", [("President of the Presidium of the Supreme People's Assembly", 1998, 2019)])
P("Choe Ryong Hae", "PRK", "Choe Ryong-hae", [("President of the Presidium of the Supreme People's Assembly", 2019, NONE)])
P("Pak Pong Ju", "PRK", "Pak Pong-ju", [("Premier", 2013, 2019)])
P("Ri Yong Ho", "PRK", "Ri Yong-ho", [("Foreign Minister", 2016, 2020)])
P("Ri Son Gwon", "PRK", "Ri Son-gwon", [("Foreign Minister", 2020, 2022)])
P("Choe Son Hui", "PRK", "Choe Son-hui", [("Foreign Minister", 2022, NONE)])
# ---- Taiwan / Hong Kong ----
P("Ma Ying-jeou", "TWN", "Ma Ying-Jeou", [("President", 2008, 2016)])
P("Tsai Ing-wen", "TWN", "Tsai", [("President", 2016, 2024)])
P("Lai Ching-te", "TWN", "William Lai", [("Vice President", 2020, 2024), ("President", 2024, NONE)])
P("Hsiao Bi-khim", "TWN", "", [("Vice President", 2024, NONE)])
P("Cho Jung-tai", "TWN", "", [("Premier", 2024, NONE)])
P("Joseph Wu", "TWN", "", [("Foreign Minister", 2018, 2024), ("National Security Council Secretary-General", 2024, NONE)],
  title="Foreign Minister")
P("Lin Chia-lung", "TWN", "", [("Foreign Minister", 2024, NONE)])
P("Chiu Kuo-cheng", "TWN", "", [("Defence Minister", 2021, 2024)])
P("Wellington Koo", "TWN", "", [("Defence Minister", 2024, NONE)])
P("Donald Tsang", "HKG", "", [("Chief Executive", 2005, 2012)])
P("Leung Chun-ying", "HKG", "CY Leung|C.Y. Leung", [("Chief Executive", 2012, 2017)])
P("Carrie Lam", "HKG", "", [("Chief Executive", 2017, 2022)])
P("John Lee Ka-chiu", "HKG", "", [("Chief Executive", 2022, NONE)])
# ---- Middle East ----
P("Benjamin Netanyahu", "ISR", "Netanyahu|Bibi", [("Prime Minister", 2009, 2021), ("Prime Minister", 2022, NONE)])
P("Naftali Bennett", "ISR", "", [("Defence Minister", 2019, 2020), ("Prime Minister", 2021, 2022)])
P("Yair Lapid", "ISR", "Lapid", [("Foreign Minister", 2021, 2022), ("Prime Minister", 2022, 2022)])
P("Shimon Peres", "ISR", "Peres", [("President", 2007, 2014)])
P("Reuven Rivlin", "ISR", "Rivlin", [("President", 2014, 2021)])
P("Isaac Herzog", "ISR", "Herzog", [("President", 2021, NONE)])
P("Avigdor Lieberman", "ISR", "Lieberman|Liberman|Avigdor Liberman", [("Foreign Minister", 2009, 2012), ("Foreign Minister", 2013, 2015),
                                                                       ("Defence Minister", 2016, 2018)])
P("Ehud Barak", "ISR", "", [("Defence Minister", 2007, 2013)])
P("Moshe Yaalon", "ISR", "Yaalon|Ya'alon|Moshe Ya'alon", [("Defence Minister", 2013, 2016)])
P("Benny Gantz", "ISR", "Gantz", [("Defence Minister", 2020, 2022)])
P("Yoav Gallant", "ISR", "Gallant", [("Defence Minister", 2022, 2024)])
P("Israel Katz", "ISR", "", [("Foreign Minister", 2019, 2020), ("Foreign Minister", 2024, 2024), ("Defence Minister", 2024, NONE)])
P("Eli Cohen", "ISR", "", [("Foreign Minister", 2023, 2024)])
P("Gideon Saar", "ISR", "Sa'ar|Gideon Sa'ar", [("Foreign Minister", 2024, NONE)])
P("Mahmoud Abbas", "PSE", "Abbas|Abu Mazen", [("President", 2005, NONE)])
P("Hussein al-Sheikh", "PSE", "", [("Vice President", 2025, NONE)])
P("Mohammad Shtayyeh", "PSE", "Shtayyeh", [("Prime Minister", 2019, 2024)])
P("Mohammad Mustafa", "PSE", "", [("Prime Minister", 2024, NONE)])
P("Riyad al-Maliki", "PSE", "Riyad al-Malki|Riyad Malki", [("Foreign Minister", 2007, 2024)])
P("Ali Khamenei", "IRN", "Khamenei|Ayatollah Khamenei|Ayatollah Ali Khamenei", [("Supreme Leader", 1989, NONE)])
P("Mahmoud Ahmadinejad", "IRN", "Ahmadinejad", [("President", 2005, 2013)])
P("Hassan Rouhani", "IRN", "Rouhani|Rohani|Hassan Rohani", [("President", 2013, 2021)])
P("Ebrahim Raisi", "IRN", "Raisi|Ebrahim Raeisi", [("President", 2021, 2024)])
P("Mohammad Mokhber", "IRN", "Mokhber", [("First Vice President", 2021, 2024), ("Acting President", 2024, 2024)])
P("Masoud Pezeshkian", "IRN", "Pezeshkian", [("President", 2024, NONE)])
P("Manouchehr Mottaki", "IRN", "Mottaki", [("Foreign Minister", 2005, 2010)])
P("Ali Akbar Salehi", "IRN", "Salehi", [("Foreign Minister", 2011, 2013), ("Head of the Atomic Energy Organization", 2013, 2021)])
P("Mohammad Javad Zarif", "IRN", "Zarif|Javad Zarif", [("Foreign Minister", 2013, 2021), ("Vice President for Strategic Affairs", 2024, 2025)],
  title="Foreign Minister")
P("Hossein Amir-Abdollahian", "IRN", "Amir-Abdollahian|Amirabdollahian|Hossein Amirabdollahian", [("Foreign Minister", 2021, 2024)])
P("Abbas Araghchi", "IRN", "Araghchi|Araqchi|Abbas Araqchi", [("Foreign Minister", 2024, NONE)])
P("Hossein Dehghan", "IRN", "Dehghan", [("Defence Minister", 2013, 2017)])
P("Amir Hatami", "IRN", "Hatami", [("Defence Minister", 2017, 2021)])
P("Mohammad-Reza Ashtiani", "IRN", "Ashtiani|Mohammad Reza Ashtiani", [("Defence Minister", 2021, 2024)])
P("Aziz Nasirzadeh", "IRN", "Nasirzadeh", [("Defence Minister", 2024, NONE)])
P("Ali Larijani", "IRN", "", [("Speaker of Parliament", 2008, 2020), ("Secretary of the Supreme National Security Council", 2025, NONE)])
P("Qassem Soleimani", "IRN", "Soleimani|Suleimani|Qasem Soleimani", [("Quds Force Commander", 1998, 2020)])
P("King Salman", "SAU", "Salman bin Abdulaziz|Salman bin Abdulaziz Al Saud", [("Defence Minister", 2011, 2015), ("Crown Prince", 2012, 2015),
                                                                               ("King", 2015, NONE)], title="King")
P("King Abdullah bin Abdulaziz", "SAU", "Abdullah bin Abdulaziz|Abdullah bin Abdulaziz Al Saud", [("King", 2005, 2015)])
P("Mohammed bin Salman", "SAU", "MBS|Mohammad bin Salman", [("Defence Minister", 2015, 2022), ("Crown Prince", 2017, NONE),
                                                            ("Prime Minister", 2022, NONE)], title="Crown Prince")
P("Muhammad bin Nayef", "SAU", "Mohammed bin Nayef", [("Crown Prince", 2015, 2017)])
P("Saud al-Faisal", "SAU", "Prince Saud al-Faisal", [("Foreign Minister", 1975, 2015)])
P("Adel al-Jubeir", "SAU", "Jubeir|al-Jubeir|Adel Al-Jubeir", [("Foreign Minister", 2015, 2018), ("Minister of State for Foreign Affairs", 2018, NONE)],
  title="Foreign Minister")
P("Faisal bin Farhan", "SAU", "Faisal bin Farhan Al Saud|Prince Faisal bin Farhan", [("Foreign Minister", 2019, NONE)])
P("Khalid bin Salman", "SAU", "Prince Khalid bin Salman", [("Defence Minister", 2022, NONE)])
P("Abdulaziz bin Salman", "SAU", "Prince Abdulaziz bin Salman", [("Energy Minister", 2019, NONE)])
P("Tamim bin Hamad Al Thani", "QAT", "Tamim bin Hamad|Sheikh Tamim", [("Emir", 2013, NONE)])
P("Hamad bin Khalifa Al Thani", "QAT", "Hamad bin Khalifa|Sheikh Hamad bin Khalifa", [("Emir", 1995, 2013)])
P("Hamad bin Jassim Al Thani", "QAT", "Hamad bin Jassim|Sheikh Hamad bin Jassim", [("Foreign Minister", 1992, 2013),
                                                                                  ("Prime Minister", 2007, 2013)], title="Prime Minister")
P("Mohammed bin Abdulrahman Al Thani", "QAT", "Mohammed bin Abdulrahman|Sheikh Mohammed bin Abdulrahman",
  [("Foreign Minister", 2016, NONE), ("Prime Minister", 2023, NONE)], title="Prime Minister")
P("Khalid al-Attiyah", "QAT", "Khalid bin Mohammad Al Attiyah", [("Foreign Minister", 2013, 2016)])
P("Khalifa bin Zayed Al Nahyan", "ARE", "Khalifa bin Zayed|Sheikh Khalifa", [("President", 2004, 2022)])
P("Mohamed bin Zayed Al Nahyan", "ARE", "Mohamed bin Zayed|Mohammed bin Zayed|MBZ|Sheikh Mohamed bin Zayed",
  [("Crown Prince of Abu Dhabi", 2004, 2022), ("President", 2022, NONE)])
P("Mohammed bin Rashid Al Maktoum", "ARE", "Mohammed bin Rashid|Sheikh Mohammed bin Rashid",
  [("Vice President and Prime Minister", 2006, NONE), ("Defence Minister", 1971, NONE)], title="Vice President and Prime Minister")
P("Abdullah bin Zayed Al Nahyan", "ARE", "Abdullah bin Zayed|Sheikh Abdullah bin Zayed", [("Foreign Minister", 2006, NONE)])
P("Anwar Gargash", "ARE", "Gargash", [("Minister of State for Foreign Affairs", 2008, 2021), ("Diplomatic Adviser to the President", 2021, NONE)],
  title="Minister of State for Foreign Affairs")
P("Tahnoun bin Zayed Al Nahyan", "ARE", "Tahnoun bin Zayed|Sheikh Tahnoun", [("National Security Adviser", 2016, NONE)])
P("Thani bin Ahmed Al Zeyoudi", "ARE", "Al Zeyoudi|Thani Al Zeyoudi", [("Minister of State for Foreign Trade", 2020, NONE)])
P("Recep Tayyip Erdogan", "TUR", "Erdogan|Erdoğan|Recep Tayyip Erdoğan|Tayyip Erdogan|Tayyip Erdoğan",
  [("Prime Minister", 2003, 2014), ("President", 2014, NONE)])
P("Abdullah Gul", "TUR", "Gul|Gül|Abdullah Gül", [("President", 2007, 2014)])
P("Ahmet Davutoglu", "TUR", "Davutoglu|Davutoğlu|Ahmet Davutoğlu", [("Foreign Minister", 2009, 2014), ("Prime Minister", 2014, 2016)])
P("Binali Yildirim", "TUR", "Yildirim|Yıldırım|Binali Yıldırım", [("Prime Minister", 2016, 2018)])
P("Mevlut Cavusoglu", "TUR", "Cavusoglu|Çavuşoğlu|Mevlüt Çavuşoğlu", [("Foreign Minister", 2014, 2023)])
P("Hakan Fidan", "TUR", "Fidan", [("Intelligence Chief", 2010, 2023), ("Foreign Minister", 2023, NONE)])
P("Hulusi Akar", "TUR", "Akar", [("Chief of the General Staff", 2015, 2018), ("Defence Minister", 2018, 2023)])
P("Yasar Guler", "TUR", "Yaşar Güler", [("Defence Minister", 2023, NONE)])
P("Ibrahim Kalin", "TUR", "Kalin|Kalın|İbrahim Kalın", [("Presidential Spokesman", 2014, 2023), ("Intelligence Chief", 2023, NONE)])
P("Omer Bolat", "TUR", "Ömer Bolat", [("Trade Minister", 2023, NONE)])
P("Hosni Mubarak", "EGY", "Mubarak", [("President", 1981, 2011)])
P("Mohamed Hussein Tantawi", "EGY", "Tantawi", [("Chairman of the Supreme Council of the Armed Forces", 2011, 2012)])
P("Mohamed Morsi", "EGY", "Morsi|Mursi|Mohammed Morsi", [("President", 2012, 2013)])
P("Adly Mansour", "EGY", "", [("Interim President", 2013, 2014)])
P("Abdel Fattah el-Sisi", "EGY", "Sisi|el-Sisi|al-Sisi|Abdel Fattah al-Sisi|Abdel-Fattah el-Sissi|el-Sissi",
  [("Defence Minister", 2012, 2014), ("President", 2014, NONE)])
P("Mostafa Madbouly", "EGY", "Madbouly", [("Prime Minister", 2018, NONE)])
P("Sameh Shoukry", "EGY", "Shoukry", [("Foreign Minister", 2014, 2024)])
P("Badr Abdelatty", "EGY", "Abdelatty|Badr Abdel Aty", [("Foreign Minister", 2024, NONE)])
P("King Abdullah II", "JOR", "Abdullah II", [("King", 1999, NONE)])
P("Ayman Safadi", "JOR", "Safadi", [("Foreign Minister", 2017, NONE)])
P("Bashar al-Assad", "SYR", "Assad|al-Assad|Bashar Assad", [("President", 2000, 2024)])
P("Ahmed al-Sharaa", "SYR", "al-Sharaa|Sharaa|Abu Mohammed al-Jolani|al-Jolani|Jolani|al-Julani",
  [("De facto Leader", 2024, 2025), ("President", 2025, NONE)])
P("Walid Muallem", "SYR", "Muallem|Walid al-Muallem|Walid al-Moualem|Moualem", [("Foreign Minister", 2006, 2020)])
P("Faisal Mekdad", "SYR", "Mekdad|Faisal Miqdad", [("Foreign Minister", 2020, 2024)])
P("Asaad al-Shaibani", "SYR", "al-Shaibani|Shaibani|Asaad Hassan al-Shaibani", [("Foreign Minister", 2024, NONE)])
P("Murhaf Abu Qasra", "SYR", "Abu Qasra", [("Defence Minister", 2024, NONE)])
P("Nouri al-Maliki", "IRQ", "Nuri al-Maliki", [("Prime Minister", 2006, 2014)])
P("Haider al-Abadi", "IRQ", "al-Abadi|Abadi", [("Prime Minister", 2014, 2018)])
P("Adil Abdul-Mahdi", "IRQ", "Abdul-Mahdi", [("Prime Minister", 2018, 2020)])
P("Mustafa al-Kadhimi", "IRQ", "al-Kadhimi|Kadhimi", [("Prime Minister", 2020, 2022)])
P("Mohammed Shia al-Sudani", "IRQ", "al-Sudani|Sudani", [("Prime Minister", 2022, NONE)])
P("Barham Salih", "IRQ", "", [("President", 2018, 2022)])
P("Fuad Hussein", "IRQ", "", [("Foreign Minister", 2020, NONE)])
P("Michel Aoun", "LBN", "", [("President", 2016, 2022)])
P("Joseph Aoun", "LBN", "", [("Army Commander", 2017, 2025), ("President", 2025, NONE)])
P("Saad Hariri", "LBN", "Hariri", [("Prime Minister", 2009, 2011), ("Prime Minister", 2016, 2020)])
P("Najib Mikati", "LBN", "Mikati", [("Prime Minister", 2011, 2014), ("Prime Minister", 2021, 2025)])
P("Nawaf Salam", "LBN", "", [("President of the International Court of Justice", 2024, 2025, "ICJ"), ("Prime Minister", 2025, NONE)])
P("Nabih Berri", "LBN", "Berri", [("Speaker of Parliament", 1992, NONE)])
P("Haitham bin Tariq", "OMN", "Sultan Haitham|Haitham bin Tarik", [("Sultan", 2020, NONE)])
P("Sultan Qaboos", "OMN", "Qaboos bin Said", [("Sultan", 1970, 2020)])
P("Badr Albusaidi", "OMN", "Albusaidi|Badr al-Busaidi|Sayyid Badr Albusaidi", [("Foreign Minister", 2020, NONE)])
P("Ali Abdullah Saleh", "YEM", "", [("President", 1978, 2012)])
P("Abd Rabbuh Mansur Hadi", "YEM", "Hadi|Abed Rabbo Mansour Hadi", [("President", 2012, 2022)])
P("Rashad al-Alimi", "YEM", "al-Alimi", [("Chairman of the Presidential Leadership Council", 2022, NONE)])
# ---- Europe (others) ----
P("Lech Kaczynski", "POL", "Lech Kaczyński", [("President", 2005, 2010)])
P("Jaroslaw Kaczynski", "POL", "Jarosław Kaczyński", [("Deputy Prime Minister", 2020, 2022), ("Deputy Prime Minister", 2023, 2023)])
P("Bronislaw Komorowski", "POL", "Komorowski|Bronisław Komorowski", [("President", 2010, 2015)])
P("Andrzej Duda", "POL", "Duda", [("President", 2015, 2025)])
P("Karol Nawrocki", "POL", "Nawrocki", [("President", 2025, NONE)])
P("Donald Tusk", "POL", "Tusk", [("Prime Minister", 2007, 2014), ("European Council President", 2014, 2019, "EU"),
                                 ("Prime Minister", 2023, NONE)])
P("Ewa Kopacz", "POL", "Kopacz", [("Prime Minister", 2014, 2015)])
P("Beata Szydlo", "POL", "Szydlo|Szydło|Beata Szydło", [("Prime Minister", 2015, 2017)])
P("Mateusz Morawiecki", "POL", "Morawiecki", [("Prime Minister", 2017, 2023)])
P("Radoslaw Sikorski", "POL", "Sikorski|Radosław Sikorski", [("Foreign Minister", 2007, 2014), ("Foreign Minister", 2023, NONE)])
P("Witold Waszczykowski", "POL", "Waszczykowski", [("Foreign Minister", 2015, 2018)])
P("Zbigniew Rau", "POL", "", [("Foreign Minister", 2020, 2023)])
P("Antoni Macierewicz", "POL", "Macierewicz", [("Defence Minister", 2015, 2018)])
P("Mariusz Blaszczak", "POL", "Blaszczak|Błaszczak|Mariusz Błaszczak", [("Defence Minister", 2018, 2023)])
P("Wladyslaw Kosiniak-Kamysz", "POL", "Kosiniak-Kamysz|Władysław Kosiniak-Kamysz", [("Deputy Prime Minister and Defence Minister", 2023, NONE)])
P("Viktor Orban", "HUN", "Orban|Orbán|Viktor Orbán", [("Prime Minister", 2010, NONE)])
P("Peter Szijjarto", "HUN", "Szijjarto|Szijjártó|Péter Szijjártó", [("Foreign Minister", 2014, NONE)])
P("Janos Ader", "HUN", "Ader|Áder|János Áder", [("President", 2012, 2022)])
P("Katalin Novak", "HUN", "Katalin Novák", [("President", 2022, 2024)])
P("Tamas Sulyok", "HUN", "Sulyok|Tamás Sulyok", [("President", 2024, NONE)])
P("Viktor Yushchenko", "UKR", "Yushchenko", [("President", 2005, 2010)])
P("Viktor Yanukovych", "UKR", "Yanukovych", [("President", 2010, 2014)])
P("Oleksandr Turchynov", "UKR", "Turchynov", [("Acting President", 2014, 2014)])
P("Petro Poroshenko", "UKR", "Poroshenko", [("President", 2014, 2019)])
P("Volodymyr Zelensky", "UKR", "Zelensky|Zelenskyy|Zelenskiy|Volodymyr Zelenskyy|Volodymyr Zelenskiy|Zelenski",
  [("President", 2019, NONE)])
P("Yulia Tymoshenko", "UKR", "Tymoshenko", [("Prime Minister", 2007, 2010)])
P("Mykola Azarov", "UKR", "Azarov", [("Prime Minister", 2010, 2014)])
P("Arseniy Yatsenyuk", "UKR", "Yatsenyuk", [("Prime Minister", 2014, 2016)])
P("Volodymyr Groysman", "UKR", "Groysman", [("Prime Minister", 2016, 2019)])
P("Denys Shmyhal", "UKR", "Shmyhal", [("Prime Minister", 2020, 2025), ("Defence Minister", 2025, NONE)])
P("Yulia Svyrydenko", "UKR", "Svyrydenko", [("Economy Minister", 2021, 2025), ("Prime Minister", 2025, NONE)])
P("Pavlo Klimkin", "UKR", "Klimkin", [("Foreign Minister", 2014, 2019)])
P("Dmytro Kuleba", "UKR", "Kuleba", [("Foreign Minister", 2020, 2024)])
P("Andrii Sybiha", "UKR", "Sybiha|Andriy Sybiha", [("Foreign Minister", 2024, NONE)])
P("Oleksii Reznikov", "UKR", "Reznikov|Oleksiy Reznikov", [("Defence Minister", 2021, 2023)])
P("Rustem Umerov", "UKR", "Umerov", [("Defence Minister", 2023, 2025), ("Secretary of the National Security and Defence Council", 2025, NONE)])
P("Andriy Yermak", "UKR", "Yermak|Andrii Yermak", [("Head of the Presidential Office", 2020, 2025)])
P("Valerii Zaluzhnyi", "UKR", "Zaluzhnyi|Zaluzhny|Valery Zaluzhny", [("Commander-in-Chief of the Armed Forces", 2021, 2024),
                                                                      ("Ambassador to the United Kingdom", 2024, NONE)],
  title="Commander-in-Chief of the Armed Forces")
P("Oleksandr Syrskyi", "UKR", "Syrskyi|Syrsky", [("Commander-in-Chief of the Armed Forces", 2024, NONE)])
P("Kyrylo Budanov", "UKR", "Budanov", [("Military Intelligence Chief", 2020, NONE)])
P("Alexander Lukashenko", "BLR", "Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka|Lukashenka", [("President", 1994, NONE)])
P("Vladimir Makei", "BLR", "Makei", [("Foreign Minister", 2012, 2022)])
P("Maxim Ryzhenkov", "BLR", "Ryzhenkov", [("Foreign Minister", 2024, NONE)])
P("Viktor Khrenin", "BLR", "Khrenin", [("Defence Minister", 2020, NONE)])
P("George Papandreou", "GRC", "Papandreou", [("Prime Minister", 2009, 2011)])
P("Antonis Samaras", "GRC", "Samaras", [("Prime Minister", 2012, 2015)])
P("Alexis Tsipras", "GRC", "Tsipras", [("Prime Minister", 2015, 2019)])
P("Kyriakos Mitsotakis", "GRC", "Mitsotakis", [("Prime Minister", 2019, NONE)])
P("Mette Frederiksen", "DNK", "Frederiksen", [("Prime Minister", 2019, NONE)])
P("Lars Lokke Rasmussen", "DNK", "Lokke Rasmussen|Løkke Rasmussen|Lars Løkke Rasmussen", [("Prime Minister", 2009, 2011),
                                                                                          ("Prime Minister", 2015, 2019),
                                                                                          ("Foreign Minister", 2022, NONE)])
P("Mute Egede", "GRL", "Egede|Múte Egede|Mute B. Egede", [("Premier", 2021, 2025)])
P("Jens-Frederik Nielsen", "GRL", "", [("Premier", 2025, NONE)])
P("Jonas Gahr Store", "NOR", "Støre|Gahr Støre|Jonas Gahr Støre", [("Foreign Minister", 2005, 2012), ("Prime Minister", 2021, NONE)])
P("Erna Solberg", "NOR", "Solberg", [("Prime Minister", 2013, 2021)])
P("Stefan Lofven", "SWE", "Lofven|Löfven|Stefan Löfven", [("Prime Minister", 2014, 2021)])
P("Magdalena Andersson", "SWE", "", [("Prime Minister", 2021, 2022)])
P("Ulf Kristersson", "SWE", "Kristersson", [("Prime Minister", 2022, NONE)])
P("Sauli Niinisto", "FIN", "Niinisto|Niinistö|Sauli Niinistö", [("President", 2012, 2024)])
P("Alexander Stubb", "FIN", "Stubb", [("Prime Minister", 2014, 2015), ("President", 2024, NONE)])
P("Sanna Marin", "FIN", "", [("Prime Minister", 2019, 2023)])
P("Petteri Orpo", "FIN", "Orpo", [("Prime Minister", 2023, NONE)])
P("Elina Valtonen", "FIN", "Valtonen", [("Foreign Minister", 2023, NONE)])
P("Gitanas Nauseda", "LTU", "Nauseda|Nausėda|Gitanas Nausėda", [("President", 2019, NONE)])
P("Dalia Grybauskaite", "LTU", "Grybauskaite|Grybauskaitė|Dalia Grybauskaitė", [("President", 2009, 2019)])
P("Gabrielius Landsbergis", "LTU", "Landsbergis", [("Foreign Minister", 2020, 2024)])
P("Edgars Rinkevics", "LVA", "Rinkevics|Rinkēvičs|Edgars Rinkēvičs", [("Foreign Minister", 2011, 2023), ("President", 2023, NONE)])
P("Klaus Iohannis", "ROU", "Iohannis", [("President", 2014, 2025)])
P("Nicusor Dan", "ROU", "Nicușor Dan", [("President", 2025, NONE)])
P("Milos Zeman", "CZE", "Zeman|Miloš Zeman", [("President", 2013, 2023)])
P("Petr Pavel", "CZE", "", [("President", 2023, NONE)])
P("Petr Fiala", "CZE", "Fiala", [("Prime Minister", 2021, 2025)])
P("Andrej Babis", "CZE", "Babis|Babiš|Andrej Babiš", [("Prime Minister", 2017, 2021), ("Prime Minister", 2025, NONE)])
P("Robert Fico", "SVK", "Fico", [("Prime Minister", 2006, 2010), ("Prime Minister", 2012, 2018), ("Prime Minister", 2023, NONE)])
P("Aleksandar Vucic", "SRB", "Vucic|Vučić|Aleksandar Vučić", [("Prime Minister", 2014, 2017), ("President", 2017, NONE)])
P("Hashim Thaci", "XKX", "Thaci|Thaçi|Hashim Thaçi", [("Prime Minister", 2008, 2014), ("President", 2016, 2020)])
P("Albin Kurti", "XKX", "Kurti", [("Prime Minister", 2020, NONE)])
P("Vjosa Osmani", "XKX", "Osmani", [("President", 2021, NONE)])
P("Maia Sandu", "MDA", "Sandu", [("President", 2020, NONE)])
P("Mikheil Saakashvili", "GEO", "Saakashvili", [("President", 2004, 2013)])
P("Bidzina Ivanishvili", "GEO", "Ivanishvili", [("Prime Minister", 2012, 2013)])
P("Salome Zourabichvili", "GEO", "Zourabichvili", [("President", 2018, 2024)])
P("Mikheil Kavelashvili", "GEO", "Kavelashvili", [("President", 2024, NONE)])
P("Irakli Kobakhidze", "GEO", "Kobakhidze", [("Prime Minister", 2024, NONE)])
P("Nikol Pashinyan", "ARM", "Pashinyan", [("Prime Minister", 2018, NONE)])
P("Serzh Sargsyan", "ARM", "Serzh Sarkisian", [("President", 2008, 2018)])
P("Ilham Aliyev", "AZE", "Aliyev", [("President", 2003, NONE)])
P("Jeyhun Bayramov", "AZE", "Bayramov", [("Foreign Minister", 2020, NONE)])
P("Nursultan Nazarbayev", "KAZ", "Nazarbayev", [("President", 1990, 2019)])
P("Kassym-Jomart Tokayev", "KAZ", "Tokayev", [("President", 2019, NONE)])
P("Islam Karimov", "UZB", "Karimov", [("President", 1990, 2016)])
P("Shavkat Mirziyoyev", "UZB", "Mirziyoyev", [("President", 2016, NONE)])
P("Pope Benedict XVI", "VAT", "Benedict XVI", [("Pope", 2005, 2013)])
P("Pope Francis", "VAT", "Jorge Mario Bergoglio", [("Pope", 2013, 2025)])
P("Pope Leo XIV", "VAT", "Leo XIV|Robert Prevost|Robert Francis Prevost", [("Pope", 2025, NONE)])
# ---- Asia (others) ----
P("Joko Widodo", "IDN", "Jokowi|Widodo", [("President", 2014, 2024)])
P("Susilo Bambang Yudhoyono", "IDN", "Yudhoyono|SBY", [("President", 2004, 2014)])
P("Prabowo Subianto", "IDN", "Prabowo", [("Defence Minister", 2019, 2024), ("President", 2024, NONE)])
P("Marty Natalegawa", "IDN", "Natalegawa", [("Foreign Minister", 2009, 2014)])
P("Retno Marsudi", "IDN", "Retno|Marsudi", [("Foreign Minister", 2014, 2024)])
P("Sugiono", "IDN", "", [("Foreign Minister", 2024, NONE)])
P("Sjafrie Sjamsoeddin", "IDN", "Sjafrie", [("Defence Minister", 2024, NONE)])
P("Gloria Macapagal Arroyo", "PHL", "Arroyo|Gloria Arroyo", [("President", 2001, 2010)])
P("Benigno Aquino III", "PHL", "Aquino|Noynoy Aquino|Benigno Aquino", [("President", 2010, 2016)])
P("Rodrigo Duterte", "PHL", "", [("President", 2016, 2022)])
P("Ferdinand Marcos Jr.", "PHL", "Marcos|Ferdinand Marcos Jr|Bongbong Marcos", [("President", 2022, NONE)])
P("Sara Duterte", "PHL", "", [("Vice President", 2022, NONE)])
P("Albert del Rosario", "PHL", "", [("Foreign Secretary", 2011, 2016)])
P("Teodoro Locsin Jr.", "PHL", "Locsin|Teodoro Locsin", [("Foreign Secretary", 2018, 2022)])
P("Enrique Manalo", "PHL", "Manalo", [("Foreign Secretary", 2022, 2025)])
P("Theresa Lazaro", "PHL", "Ma. Theresa Lazaro", [("Foreign Secretary", 2025, NONE)])
P("Delfin Lorenzana", "PHL", "Lorenzana", [("Defense Secretary", 2016, 2022)])
P("Gilberto Teodoro", "PHL", "Gilberto Teodoro Jr.|Gibo Teodoro", [("Defense Secretary", 2023, NONE)])
P("Nguyen Tan Dung", "VNM", "Nguyễn Tấn Dũng", [("Prime Minister", 2006, 2016)])
P("Nguyen Xuan Phuc", "VNM", "Nguyễn Xuân Phúc", [("Prime Minister", 2016, 2021), ("President", 2021, 2023)])
P("Pham Minh Chinh", "VNM", "Phạm Minh Chính", [("Prime Minister", 2021, NONE)])
P("Nguyen Phu Trong", "VNM", "Nguyễn Phú Trọng", [("General Secretary of the Communist Party", 2011, 2024), ("President", 2018, 2021)],
  title="General Secretary of the Communist Party")
P("Truong Tan Sang", "VNM", "Trương Tấn Sang", [("President", 2011, 2016)])
P("Tran Dai Quang", "VNM", "Trần Đại Quang", [("President", 2016, 2018)])
P("Vo Van Thuong", "VNM", "Võ Văn Thưởng", [("President", 2023, 2024)])
P("To Lam", "VNM", "Tô Lâm", [("President", 2024, 2024), ("General Secretary of the Communist Party", 2024, NONE)])
P("Luong Cuong", "VNM", "Lương Cường", [("President", 2024, NONE)])
P("Pham Binh Minh", "VNM", "Phạm Bình Minh", [("Foreign Minister", 2011, 2021)])
P("Bui Thanh Son", "VNM", "Bùi Thanh Sơn", [("Foreign Minister", 2021, NONE)])
P("Phan Van Giang", "VNM", "Phan Văn Giang", [("Defence Minister", 2021, NONE)])
P("Najib Razak", "MYS", "Najib", [("Prime Minister", 2009, 2018)])
P("Mahathir Mohamad", "MYS", "Mahathir", [("Prime Minister", 2018, 2020)])
P("Muhyiddin Yassin", "MYS", "Muhyiddin", [("Prime Minister", 2020, 2021)])
P("Ismail Sabri Yaakob", "MYS", "Ismail Sabri", [("Prime Minister", 2021, 2022)])
P("Anwar Ibrahim", "MYS", "Anwar", [("Prime Minister", 2022, NONE)])
P("Lee Hsien Loong", "SGP", "", [("Prime Minister", 2004, 2024)])
P("Lawrence Wong", "SGP", "", [("Prime Minister", 2024, NONE)])
P("Vivian Balakrishnan", "SGP", "Balakrishnan", [("Foreign Minister", 2015, NONE)])
P("Hun Sen", "KHM", "", [("Prime Minister", 1985, 2023)])
P("Hun Manet", "KHM", "", [("Prime Minister", 2023, NONE)])
P("Abhisit Vejjajiva", "THA", "Abhisit", [("Prime Minister", 2008, 2011)])
P("Yingluck Shinawatra", "THA", "Yingluck", [("Prime Minister", 2011, 2014)])
P("Prayut Chan-o-cha", "THA", "Prayut|Prayuth|Prayuth Chan-ocha", [("Prime Minister", 2014, 2023)])
P("Srettha Thavisin", "THA", "Srettha", [("Prime Minister", 2023, 2024)])
P("Paetongtarn Shinawatra", "THA", "Paetongtarn", [("Prime Minister", 2024, 2025)])
P("Anutin Charnvirakul", "THA", "Anutin", [("Prime Minister", 2025, NONE)])
P("Thein Sein", "MMR", "", [("President", 2011, 2016)])
P("Aung San Suu Kyi", "MMR", "Suu Kyi", [("State Counsellor", 2016, 2021)])
P("Min Aung Hlaing", "MMR", "", [("Commander-in-Chief", 2011, NONE), ("Chairman of the State Administration Council", 2021, 2025),
                                 ("Acting President", 2024, NONE)], title="Commander-in-Chief")
P("Sheikh Hasina", "BGD", "Hasina|Sheikh Hasina Wazed", [("Prime Minister", 2009, 2024)])
P("Muhammad Yunus", "BGD", "Yunus", [("Chief Adviser", 2024, NONE)])
P("Ranil Wickremesinghe", "LKA", "Wickremesinghe", [("Prime Minister", 2015, 2019), ("President", 2022, 2024)])
P("Anura Kumara Dissanayake", "LKA", "Dissanayake", [("President", 2024, NONE)])
P("Hamid Karzai", "AFG", "Karzai", [("President", 2001, 2014)])
P("Ashraf Ghani", "AFG", "Ghani", [("President", 2014, 2021)])
P("Abdullah Abdullah", "AFG", "", [("Chief Executive", 2014, 2020)])
P("Hibatullah Akhundzada", "AFG", "Akhundzada|Haibatullah Akhundzada", [("Taliban Supreme Leader", 2016, NONE)])
P("Amir Khan Muttaqi", "AFG", "Muttaqi", [("Taliban Foreign Minister", 2021, NONE)])
P("Asif Ali Zardari", "PAK", "Asif Zardari", [("President", 2008, 2013), ("President", 2024, NONE)])
P("Yousaf Raza Gilani", "PAK", "Gilani", [("Prime Minister", 2008, 2012)])
P("Nawaz Sharif", "PAK", "", [("Prime Minister", 2013, 2017)])
P("Shahid Khaqan Abbasi", "PAK", "", [("Prime Minister", 2017, 2018)])
P("Imran Khan", "PAK", "", [("Prime Minister", 2018, 2022)])
P("Shehbaz Sharif", "PAK", "Shehbaz|Shahbaz Sharif", [("Prime Minister", 2022, 2023), ("Prime Minister", 2024, NONE)])
P("Anwaar-ul-Haq Kakar", "PAK", "Kakar", [("Caretaker Prime Minister", 2023, 2024)])
P("Arif Alvi", "PAK", "Alvi", [("President", 2018, 2023)])
P("Shah Mehmood Qureshi", "PAK", "Shah Mahmood Qureshi", [("Foreign Minister", 2008, 2011), ("Foreign Minister", 2018, 2022)])
P("Hina Rabbani Khar", "PAK", "", [("Foreign Minister", 2011, 2013)])
P("Khawaja Asif", "PAK", "Khawaja Muhammad Asif", [("Defence Minister", 2013, 2017), ("Foreign Minister", 2017, 2018),
                                                   ("Defence Minister", 2022, 2023), ("Defence Minister", 2024, NONE)])
P("Bilawal Bhutto Zardari", "PAK", "Bilawal|Bilawal Bhutto", [("Foreign Minister", 2022, 2023)])
P("Ishaq Dar", "PAK", "", [("Finance Minister", 2013, 2017), ("Foreign Minister", 2024, NONE)])
P("Qamar Javed Bajwa", "PAK", "Bajwa", [("Chief of Army Staff", 2016, 2022)])
P("Asim Munir", "PAK", "Syed Asim Munir", [("Chief of Army Staff", 2022, NONE)])
# ---- Africa ----
P("Muammar Gaddafi", "LBY", "Gaddafi|Qaddafi|Kadhafi|Muammar al-Qaddafi|Moammar Gadhafi|Gadhafi", [("Leader", 1969, 2011)])
P("Fayez al-Sarraj", "LBY", "al-Sarraj|Sarraj", [("Prime Minister", 2016, 2021)])
P("Abdul Hamid Dbeibah", "LBY", "Dbeibah|Abdulhamid Dbeibah", [("Prime Minister", 2021, NONE)])
P("Khalifa Haftar", "LBY", "Haftar|Hifter", [("Libyan National Army Commander", 2014, NONE)])
P("Omar al-Bashir", "SDN", "al-Bashir|Omar Hassan al-Bashir", [("President", 1989, 2019)])
P("Abdel Fattah al-Burhan", "SDN", "al-Burhan|Burhan", [("Chairman of the Sovereignty Council", 2019, NONE)])
P("Mohamed Hamdan Dagalo", "SDN", "Hemedti|Hemeti", [("Rapid Support Forces Commander", 2013, NONE)])
P("Abdalla Hamdok", "SDN", "Hamdok", [("Prime Minister", 2019, 2022)])
P("Salva Kiir", "SSD", "Kiir|Salva Kiir Mayardit", [("President", 2011, NONE)])
P("Meles Zenawi", "ETH", "Meles", [("Prime Minister", 1995, 2012)])
P("Hailemariam Desalegn", "ETH", "Hailemariam", [("Prime Minister", 2012, 2018)])
P("Abiy Ahmed", "ETH", "Abiy", [("Prime Minister", 2018, NONE)])
P("Umaru Yar'Adua", "NGA", "Yar'Adua|Umaru Musa Yar'Adua", [("President", 2007, 2010)])
P("Goodluck Jonathan", "NGA", "", [("President", 2010, 2015)])
P("Muhammadu Buhari", "NGA", "Buhari", [("President", 2015, 2023)])
P("Bola Tinubu", "NGA", "Tinubu|Bola Ahmed Tinubu", [("President", 2023, NONE)])
P("Uhuru Kenyatta", "KEN", "Kenyatta", [("President", 2013, 2022)])
P("William Ruto", "KEN", "Ruto", [("Deputy President", 2013, 2022), ("President", 2022, NONE)])
P("Yoweri Museveni", "UGA", "Museveni", [("President", 1986, NONE)])
P("Paul Kagame", "RWA", "Kagame", [("President", 2000, NONE)])
P("Joseph Kabila", "COD", "Kabila", [("President", 2001, 2019)])
P("Felix Tshisekedi", "COD", "Tshisekedi|Félix Tshisekedi", [("President", 2019, NONE)])
P("Robert Mugabe", "ZWE", "Mugabe", [("President", 1987, 2017)])
P("Emmerson Mnangagwa", "ZWE", "Mnangagwa", [("President", 2017, NONE)])
P("Abdelaziz Bouteflika", "DZA", "Bouteflika", [("President", 1999, 2019)])
P("Abdelmadjid Tebboune", "DZA", "Tebboune", [("President", 2019, NONE)])
P("King Mohammed VI", "MAR", "Mohammed VI", [("King", 1999, NONE)])
P("Zine El Abidine Ben Ali", "TUN", "Ben Ali", [("President", 1987, 2011)])
P("Kais Saied", "TUN", "Saied|Kais Saïed", [("President", 2019, NONE)])
P("Assimi Goita", "MLI", "Goita|Goïta|Assimi Goïta", [("Transitional President", 2021, NONE)])
P("Ibrahim Traore", "BFA", "Ibrahim Traoré", [("Transitional President", 2022, NONE)])
P("Abdourahamane Tiani", "NER", "Tiani|Abdourahamane Tchiani", [("Head of State", 2023, NONE)])
P("Mohamed Bazoum", "NER", "Bazoum", [("President", 2021, 2023)])
P("Kgalema Motlanthe", "ZAF", "Motlanthe", [("President", 2008, 2009)])
P("Jacob Zuma", "ZAF", "Zuma", [("President", 2009, 2018)])
P("Cyril Ramaphosa", "ZAF", "Ramaphosa", [("Deputy President", 2014, 2018), ("President", 2018, NONE)])
P("Maite Nkoana-Mashabane", "ZAF", "Nkoana-Mashabane", [("Foreign Minister", 2009, 2018)])
P("Lindiwe Sisulu", "ZAF", "", [("Foreign Minister", 2018, 2019)])
P("Naledi Pandor", "ZAF", "Pandor", [("Foreign Minister", 2019, 2024)])
P("Ronald Lamola", "ZAF", "Lamola", [("Foreign Minister", 2024, NONE)])
P("Rob Davies", "ZAF", "", [("Trade and Industry Minister", 2009, 2019)])
P("Parks Tau", "ZAF", "", [("Trade, Industry and Competition Minister", 2024, NONE)])
# ---- Latin America ----
P("Cristina Fernandez de Kirchner", "ARG", "Kirchner|Fernandez de Kirchner|Fernández de Kirchner|Cristina Kirchner|Cristina Fernández de Kirchner",
  [("President", 2007, 2015), ("Vice President", 2019, 2023)], title="President")
P("Mauricio Macri", "ARG", "Macri", [("President", 2015, 2019)])
P("Alberto Fernandez", "ARG", "Alberto Fernández", [("President", 2019, 2023)])
P("Javier Milei", "ARG", "Milei", [("President", 2023, NONE)])
P("Hector Timerman", "ARG", "Timerman|Héctor Timerman", [("Foreign Minister", 2010, 2015)])
P("Susana Malcorra", "ARG", "Malcorra", [("Foreign Minister", 2015, 2017)])
P("Santiago Cafiero", "ARG", "Cafiero", [("Foreign Minister", 2021, 2023)])
P("Diana Mondino", "ARG", "Mondino", [("Foreign Minister", 2023, 2024)])
P("Gerardo Werthein", "ARG", "Werthein", [("Foreign Minister", 2024, 2025)])
P("Pablo Quirno", "ARG", "Quirno", [("Foreign Minister", 2025, NONE)])
P("Luis Petri", "ARG", "Petri", [("Defence Minister", 2023, 2025)])
P("Luis Caputo", "ARG", "Caputo", [("Economy Minister", 2023, NONE)])
P("Hugo Chavez", "VEN", "Chavez|Chávez|Hugo Chávez", [("President", 1999, 2013)])
P("Nicolas Maduro", "VEN", "Maduro|Nicolás Maduro", [("Foreign Minister", 2006, 2013), ("President", 2013, NONE)])
P("Juan Guaido", "VEN", "Guaido|Guaidó|Juan Guaidó", [("National Assembly President", 2019, 2021)])
P("Delcy Rodriguez", "VEN", "Delcy Rodríguez", [("Foreign Minister", 2014, 2017), ("Vice President", 2018, NONE)])
P("Jorge Arreaza", "VEN", "Arreaza", [("Foreign Minister", 2017, 2021)])
P("Yvan Gil", "VEN", "Yván Gil", [("Foreign Minister", 2023, NONE)])
P("Vladimir Padrino Lopez", "VEN", "Padrino Lopez|Padrino López|Vladimir Padrino López", [("Defence Minister", 2014, NONE)])
P("Raul Castro", "CUB", "Raúl Castro", [("President", 2008, 2018), ("First Secretary of the Communist Party", 2011, 2021)],
  title="President")
P("Miguel Diaz-Canel", "CUB", "Diaz-Canel|Díaz-Canel|Miguel Díaz-Canel", [("President", 2018, NONE)])
P("Bruno Rodriguez Parrilla", "CUB", "Bruno Rodríguez|Bruno Rodriguez|Bruno Rodríguez Parrilla", [("Foreign Minister", 2009, NONE)])
P("Alvaro Uribe", "COL", "Uribe|Álvaro Uribe", [("President", 2002, 2010)])
P("Juan Manuel Santos", "COL", "", [("President", 2010, 2018)])
P("Ivan Duque", "COL", "Duque|Iván Duque", [("President", 2018, 2022)])
P("Gustavo Petro", "COL", "Petro", [("President", 2022, NONE)])
P("Sebastian Pinera", "CHL", "Pinera|Piñera|Sebastián Piñera", [("President", 2010, 2014), ("President", 2018, 2022)])
P("Gabriel Boric", "CHL", "Boric", [("President", 2022, NONE)])
P("Evo Morales", "BOL", "", [("President", 2006, 2019)])
P("Luis Arce", "BOL", "", [("President", 2020, 2025)])
P("Rodrigo Paz", "BOL", "Rodrigo Paz Pereira", [("President", 2025, NONE)])
P("Rafael Correa", "ECU", "Correa", [("President", 2007, 2017)])
P("Daniel Noboa", "ECU", "Noboa", [("President", 2023, NONE)])
P("Daniel Ortega", "NIC", "", [("President", 2007, NONE)])
P("Nayib Bukele", "SLV", "Bukele", [("President", 2019, NONE)])
P("Jose Raul Mulino", "PAN", "Mulino|José Raúl Mulino", [("President", 2024, NONE)])
P("Bernardo Arevalo", "GTM", "Arevalo|Arévalo|Bernardo Arévalo", [("President", 2024, NONE)])
P("Pedro Castillo", "PER", "", [("President", 2021, 2022)])
P("Dina Boluarte", "PER", "Boluarte", [("President", 2022, 2025)])
# ---- Heads of state/government (2024-2025) and foreign ministers (2025) of the remaining states ----
# -- Africa --
P("Joao Lourenco", "AGO", "João Lourenço|Lourenço", [("President", 2017, NONE)])
P("Tete Antonio", "AGO", "Téte António", [("Foreign Minister", 2020, NONE)])
P("Evariste Ndayishimiye", "BDI", "Ndayishimiye|Évariste Ndayishimiye", [("President", 2020, NONE)])
P("Gervais Ndirakobuca", "BDI", "Ndirakobuca", [("Prime Minister", 2022, 2025)])
P("Nestor Ntahontuye", "BDI", "Ntahontuye", [("Prime Minister", 2025, NONE)])
P("Albert Shingiro", "BDI", "Shingiro", [("Foreign Minister", 2020, 2025)])
P("Edouard Bizimana", "BDI", "Édouard Bizimana", [("Foreign Minister", 2025, NONE)])
P("Patrice Talon", "BEN", "", [("President", 2016, NONE)])
P("Olushegun Adjadi Bakari", "BEN", "Shegun Adjadi Bakari|Shegun Bakari", [("Foreign Minister", 2023, NONE)])
P("Mokgweetsi Masisi", "BWA", "", [("President", 2018, 2024)])
P("Duma Boko", "BWA", "", [("President", 2024, NONE)])
P("Phenyo Butale", "BWA", "Butale", [("Foreign Minister", 2024, NONE)])
P("Apollinaire Joachim Kyelem de Tambela", "BFA", "Kyelem de Tambela|Kyélem de Tambèla|Apollinaire Kyélem de Tambèla|Apollinaire Joachim Kyélem de Tambèla",
  [("Prime Minister", 2022, 2024)])
P("Rimtalba Jean Emmanuel Ouedraogo", "BFA", "Rimtalba Jean Emmanuel Ouédraogo|Jean Emmanuel Ouédraogo", [("Prime Minister", 2024, NONE)])
P("Karamoko Jean-Marie Traore", "BFA", "Karamoko Jean-Marie Traoré|Jean-Marie Traoré", [("Foreign Minister", 2023, NONE)])
P("Jose Maria Neves", "CPV", "José Maria Neves", [("Prime Minister", 2001, 2016), ("President", 2021, NONE)])
P("Ulisses Correia e Silva", "CPV", "Correia e Silva", [("Prime Minister", 2016, NONE)])
P("Paul Biya", "CMR", "Biya", [("President", 1982, NONE)])
P("Joseph Dion Ngute", "CMR", "Dion Ngute", [("Prime Minister", 2019, NONE)])
P("Lejeune Mbella Mbella", "CMR", "Mbella Mbella", [("Foreign Minister", 2015, NONE)])
P("Faustin-Archange Touadera", "CAF", "Touadera|Touadéra|Faustin-Archange Touadéra", [("President", 2016, NONE)])
P("Felix Moloua", "CAF", "Moloua|Félix Moloua", [("Prime Minister", 2022, NONE)])
P("Sylvie Baipo-Temon", "CAF", "Baipo-Temon|Baïpo-Temon|Sylvie Baïpo-Temon", [("Foreign Minister", 2018, NONE)])
P("Mahamat Idriss Deby", "TCD", "Mahamat Idriss Déby|Mahamat Deby|Mahamat Déby|Mahamat Idriss Deby Itno|Mahamat Idriss Déby Itno",
  [("Transitional President", 2021, 2024), ("President", 2024, NONE)])
P("Succes Masra", "TCD", "Succès Masra|Masra", [("Prime Minister", 2024, 2024)])
P("Allamaye Halina", "TCD", "", [("Prime Minister", 2024, NONE)])
P("Abderaman Koulamallah", "TCD", "Koulamallah|Abderamane Koulamallah", [("Foreign Minister", 2024, 2025)])
P("Abdoulaye Sabre Fadoul", "TCD", "Sabre Fadoul", [("Foreign Minister", 2025, NONE)])
P("Azali Assoumani", "COM", "Azali|Assoumani", [("President", 1999, 2006), ("President", 2016, NONE)])
P("Denis Sassou Nguesso", "COG", "Sassou Nguesso|Sassou-Nguesso|Denis Sassou-Nguesso", [("President", 1979, 1992), ("President", 1997, NONE)])
P("Anatole Collinet Makosso", "COG", "Collinet Makosso|Makosso", [("Prime Minister", 2021, NONE)])
P("Jean-Claude Gakosso", "COG", "Gakosso", [("Foreign Minister", 2015, NONE)])
P("Jean-Michel Sama Lukonde", "COD", "Sama Lukonde|Sama Lukonde Kyenge", [("Prime Minister", 2021, 2024)])
P("Judith Suminwa", "COD", "Suminwa|Judith Suminwa Tuluka", [("Prime Minister", 2024, NONE)])
P("Therese Kayikwamba Wagner", "COD", "Thérèse Kayikwamba Wagner|Kayikwamba Wagner|Kayikwamba", [("Foreign Minister", 2024, NONE)])
P("Ismail Omar Guelleh", "DJI", "Guelleh", [("President", 1999, NONE)])
P("Abdoulkader Kamil Mohamed", "DJI", "", [("Prime Minister", 2013, NONE)])
P("Abdoulkader Houssein Omar", "DJI", "", [("Foreign Minister", 2025, NONE)])
P("Teodoro Obiang Nguema Mbasogo", "GNQ", "Teodoro Obiang|Teodoro Obiang Nguema|Obiang Nguema|Obiang Nguema Mbasogo", [("President", 1979, NONE)])
P("Manuela Roka Botey", "GNQ", "Roka Botey", [("Prime Minister", 2023, 2024)])
P("Manuel Osa Nsue Nsua", "GNQ", "", [("Prime Minister", 2024, NONE)])
P("Isaias Afwerki", "ERI", "Afwerki|Afewerki|Isaias Afewerki|Isayas Afewerki", [("President", 1993, NONE)])
P("Osman Saleh", "ERI", "Osman Saleh Mohammed", [("Foreign Minister", 2007, NONE)])
P("King Mswati III", "SWZ", "Mswati III|Mswati", [("King", 1986, NONE)])
P("Russell Dlamini", "SWZ", "Russell Mmiso Dlamini", [("Prime Minister", 2023, NONE)])
P("Pholile Shakantu", "SWZ", "Shakantu", [("Foreign Minister", 2023, NONE)])
P("Sahle-Work Zewde", "ETH", "Sahle-Work|Sahlework Zewde", [("President", 2018, 2024)])
P("Taye Atske Selassie", "ETH", "Taye Atske-Selassie", [("Foreign Minister", 2024, 2024), ("President", 2024, NONE)])
P("Gedion Timothewos", "ETH", "Gedion Timothewos Hessebon", [("Foreign Minister", 2024, NONE)])
P("Brice Oligui Nguema", "GAB", "Oligui Nguema|Oligui|Brice Clotaire Oligui Nguema", [("Transitional President", 2023, 2025), ("President", 2025, NONE)])
P("Raymond Ndong Sima", "GAB", "Ndong Sima", [("Prime Minister", 2012, 2014), ("Prime Minister", 2023, 2025)])
P("Alexandre Barro Chambrier", "GAB", "Barro Chambrier|Hugues Alexandre Barro Chambrier", [("Vice President of the Government", 2025, NONE)])
P("Adama Barrow", "GMB", "", [("President", 2017, NONE)])
P("Mamadou Tangara", "GMB", "", [("Foreign Minister", 2018, 2025)])
P("Sering Modou Njie", "GMB", "", [("Defence Minister", 2022, 2025), ("Foreign Minister", 2025, NONE)])
P("Nana Akufo-Addo", "GHA", "Akufo-Addo|Nana Addo Dankwa Akufo-Addo", [("Foreign Minister", 2003, 2007), ("President", 2017, 2025)])
P("John Dramani Mahama", "GHA", "Mahama|John Mahama", [("President", 2012, 2017), ("President", 2025, NONE)])
P("Shirley Ayorkor Botchwey", "GHA", "Ayorkor Botchwey|Botchwey", [("Foreign Minister", 2017, 2025), ("Commonwealth Secretary-General", 2025, NONE)],
  title="Foreign Minister")
P("Samuel Okudzeto Ablakwa", "GHA", "Okudzeto Ablakwa|Ablakwa", [("Foreign Minister", 2025, NONE)])
P("Mamadi Doumbouya", "GIN", "Doumbouya", [("Transitional President", 2021, NONE)])
P("Bernard Goumou", "GIN", "Goumou", [("Prime Minister", 2022, 2024)])
P("Amadou Oury Bah", "GIN", "", [("Prime Minister", 2024, NONE)])
P("Morissanda Kouyate", "GIN", "Morissanda Kouyaté", [("Foreign Minister", 2021, NONE)])
P("Umaro Sissoco Embalo", "GNB", "Embalo|Embaló|Umaro Sissoco Embaló|Umaro Embalo|Umaro Embaló", [("Prime Minister", 2016, 2018), ("President", 2020, 2025)])
P("Horta N'Tam", "GNB", "Horta Inta-A|Horta Nta Na Man", [("Transitional President", 2025, NONE)])
P("Rui Duarte de Barros", "GNB", "", [("Prime Minister", 2023, 2025)])
P("Ilidio Vieira Te", "GNB", "Ilídio Vieira Té", [("Prime Minister", 2025, NONE)])
P("Alassane Ouattara", "CIV", "Ouattara", [("Prime Minister", 1990, 1993), ("President", 2010, NONE)])
P("Robert Beugre Mambe", "CIV", "Robert Beugré Mambé|Beugré Mambé|Mambé", [("Prime Minister", 2023, NONE)])
P("Kacou Houadja Leon Adom", "CIV", "Kacou Houadja Léon Adom|Léon Kacou Adom", [("Foreign Minister", 2023, NONE)])
P("Musalia Mudavadi", "KEN", "Mudavadi", [("Prime Cabinet Secretary", 2022, NONE), ("Foreign Minister", 2023, NONE)])
P("King Letsie III", "LSO", "Letsie III", [("King", 1990, 1995), ("King", 1996, NONE)])
P("Sam Matekane", "LSO", "Matekane", [("Prime Minister", 2022, NONE)])
P("Lejone Mpotjoane", "LSO", "Mpotjoane", [("Foreign Minister", 2022, NONE)])
P("George Weah", "LBR", "", [("President", 2018, 2024)])
P("Joseph Boakai", "LBR", "Boakai|Joseph Nyuma Boakai", [("Vice President", 2006, 2018), ("President", 2024, NONE)])
P("Sara Beysolow Nyanti", "LBR", "Beysolow Nyanti|Nyanti", [("Foreign Minister", 2024, NONE)])
P("Mohamed al-Menfi", "LBY", "al-Menfi|Menfi|Mohammed al-Menfi|Mohamed Younis al-Menfi", [("Chairman of the Presidential Council", 2021, NONE)])
P("Andry Rajoelina", "MDG", "Rajoelina", [("President of the High Transitional Authority", 2009, 2014), ("President", 2019, 2025)])
P("Michael Randrianirina", "MDG", "Randrianirina", [("President", 2025, NONE)])
P("Christian Ntsay", "MDG", "Ntsay", [("Prime Minister", 2018, 2025)])
P("Ruphin Zafisambo", "MDG", "Zafisambo|Ruphin Fortunat Zafisambo", [("Prime Minister", 2025, 2025)])
P("Herintsalama Rajaonarivelo", "MDG", "", [("Prime Minister", 2025, NONE)])
P("Lazarus Chakwera", "MWI", "Chakwera", [("President", 2020, 2025)])
P("Peter Mutharika", "MWI", "Mutharika|Arthur Peter Mutharika", [("President", 2014, 2020), ("President", 2025, NONE)])
P("Nancy Tembo", "MWI", "", [("Foreign Minister", 2022, 2025)])
P("Choguel Kokalla Maiga", "MLI", "Choguel Kokalla Maïga|Choguel Maiga|Choguel Maïga|Choguel", [("Prime Minister", 2021, 2024)])
P("Abdoulaye Maiga", "MLI", "Abdoulaye Maïga", [("Prime Minister", 2022, 2022), ("Prime Minister", 2024, NONE)])
P("Abdoulaye Diop", "MLI", "", [("Foreign Minister", 2014, 2017), ("Foreign Minister", 2021, NONE)])
P("Mohamed Ould Ghazouani", "MRT", "Ghazouani|Mohamed Ould Cheikh El Ghazouani|Mohamed Ould El-Ghazouani|Mohamed Ould Ghazwani", [("President", 2019, NONE)])
P("Mohamed Ould Bilal", "MRT", "Ould Bilal|Mohamed Ould Bilal Messoud", [("Prime Minister", 2020, 2024)])
P("Mokhtar Ould Djay", "MRT", "Ould Djay|Moctar Ould Djay", [("Prime Minister", 2024, NONE)])
P("Prithvirajsing Roopun", "MUS", "Roopun|Pradeep Roopun", [("President", 2019, 2024)])
P("Dharam Gokhool", "MUS", "Gokhool|Dharambeer Gokhool", [("President", 2024, NONE)])
P("Pravind Jugnauth", "MUS", "Pravind Kumar Jugnauth", [("Prime Minister", 2017, 2024)])
P("Ritish Ramful", "MUS", "Ramful", [("Foreign Minister", 2024, NONE)])
P("Navin Ramgoolam", "MUS", "Ramgoolam|Navinchandra Ramgoolam", [("Prime Minister", 1995, 2000), ("Prime Minister", 2005, 2014), ("Prime Minister", 2024, NONE)])
P("Aziz Akhannouch", "MAR", "Akhannouch", [("Prime Minister", 2021, NONE)])
P("Nasser Bourita", "MAR", "Bourita", [("Foreign Minister", 2017, NONE)])
P("Filipe Nyusi", "MOZ", "Nyusi", [("Defence Minister", 2008, 2014), ("President", 2015, 2025)])
P("Daniel Chapo", "MOZ", "", [("President", 2025, NONE)])
P("Adriano Maleiane", "MOZ", "Maleiane", [("Prime Minister", 2022, 2025)])
P("Maria Benvinda Levi", "MOZ", "Benvinda Levi", [("Prime Minister", 2025, NONE)])
P("Veronica Macamo", "MOZ", "Verónica Macamo|Macamo", [("Foreign Minister", 2020, 2025)])
P("Maria Manuela Lucas", "MOZ", "", [("Foreign Minister", 2025, NONE)])
P("Hage Geingob", "NAM", "Geingob", [("Prime Minister", 1990, 2002), ("Prime Minister", 2012, 2015), ("President", 2015, 2024)])
P("Nangolo Mbumba", "NAM", "Mbumba", [("Vice President", 2018, 2024), ("President", 2024, 2025)])
P("Netumbo Nandi-Ndaitwah", "NAM", "Nandi-Ndaitwah", [("Foreign Minister", 2012, 2024), ("Vice President", 2024, 2025), ("President", 2025, NONE)])
P("Saara Kuugongelwa-Amadhila", "NAM", "Kuugongelwa-Amadhila|Kuugongelwa", [("Prime Minister", 2015, 2025)])
P("Elijah Ngurare", "NAM", "Ngurare", [("Prime Minister", 2025, NONE)])
P("Peya Mushelenga", "NAM", "Mushelenga", [("Foreign Minister", 2024, 2025)])
P("Selma Ashipala-Musavyi", "NAM", "Ashipala-Musavyi", [("Foreign Minister", 2025, NONE)])
P("Ali Lamine Zeine", "NER", "Lamine Zeine", [("Prime Minister", 2023, NONE)])
P("Bakary Yaou Sangare", "NER", "Bakary Yaou Sangaré", [("Foreign Minister", 2023, NONE)])
P("Yusuf Tuggar", "NGA", "Tuggar|Yusuf Maitama Tuggar", [("Foreign Minister", 2023, NONE)])
P("Edouard Ngirente", "RWA", "Ngirente|Édouard Ngirente", [("Prime Minister", 2017, 2025)])
P("Justin Nsengiyumva", "RWA", "", [("Prime Minister", 2025, NONE)])
P("Olivier Nduhungirehe", "RWA", "Nduhungirehe", [("Foreign Minister", 2024, NONE)])
P("Carlos Vila Nova", "STP", "", [("President", 2021, NONE)])
P("Patrice Trovoada", "STP", "Trovoada", [("Prime Minister", 2008, 2008), ("Prime Minister", 2010, 2012), ("Prime Minister", 2014, 2018),
                                         ("Prime Minister", 2022, 2025)])
P("Americo Ramos", "STP", "Américo Ramos", [("Prime Minister", 2025, NONE)])
P("Macky Sall", "SEN", "", [("Prime Minister", 2004, 2007), ("President", 2012, 2024)])
P("Bassirou Diomaye Faye", "SEN", "Diomaye Faye|Diomaye|Bassirou Diomaye Diakhar Faye", [("President", 2024, NONE)])
P("Amadou Ba", "SEN", "", [("Foreign Minister", 2019, 2020), ("Prime Minister", 2022, 2024)])
P("Sidiki Kaba", "SEN", "", [("Foreign Minister", 2017, 2019), ("Prime Minister", 2024, 2024)])
P("Ousmane Sonko", "SEN", "Sonko", [("Prime Minister", 2024, NONE)])
P("Yassine Fall", "SEN", "", [("Foreign Minister", 2024, 2025)])
P("Cheikh Niang", "SEN", "", [("Foreign Minister", 2025, NONE)])
P("Wavel Ramkalawan", "SYC", "Ramkalawan", [("President", 2020, 2025)])
P("Patrick Herminie", "SYC", "Herminie", [("President", 2025, NONE)])
P("Sylvestre Radegonde", "SYC", "Radegonde", [("Foreign Minister", 2020, 2025)])
P("Julius Maada Bio", "SLE", "Maada Bio", [("President", 2018, NONE)])
P("Timothy Musa Kabba", "SLE", "Timothy Kabba", [("Foreign Minister", 2023, NONE)])
P("Hassan Sheikh Mohamud", "SOM", "Hassan Sheikh", [("President", 2012, 2017), ("President", 2022, NONE)])
P("Hamza Abdi Barre", "SOM", "Hamza Barre", [("Prime Minister", 2022, NONE)])
P("Ahmed Moallim Fiqi", "SOM", "Fiqi|Ahmed Moalim Fiqi", [("Foreign Minister", 2024, 2025), ("Defence Minister", 2025, NONE)])
P("Abdisalam Abdi Ali", "SOM", "Abdisalam Abdi Ali Dhay", [("Foreign Minister", 2025, NONE)])
P("Kamil Idris", "SDN", "Kamil Eltayeb Idris", [("Prime Minister", 2025, NONE)])
P("Samia Suluhu Hassan", "TZA", "Samia Suluhu|Suluhu Hassan|Suluhu", [("Vice President", 2015, 2021), ("President", 2021, NONE)])
P("Kassim Majaliwa", "TZA", "Majaliwa|Kassim Majaliwa Majaliwa", [("Prime Minister", 2015, 2025)])
P("Mwigulu Nchemba", "TZA", "Nchemba|Mwigulu Lameck Nchemba", [("Prime Minister", 2025, NONE)])
P("Mahmoud Thabit Kombo", "TZA", "", [("Foreign Minister", 2024, NONE)])
P("Faure Gnassingbe", "TGO", "Gnassingbe|Gnassingbé|Faure Gnassingbé|Faure Essozimna Gnassingbé",
  [("President", 2005, 2025), ("President of the Council of Ministers", 2025, NONE)])
P("Jean-Lucien Savi de Tove", "TGO", "Savi de Tové|Jean-Lucien Savi de Tové", [("President", 2025, NONE)])
P("Victoire Tomegah Dogbe", "TGO", "Victoire Tomégah Dogbé|Tomégah Dogbé|Tomégah-Dogbé", [("Prime Minister", 2020, 2025)])
P("Robert Dussey", "TGO", "Dussey", [("Foreign Minister", 2013, NONE)])
P("Ahmed Hachani", "TUN", "Hachani", [("Prime Minister", 2023, 2024)])
P("Kamel Madouri", "TUN", "Madouri", [("Prime Minister", 2024, 2025)])
P("Sara Zaafrani Zenzri", "TUN", "Sarra Zaafrani Zenzri|Zaafrani Zenzri", [("Prime Minister", 2025, NONE)])
P("Mohamed Ali Nafti", "TUN", "Nafti", [("Foreign Minister", 2024, NONE)])
P("Robinah Nabbanja", "UGA", "Nabbanja", [("Prime Minister", 2021, NONE)])
P("Jeje Odongo", "UGA", "", [("Foreign Minister", 2021, NONE)])
P("Hakainde Hichilema", "ZMB", "Hichilema", [("President", 2021, NONE)])
P("Mulambo Haimbe", "ZMB", "Haimbe", [("Foreign Minister", 2023, NONE)])
P("Amon Murwira", "ZWE", "Murwira", [("Foreign Minister", 2024, NONE)])
P("Nadir Larbaoui", "DZA", "Larbaoui", [("Prime Minister", 2023, 2025)])
P("Sifi Ghrieb", "DZA", "Ghrieb", [("Prime Minister", 2025, NONE)])
P("Ahmed Attaf", "DZA", "Attaf", [("Foreign Minister", 2023, NONE)])
# -- Middle East / Asia --
P("Mohammad Hasan Akhund", "AFG", "Hasan Akhund|Mullah Hasan Akhund|Mohammad Hassan Akhund", [("Taliban Prime Minister", 2021, NONE)])
P("Vahagn Khachaturyan", "ARM", "", [("President", 2022, NONE)])
P("Ararat Mirzoyan", "ARM", "Mirzoyan", [("Foreign Minister", 2021, NONE)])
P("Ali Asadov", "AZE", "Asadov", [("Prime Minister", 2019, NONE)])
P("King Hamad bin Isa Al Khalifa", "BHR", "Hamad bin Isa Al Khalifa|Hamad bin Isa|King Hamad", [("Emir", 1999, 2002), ("King", 2002, NONE)])
P("Salman bin Hamad Al Khalifa", "BHR", "Salman bin Hamad|Sheikh Salman bin Hamad", [("Crown Prince", 1999, NONE), ("Prime Minister", 2020, NONE)],
  title="Crown Prince")
P("Abdullatif bin Rashid Al Zayani", "BHR", "Abdullatif Al Zayani|Abdullatif al-Zayani|Al Zayani|al-Zayani",
  [("GCC Secretary-General", 2011, 2020, "GCC"), ("Foreign Minister", 2020, NONE)])
P("Mohammed Shahabuddin", "BGD", "Mohammed Shahabuddin Chuppu", [("President", 2023, NONE)])
P("Touhid Hossain", "BGD", "Md Touhid Hossain|Mohammad Touhid Hossain", [("Foreign Adviser", 2024, NONE)])
P("King Jigme Khesar Namgyel Wangchuck", "BTN", "Jigme Khesar Namgyel Wangchuck|Jigme Khesar", [("King", 2006, NONE)])
P("Lotay Tshering", "BTN", "", [("Prime Minister", 2018, 2024)])
P("Tshering Tobgay", "BTN", "Tobgay", [("Prime Minister", 2013, 2018), ("Prime Minister", 2024, NONE)])
P("D. N. Dhungyel", "BTN", "Dhungyel|DN Dhungyel", [("Foreign Minister", 2024, NONE)])
P("Sultan Hassanal Bolkiah", "BRN", "Hassanal Bolkiah", [("Sultan", 1967, NONE), ("Prime Minister", 1984, NONE), ("Foreign Minister", 2015, NONE)],
  title="Sultan")
P("Erywan Yusof", "BRN", "Erywan Pehin Yusof", [("Second Minister of Foreign Affairs", 2018, NONE)])
P("King Norodom Sihamoni", "KHM", "Norodom Sihamoni|Sihamoni", [("King", 2004, NONE)])
P("Sok Chenda Sophea", "KHM", "", [("Foreign Minister", 2023, NONE)])
P("Nikos Christodoulides", "CYP", "Christodoulides", [("Foreign Minister", 2018, 2022), ("President", 2023, NONE)])
P("Constantinos Kombos", "CYP", "Kombos|Konstantinos Kombos", [("Foreign Minister", 2023, NONE)])
P("Maka Botchorishvili", "GEO", "Botchorishvili", [("Foreign Minister", 2024, NONE)])
P("Abdul Latif Rashid", "IRQ", "Abdul Latif Jamal Rashid|Abdullatif Rashid", [("President", 2022, NONE)])
P("Bisher Khasawneh", "JOR", "Bisher al-Khasawneh|Bishr al-Khasawneh", [("Prime Minister", 2020, 2024)])
P("Jafar Hassan", "JOR", "", [("Prime Minister", 2024, NONE)])
P("Alikhan Smailov", "KAZ", "Smailov", [("Prime Minister", 2022, 2024)])
P("Olzhas Bektenov", "KAZ", "Bektenov", [("Prime Minister", 2024, NONE)])
P("Murat Nurtleu", "KAZ", "Nurtleu", [("Foreign Minister", 2023, 2025)])
P("Yermek Kosherbayev", "KAZ", "Kosherbayev|Ermek Kosherbayev", [("Foreign Minister", 2025, NONE)])
P("Mishal Al-Ahmad Al-Jaber Al-Sabah", "KWT", "Mishal al-Ahmad al-Jaber al-Sabah|Mishal Al-Ahmad Al-Jabir Al-Sabah|Mishal al-Ahmad|Meshal al-Ahmad|Sheikh Mishal|Sheikh Meshal",
  [("Crown Prince", 2020, 2023), ("Emir", 2023, NONE)])
P("Mohammad Sabah Al-Salem Al-Sabah", "KWT", "Mohammad Sabah Al-Salem|Mohammad Sabah al-Salem|Sheikh Mohammad Sabah al-Salem",
  [("Foreign Minister", 2003, 2011), ("Prime Minister", 2024, 2024)])
P("Ahmad Abdullah Al-Ahmad Al-Sabah", "KWT", "Ahmad Abdullah al-Ahmad al-Sabah|Sheikh Ahmad Abdullah", [("Prime Minister", 2024, NONE)])
P("Abdullah Al-Yahya", "KWT", "Abdullah al-Yahya|Abdullah Ali Al-Yahya", [("Foreign Minister", 2024, NONE)])
P("Sadyr Japarov", "KGZ", "Sadyr Zhaparov", [("President", 2021, NONE)])
P("Akylbek Japarov", "KGZ", "Akylbek Zhaparov", [("Chairman of the Cabinet of Ministers", 2021, 2024)])
P("Adylbek Kasymaliev", "KGZ", "Kasymaliev|Adylbek Kasymaliyev", [("Chairman of the Cabinet of Ministers", 2024, NONE)])
P("Jeenbek Kulubaev", "KGZ", "Kulubaev|Zheenbek Kulubaev", [("Foreign Minister", 2022, NONE)])
P("Thongloun Sisoulith", "LAO", "Thongloun", [("Prime Minister", 2016, 2021), ("President", 2021, NONE)])
P("Sonexay Siphandone", "LAO", "Sonexay", [("Prime Minister", 2022, NONE)])
P("Thongsavanh Phomvihane", "LAO", "Thongsavanh", [("Foreign Minister", 2024, NONE)])
P("Abdallah Bou Habib", "LBN", "Bou Habib|Abdallah Bouhabib|Bouhabib", [("Foreign Minister", 2021, 2025)])
P("Youssef Rajji", "LBN", "Rajji|Youssef Raggi", [("Foreign Minister", 2025, NONE)])
P("Sultan Ibrahim Iskandar", "MYS", "Sultan Ibrahim|Ibrahim Iskandar", [("King", 2024, NONE)])
P("Sultan Abdullah Sultan Ahmad Shah", "MYS", "Al-Sultan Abdullah|Sultan Abdullah", [("King", 2019, 2024)])
P("Mohamad Hasan", "MYS", "Tok Mat", [("Foreign Minister", 2023, NONE)])
P("Mohamed Muizzu", "MDV", "Muizzu|Mohammed Muizzu", [("President", 2023, NONE)])
P("Abdulla Khaleel", "MDV", "", [("Foreign Minister", 2024, NONE)])
P("Ukhnaagiin Khurelsukh", "MNG", "Khurelsukh|Khürelsükh|Ukhnaagiin Khürelsükh", [("Prime Minister", 2017, 2021), ("President", 2021, NONE)])
P("Luvsannamsrain Oyun-Erdene", "MNG", "Oyun-Erdene", [("Prime Minister", 2021, 2025)])
P("Gombojavyn Zandanshatar", "MNG", "Zandanshatar", [("Prime Minister", 2025, NONE)])
P("Than Swe", "MMR", "", [("Foreign Minister", 2023, NONE)])
P("Ram Chandra Poudel", "NPL", "Ram Chandra Paudel", [("President", 2023, NONE)])
P("Pushpa Kamal Dahal", "NPL", "Prachanda", [("Prime Minister", 2008, 2009), ("Prime Minister", 2016, 2017), ("Prime Minister", 2022, 2024)])
P("KP Sharma Oli", "NPL", "K. P. Sharma Oli|K.P. Sharma Oli|KP Oli|Khadga Prasad Sharma Oli",
  [("Prime Minister", 2015, 2016), ("Prime Minister", 2018, 2021), ("Prime Minister", 2024, 2025)])
P("Sushila Karki", "NPL", "", [("Prime Minister", 2025, NONE)])
P("Arzu Rana Deuba", "NPL", "Arzu Deuba", [("Foreign Minister", 2024, 2025)])
P("Varsen Aghabekian", "PSE", "Varsen Aghabekian Shahin", [("Minister of State for Foreign Affairs", 2024, NONE)])
P("Tharman Shanmugaratnam", "SGP", "Tharman", [("President", 2023, NONE)])
P("Choi Sang-mok", "KOR", "Choi Sang Mok", [("Finance Minister", 2023, 2025), ("Acting President", 2024, 2025)])
P("Dinesh Gunawardena", "LKA", "", [("Prime Minister", 2022, 2024)])
P("Harini Amarasuriya", "LKA", "Amarasuriya", [("Prime Minister", 2024, NONE)])
P("Vijitha Herath", "LKA", "", [("Foreign Minister", 2024, NONE)])
P("Hussein Arnous", "SYR", "Arnous", [("Prime Minister", 2020, 2024)])
P("Mohammad Ghazi al-Jalali", "SYR", "al-Jalali|Mohammed Ghazi al-Jalali", [("Prime Minister", 2024, 2024)])
P("Mohammed al-Bashir", "SYR", "Mohammad al-Bashir", [("Prime Minister", 2024, 2025)])
P("Emomali Rahmon", "TJK", "Rahmon|Emomali Rahmonov", [("President", 1994, NONE)])
P("Kokhir Rasulzoda", "TJK", "Rasulzoda|Qohir Rasulzoda", [("Prime Minister", 2013, NONE)])
P("Sirojiddin Muhriddin", "TJK", "Muhriddin|Sirojiddin Mukhriddin", [("Foreign Minister", 2013, NONE)])
P("King Maha Vajiralongkorn", "THA", "Vajiralongkorn|King Vajiralongkorn|Rama X", [("King", 2016, NONE)])
P("Maris Sangiampongsa", "THA", "", [("Foreign Minister", 2024, 2025)])
P("Sihasak Phuangketkeow", "THA", "Sihasak", [("Foreign Minister", 2025, NONE)])
P("Jose Ramos-Horta", "TLS", "Ramos-Horta|José Ramos-Horta", [("Prime Minister", 2006, 2007), ("President", 2007, 2012), ("President", 2022, NONE)])
P("Xanana Gusmao", "TLS", "Xanana|Xanana Gusmão|Gusmão|Kay Rala Xanana Gusmão", [("Prime Minister", 2007, 2015), ("Prime Minister", 2023, NONE)])
P("Bendito Freitas", "TLS", "Bendito dos Santos Freitas", [("Foreign Minister", 2023, NONE)])
P("Serdar Berdimuhamedow", "TKM", "Serdar Berdimuhamedov|Serdar Berdymukhamedov", [("President", 2022, NONE)])
P("Gurbanguly Berdimuhamedow", "TKM", "Gurbanguly Berdimuhamedov|Gurbanguly Berdymukhamedov",
  [("President", 2007, 2022), ("Chairman of the People's Council", 2023, NONE)])
P("Rashid Meredov", "TKM", "Meredov|Meredow|Raşit Meredow", [("Foreign Minister", 2001, NONE)])
P("Abdulla Aripov", "UZB", "Aripov", [("Prime Minister", 2016, NONE)])
P("Bakhtiyor Saidov", "UZB", "", [("Foreign Minister", 2022, NONE)])
P("Maeen Abdulmalik", "YEM", "Maeen Abdulmalik Saeed|Maeen Abdulmalek", [("Prime Minister", 2018, 2024)])
P("Ahmed Awad bin Mubarak", "YEM", "Ahmed bin Mubarak", [("Foreign Minister", 2020, 2024), ("Prime Minister", 2024, 2025)])
P("Salem bin Breik", "YEM", "bin Breik|Salem Saleh bin Braik", [("Prime Minister", 2025, NONE)])
P("Shaya al-Zindani", "YEM", "Shaya Mohsen al-Zindani", [("Foreign Minister", 2024, NONE)])
# -- Europe --
P("Bajram Begaj", "ALB", "Begaj", [("President", 2022, NONE)])
P("Edi Rama", "ALB", "", [("Prime Minister", 2013, NONE)])
P("Igli Hasani", "ALB", "", [("Foreign Minister", 2023, 2025)])
P("Elisa Spiropali", "ALB", "Spiropali", [("Foreign Minister", 2025, NONE)])
P("Xavier Espot Zamora", "AND", "Xavier Espot|Espot", [("Prime Minister", 2019, NONE)])
P("Imma Tor Faus", "AND", "Imma Tor", [("Foreign Minister", 2023, NONE)])
P("Alexander Van der Bellen", "AUT", "Van der Bellen", [("President", 2017, NONE)])
P("Karl Nehammer", "AUT", "Nehammer", [("Chancellor", 2021, 2025)])
P("Alexander Schallenberg", "AUT", "Schallenberg", [("Foreign Minister", 2019, 2021), ("Chancellor", 2021, 2021), ("Foreign Minister", 2021, 2025),
                                                   ("Chancellor", 2025, 2025)], title="Foreign Minister")
P("Christian Stocker", "AUT", "", [("Chancellor", 2025, NONE)])
P("Beate Meinl-Reisinger", "AUT", "Meinl-Reisinger", [("Foreign Minister", 2025, NONE)])
P("Roman Golovchenko", "BLR", "Golovchenko", [("Prime Minister", 2020, 2025)])
P("Alexander Turchin", "BLR", "Aleksandr Turchin", [("Prime Minister", 2025, NONE)])
P("King Philippe", "BEL", "King Philippe of Belgium", [("King", 2013, NONE)])
P("Bernard Quintin", "BEL", "", [("Foreign Minister", 2024, 2025)])
P("Maxime Prevot", "BEL", "Prevot|Prévot|Maxime Prévot", [("Foreign Minister", 2025, NONE)])
P("Zeljko Komsic", "BIH", "Komsic|Komšić|Željko Komšić", [("Member of the Presidency", 2006, 2014), ("Member of the Presidency", 2018, NONE)])
P("Denis Becirovic", "BIH", "Becirovic|Bećirović|Denis Bećirović", [("Member of the Presidency", 2022, NONE)])
P("Zeljka Cvijanovic", "BIH", "Cvijanovic|Cvijanović|Željka Cvijanović", [("Member of the Presidency", 2022, NONE)])
P("Borjana Kristo", "BIH", "Krišto|Borjana Krišto", [("Chair of the Council of Ministers", 2023, NONE)])
P("Elmedin Konakovic", "BIH", "Konakovic|Konaković|Elmedin Konaković", [("Foreign Minister", 2023, NONE)])
P("Rumen Radev", "BGR", "Radev", [("President", 2017, NONE)])
P("Nikolai Denkov", "BGR", "Denkov|Nikolay Denkov", [("Prime Minister", 2023, 2024)])
P("Dimitar Glavchev", "BGR", "Glavchev", [("Prime Minister", 2024, 2025)])
P("Rosen Zhelyazkov", "BGR", "Zhelyazkov", [("Prime Minister", 2025, NONE)])
P("Georg Georgiev", "BGR", "", [("Foreign Minister", 2025, NONE)])
P("Zoran Milanovic", "HRV", "Milanovic|Milanović|Zoran Milanović", [("Prime Minister", 2011, 2016), ("President", 2020, NONE)])
P("Andrej Plenkovic", "HRV", "Plenkovic|Plenković|Andrej Plenković", [("Prime Minister", 2016, NONE)])
P("Gordan Grlic Radman", "HRV", "Grlic Radman|Grlić Radman|Gordan Grlić Radman", [("Foreign Minister", 2019, NONE)])
P("Jan Lipavsky", "CZE", "Lipavsky|Lipavský|Jan Lipavský", [("Foreign Minister", 2021, 2025)])
P("Queen Margrethe II", "DNK", "Margrethe II", [("Queen", 1972, 2024)])
P("King Frederik X", "DNK", "Frederik X", [("King", 2024, NONE)])
P("Alar Karis", "EST", "Karis", [("President", 2021, NONE)])
P("Kristen Michal", "EST", "", [("Prime Minister", 2024, NONE)])
P("Margus Tsahkna", "EST", "Tsahkna", [("Foreign Minister", 2023, NONE)])
P("Katerina Sakellaropoulou", "GRC", "Sakellaropoulou", [("President", 2020, 2025)])
P("Konstantinos Tasoulas", "GRC", "Tasoulas|Kostas Tasoulas", [("President", 2025, NONE)])
P("Giorgos Gerapetritis", "GRC", "Gerapetritis|George Gerapetritis", [("Foreign Minister", 2023, NONE)])
P("Gudni Johannesson", "ISL", "Guðni Jóhannesson|Guðni Th. Jóhannesson|Gudni Th. Johannesson", [("President", 2016, 2024)])
P("Halla Tomasdottir", "ISL", "Halla Tómasdóttir", [("President", 2024, NONE)])
P("Katrin Jakobsdottir", "ISL", "Katrín Jakobsdóttir", [("Prime Minister", 2017, 2024)])
P("Bjarni Benediktsson", "ISL", "", [("Prime Minister", 2017, 2017), ("Foreign Minister", 2023, 2024), ("Prime Minister", 2024, 2024)])
P("Kristrun Frostadottir", "ISL", "Kristrún Frostadóttir", [("Prime Minister", 2024, NONE)])
P("Thorgerdur Katrin Gunnarsdottir", "ISL", "Þorgerður Katrín Gunnarsdóttir", [("Foreign Minister", 2024, NONE)])
P("Michael D. Higgins", "IRL", "Michael D Higgins", [("President", 2011, 2025)])
P("Catherine Connolly", "IRL", "", [("President", 2025, NONE)])
P("Leo Varadkar", "IRL", "Varadkar", [("Prime Minister", 2017, 2020), ("Prime Minister", 2022, 2024)])
P("Simon Harris", "IRL", "", [("Prime Minister", 2024, 2025), ("Foreign Minister", 2025, 2025), ("Finance Minister", 2025, NONE)],
  title="Prime Minister")
P("Micheal Martin", "IRL", "Micheál Martin", [("Prime Minister", 2020, 2022), ("Foreign Minister", 2022, 2025), ("Prime Minister", 2025, NONE)])
P("Helen McEntee", "IRL", "McEntee", [("Foreign Minister", 2025, NONE)])
P("Donika Gervalla-Schwarz", "XKX", "Donika Gërvalla-Schwarz|Gervalla-Schwarz|Gërvalla-Schwarz|Donika Gervalla|Donika Gërvalla|Gervalla|Gërvalla",
  [("Foreign Minister", 2021, NONE)])
P("Evika Silina", "LVA", "Silina|Siliņa|Evika Siliņa", [("Prime Minister", 2023, NONE)])
P("Baiba Braze", "LVA", "Baiba Braže", [("Foreign Minister", 2024, NONE)])
P("Prince Hans-Adam II", "LIE", "Hans-Adam II", [("Prince", 1989, NONE)])
P("Daniel Risch", "LIE", "", [("Prime Minister", 2021, 2025)])
P("Brigitte Haas", "LIE", "", [("Prime Minister", 2025, NONE)])
P("Dominique Hasler", "LIE", "", [("Foreign Minister", 2021, 2025)])
P("Sabine Monauni", "LIE", "Monauni", [("Foreign Minister", 2025, NONE)])
P("Ingrida Simonyte", "LTU", "Simonyte|Šimonytė|Ingrida Šimonytė", [("Prime Minister", 2020, 2024)])
P("Gintautas Paluckas", "LTU", "Paluckas", [("Prime Minister", 2024, 2025)])
P("Inga Ruginiene", "LTU", "Ruginiene|Ruginienė|Inga Ruginienė", [("Prime Minister", 2025, NONE)])
P("Kestutis Budrys", "LTU", "Budrys|Kęstutis Budrys", [("Foreign Minister", 2024, NONE)])
P("Grand Duke Henri", "LUX", "", [("Grand Duke", 2000, 2025)])
P("Grand Duke Guillaume", "LUX", "", [("Grand Duke", 2025, NONE)])
P("Luc Frieden", "LUX", "", [("Prime Minister", 2023, NONE)])
P("Xavier Bettel", "LUX", "Bettel", [("Prime Minister", 2013, 2023), ("Foreign Minister", 2023, NONE)])
P("George Vella", "MLT", "", [("Foreign Minister", 2013, 2017), ("President", 2019, 2024)])
P("Myriam Spiteri Debono", "MLT", "Spiteri Debono", [("President", 2024, NONE)])
P("Robert Abela", "MLT", "Abela", [("Prime Minister", 2020, NONE)])
P("Ian Borg", "MLT", "", [("Foreign Minister", 2022, NONE)])
P("Dorin Recean", "MDA", "Recean", [("Prime Minister", 2023, 2025)])
P("Alexandru Munteanu", "MDA", "", [("Prime Minister", 2025, NONE)])
P("Mihai Popsoi", "MDA", "Popsoi|Popșoi|Mihai Popșoi", [("Foreign Minister", 2024, NONE)])
P("Prince Albert II", "MCO", "Prince Albert of Monaco|Albert II of Monaco", [("Prince", 2005, NONE)])
P("Jakov Milatovic", "MNE", "Milatovic|Milatović|Jakov Milatović", [("President", 2023, NONE)])
P("Milojko Spajic", "MNE", "Spajic|Spajić|Milojko Spajić", [("Prime Minister", 2023, NONE)])
P("Ervin Ibrahimovic", "MNE", "Ervin Ibrahimović", [("Foreign Minister", 2023, NONE)])
P("Stevo Pendarovski", "MKD", "Pendarovski", [("President", 2019, 2024)])
P("Gordana Siljanovska-Davkova", "MKD", "Siljanovska-Davkova|Siljanovska", [("President", 2024, NONE)])
P("Dimitar Kovacevski", "MKD", "Kovacevski|Kovačevski|Dimitar Kovačevski", [("Prime Minister", 2022, 2024)])
P("Talat Xhaferi", "MKD", "", [("Prime Minister", 2024, 2024)])
P("Hristijan Mickoski", "MKD", "Mickoski", [("Prime Minister", 2024, NONE)])
P("Timco Mucunski", "MKD", "Mucunski|Timčo Mucunski", [("Foreign Minister", 2024, NONE)])
P("King Harald V", "NOR", "Harald V", [("King", 1991, NONE)])
P("Espen Barth Eide", "NOR", "Barth Eide", [("Defence Minister", 2011, 2012), ("Foreign Minister", 2012, 2013), ("Foreign Minister", 2023, NONE)])
P("Marcelo Rebelo de Sousa", "PRT", "Rebelo de Sousa", [("President", 2016, NONE)])
P("Paulo Rangel", "PRT", "", [("Foreign Minister", 2024, NONE)])
P("Marcel Ciolacu", "ROU", "Ciolacu", [("Prime Minister", 2023, 2025)])
P("Ilie Bolojan", "ROU", "Bolojan", [("Acting President", 2025, 2025), ("Prime Minister", 2025, NONE)])
P("Emil Hurezeanu", "ROU", "Hurezeanu", [("Foreign Minister", 2024, 2025)])
P("Oana Toiu", "ROU", "Toiu|Țoiu|Oana Țoiu", [("Foreign Minister", 2025, NONE)])
P("Luca Beccari", "SMR", "Beccari", [("Foreign Minister", 2020, NONE)])
P("Ana Brnabic", "SRB", "Brnabic|Brnabić|Ana Brnabić", [("Prime Minister", 2017, 2024), ("Speaker of Parliament", 2024, NONE)], title="Prime Minister")
P("Milos Vucevic", "SRB", "Miloš Vučević", [("Defence Minister", 2022, 2024), ("Prime Minister", 2024, 2025)])
P("Djuro Macut", "SRB", "Đuro Macut|Macut", [("Prime Minister", 2025, NONE)])
P("Marko Djuric", "SRB", "Marko Đurić", [("Foreign Minister", 2024, NONE)])
P("Zuzana Caputova", "SVK", "Caputova|Čaputová|Zuzana Čaputová", [("President", 2019, 2024)])
P("Peter Pellegrini", "SVK", "", [("Prime Minister", 2018, 2020), ("President", 2024, NONE)])
P("Juraj Blanar", "SVK", "Blanar|Blanár|Juraj Blanár", [("Foreign Minister", 2023, NONE)])
P("Natasa Pirc Musar", "SVN", "Pirc Musar|Nataša Pirc Musar", [("President", 2022, NONE)])
P("Robert Golob", "SVN", "Golob", [("Prime Minister", 2022, NONE)])
P("Tanja Fajon", "SVN", "Fajon", [("Foreign Minister", 2022, NONE)])
P("King Carl XVI Gustaf", "SWE", "Carl XVI Gustaf", [("King", 1973, NONE)])
P("Maria Malmer Stenergard", "SWE", "Malmer Stenergard", [("Foreign Minister", 2024, NONE)])
P("Viola Amherd", "CHE", "Amherd", [("Defence Minister", 2019, 2025), ("President", 2024, 2024)])
P("Karin Keller-Sutter", "CHE", "Keller-Sutter", [("Finance Minister", 2023, NONE), ("President", 2025, 2025)], title="President")
P("Ignazio Cassis", "CHE", "Cassis", [("Foreign Minister", 2017, NONE), ("President", 2022, 2022)])
P("Pietro Parolin", "VAT", "Parolin|Cardinal Parolin|Cardinal Pietro Parolin", [("Secretary of State", 2013, NONE)])
P("Paul Gallagher", "VAT", "Archbishop Paul Gallagher", [("Secretary for Relations with States", 2014, NONE)])
# -- Americas --
P("Gaston Browne", "ATG", "", [("Prime Minister", 2014, NONE)])
P("Philip Davis", "BHS", "Philip Brave Davis", [("Prime Minister", 2021, NONE)])
P("Fred Mitchell", "BHS", "", [("Foreign Minister", 2012, 2017), ("Foreign Minister", 2021, NONE)])
P("Sandra Mason", "BRB", "", [("President", 2021, 2025)])
P("Jeffrey Bostic", "BRB", "", [("President", 2025, NONE)])
P("Mia Mottley", "BRB", "Mottley|Mia Amor Mottley", [("Prime Minister", 2018, NONE)])
P("Kerrie Symmonds", "BRB", "Symmonds", [("Foreign Minister", 2022, NONE)])
P("Johnny Briceno", "BLZ", "Johnny Briceño", [("Prime Minister", 2020, NONE)])
P("Francis Fonseca", "BLZ", "", [("Foreign Minister", 2024, NONE)])
P("Celinda Sosa", "BOL", "Celinda Sosa Lunda", [("Foreign Minister", 2023, 2025)])
P("Fernando Aramayo", "BOL", "", [("Foreign Minister", 2025, NONE)])
P("Alberto van Klaveren", "CHL", "van Klaveren|Van Klaveren", [("Foreign Minister", 2023, NONE)])
P("Luis Gilberto Murillo", "COL", "", [("Foreign Minister", 2024, 2025)])
P("Laura Sarabia", "COL", "", [("Foreign Minister", 2025, 2025)])
P("Rosa Villavicencio", "COL", "Rosa Yolanda Villavicencio", [("Foreign Minister", 2025, NONE)])
P("Rodrigo Chaves", "CRI", "Rodrigo Chaves Robles", [("President", 2022, NONE)])
P("Arnoldo Andre Tinoco", "CRI", "Arnoldo André Tinoco|Arnoldo André", [("Foreign Minister", 2022, NONE)])
P("Manuel Marrero Cruz", "CUB", "Manuel Marrero", [("Prime Minister", 2019, NONE)])
P("Sylvanie Burton", "DMA", "", [("President", 2023, NONE)])
P("Roosevelt Skerrit", "DMA", "Skerrit", [("Prime Minister", 2004, NONE)])
P("Luis Abinader", "DOM", "Abinader", [("President", 2020, NONE)])
P("Roberto Alvarez", "DOM", "Roberto Álvarez", [("Foreign Minister", 2020, NONE)])
P("Gabriela Sommerfeld", "ECU", "Sommerfeld", [("Foreign Minister", 2023, NONE)])
P("Alexandra Hill Tinoco", "SLV", "Alexandra Hill", [("Foreign Minister", 2019, NONE)])
P("Dickon Mitchell", "GRD", "", [("Prime Minister", 2022, NONE)])
P("Joseph Andall", "GRD", "", [("Foreign Minister", 2022, NONE)])
P("Carlos Ramiro Martinez", "GTM", "Carlos Ramiro Martínez", [("Foreign Minister", 2024, NONE)])
P("Irfaan Ali", "GUY", "Mohamed Irfaan Ali", [("President", 2020, NONE)])
P("Mark Phillips", "GUY", "Brigadier Mark Phillips", [("Prime Minister", 2020, NONE)])
P("Hugh Todd", "GUY", "", [("Foreign Minister", 2020, NONE)])
P("Ariel Henry", "HTI", "", [("Prime Minister", 2021, 2024)])
P("Garry Conille", "HTI", "Conille", [("Prime Minister", 2011, 2012), ("Prime Minister", 2024, 2024)])
P("Alix Didier Fils-Aime", "HTI", "Alix Didier Fils-Aimé|Fils-Aimé", [("Prime Minister", 2024, NONE)])
P("Edgard Leblanc Fils", "HTI", "", [("President of the Transitional Presidential Council", 2024, 2024)])
P("Leslie Voltaire", "HTI", "", [("President of the Transitional Presidential Council", 2024, 2025)])
P("Fritz Alphonse Jean", "HTI", "", [("President of the Transitional Presidential Council", 2025, 2025)])
P("Laurent Saint-Cyr", "HTI", "", [("President of the Transitional Presidential Council", 2025, NONE)])
P("Xiomara Castro", "HND", "Xiomara|Xiomara Castro de Zelaya", [("President", 2022, NONE)])
P("Enrique Reina", "HND", "Eduardo Enrique Reina", [("Foreign Minister", 2022, NONE)])
P("Andrew Holness", "JAM", "Holness", [("Prime Minister", 2011, 2012), ("Prime Minister", 2016, NONE)])
P("Kamina Johnson Smith", "JAM", "", [("Foreign Minister", 2016, NONE)])
P("Juan Ramon de la Fuente", "MEX", "Juan Ramón de la Fuente", [("Foreign Secretary", 2024, NONE)])
P("Rosario Murillo", "NIC", "", [("Vice President", 2017, 2025), ("Co-President", 2025, NONE)])
P("Valdrack Jaentschke", "NIC", "Jaentschke", [("Foreign Minister", 2024, NONE)])
P("Denis Moncada", "NIC", "Denis Moncada Colindres", [("Foreign Minister", 2017, 2024), ("Foreign Minister", 2025, NONE)])
P("Javier Martinez-Acha", "PAN", "Javier Martínez-Acha|Martinez-Acha|Martínez-Acha", [("Foreign Minister", 2024, NONE)])
P("Santiago Pena", "PRY", "Santiago Peña", [("President", 2023, NONE)])
P("Ruben Ramirez Lezcano", "PRY", "Rubén Ramírez Lezcano", [("Foreign Minister", 2023, NONE)])
P("Jose Jeri", "PER", "José Jerí", [("President", 2025, NONE)])
P("Alberto Otarola", "PER", "Otarola|Otárola|Alberto Otárola", [("Prime Minister", 2022, 2024)])
P("Gustavo Adrianzen", "PER", "Adrianzen|Adrianzén|Gustavo Adrianzén", [("Prime Minister", 2024, 2025)])
P("Eduardo Arana", "PER", "", [("Prime Minister", 2025, 2025)])
P("Ernesto Alvarez", "PER", "Ernesto Álvarez|Ernesto Álvarez Miranda", [("Prime Minister", 2025, NONE)])
P("Elmer Schialer", "PER", "Schialer", [("Foreign Minister", 2024, 2025)])
P("Hugo de Zela", "PER", "de Zela", [("Foreign Minister", 2025, NONE)])
P("Terrance Drew", "KNA", "", [("Prime Minister", 2022, NONE)])
P("Denzil Douglas", "KNA", "", [("Prime Minister", 1995, 2015), ("Foreign Minister", 2022, NONE)])
P("Philip J. Pierre", "LCA", "Philip Pierre", [("Prime Minister", 2021, NONE)])
P("Alva Baptiste", "LCA", "", [("Foreign Minister", 2021, NONE)])
P("Ralph Gonsalves", "VCT", "", [("Prime Minister", 2001, 2025)])
P("Godwin Friday", "VCT", "", [("Prime Minister", 2025, NONE)])
P("Chan Santokhi", "SUR", "Santokhi", [("President", 2020, 2025)])
P("Jennifer Geerlings-Simons", "SUR", "Geerlings-Simons", [("President", 2025, NONE)])
P("Albert Ramdin", "SUR", "Ramdin", [("Foreign Minister", 2020, 2025), ("OAS Secretary General", 2025, NONE, "OAS")])
P("Christine Kangaloo", "TTO", "Kangaloo", [("President", 2023, NONE)])
P("Keith Rowley", "TTO", "", [("Prime Minister", 2015, 2025)])
P("Stuart Young", "TTO", "", [("Prime Minister", 2025, 2025)])
P("Kamla Persad-Bissessar", "TTO", "Persad-Bissessar", [("Prime Minister", 2010, 2015), ("Prime Minister", 2025, NONE)])
P("Amery Browne", "TTO", "", [("Foreign Minister", 2020, 2025)])
P("Sean Sobers", "TTO", "", [("Foreign Minister", 2025, NONE)])
P("Luis Lacalle Pou", "URY", "Lacalle Pou", [("President", 2020, 2025)])
P("Yamandu Orsi", "URY", "Yamandú Orsi|Orsi", [("President", 2025, NONE)])
P("Omar Paganini", "URY", "", [("Foreign Minister", 2023, 2025)])
P("Mario Lubetkin", "URY", "Lubetkin", [("Foreign Minister", 2025, NONE)])
# -- Oceania --
P("Sitiveni Rabuka", "FJI", "Rabuka", [("Prime Minister", 1992, 1999), ("Prime Minister", 2022, NONE), ("Foreign Minister", 2022, NONE)],
  title="Prime Minister")
P("Wiliame Katonivere", "FJI", "Katonivere|Ratu Wiliame Katonivere", [("President", 2021, 2024)])
P("Naiqama Lalabalavu", "FJI", "Lalabalavu|Ratu Naiqama Lalabalavu", [("President", 2024, NONE)])
P("Taneti Maamau", "KIR", "Maamau", [("President", 2016, NONE), ("Foreign Minister", 2016, NONE)], title="President")
P("Hilda Heine", "MHL", "", [("President", 2016, 2020), ("President", 2024, NONE)])
P("David Kabua", "MHL", "", [("President", 2020, 2024)])
P("Kalani Kaneko", "MHL", "", [("Foreign Minister", 2024, NONE)])
P("Wesley Simina", "FSM", "", [("President", 2023, NONE)])
P("David Adeang", "NRU", "Adeang", [("President", 2023, NONE)])
P("Surangel Whipps Jr.", "PLW", "Whipps|Surangel Whipps|Surangel Whipps Jr", [("President", 2021, NONE)])
P("James Marape", "PNG", "Marape", [("Prime Minister", 2019, NONE)])
P("Justin Tkatchenko", "PNG", "Tkatchenko", [("Foreign Minister", 2022, 2023), ("Foreign Minister", 2024, NONE)])
P("Fiame Naomi Mataafa", "WSM", "Fiamē Naomi Mata'afa|Fiame Naomi Mata'afa|Fiamē|Fiame", [("Prime Minister", 2021, 2025), ("Foreign Minister", 2021, 2025)],
  title="Prime Minister")
P("La'auli Leuatea Schmidt", "WSM", "La'auli Leuatea Polataivao Schmidt|La'auli", [("Prime Minister", 2025, NONE)])
P("Manasseh Sogavare", "SLB", "Sogavare", [("Prime Minister", 2014, 2017), ("Prime Minister", 2019, 2024)])
P("Jeremiah Manele", "SLB", "Manele", [("Foreign Minister", 2019, 2024), ("Prime Minister", 2024, NONE)])
P("Peter Shanel Agovaka", "SLB", "Agovaka|Peter Agovaka", [("Foreign Minister", 2024, NONE)])
P("King Tupou VI", "TON", "Tupou VI", [("King", 2012, NONE)])
P("Siaosi Sovaleni", "TON", "Sovaleni", [("Prime Minister", 2021, 2024)])
P("Aisake Eke", "TON", "", [("Prime Minister", 2024, 2025)])
P("Lord Fakafanua", "TON", "Fakafanua|Fatafehi Fakafanua|Lord Fatafehi Fakafanua", [("Prime Minister", 2025, NONE)])
P("Kausea Natano", "TUV", "Natano", [("Prime Minister", 2019, 2024)])
P("Feleti Teo", "TUV", "", [("Prime Minister", 2024, NONE)])
P("Nikenike Vurobaravu", "VUT", "Vurobaravu", [("President", 2022, NONE)])
P("Charlot Salwai", "VUT", "Salwai", [("Prime Minister", 2016, 2020), ("Prime Minister", 2023, 2025)])
P("Jotham Napat", "VUT", "", [("Prime Minister", 2025, NONE)])
# fmt: on


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _role_key(idx_role: tuple[int, tuple[Any, ...]]) -> tuple[int, int, int, int]:
    idx, r = idx_role
    to = r[2]
    return (1 if to is None else 0, to or 0, r[1], -idx)


def build_leaders() -> list[dict[str, Any]]:
    rows = []
    for p in LEADERS:
        roles = p["roles"]
        if p["title"]:
            candidates = [(i, r) for i, r in enumerate(roles) if r[0] == p["title"]]
            if not candidates:
                raise SystemExit(f"{p['name']}: title {p['title']!r} is not one of the roles")
        else:
            candidates = list(enumerate(roles))
        primary = max(candidates, key=_role_key)[1]
        title = primary[0]
        code = p["code"] if p["code"] is not _UNSET else (primary[3] if len(primary) > 3 else None)
        aliases = list(p["aliases"])
        # add diacritic-free variants of the name and aliases (Erdoğan -> Erdogan)
        for s in [p["name"], *p["aliases"]]:
            f = _fold(s)
            if f != s:
                aliases.append(f)
        aliases = [a for a in _dedupe(aliases) if a != p["name"]]
        out_roles = []
        for r in roles:
            d: dict[str, Any] = {"title": r[0], "from": r[1], "to": r[2]}
            if len(r) > 3:
                d["code"] = r[3]
            out_roles.append(d)
        rows.append(
            {
                "name": p["name"],
                "aliases": aliases,
                "country": p["country"],
                "code": code,
                "title": title,
                "roles": out_roles,
            }
        )
    rows.sort(key=lambda r: (r["country"], r["name"]))
    return rows


# ---------------------------------------------------------------------------


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output directory (default: package data dir)")
    ap.add_argument("--check", action="store_true", help="run scripts/check_gazetteer.py on the output")
    args = ap.parse_args(argv)

    countries = build_countries()
    bodies = build_bodies(countries)
    leaders = build_leaders()
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "countries.jsonl", countries)
    write_jsonl(args.out / "bodies.jsonl", bodies)
    write_jsonl(args.out / "leaders.jsonl", leaders)
    print(f"wrote {len(countries)} countries, {len(bodies)} bodies, {len(leaders)} leaders to {args.out}")
    if args.check:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import check_gazetteer

        return check_gazetteer.main(["--data", str(args.out)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
