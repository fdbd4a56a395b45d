"""Contacts entered twice: spotting them, merging two into one, and undoing a merge (SPEC §1, "Duplicates").

The searches read a few columns of every contact through the plain sqlite3 reader and compare keys in
Python: the keys (accents, phone prefixes) are not SQL, and 10,000 contacts take a few tens of ms.
A merge moves rows with set-based UPDATEs inside one transaction and remembers every id it touched, so
that `undo_merge` can put each row back where it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from carnet.domain.duplicates import (
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    REASONS,
    DuplicateMatch,
    email_key,
    fold_text,
    name_key,
    name_key_folded,
    phone_key,
)
from carnet.domain.enums import DetailKind
from carnet.domain.errors import InvalidInput, NotFound, RuleViolation
from carnet.domain.invoice_models import ContactBillingRow, DocumentRow
from carnet.domain.models import Contact, ContactDetailRow, ContactSequence, Gift, Interaction, Payment, StageChange
from carnet.domain.types import utc_now
from carnet.domain.validation import clean_contact_values
from carnet.services.contacts import UNKNOWN_FIELD, _check_referrer
from carnet.services.details import PRIMARY, details_in
from carnet.services.drafts import EDITABLE_FIELDS, ContactDetail, ContactDraft
from carnet.services.lookups import CONTACT_GONE, get_contact, saved_id
from carnet.storage import Database
from carnet.storage.sql.duplicates import KEY_DETAILS, KEY_ROWS

MAX_MATCHES = 10
# A key shared by more contacts than this is a switchboard number or a placeholder address rather than
# one person entered twice; pairing them all would be quadratic and drown the real duplicates.
MAX_GROUP = 50
# Stay well under SQLite's limit on bound parameters, whatever the version.
_CHUNK = 500

MERGE_ITSELF = "A contact cannot be merged with itself."
UNDO_ID_TAKEN = "This merge can no longer be undone: a contact created since then took the place of {name}."

Row = dict[str, Any]

_CONTACT = Contact.__table__
# The rows that belong to a contact and follow it into a merge; gifts move once the clashing ones are gone.
_CHILDREN: dict[str, sa.Table] = {
    table.name: table for table in (
        Interaction.__table__, Payment.__table__, StageChange.__table__, Gift.__table__, ContactDetailRow.__table__,
        DocumentRow.__table__,  # quotes and invoices: an issued one keeps its buyer as it was, frozen
    )
}
# The rows a contact has one of at most: the merged contact's moves to the kept one unless it has its own, which
# wins (as its own gift for a year does); the merged one's is then deleted, and the undo puts it back.
_ONE_PER_CONTACT: dict[str, sa.Table] = {
    table.name: table for table in (ContactBillingRow.__table__, ContactSequence.__table__)
}


@dataclass(frozen=True)
class MergeResult:
    """What a merge changed, with everything `undo_merge` needs to restore the state before it."""

    keep_id: int
    merge_id: int
    merged_row: Row  # the deleted contact, every column
    kept_before: Row  # the kept contact, every column, before the merge
    moved: dict[str, tuple[int, ...]]  # table name -> ids of the rows moved from merge_id to keep_id
    deleted_gifts: tuple[Row, ...]  # the merged contact's gifts for years the kept one already had
    repointed_referrals: tuple[int, ...]  # contacts whose "referred by" went from merge_id to keep_id
    # Further values added to the kept contact: the merged one's primary email, phone or address, when the
    # kept contact's is another (nothing of either is dropped).
    added_details: tuple[int, ...] = ()
    # The merged contact's billing details or sequence, deleted because the kept contact had its own.
    deleted_singles: tuple[tuple[str, Row], ...] = ()


# --- spotting ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Keys:
    """What the duplicate search compares of one contact: every email and phone, primary first."""

    id: int
    name: str
    organisation: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]


def _keys(db: Database) -> list[_Keys]:
    reader = db.reader()
    more: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"email": [], "phone": []})
    for contact_id, kind, value in reader.execute(KEY_DETAILS):
        more[contact_id][str(kind)].append(str(value))
    keys = []
    for contact_id, name, org, email, phone in reader.execute(KEY_ROWS).fetchall():
        further = more.get(contact_id)
        emails = (email, *further["email"]) if further else (email,)
        phones = (phone, *further["phone"]) if further else (phone,)
        keys.append(_Keys(contact_id, name, org, tuple(e for e in emails if e), tuple(p for p in phones if p)))
    return keys


def _email_keys(emails: Iterable[str]) -> set[str]:
    return {key for email in emails if (key := email_key(email))}


def _phone_keys(phones: Iterable[str]) -> set[str]:
    return {key for phone in phones if (key := phone_key(phone))}


def find_duplicates(
    db: Database,
    *,
    email: str = "",
    phone: str = "",
    display_name: str = "",
    organisation: str = "",
    exclude_id: int | None = None,
    more: Iterable[ContactDetail] = (),
) -> list[DuplicateMatch]:
    """Existing contacts (archived included) that look like the one described; at most 10, strongest first.

    Every email and phone counts, on both sides: the primary ones and the further ones (``more``).
    ``exclude_id`` is the contact being edited, which would otherwise match itself.
    """
    further = list(more)
    want_emails = _email_keys([email, *(d.value for d in further if d.kind is DetailKind.EMAIL)])
    want_phones = _phone_keys([phone, *(d.value for d in further if d.kind is DetailKind.PHONE)])
    want_name = name_key(display_name, organisation)
    if not (want_emails or want_phones or want_name):
        return []
    want_org = fold_text(organisation)
    # Organisations repeat across contacts: fold each once, and fold a name only where its organisation
    # matches; folding every name is most of the cost of a search over 10,000 contacts.
    folded_orgs: dict[str, str] = {}
    matches: list[DuplicateMatch] = []
    for row in _keys(db):
        if row.id == exclude_id:
            continue
        reasons: list[str] = []
        if want_emails and row.emails and not want_emails.isdisjoint(_email_keys(row.emails)):
            reasons.append(REASON_EMAIL)
        if want_phones and row.phones and not want_phones.isdisjoint(_phone_keys(row.phones)):
            reasons.append(REASON_PHONE)
        if want_name and row.organisation:
            row_folded = folded_orgs.get(row.organisation)
            if row_folded is None:
                row_folded = folded_orgs[row.organisation] = fold_text(row.organisation)
            if row_folded == want_org and name_key_folded(row.name, row_folded) == want_name:
                reasons.append(REASON_NAME)
        if reasons:
            matches.append(DuplicateMatch(row.id, row.name, row.organisation, tuple(reasons)))
    matches.sort(key=lambda match: (-len(match.reasons), match.contact_id))
    return matches[:MAX_MATCHES]


def strongest_duplicates(db: Database, described: Iterable[ContactDraft]) -> list[DuplicateMatch | None]:
    """For each draft, the existing contact it looks most like, if any (every email and phone counts).

    One pass over the contacts builds an index per key, so checking the 10,000 rows of an import costs
    about as much as one `find_duplicates`, not 10,000 of them. "Most like" = agrees on most keys, then
    the oldest contact: the same order as `find_duplicates`.
    """
    rows = {row.id: row for row in _keys(db)}
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows.values():
        for key in _email_keys(row.emails):
            by_key[REASON_EMAIL, key].append(row.id)
        for key in _phone_keys(row.phones):
            by_key[REASON_PHONE, key].append(row.id)
        if row.organisation and (key := name_key(row.name, row.organisation)):
            by_key[REASON_NAME, key].append(row.id)
    found: list[DuplicateMatch | None] = []
    for draft in described:
        reasons: dict[int, list[str]] = defaultdict(list)
        emails = _email_keys([draft.email, *(d.value for d in draft.more if d.kind is DetailKind.EMAIL)])
        phones = _phone_keys([draft.phone, *(d.value for d in draft.more if d.kind is DetailKind.PHONE)])
        name = name_key(draft.display_name, draft.organisation) if draft.organisation else ""
        for reason, keys in ((REASON_EMAIL, emails), (REASON_PHONE, phones), (REASON_NAME, {name} - {""})):
            owners = {contact_id for key in keys for contact_id in by_key.get((reason, key), ())}
            for contact_id in owners:
                reasons[contact_id].append(reason)
        if not reasons:
            found.append(None)
            continue
        best = min(reasons, key=lambda contact_id: (-len(reasons[contact_id]), contact_id))
        found.append(DuplicateMatch(best, rows[best].name, rows[best].organisation, tuple(reasons[best])))
    return found


def likely_duplicate_pairs(db: Database, limit: int = 200) -> list[tuple[DuplicateMatch, DuplicateMatch]]:
    """Every pair of contacts sharing a key (any of their emails or phones, or name and organisation), each
    pair once, the pairs agreeing on most keys first."""
    rows = _keys(db)
    folded_orgs: dict[str, str] = {}

    def name_of(name: str, org: str) -> str:
        if org not in folded_orgs:
            folded_orgs[org] = fold_text(org)
        return name_key_folded(name, folded_orgs[org])

    keyed = {
        REASON_EMAIL: ((key, row.id) for row in rows for key in _email_keys(row.emails)),
        REASON_PHONE: ((key, row.id) for row in rows for key in _phone_keys(row.phones)),
        # name_key, with each organisation folded once: they repeat across contacts.
        REASON_NAME: ((name_of(row.name, row.organisation), row.id) for row in rows if row.organisation),
    }
    reasons_of: dict[tuple[int, int], set[str]] = defaultdict(set)
    for reason, keys in keyed.items():
        groups: dict[str, list[int]] = defaultdict(list)
        for key, contact_id in keys:
            if key:
                groups[key].append(contact_id)
        for ids in groups.values():
            if 1 < len(ids) <= MAX_GROUP:
                for pair in combinations(ids, 2):  # ids ascend (ORDER BY id): each pair has one spelling
                    reasons_of[pair].add(reason)
    ordered = sorted(reasons_of.items(), key=lambda item: (-len(item[1]), item[0]))
    names = {row.id: (row.name, row.organisation) for row in rows}
    pairs = []
    for (first, second), found in ordered[:limit]:
        reasons = tuple(reason for reason in REASONS if reason in found)
        pairs.append((DuplicateMatch(first, *names[first], reasons), DuplicateMatch(second, *names[second], reasons)))
    return pairs


# --- merging -------------------------------------------------------------------------------------


def merge_contacts(db: Database, keep_id: int, merge_id: int, chosen: dict[str, object] | None = None) -> MergeResult:
    """Fold ``merge_id`` into ``keep_id`` in one transaction, then delete it.

    Every interaction, payment, stage change and gift moves to the kept contact (for a gift year both
    have, the kept contact's gift stays and the other is deleted); contacts referred by the merged one
    become referred by the kept one. ``chosen`` sets editable fields of the kept contact (the values the
    user picked from either side), validated as an edit would be. The kept contact keeps its stage: a
    paid payment moved onto it makes it a client for the rules, without moving its card.
    """
    if keep_id == merge_id:
        raise RuleViolation(MERGE_ITSELF)
    chosen = dict(chosen or {})
    unknown = set(chosen) - EDITABLE_FIELDS
    if unknown:
        raise InvalidInput(UNKNOWN_FIELD, name=sorted(unknown)[0])
    values = clean_contact_values(chosen)  # refuses before the transaction starts: nothing is written
    with db.transaction() as session:
        conn = session.connection()
        kept_before = _contact_row(conn, keep_id)
        merged_row = _contact_row(conn, merge_id)

        # Gift years the kept contact already has: its own gift wins (unique contact + year).
        gift = _CHILDREN["gift"]
        kept_years = set(conn.execute(sa.select(gift.c.year).where(gift.c.contact_id == keep_id)).scalars())
        clashing = [
            dict(row) for row in conn.execute(sa.select(gift).where(gift.c.contact_id == merge_id)).mappings()
            if row["year"] in kept_years
        ]
        for chunk in _chunks([row["id"] for row in clashing]):
            conn.execute(sa.delete(gift).where(gift.c.id.in_(chunk)))

        deleted_singles: list[tuple[str, Row]] = []
        for name, table in _ONE_PER_CONTACT.items():
            if conn.execute(sa.select(table.c.id).where(table.c.contact_id == keep_id)).first() is not None:
                for row in conn.execute(sa.select(table).where(table.c.contact_id == merge_id)).mappings():
                    deleted_singles.append((name, dict(row)))
                conn.execute(sa.delete(table).where(table.c.contact_id == merge_id))
        moved = {name: _move_children(conn, table, merge_id, keep_id)
                 for name, table in (*_CHILDREN.items(), *_ONE_PER_CONTACT.items())}
        referred = (_CONTACT.c.referred_by_id == merge_id) & (_CONTACT.c.id != keep_id)
        repointed = tuple(conn.execute(sa.select(_CONTACT.c.id).where(referred).order_by(_CONTACT.c.id)).scalars())
        conn.execute(sa.update(_CONTACT).where(referred).values(referred_by_id=keep_id))
        conn.execute(sa.delete(_CONTACT).where(_CONTACT.c.id == merge_id))

        # Loaded only now, so that the ORM sees the rows as the statements above left them.
        kept = get_contact(session, keep_id)
        # Referred by the copy it absorbs, the kept contact would name itself: the link goes (the foreign
        # key's SET NULL has done it already; said here so that the rule does not hang on the schema).
        inherited = None if kept.referred_by_id == merge_id else kept.referred_by_id
        referrer = values.pop("referred_by_id", inherited)
        # Checked before any attribute changes, so that its reads cannot flush a half-applied contact.
        # A chosen referrer equal to the copy is refused as a self-referral; contacts the copy referred
        # may be among the kept one's referrers, which would make a loop.
        _check_referrer(session, kept, keep_id if referrer == merge_id else referrer)
        for name, value in values.items():
            setattr(kept, name, value)
        kept.referred_by_id = referrer
        kept.updated_at = utc_now()
        session.flush()
        added = _keep_other_primaries(session, kept, merged_row)
        return MergeResult(keep_id, merge_id, merged_row, kept_before, moved, tuple(clashing), repointed, added,
                           tuple(deleted_singles))


def _keep_other_primaries(session: Session, kept: Contact, merged_row: Row) -> tuple[int, ...]:
    """The merged contact's primary email, phone and address that the kept one does not hold become further
    values of the kept one, after its own; returns the ids of the rows added."""
    own = details_in(session, saved_id(kept))
    held = {(kind, str(getattr(kept, column)).casefold()) for kind, column in PRIMARY.items()}
    held |= {(detail.kind, detail.value.casefold()) for detail in own}
    rows = [
        ContactDetailRow(contact_id=saved_id(kept), kind=kind, value=str(merged_row[column]), position=len(own) + n)
        for n, (kind, column) in enumerate(
            (kind, column) for kind, column in PRIMARY.items()
            if merged_row[column] and (kind, str(merged_row[column]).casefold()) not in held
        )
    ]
    session.add_all(rows)
    session.flush()
    return tuple(row.id for row in rows if row.id is not None)


def undo_merge(db: Database, result: MergeResult) -> None:
    """Put back exactly what `merge_contacts` changed, in one transaction.

    The merged contact comes back under its own id; its rows, the deleted gifts, the referrals and the
    kept contact's previous values are restored. Changes made since to other rows are left alone.
    """
    with db.transaction() as session:
        conn = session.connection()
        _contact_row(conn, result.keep_id)
        # SQLite hands out max(id) + 1: a contact created after the merge may now hold the merged id.
        if conn.execute(sa.select(_CONTACT.c.id).where(_CONTACT.c.id == result.merge_id)).first() is not None:
            raise RuleViolation(UNDO_ID_TAKEN, name=result.merged_row["display_name"])
        conn.execute(sa.insert(_CONTACT).values(**result.merged_row))
        for name, ids in result.moved.items():
            table = _CHILDREN.get(name, _ONE_PER_CONTACT.get(name))
            if table is None:
                continue
            for chunk in _chunks(ids):
                conn.execute(sa.update(table).where(table.c.id.in_(chunk)).values(contact_id=result.merge_id))
        for row in result.deleted_gifts:
            conn.execute(sa.insert(_CHILDREN["gift"]).values(**row))
        for name, row in result.deleted_singles:
            conn.execute(sa.insert(_ONE_PER_CONTACT[name]).values(**row))
        for chunk in _chunks(result.repointed_referrals):
            conn.execute(sa.update(_CONTACT).where(_CONTACT.c.id.in_(chunk)).values(referred_by_id=result.merge_id))
        details = ContactDetailRow.__table__
        for chunk in _chunks(result.added_details):
            conn.execute(sa.delete(details).where(details.c.id.in_(chunk)))
        previous = {name: value for name, value in result.kept_before.items() if name != "id"}
        conn.execute(sa.update(_CONTACT).where(_CONTACT.c.id == result.keep_id).values(**previous))


def _contact_row(conn: sa.Connection, contact_id: int) -> Row:
    """Every column of a contact, as typed values; `NotFound` if it is gone."""
    row = conn.execute(sa.select(_CONTACT).where(_CONTACT.c.id == contact_id)).mappings().first()
    if row is None:
        raise NotFound(CONTACT_GONE)
    return dict(row)


def _move_children(conn: sa.Connection, table: sa.Table, from_id: int, to_id: int) -> tuple[int, ...]:
    owned = table.c.contact_id == from_id
    ids = tuple(conn.execute(sa.select(table.c.id).where(owned).order_by(table.c.id)).scalars())
    if ids:
        conn.execute(sa.update(table).where(owned).values(contact_id=to_id))
    return ids


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch = list(ids)
    for start in range(0, len(batch), _CHUNK):
        yield batch[start:start + _CHUNK]


__all__ = ["MergeResult", "find_duplicates", "likely_duplicate_pairs", "merge_contacts", "undo_merge"]
