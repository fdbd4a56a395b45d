"""Realistic sample data for `carnet --demo`, screenshots and the benchmarks of SPEC §5.

Everything comes from one `random.Random(seed)`, so a (seed, contacts, today) triple always gives
the same rows. Rows go in through SQLAlchemy Core bulk inserts in one transaction: building ORM
objects one by one through the services would take minutes for 10,000 contacts.
The generated data obeys the product's rules: only clients and ambassadors have paid payments,
every client and ambassador has one, and each stage history ends in the contact's current stage.
Its words (summaries, notes, gift preferences, tags…) come in the caller's language (`services.demo_words`).
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from bisect import bisect_right
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from carnet.domain.enums import (
    STAGE_ORDER,
    Answer,
    ArchiveReason,
    ContactKind,
    InteractionKind,
    PaymentMethod,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.models import Contact, Gift, Interaction, Payment, StageChange
from carnet.services.demo_words import DemoWords, words_for
from carnet.storage.database import Database

Row = dict[str, Any]
S, K = Stage, InteractionKind

STAGE_WEIGHTS = {S.STRANGER: 15, S.VISITOR: 12, S.LEAD: 25, S.PROSPECT: 18, S.CLIENT: 22, S.AMBASSADOR: 8}
# Interactions per contact (inclusive range); averages about 5 over the stage mix above.
INTERACTIONS = {S.STRANGER: (0, 2), S.VISITOR: (1, 3), S.LEAD: (2, 6), S.PROSPECT: (4, 8),
                S.CLIENT: (5, 11), S.AMBASSADOR: (7, 13)}
# Payments besides the first paid one; with the prospects' quotes this averages about 2 per contact.
EXTRA_PAYMENTS = {S.CLIENT: (2, 7), S.AMBASSADOR: (3, 9)}
# Sources consistent with the stage a contact entered the board at (a stranger never read the newsletter).
ENTRY_SOURCES = {
    S.STRANGER: (Source.COLD_OUTREACH, Source.NETWORKING, Source.EVENT, Source.SOCIAL, Source.OTHER),
    S.VISITOR: (Source.WEBSITE, Source.SOCIAL, Source.EVENT, Source.NETWORKING),
    S.LEAD: (Source.NEWSLETTER, Source.WHITE_PAPER, Source.WEBINAR, Source.EVENT, Source.WEBSITE),
}
TEMPERATURES = {S.STRANGER: (8, 2, 0), S.VISITOR: (5, 4, 1), S.LEAD: (3, 5, 2), S.PROSPECT: (1, 4, 5),
                S.CLIENT: (1, 6, 3), S.AMBASSADOR: (0, 5, 5)}
HISTORY_DAYS = 730
ARCHIVED_SHARE = 0.04

FRENCH_FIRST = ("Zoé", "Éloïse", "François", "Hélène", "Jérôme", "Camille", "Léa", "Chloé", "Mathéo",
                "Noémie", "Gaëlle", "Benoît", "Céline", "Anaïs", "Loïc", "Thibault", "Margaux", "Inès",
                "Raphaël", "Agnès", "Cécile", "Joël", "Clémence", "Sébastien", "Aurélie", "Louis", "Manon",
                "Hugo", "Julien", "Sophie", "Nicolas", "Émilie", "Théo", "Lucie", "Pierre", "Adèle",
                "Maëlys", "Yannick", "Gérard", "Brigitte")
FRENCH_LAST = ("Lefèvre", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
               "Moreau", "Simon", "Laurent", "Michel", "Gauthier", "Fontaine", "Chevalier", "Rousseau",
               "Girard", "Bonnet", "Mercier", "Faure", "Lemaître", "Bérenger", "Lacroix", "Beaumont",
               "Carré", "Hervé", "Le Goff", "Le Gall", "Perrin", "Marchand", "Benali", "Nguyen", "Haddad")
WORLD_FIRST = ("Hans", "Greta", "Jürgen", "Siobhan", "Liam", "Seán", "Mei", "Linh", "Carlos", "Lucía",
               "José", "Sofía", "Giulia", "Matteo", "Björn", "Åsa", "Søren", "Olga", "Fatima", "Youssef",
               "Kenji", "Aiko", "Priya", "Arjun", "Emily", "James", "Chidi", "Małgorzata", "Tomasz")
WORLD_LAST = ("Müller", "Schmidt", "Schäfer", "O'Brien", "Nguyen", "García", "Fernández", "Rossi",
              "Bianchi", "Kowalski", "Novák", "Andersson", "Jensen", "Smith", "Johnson", "Tanaka",
              "Patel", "Singh", "Okafor", "Haddad", "Van der Berg", "Østergaard", "Weiß", "MacLeod")
FRENCH_TRADES = ("Atelier", "Studio", "Maison", "Cabinet", "Boulangerie", "Librairie", "Menuiserie",
                 "Agence", "Domaine", "Imprimerie", "Pharmacie", "Garage")
FRENCH_COMPANIES = ("Atelier Œuvre", "Les Éditions du Lac", "Café Lumière", "Brasserie L'Étoile",
                    "Dupont & Fils", "Coopérative Bío-Vallée", "Mairie de Villeurbanne", "Crèche Les Petits Pas",
                    "Fromagerie Beaufort", "Élan Conseil", "Horizon Numérique", "Terre & Toit")
FRENCH_CITIES = (("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("67000", "Strasbourg"),
                 ("33000", "Bordeaux"), ("44000", "Nantes"), ("59800", "Lille"), ("31000", "Toulouse"),
                 ("35000", "Rennes"), ("06000", "Nice"), ("21000", "Dijon"), ("74000", "Annecy"))
FRENCH_STREETS = ("rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "place de la République",
                  "rue du Faubourg Saint-Antoine", "chemin des Vignes", "quai Saint-Vincent", "rue Pasteur",
                  "allée des Érables", "rue de la Gare")
FRENCH_PHONES = ("+33 6 ## ## ## ##", "+33 7 ## ## ## ##", "+33 1 ## ## ## ##", "+33 4 ## ## ## ##",
                 "06 ## ## ## ##")
PERSONAL_DOMAINS = ("gmail.com", "orange.fr", "free.fr", "laposte.net", "proton.me", "outlook.com")


@dataclass(frozen=True)
class Country:
    name: str
    phone: str  # '#' stands for a random digit
    currency: str
    street: str  # '{n}' stands for the house number
    city_line: str
    companies: tuple[tuple[str, str], ...]  # (name, web domain)


COUNTRIES = (
    Country("Germany", "+49 30 #### ####", "EUR", "Friedrichstraße {n}", "10117 Berlin",
            (("Nordlicht GmbH", "nordlicht.de"), ("Bergmann & Söhne KG", "bergmann-soehne.de"))),
    Country("United Kingdom", "+44 20 #### ####", "EUR", "{n} Baker Street", "London NW1 6XE",
            (("Blue Harbour Consulting Ltd", "blueharbour.co.uk"), ("Thistle & Co", "thistle.co.uk"))),
    Country("United States", "+1 415 555 01##", "USD", "{n} Market Street", "San Francisco, CA 94103",
            (("Kaizen Labs Inc.", "kaizenlabs.com"), ("Redwood Analytics", "redwood-analytics.com"))),
    Country("Switzerland", "+41 22 ### ## ##", "CHF", "Rue du Rhône {n}", "1204 Genève",
            (("Helvetia Design SA", "helvetia-design.ch"), ("Léman Conseil Sàrl", "leman-conseil.ch"))),
    Country("Spain", "+34 91 ### ## ##", "EUR", "Calle de Alcalá {n}", "28014 Madrid",
            (("Sol y Mar S.L.", "solymar.es"), ("Estudio Peña", "estudiopena.es"))),
    Country("Belgium", "+32 2 ### ## ##", "EUR", "Avenue Louise {n}", "1050 Bruxelles",
            (("Brasserie Zinneke", "zinneke.be"), ("Atelier Horta", "atelier-horta.be"))),
)
EARLY_KINDS = {K.EMAIL: 3, K.MESSAGE: 3, K.EVENT: 2, K.CALL: 1, K.OTHER: 1}
LATER_KINDS = {K.CALL: 3, K.EMAIL: 4, K.MEETING: 2, K.EVENT: 1, K.MESSAGE: 2, K.QUOTE_SENT: 1, K.OTHER: 1}

@dataclass
class _Plan:
    """One contact before it becomes rows: what the other tables are derived from."""

    stage: Stage
    created_day: date
    archived: bool
    id: int = 0
    referred_by: int | None = None
    changes: list[tuple[Stage, datetime]] = field(default_factory=list)

    def reached(self, stage: Stage) -> datetime:
        """When the contact first reached ``stage`` (it must be in its history)."""
        return next(at for to, at in self.changes if to is stage)


def generate_demo_data(
    db: Database, contacts: int, seed: int = 1, today: date | None = None, *, language: str = "en"
) -> dict[str, int]:
    """Fill an (empty) database with realistic sample data; returns counts per table {"contact": N, ...}.

    ``language`` ("en", "fr", or a locale's name such as "fr_FR") is the one the summaries, notes, gift
    preferences, tags and roles are written in (`services.demo_words`): the interface's, which the caller
    knows (the services know no Qt). One seed gives the same book in every language, only the words differ.
    """
    words = words_for(language)
    if contacts < 0:
        raise ValueError("The number of contacts cannot be negative.")
    today = today or date.today()
    rng = random.Random(seed)
    plans = _plan_contacts(rng, contacts, today)
    # Ambassadors first: referrals need the day each became a client, and gifts need a past December.
    # Flagged months ago, so that there are contacts recent enough to have been sent by them.
    # One in three was flagged lately instead, so that the dashboard's funnel shows clients becoming ambassadors.
    flagged_before = min(date(today.year - 1, 12, 1), today - timedelta(days=120))
    ambassadors = [plan for plan in plans if plan.stage is S.AMBASSADOR]
    for number, plan in enumerate(ambassadors):
        before = today - timedelta(days=20) if number % 3 == 2 else flagged_before
        plan.changes = _history(rng, plan, _entry_stage(rng, plan.stage), before)
    _assign_referrals(rng, plans)
    for plan in plans:
        if plan.stage is not S.AMBASSADOR:
            entry = S.LEAD if plan.referred_by is not None else _entry_stage(rng, plan.stage)
            plan.changes = _history(rng, plan, entry, today - timedelta(days=5 if plan.archived else 0))
    rows: dict[str, list[Row]] = {"contact": [], "stage_change": [], "interaction": [], "payment": [], "gift": []}
    for plan in plans:
        _contact_rows(rng, plan, today, rows, words)
    _set_positions(rows["contact"])
    tables = {"contact": Contact.__table__, "stage_change": StageChange.__table__, "interaction": Interaction.__table__,
              "payment": Payment.__table__, "gift": Gift.__table__}
    with db.transaction() as session:
        if session.execute(select(func.count()).select_from(Contact.__table__)).scalar_one():
            raise ValueError("Demo data goes into an empty database; this one already has contacts.")
        connection = session.connection()
        for name, table in tables.items():  # contacts first: the other tables point at them
            if rows[name]:
                connection.execute(insert(table), rows[name])
    return {name: len(table_rows) for name, table_rows in rows.items()}


def make_demo_book(
    db: Database, contacts: int, seed: int = 1, today: date | None = None, *, language: str = "en"
) -> dict[str, int]:
    """`generate_demo_data`, then the quotes and invoices (issue 20, `services.demo_invoices`), so that the
    feature can be seen at once; the counts of both. A book too small to have a client and a prospect gets
    no documents. Kept apart from `generate_demo_data`, whose rows a seed fixes exactly: the documents are
    written through the services, which date what they write."""
    counts = generate_demo_data(db, contacts, seed, today, language=language)
    from carnet.services.demo_invoices import add_demo_invoices

    with suppress(ValueError):
        made = add_demo_invoices(db, today, language=language)
        counts |= {name: made[name] for name in ("quote", "invoice", "credit_note") if name in made}
        with db.reading() as session:  # the documents' payments are payments of the book too
            counts["payment"] = session.execute(select(func.count()).select_from(Payment.__table__)).scalar_one()
    return counts


def _plan_contacts(rng: random.Random, count: int, today: date) -> list[_Plan]:
    stages, weights = list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values())
    plans = []
    for _ in range(count):
        stage = rng.choices(stages, weights)[0]
        # Old enough for the whole walk; ambassadors must have been flagged before last December's gifts.
        min_age = 450 if stage is S.AMBASSADOR else 10 + 8 * stage.rank
        archived = stage is not S.AMBASSADOR and rng.random() < ARCHIVED_SHARE
        plans.append(_Plan(stage, today - timedelta(days=rng.randint(min_age, HISTORY_DAYS)), archived))
    # Ids in creation order, so a referrer (created earlier) is inserted before the contacts it sent.
    plans.sort(key=lambda plan: plan.created_day)
    for number, plan in enumerate(plans, start=1):
        plan.id = number
    return plans


def _entry_stage(rng: random.Random, stage: Stage) -> Stage:
    """The column a contact was first added to: stranger, visitor or lead, never after its current stage."""
    options = [s for s in (S.STRANGER, S.VISITOR, S.LEAD) if s.rank <= stage.rank]
    return rng.choices(options, (3, 3, 4)[: len(options)])[0]


def _history(rng: random.Random, plan: _Plan, entry: Stage, before: date) -> list[tuple[Stage, datetime]]:
    """The stages walked from ``entry`` to the current stage, at increasing times before ``before``."""
    path = [entry]
    for stage in STAGE_ORDER[entry.rank + 1 : plan.stage.rank + 1]:
        if stage in (S.LEAD, S.PROSPECT) and rng.random() < 0.12:
            path += [stage, path[-1]]  # warmed up, cooled down, then came back
        path.append(stage)
    days = sorted(rng.sample(range(1, (before - plan.created_day).days), len(path) - 1))
    moments = [_at(rng, plan.created_day)] + [_at(rng, plan.created_day + timedelta(days=d)) for d in days]
    return list(zip(path, moments, strict=True))


def _assign_referrals(rng: random.Random, plans: list[_Plan]) -> None:
    """Each ambassador sent a few leads, all added after the ambassador became a client."""
    candidates = [p for p in plans if p.stage in (S.LEAD, S.PROSPECT, S.CLIENT)]
    created = [p.created_day for p in candidates]
    ambassadors = [p for p in plans if p.stage is S.AMBASSADOR]
    # The latest clients have the fewest candidates: they choose first, so that none is left without.
    ambassadors.sort(key=lambda p: (p.reached(S.CLIENT), p.id), reverse=True)
    for ambassador in ambassadors:
        pool = candidates[bisect_right(created, ambassador.reached(S.CLIENT).date()) :]
        wanted, sent = rng.randint(1, 4), 0
        for _ in range(3 * wanted if pool else 0):  # random tries: cheap while the pool is mostly free
            referee = rng.choice(pool)
            if referee.referred_by is None and sent < wanted:
                referee.referred_by, sent = ambassador.id, sent + 1
        free = [p for p in pool if p.referred_by is None] if not sent else []
        if free:
            rng.choice(free).referred_by = ambassador.id


def _contact_rows(rng: random.Random, plan: _Plan, today: date, rows: dict[str, list[Row]], words: DemoWords) -> None:
    last_change = plan.changes[-1][1]
    archived_at = _at(rng, _day_between(rng, last_change.date() + timedelta(days=1), today)) if plan.archived else None
    end = archived_at.date() if archived_at else today  # nothing happens after archiving
    entry_stage = plan.changes[0][0]
    contact = _identity(rng, words)
    contact.update(
        id=plan.id, stage=plan.stage, position=0.0, referred_by_id=plan.referred_by,
        source=Source.REFERRAL if plan.referred_by is not None else rng.choice(ENTRY_SOURCES[entry_stage]),
        temperature=rng.choices(list(Temperature), TEMPERATURES[plan.stage])[0],
        tags=", ".join(rng.sample(words.tags, rng.choice((0, 0, 1, 1, 2, 3)))),
        notes=rng.choice(words.notes) if rng.random() < 0.3 else "",
        next_follow_up=None, ambassador_since=None, recommends_how="", gift_preferences="",
        archived_at=archived_at, archive_reason=None, archive_note="",
        created_at=plan.changes[0][1], **_qualification(rng, plan.stage, words),
    )
    if archived_at:
        client = plan.stage.rank >= S.CLIENT.rank
        contact["archive_reason"] = ArchiveReason.OTHER if client else rng.choice(list(ArchiveReason))
        contact["archive_note"] = words.closed_business if client else ""
    if plan.stage is S.AMBASSADOR:
        since = plan.reached(S.AMBASSADOR).date()
        contact.update(ambassador_since=since, recommends_how=rng.choice(words.recommends),
                       gift_preferences=rng.choice(words.gift_preferences))
        rows["gift"] += [{"contact_id": plan.id, "year": year, "what": rng.choice(words.gifts),
                          "sent_on": date(year, 12, rng.randint(5, 20))}
                         for year in range(since.year + (since.month == 12), today.year)]
    previous: Stage | None = None
    for stage, at in plan.changes:
        rows["stage_change"].append({"contact_id": plan.id, "from_stage": previous, "to_stage": stage, "at": at})
        previous = stage
    interactions = _interactions(rng, plan, end, words)
    if interactions and not archived_at and rng.random() < (0.35 if plan.stage.rank >= 2 else 0.1):
        contact["next_follow_up"] = _follow_up(rng, interactions[-1]["at"].date(), today)
        interactions[-1]["follow_up"] = contact["next_follow_up"]
    rows["interaction"] += interactions
    rows["payment"] += _payments(rng, plan, end, contact.pop("currency"), words)
    latest = [last_change, *(i["at"] for i in interactions[-1:]), *([archived_at] if archived_at else [])]
    contact["updated_at"] = max(latest)
    rows["contact"].append(contact)


def _identity(rng: random.Random, words: DemoWords) -> Row:
    """Name, organisation, role and coordinates; most contacts French, some from abroad."""
    country = rng.choice(COUNTRIES) if rng.random() < 0.2 else None
    if country:
        first, last = rng.choice(WORLD_FIRST), rng.choice(WORLD_LAST)
        company, domain = rng.choice(country.companies)
        named = words.countries.get(country.name, country.name)  # "Allemagne" on a French envelope
        phone, street, city_line = country.phone, country.street, f"{country.city_line}\n{named}"
    else:
        mixed = rng.random() < 0.15  # France is not only Martin and Dubois
        first, last = (rng.choice(WORLD_FIRST), rng.choice(WORLD_LAST)) if mixed else (
            rng.choice(FRENCH_FIRST), rng.choice(FRENCH_LAST))
        company = _french_company(rng)
        domain = _slug(company, "-") + ".fr"
        postcode, city = rng.choice(FRENCH_CITIES)
        phone, street, city_line = rng.choice(FRENCH_PHONES), "{n} " + rng.choice(FRENCH_STREETS), f"{postcode} {city}"
    is_organisation = rng.random() < 0.1
    independent = not is_organisation and rng.random() < 0.3  # freelancers, private customers
    if is_organisation:
        name, role, email = company, "", f"{rng.choice(('contact', 'hello', 'info'))}@{domain}"
    else:
        name, role = f"{first} {last}", rng.choice(words.independent_roles if independent else words.person_roles)
        email = _person_email(rng, first, last, None if independent else domain)
    address = [] if independent else [company]
    address += [street.format(n=rng.randint(1, 120)), city_line]
    return {
        "kind": ContactKind.ORGANISATION if is_organisation else ContactKind.PERSON,
        "display_name": name,
        "organisation": "" if is_organisation or independent else company,
        "role": role,
        "email": email if rng.random() < 0.9 else "",
        "phone": "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in phone) if rng.random() < 0.8 else "",
        "website": f"https://{domain}" if not independent and rng.random() < 0.5 else "",
        "address": "\n".join(address) if is_organisation or rng.random() < 0.65 else "",
        "currency": country.currency if country and rng.random() < 0.7 else "EUR",
    }


def _french_company(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(FRENCH_COMPANIES)
    return f"{rng.choice(FRENCH_TRADES)} {rng.choice(FRENCH_LAST)}"  # "Boulangerie Martin"


def _person_email(rng: random.Random, first: str, last: str, work_domain: str | None) -> str:
    """zoe.lefevre@atelier-oeuvre.fr at work; a numbered address at a mail provider otherwise."""
    local = rng.choice((f"{_slug(first)}.{_slug(last)}", f"{_slug(first)[0]}{_slug(last)}"))
    if work_domain:
        return f"{local}@{work_domain}"
    return f"{local}{rng.randint(1, 99)}@{rng.choice(PERSONAL_DOMAINS)}"


def _qualification(rng: random.Random, stage: Stage, words: DemoWords) -> Row:
    """BANT answers: unknown early on, mostly yes once qualified as prospect."""
    if stage.rank < S.LEAD.rank:
        weights, note = (0, 0, 1), ""
    elif stage is S.LEAD:
        weights, note = (2, 1, 5), ""
    else:
        weights, note = (8, 1, 1), rng.choice(words.qualification_notes) if rng.random() < 0.6 else ""
    answers = {key: rng.choices((Answer.YES, Answer.NO, Answer.UNKNOWN), weights)[0]
               for key in ("budget", "authority", "need", "timing")}
    return {**answers, "qualification_note": note}


def _interactions(rng: random.Random, plan: _Plan, end: date, words: DemoWords) -> list[Row]:
    low, high = INTERACTIONS[plan.stage]
    first = plan.created_day + timedelta(days=1)
    if first >= end:
        return []
    kinds = EARLY_KINDS if plan.stage.rank < S.LEAD.rank else LATER_KINDS
    moments = sorted(_at(rng, _day_between(rng, first, end)) for _ in range(rng.randint(low, high)))
    rows = []
    for at in moments:
        kind = rng.choices(list(kinds), list(kinds.values()))[0]
        if kind is K.QUOTE_SENT and plan.stage.rank < S.PROSPECT.rank:
            kind = K.EMAIL  # no quotes before the contact was qualified
        # Some interactions set a follow-up that has since been done.
        follow_up = at.date() + timedelta(days=rng.randint(3, 21)) if rng.random() < 0.1 else None
        rows.append({"contact_id": plan.id, "kind": kind, "at": at, "summary": rng.choice(words.summaries[kind]),
                     "follow_up": follow_up})
    return rows


def _follow_up(rng: random.Random, last_contact: date, today: date) -> date:
    """A next follow-up date: overdue (in the past) for some contacts, upcoming for the others."""
    if rng.random() < 0.4 and (today - last_contact).days > 1:
        return _day_between(rng, last_contact + timedelta(days=1), today)
    return today + timedelta(days=rng.randint(1, 30))


def _payments(rng: random.Random, plan: _Plan, end: date, currency: str, words: DemoWords) -> list[Row]:
    """Paid payments only from the day a contact became a client; quotes and invoices for prospects."""
    rows = []
    if plan.stage.rank >= S.CLIENT.rank:
        paid_on = plan.reached(S.CLIENT).date()  # the payment that made the contact a client
        issued = paid_on - timedelta(days=rng.randint(0, min(40, (paid_on - plan.created_day).days)))
        rows.append(_payment(rng, plan.id, currency, PaymentStatus.PAID, issued, paid_on, words))
        for _ in range(rng.randint(*EXTRA_PAYMENTS[plan.stage])):
            issued = _day_between(rng, paid_on, end)
            recent = (end - issued).days < 45
            status = rng.choices(list(PaymentStatus), (2, 3, 5) if recent else (1, 1, 18))[0]
            paid = issued + timedelta(days=rng.randint(0, 40)) if status is PaymentStatus.PAID else None
            if paid is not None and paid > end:  # not paid yet: an invoice (clamping would pile them on today)
                status, paid = PaymentStatus.INVOICED, None
            rows.append(_payment(rng, plan.id, currency, status, issued, paid, words))
    elif plan.stage is S.PROSPECT or (plan.stage is S.LEAD and rng.random() < 0.08):
        since = plan.changes[-1][1].date()
        for _ in range(1 if plan.stage is S.LEAD else rng.choice((1, 1, 2))):
            status = rng.choices((PaymentStatus.QUOTED, PaymentStatus.INVOICED), (2, 1))[0]
            rows.append(_payment(rng, plan.id, currency, status, _day_between(rng, since, end), None, words))
    return rows


def _payment(rng: random.Random, contact_id: int, currency: str, status: PaymentStatus,
             issued_on: date, paid_on: date | None, words: DemoWords) -> Row:
    # Log-uniform between 300 and 15,000, rounded as people quote: to 50 under 2,000, to 100 above.
    amount = math.exp(rng.uniform(math.log(300), math.log(15_000)))
    step = 50 if amount < 2_000 else 100
    cents = max(step, round(amount / step) * step) * 100
    if rng.random() < 0.15:
        cents = cents * 6 // 5  # a price quoted excluding VAT, invoiced including 20%
    # How it was paid, drawn without the generator (the same book as before, whatever the seed): mostly
    # transfers, as a consultant's clients pay.
    method = _METHODS[(contact_id * 7 + cents // 100) % len(_METHODS)] if status is PaymentStatus.PAID else None
    return {"contact_id": contact_id, "amount_cents": cents, "currency": currency, "status": status,
            "issued_on": issued_on, "paid_on": paid_on, "description": rng.choice(words.payment_what),
            "method": method, "reference": "", "created_at": _at(rng, issued_on)}


_METHODS = (PaymentMethod.BANK_TRANSFER,) * 5 + (PaymentMethod.CARD, PaymentMethod.CHEQUE, PaymentMethod.ONLINE)


def _set_positions(contacts: list[Row]) -> None:
    """0, 1, 2… per column in id order; archived cards (off the board) come after the visible ones."""
    next_position: dict[Stage, int] = {}
    for contact in sorted(contacts, key=lambda c: c["archived_at"] is not None):
        stage = contact["stage"]
        position = next_position.get(stage, 0)
        contact["position"], next_position[stage] = float(position), position + 1


def _day_between(rng: random.Random, first: date, end: date) -> date:
    """A day in [first, end), or ``first`` when that range is empty."""
    return first + timedelta(days=rng.randrange(max(1, (end - first).days)))


def _at(rng: random.Random, day: date) -> datetime:
    """An aware UTC instant during European office hours on ``day``."""
    return datetime.combine(day, time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)), tzinfo=UTC)


def _slug(text: str, separator: str = "") -> str:
    """ASCII, lowercase, for emails and domains: "Atelier Œuvre" -> "atelier-oeuvre", "O'Brien" -> "obrien"."""
    text = text.replace("Œ", "Oe").replace("œ", "oe").replace("ß", "ss").replace("Ø", "O").replace("ø", "o")
    text = text.replace("ł", "l").replace("Ł", "L").replace("'", "")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return separator.join(re.findall(r"[a-z0-9]+", ascii_text))
