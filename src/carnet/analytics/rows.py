"""The rows the analytics read, as `carnet.services.dashboard_read` returns them (tests build them with `make`).

Rows hold plain values, straight from SQLite: a dashboard reads some 55,000 of them at 10,000 contacts and
must compute in well under 200 ms, so nothing is converted per row. Days are **day numbers**
(`date.toordinal`: one more per calendar day), stages and statuses their stored values; `Stage` and
`PaymentStatus` are StrEnums, equal to (and hashing like) those values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source, Stage

# A stage's place in the lifecycle by its stored value (0 for stranger): what "a later stage" compares.
STAGE_RANK: dict[str, int] = {stage.value: rank for rank, stage in enumerate(STAGE_ORDER)}
PAID = PaymentStatus.PAID.value


class ContactRow(NamedTuple):
    """One contact, archived ones included."""

    id: int
    stage: str  # a `Stage` value: the column it is in, or left (archived contacts keep it)
    source: str | None  # a `Source` value, None when not recorded
    referred_by: int | None
    archived: int  # 1 when archived, else 0
    created: int  # local day added, as a day number

    @classmethod
    def make(cls, id: int, stage: Stage, created: date, *, source: Source | None = None,
             referred_by: int | None = None, archived: bool = False) -> ContactRow:
        return cls(id, stage.value, None if source is None else source.value, referred_by, int(archived),
                   created.toordinal())


class StageChangeRow(NamedTuple):
    """One move along the lifecycle (the first one is the contact's creation)."""

    contact_id: int
    rank: int  # the stage moved to, by its place in the lifecycle (`STAGE_RANK`)
    day: int  # local day, as a day number

    @classmethod
    def make(cls, contact_id: int, stage: Stage, day: date) -> StageChangeRow:
        return cls(contact_id, STAGE_RANK[stage.value], day.toordinal())


class PaymentRow(NamedTuple):
    """One payment, of any status."""

    contact_id: int
    status: str  # a `PaymentStatus` value
    currency: str
    cents: int
    # Paid: the day it was paid. Quoted or invoiced: the day it was issued. Either one falls back on the
    # other, then on the local day it was recorded: a row without the date its status implies still counts.
    day: int

    @classmethod
    def make(cls, contact_id: int, status: PaymentStatus, cents: int, day: date, currency: str = "EUR") -> PaymentRow:
        return cls(contact_id, status.value, currency, cents, day.toordinal())


@dataclass(frozen=True, slots=True)
class DashboardRows:
    """Everything the dashboard computes from.

    ``stage_changes`` are grouped by contact and, within a contact, in the order they happened (by time,
    then insertion): "reached later" is read from that order, not from the days (two moves can share a day).
    """

    today: date
    contacts: tuple[ContactRow, ...] | list[ContactRow] = ()
    stage_changes: tuple[StageChangeRow, ...] | list[StageChangeRow] = ()
    payments: tuple[PaymentRow, ...] | list[PaymentRow] = ()
    names: dict[int, str] = field(default_factory=dict)  # display names of the referrers, for their table
    # The book's home currency (`services.book`): the charts', and the only one RFM and PMG score. The
    # default is the one a book has before it was ever set (`domain.models.DEFAULT_CURRENCY`).
    home_currency: str = "EUR"
