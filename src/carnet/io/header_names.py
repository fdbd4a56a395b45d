"""What a CSV column holds, from its header, in the layouts real exports use; and the mapping guessed from it.

`describe` reads one header: the Carnet field it fills, and, for the columns that describe one value
together, the group and the part it is in:

- Google Contacts numbers its columns: "E-mail 2 - Label" and "E-mail 2 - Value" are one email and its
  label, "Address 1 - Street", "- City", "- Postal Code"… one address (with "- Formatted", the whole of it);
- Outlook prefixes them: "Business Street", "Business City", "Home Phone", "Mobile Phone", "E-mail 2 Address";
- a sheet names them plainly: "Adresse", "Code postal", "Ville"; "Téléphone portable", "Work email";
- Carnet's own export writes "other_emails" ("Autres e-mails" in its French style): "Label: value" items
  separated by " ::: ".

An email or phone column's header may carry its label ("Mobile Phone" is a phone labelled "Mobile"); the
label of a Google column is in its "- Label" (or "- Type") column instead. `guess_mapping` maps every email
and phone column, one column per address group (the others are its parts, read with it), and the first
column of every other field. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from carnet.io.synonyms import word_key

DETAIL_FIELDS = ("email", "phone", "address")
GOOGLE_SEPARATOR = " ::: "  # Google Contacts writes several values of one cell joined by it

# Header (as `word_key` makes it) -> Carnet field; email, phone and address columns are recognised below.
_ALIASES: dict[str, tuple[str, ...]] = {
    "display_name": ("display name", "name", "full name", "nom complet", "nom et prenom", "prenom et nom", "contact",
                     "displayname", "nom prenom", "prenom nom"),
    "first_name": ("first name", "given name", "prenom", "firstname"),
    "last_name": ("last name", "family name", "surname", "nom de famille", "lastname"),
    "organisation": ("organisation", "organization", "company", "societe", "entreprise", "organisme",
                     "organization name", "organisation name", "company name", "raison sociale", "employeur",
                     "employer"),
    "role": ("role", "job title", "organization title", "fonction", "poste", "position", "titre du poste"),
    "website": ("website", "web site", "web page", "site web", "site internet", "url", "personal web page"),
    "notes": ("notes", "note", "commentaire", "commentaires", "remarques"),
    "tags": ("tags", "tag", "labels", "categories", "group membership", "etiquettes", "categorie", "groupes",
             "groups"),
    "kind": ("kind", "type de contact"), "source": ("source", "origine", "provenance", "canal"),
    "temperature": ("temperature",), "budget": ("budget",), "authority": ("authority", "autorite"),
    "need": ("need", "besoin"), "timing": ("timing", "delai"),
    "qualification_note": ("qualification note", "note de qualification"),
    "next_follow_up": ("next follow up", "prochaine relance", "relance"),
    "follow_up_time": ("next follow up time", "follow up time", "heure de relance", "heure de la relance",
                       "heure de la prochaine relance"),
    "follow_up_note": ("next follow up note", "follow up note", "note de relance", "note de la relance",
                       "objet de la relance"),
    "stage": ("stage", "lifecycle stage", "etape", "statut", "cycle de vie"),
    "amount": ("amount", "amount paid", "paid", "paid total", "total paid", "montant", "montant paye", "total paye",
               "deja paye"),
}
_FIELD_OF = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
# Headers whose cells hold several values: Google's groups, Outlook's categories.
_SPLIT = {"labels": GOOGLE_SEPARATOR, "group membership": GOOGLE_SEPARATOR, "categories": ";"}

# Carnet's own columns of further values: the standard export's headers and the French style's.
_FURTHER = {
    **dict.fromkeys(("other emails", "autres e mails", "autres emails", "autres courriels"), "email"),
    **dict.fromkeys(("other phones", "autres telephones"), "phone"),
    **dict.fromkeys(("other addresses", "autres adresses"), "address"),
}

# Google's numbered columns: "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - Postal Code"… (the " - "
# tells them from Outlook's "E-mail 2 Type", which is "SMTP", not a label).
_GOOGLE = re.compile(r"^(.+?)\s+(\d+)\s+-\s+(.+)$")
_GOOGLE_PARTS = {"street": "street", "city": "city", "po box": "box", "region": "region", "postal code": "postcode",
                 "country": "country", "extended address": "extended", "formatted": "formatted"}
# Outlook's prefixed address columns: "Business Street 2", "Home Postal Code", "Other Address PO Box"…
_OUTLOOK_ADDRESS = re.compile(r"^(business|home|other)(?: address)? (street(?: [23])?|city|state|postal code|"
                              r"country region|country|po box)$")
_OUTLOOK_PARTS = {"street": "street", "street 2": "street2", "street 3": "street3", "city": "city",
                  "state": "region", "postal code": "postcode", "country region": "country", "country": "country",
                  "po box": "box"}
# A sheet's plain address columns, which make up its one unprefixed address.
_PLAIN_PARTS: dict[str, str] = {
    **dict.fromkeys(("address", "adresse", "street", "rue", "adresse postale", "postal address", "street address",
                     "address line 1", "adresse ligne 1", "adresse 1", "address 1", "voie", "mailing address"),
                    "street"),
    **dict.fromkeys(("address 2", "address line 2", "adresse 2", "adresse ligne 2", "complement d adresse",
                     "complement adresse", "street 2"), "street2"),
    **dict.fromkeys(("address 3", "address line 3", "adresse 3", "adresse ligne 3", "street 3"), "street3"),
    **dict.fromkeys(("city", "town", "ville", "commune", "localite"), "city"),
    **dict.fromkeys(("zip", "zip code", "zipcode", "postcode", "post code", "postal code", "code postal", "cp"),
                    "postcode"),
    **dict.fromkeys(("state", "region", "province", "county", "state province"), "region"),
    **dict.fromkeys(("country", "pays", "country region"), "country"),
    **dict.fromkeys(("po box", "boite postale", "bp"), "box"),
}
# The part whose column stands for its address group in the mapping, best first; a region or a country
# alone is no address (a sales sheet's "Région" is its sales area).
ANCHOR_ORDER = ("formatted", "street", "street2", "street3", "extended", "box", "city", "postcode")
_MIDDLE_NAMES = ("middle name", "additional name", "second prenom", "deuxieme prenom", "autres prenoms")

# Words that make a column an email or a phone column, the words left out of the label it gives, and words
# that make it something else about one ("E-mail Display Name", "Email opt-in", "Phone Type").
_EMAIL_WORDS = frozenset({"email", "mail", "courriel", "mel", "emails"})
_PHONE_WORDS = frozenset({"phone", "telephone", "tel", "mobile", "portable", "gsm", "cell", "cellphone", "cellular",
                          "fax", "pager", "telefon", "phones", "telephones"})
_EMAIL_UNLABELLED = _EMAIL_WORDS | {"e", "address", "adresse", "value", "valeur", "de", "d"}
_PHONE_UNLABELLED = frozenset({"phone", "phones", "telephone", "telephones", "tel", "number", "numero", "num", "no",
                               "n", "de", "du", "value", "valeur"})
_NOT_A_VALUE = frozenset({"type", "types", "label", "display", "name", "nom", "kind", "status", "statut", "opt",
                          "consent", "consentement", "format", "verified", "bounce", "bounced", "date", "count",
                          "merge", "list", "campaign", "campagne", "subscribed", "sent", "marketing", "permission",
                          "extension", "ext", "code", "indicatif", "country", "newsletter", "optin", "rgpd", "gdpr",
                          "last", "dernier", "derniere", "nb", "nombre", "app", "application", "valid", "valide"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LONGEST_DETAIL_HEADER = 5  # words: longer headers describe something else ("Phone number of the assistant…")


@dataclass(frozen=True)
class Column:
    """What a header says its column holds. ``field`` is what it fills when mapped (None for a label or a
    part of a group, and for what Carnet does not keep); ``group`` and ``part`` place it among the columns
    describing one value; ``label`` is what the header calls the value ("Mobile"); ``split`` separates the
    values of one cell; ``labelled``: each value is written "Label: value" (Carnet's own further values)."""

    field: str | None
    group: str = ""
    part: str = ""
    label: str = ""
    split: str = ""
    labelled: bool = False


def describe(header: str) -> Column:
    key = word_key(header)
    google = _GOOGLE.match(header.strip())
    if google:
        return _google(word_key(google.group(1)), google.group(2), word_key(google.group(3)))
    if key in _FURTHER:  # Carnet's own further values, under its English or French headers
        return Column(_FURTHER[key], group=key, split=GOOGLE_SEPARATOR, labelled=True)
    outlook = _OUTLOOK_ADDRESS.match(key)
    if outlook:
        return Column(None, group=outlook.group(1), part=_OUTLOOK_PARTS[outlook.group(2)],
                      label=_words(header)[0])
    if key in _PLAIN_PARTS:
        return Column(None, group="address", part=_PLAIN_PARTS[key])
    if key in _MIDDLE_NAMES:
        return Column(None, group="name", part="middle")
    if key in _FIELD_OF:
        return Column(_FIELD_OF[key], split=_SPLIT.get(key, ""))
    return _detail(header, key)


def _google(kind: str, number: str, part: str) -> Column:
    group = f"{kind} {number}"
    if part in ("type", "label"):
        return Column(None, group=group, part="label")
    if kind in ("e mail", "email", "phone") and part == "value":
        return Column("email" if "mail" in kind else "phone", group=group, part="value", split=GOOGLE_SEPARATOR)
    if kind == "address" and part in _GOOGLE_PARTS:
        return Column(None, group=group, part=_GOOGLE_PARTS[part], split=GOOGLE_SEPARATOR)
    if kind == "website" and part == "value":
        return Column("website", group=group, part="value", split=GOOGLE_SEPARATOR)
    if kind in ("organization", "organisation") and part in ("name", "title"):
        return Column("organisation" if part == "name" else "role", group=group)
    return Column(None, group=group, part=part)  # relations, events, custom fields: nothing Carnet keeps


def _detail(header: str, key: str) -> Column:
    """An email or phone column named in words ("Work email", "Téléphone portable"), else nothing."""
    words = key.split()
    if not words or len(words) > _LONGEST_DETAIL_HEADER or _NOT_A_VALUE.intersection(words):
        return Column(None)
    if _EMAIL_WORDS.intersection(words) or words[:2] == ["e", "mail"]:
        return Column("email", label=_label(header, _EMAIL_UNLABELLED))
    if _PHONE_WORDS.intersection(words):
        return Column("phone", label=_label(header, _PHONE_UNLABELLED))
    return Column(None)


def _words(header: str) -> list[str]:
    return _WORD.findall(header) or [header]


def _label(header: str, unlabelled: frozenset[str]) -> str:
    """The header's words that are not the kind of value itself: "Business Phone 2" is labelled "Business"."""
    kept = [word for word in _WORD.findall(header) if word_key(word) not in unlabelled and not word.isdigit()]
    label = " ".join(kept)
    return label[:1].upper() + label[1:]


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> Carnet field (plus "first_name", "last_name" and "amount"), from the header names."""
    columns = [describe(header) for header in headers]
    has_first = any(column.field == "first_name" for column in columns)
    mapping: dict[int, str] = {}
    for index, column in enumerate(columns):
        target = column.field
        if word_key(headers[index]) == "nom":  # French "Nom" is the family name next to a "Prénom", else the whole
            target = "last_name" if has_first else "display_name"
        if target and (target in DETAIL_FIELDS or target not in mapping.values()):
            mapping[index] = target
    for index in address_anchors(columns):
        mapping[index] = "address"
    return dict(sorted(mapping.items()))


def address_anchors(columns: list[Column]) -> list[int]:
    """The column standing for each address group: its formatted column, else its street, else its best part."""
    best: dict[str, int] = {}
    for index, column in enumerate(columns):
        if column.field is None and column.part in ANCHOR_ORDER and _is_address_group(column.group):
            held = best.get(column.group)
            if held is None or ANCHOR_ORDER.index(column.part) < ANCHOR_ORDER.index(columns[held].part):
                best[column.group] = index
    return sorted(best.values())


def _is_address_group(group: str) -> bool:
    return group == "address" or group.startswith("address ") or group in ("business", "home", "other")
