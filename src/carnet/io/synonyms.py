"""The words people write in a file for Carnet's closed vocabularies: sources, stages, kinds, temperatures
and qualification answers, in English and French, whatever their case, accents and punctuation.

A sheet says "Salon", "Bouche-à-oreille" or "LinkedIn" where Carnet stores ``event``, ``referral`` and
``social``; Carnet's standard export writes the stored values (``white_paper``), which are words here too,
and its French style the French interface's labels ("Salon / événement", "Prospection à froid"), listed here. The
lists are what solo entrepreneurs' sheets and CRMs use; a word missing from them is not an error for a
source (the importer files it as Other and keeps the word as a tag), and a refused row for the others,
whose value changes what Carnet does with the contact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from carnet.domain.duplicates import fold_text
from carnet.domain.enums import Answer, ContactKind, Source, Stage, Temperature

_E = TypeVar("_E", bound=StrEnum)
_NOT_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=4096)
def word_key(text: str) -> str:
    """A word or a header as compared: accents and case folded, punctuation made spaces ("Bouche-à-oreille"
    and "bouche a oreille" are one key)."""
    return " ".join(_NOT_WORD.sub(" ", fold_text(text)).split())


def _table(kind: type[_E], words: Mapping[_E, str]) -> dict[str, _E]:
    """Key -> member, from each member's words (one string, "|"-separated) and its own value."""
    table = {word_key(member.value): member for member in kind}
    for member, listed in words.items():
        table |= {word_key(word): member for word in listed.split("|")}
    return table


SOURCES: dict[str, Source] = _table(Source, {
    Source.WEBSITE: "website|web site|site|site web|site internet|internet|web|formulaire|formulaire de contact|"
                    "formulaire web|contact form|web form|seo|google|search|search engine|moteur de recherche|"
                    "referencement|organic|inbound|landing page|blog",
    Source.NEWSLETTER: "newsletter|newsletters|infolettre|lettre d information|lettre d info|emailing|e mailing|"
                       "mailing|email marketing|liste de diffusion",
    Source.WHITE_PAPER: "white paper|whitepaper|white papers|livre blanc|livres blancs|ebook|e book|guide|"
                        "lead magnet|telechargement|download",
    Source.WEBINAR: "webinar|webinars|webinaire|webinaires|web conference|visioconference",
    Source.EVENT: "event|events|trade show|tradeshow|trade fair|fair|salon|salons|salon professionnel|foire|"
                  "foire expo|conference|conferences|congres|seminaire|seminar|expo|exposition|evenement|"
                  "evenements|meetup|workshop|atelier|forum|salon evenement|trade show event",
    Source.NETWORKING: "networking|network|reseau|reseaux|reseautage|club|club d affaires|business club|bni|"
                       "afterwork|chambre de commerce|cci",
    Source.SOCIAL: "social|social network|social networks|social media|reseau social|reseaux sociaux|linkedin|"
                   "facebook|instagram|twitter|tiktok|youtube|pinterest|mastodon|threads|bluesky|viadeo",
    Source.REFERRAL: "referral|referrals|referred|recommendation|recommandation|recommande|recommandee|reco|"
                     "bouche a oreille|bouche oreille|word of mouth|parrainage|parrain|marraine|prescripteur|"
                     "prescription|apporteur d affaires",
    Source.COLD_OUTREACH: "cold outreach|outreach|cold call|cold calling|cold email|cold mail|prospection|"
                          "prospection telephonique|teleprospection|demarchage|phoning|appel a froid|"
                          "porte a porte|outbound|prospection a froid",
    Source.OTHER: "other|autre|autres|divers",
})
STAGES: dict[str, Stage] = _table(Stage, {
    Stage.STRANGER: "etranger|etrangere|inconnu|inconnue|unknown|stranger",
    Stage.VISITOR: "visiteur|visiteuse|visitor|abonne|abonnee|subscriber",
    Stage.LEAD: "lead|leads|piste|pistes",
    Stage.PROSPECT: "prospect|prospects|prospecte|prospectee|opportunite|opportunity",
    Stage.CLIENT: "client|cliente|clients|customer|customers",
    Stage.AMBASSADOR: "ambassadeur|ambassadrice|ambassadeurs|ambassador|ambassadors|advocate|promoter",
})
KINDS: dict[str, ContactKind] = _table(ContactKind, {
    ContactKind.PERSON: "personne|person|individu|individual|particulier",
    ContactKind.ORGANISATION: "organisation|organization|org|entreprise|societe|company|structure|association",
})
TEMPERATURES: dict[str, Temperature] = _table(Temperature, {
    Temperature.COLD: "froid|froide|cold",
    Temperature.WARM: "tiede|warm",
    Temperature.HOT: "chaud|chaude|hot|brulant|brulante",
})
ANSWERS: dict[str, Answer] = _table(Answer, {
    Answer.YES: "oui|yes|y|o|true|vrai|1",
    Answer.NO: "non|no|n|false|faux|0",
    Answer.UNKNOWN: "inconnu|inconnue|unknown|ne sait pas|nsp|na|n a",
})
