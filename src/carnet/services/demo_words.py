"""The words of the demo book (`services.demo_data`), in English and in French.

The English demo is a French consultant's book as it has always been, English and French mixed; the French
one is written in French from end to end (issue 16: the demo's interaction summaries and gift preferences
in French when the interface is French). Names, companies, streets and phone numbers are the same in both.

Each French table has the same length as its English one, entry for entry: the generator draws an index
the same way in both, so a seed gives the same book in either language — the same people, dates, amounts
and stages — and only the words differ (`tests/test_demo_french.py` holds the two together).
No Qt here: the caller says which language (`language_of`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from carnet.domain.enums import InteractionKind

K = InteractionKind


@dataclass(frozen=True)
class DemoWords:
    """What the demo's contacts say and are said about, in one language."""

    person_roles: tuple[str, ...]
    independent_roles: tuple[str, ...]  # freelancers, private customers
    tags: tuple[str, ...]
    notes: tuple[str, ...]
    summaries: Mapping[InteractionKind, tuple[str, ...]]
    payment_what: tuple[str, ...]
    qualification_notes: tuple[str, ...]
    recommends: tuple[str, ...]  # how an ambassador recommends you
    gift_preferences: tuple[str, ...]
    gifts: tuple[str, ...]
    closed_business: str  # why an archived client left
    countries: Mapping[str, str] = field(default_factory=dict)  # a country's English name → its name here


ENGLISH = DemoWords(
    person_roles=("Gérante", "Founder", "CEO", "Directeur commercial", "Head of Marketing", "Responsable achats",
                  "Office manager", "Directrice artistique", "CTO", "Chef de projet", "Consultante RH", "Owner",
                  "Purchasing manager", "Assistante de direction", ""),
    independent_roles=("Freelance designer", "Consultant indépendant", "Photographe", "Particulier", ""),
    tags=("VIP", "B2B", "artisan", "tech", "retail", "partenaire", "presse", "salon 2025", "à relancer",
          "Lyon", "export", "association"),
    notes=("Prefers email to calls.", "Préfère être appelé le matin.", "Met through the coworking space.",
           "Speaks English and German.", "Do not call on Fridays.", "Décideur : le conseil d'administration.",
           "Knows our competitor well.", "Très sensible aux délais."),
    summaries={
        K.CALL: ("Intro call: explained the offer", "Appel de qualification, budget à confirmer",
                 "Follow-up call about the proposal", "Left a voicemail", "Point téléphonique sur le planning",
                 "Called to check satisfaction after delivery"),
        K.EMAIL: ("Sent the brochure and references", "Envoyé le compte rendu de réunion",
                  "Replied to questions about pricing", "Relance par email", "Sent the invoice",
                  "Asked for the brief and the deadline"),
        K.MEETING: ("Discovery meeting at their office", "Déjeuner avec l'équipe", "Workshop to scope the project",
                    "Quarterly review", "Visio de lancement du projet", "Coffee to talk about a referral"),
        K.EVENT: ("Met at the Salon des Entrepreneurs", "Chatted during the webinar Q&A",
                  "Rencontré au salon Maison & Objet", "Chamber of commerce breakfast", "Soirée networking BNI"),
        K.MESSAGE: ("LinkedIn message: thanks for connecting", "SMS pour confirmer le rendez-vous",
                    "WhatsApp: sent photos of the finished work", "Asked for a testimonial"),
        K.QUOTE_SENT: ("Sent the quote for phase 1", "Devis envoyé pour la refonte du site",
                       "Revised quote with a 10% discount", "Quote for the annual maintenance"),
        K.OTHER: ("Sent a thank-you card", "Added to the newsletter", "On holiday until the 15th",
                  "Recommandé par un client"),
    },
    payment_what=("Website redesign — phase 1", "Brand identity workshop", "Audit SEO",
                  "Formation Excel avancé (2 jours)", "Coaching pack (5 sessions)", "Annual maintenance contract",
                  "Photo shoot — product catalogue", "Logo and business cards", "Conseil stratégie commerciale",
                  "Custom oak shelves", "Translation of the catalogue", "Monthly retainer"),
    qualification_notes=("Budget validated for Q3; the founder decides.",
                         "Needs the new site before the spring launch.", "Decision committee in September.",
                         "Budget serré, à revoir en janvier.", "Board approval needed above 5 k€."),
    recommends=("Talks about us at the BNI chapter.", "Sends colleagues with a warm intro email.",
                "Mentioned us in a LinkedIn post.", "Recommends us to her own clients during audits.",
                "Introduced us to two partners at the trade show.", "Passes our card on and leaves great reviews."),
    gift_preferences=("Loves wine, especially Burgundy.", "No alcohol; tea and chocolate.",
                      "Vegan; plants or books.", "Collects jazz records.", "Prefers a donation to a charity.",
                      "Sweet tooth: macarons.", "Keen cyclist."),
    gifts=("Box of Alsace wines", "Coffret de chocolats Bernachon", "Panettone and Italian coffee",
           "Book: The Art of Gathering", "Bottle of Ruinart champagne", "Olive tree from the local nursery",
           "Dinner voucher at Le Bistrot", "Handmade ceramic mugs", "Coffret de thés Mariage Frères",
           "Honey from a local beekeeper"),
    closed_business="Closed their business.",
)

# Written as a French user writes in a CRM: plain spaces before ":" and ";", no gendered words about a
# contact whose gender the sentence does not know.
FRENCH = DemoWords(
    person_roles=("Gérante", "Fondatrice", "PDG", "Directeur commercial", "Responsable marketing",
                  "Responsable achats", "Office manager", "Directrice artistique", "Directeur technique",
                  "Chef de projet", "Consultante RH", "Propriétaire", "Acheteur", "Assistante de direction", ""),
    independent_roles=("Graphiste indépendante", "Consultant indépendant", "Photographe", "Particulier", ""),
    tags=("VIP", "B2B", "artisan", "tech", "commerce", "partenaire", "presse", "salon 2025", "à relancer",
          "Lyon", "export", "association"),
    notes=("Préfère l'email au téléphone.", "Préfère être appelé le matin.", "Rencontré à l'espace de coworking.",
           "Parle anglais et allemand.", "Ne pas appeler le vendredi.", "Décideur : le conseil d'administration.",
           "Connaît bien notre concurrent.", "Très sensible aux délais."),
    summaries={
        K.CALL: ("Premier appel : présentation de l'offre", "Appel de qualification, budget à confirmer",
                 "Appel de suivi sur la proposition", "Message laissé sur le répondeur",
                 "Point téléphonique sur le planning", "Appel de satisfaction après la livraison"),
        K.EMAIL: ("Envoi de la plaquette et des références", "Envoyé le compte rendu de réunion",
                  "Réponse aux questions sur les tarifs", "Relance par email", "Envoi de la facture",
                  "Demande du cahier des charges et de l'échéance"),
        K.MEETING: ("Rendez-vous de découverte dans leurs locaux", "Déjeuner avec l'équipe",
                    "Atelier de cadrage du projet", "Revue trimestrielle", "Visio de lancement du projet",
                    "Café pour parler d'une recommandation"),
        K.EVENT: ("Rencontré au Salon des Entrepreneurs", "Échange pendant les questions du webinaire",
                  "Rencontré au salon Maison & Objet", "Petit-déjeuner de la CCI", "Soirée networking BNI"),
        K.MESSAGE: ("Message LinkedIn : merci pour la mise en relation", "SMS pour confirmer le rendez-vous",
                    "WhatsApp : envoi des photos du travail terminé", "Demande d'un témoignage"),
        K.QUOTE_SENT: ("Envoi du devis de la phase 1", "Devis envoyé pour la refonte du site",
                       "Devis révisé avec 10 % de remise", "Devis pour la maintenance annuelle"),
        K.OTHER: ("Carte de remerciement envoyée", "Inscription à la newsletter", "En congés jusqu'au 15",
                  "Recommandé par un client"),
    },
    payment_what=("Refonte du site — phase 1", "Atelier identité de marque", "Audit SEO",
                  "Formation Excel avancé (2 jours)", "Pack coaching (5 séances)", "Contrat de maintenance annuel",
                  "Shooting photo — catalogue produits", "Logo et cartes de visite", "Conseil stratégie commerciale",
                  "Étagères en chêne sur mesure", "Traduction du catalogue", "Forfait mensuel"),
    qualification_notes=("Budget validé pour le T3 ; la fondatrice décide.",
                         "Le nouveau site doit être prêt avant le lancement du printemps.",
                         "Comité de décision en septembre.", "Budget serré, à revoir en janvier.",
                         "Accord du conseil nécessaire au-delà de 5 k€."),
    recommends=("Parle de nous à son groupe BNI.", "Nous adresse des confrères avec un email de présentation.",
                "Nous a cités dans une publication LinkedIn.", "Nous recommande à sa clientèle lors de ses audits.",
                "Nous a présenté deux partenaires au salon.", "Transmet notre carte et laisse d'excellents avis."),
    gift_preferences=("Aime le vin, surtout le bourgogne.", "Pas d'alcool ; thé et chocolat.",
                      "Végane ; plantes ou livres.", "Collectionne les disques de jazz.",
                      "Préfère un don à une association.", "Un faible pour les macarons.", "Passion : le vélo."),
    gifts=("Coffret de vins d'Alsace", "Coffret de chocolats Bernachon", "Panettone et café italien",
           "Livre : L'Art de recevoir", "Bouteille de champagne Ruinart", "Olivier de la pépinière du quartier",
           "Bon pour un dîner au Bistrot", "Mugs en céramique faits main", "Coffret de thés Mariage Frères",
           "Miel d'un apiculteur local"),
    closed_business="Entreprise fermée.",
    countries={"Germany": "Allemagne", "United Kingdom": "Royaume-Uni", "United States": "États-Unis",
               "Switzerland": "Suisse", "Spain": "Espagne", "Belgium": "Belgique"},
)

LANGUAGES: Mapping[str, DemoWords] = {"en": ENGLISH, "fr": FRENCH}


def language_of(code: str) -> str:
    """The demo's language for a locale or language code ("fr", "fr_FR", "fr-CA" → "fr"); English for any
    other ("de_DE", "C", "")."""
    language = code.strip().replace("-", "_").split("_")[0].lower()
    return language if language in LANGUAGES else "en"


def words_for(code: str) -> DemoWords:
    """The demo's words for a language or locale code (`language_of`)."""
    return LANGUAGES[language_of(code)]
