"""The retention review (SPEC §3, "Privacy"): prospects kept too long without contact.

The CNIL's guidance for prospecting files: a person who has not been in touch for three years is either
deleted or kept for a reason the business can state. Carnet lists them; the user archives or erases them.
Strangers, visitors, leads and prospects are listed; clients and ambassadors never (their file is the
business relationship's, not the prospecting one). "Contact" is `storage.sql.common.last_contact_day`: an
interaction, an invoice or a payment, a gift sent; someone never contacted counts from the day they were added.

A pure read returning frozen rows, no Qt. A day that cannot be read (a damaged file) raises ValueError naming
the contact, never a wrong list: the error report calls it a damaged file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carnet.domain.enums import Stage, members_by_value
from carnet.domain.errors import InvalidInput
from carnet.services.hot_sql import dbapi
from carnet.storage import Database
from carnet.storage.sql import retention as sql

YEARS_NOT_POSITIVE = "The review period must be at least one year (it is {years})."

_STAGES = members_by_value(Stage)


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A contact before client with no contact since before the cut-off: to archive or erase."""

    contact_id: int
    display_name: str
    organisation: str
    stage: Stage
    last_contact: date | None  # the local day of the last contact; None if there never was one
    added_on: date  # the local day the contact was added

    @property
    def quiet_since(self) -> date:
        """The day the silence started: the last contact, else the day the contact was added."""
        return self.added_on if self.last_contact is None else self.last_contact


def cutoff(today: date, years: int) -> date:
    """The same calendar day ``years`` years before ``today``; 29 February falls back on 28 February."""
    if years <= 0:
        raise InvalidInput(YEARS_NOT_POSITIVE, field="years", years=years)
    year = today.year - years
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February into a year that has none
        return today.replace(year=year, day=28)


def _day(text: object, contact_id: int, what: str) -> date:
    if isinstance(text, str):  # else None, or another type in a damaged row: not a date either
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"contact {contact_id}: its {what} {text!r} is not a date")


def to_review(db: Database, today: date, years: int) -> list[ReviewRow]:
    """The contacts before client, not archived, with no contact for ``years`` years up to ``today``: whose
    last contact (else creation) day is before `cutoff`. A contact last reached on the cut-off day itself is
    not listed yet. Quietest first, then by id.

    ``years`` of 0 or less is refused (`InvalidInput`): it would list everybody.
    """
    bound = cutoff(today, years).isoformat()
    with db.reading() as session:
        rows = dbapi(session).execute(sql.REVIEW_CANDIDATES, (bound,)).fetchall()
    found = []
    for cid, name, organisation, stage_value, last_text, created_text in rows:
        stage = _STAGES.get(stage_value)
        if stage is None:  # the statement only reads stages before client: unreachable unless SQL and enum part
            raise LookupError(f"contact {cid}: its stage {stage_value!r} is not a stage")
        last = None if last_text is None else _day(last_text, cid, "last contact day")
        found.append(ReviewRow(cid, name, organisation, stage, last, _day(created_text, cid, "creation day")))
    return found
