"""Every panel of the dashboard at once, from one read of the rows."""

from __future__ import annotations

from dataclasses import dataclass

from carnet.analytics.acquisition import Referrals, SourceRow, referrals, sources
from carnet.analytics.clients import Pmg, PmgThresholds, Rfm, pmg, pmg_values, pmg_window, rfm
from carnet.analytics.common import Period
from carnet.analytics.funnel import FunnelStep, funnel
from carnet.analytics.ledger import paid_ledger
from carnet.analytics.revenue import RevenueSummary, revenue
from carnet.analytics.rows import DashboardRows


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The figures of every panel for one period."""

    period: Period
    currency: str  # the book's home currency: the charts', and the only one RFM and PMG read
    archived: int  # archived contacts, left out of the counts per stage
    funnel: tuple[FunnelStep, ...]
    revenue: RevenueSummary
    sources: tuple[SourceRow, ...]
    referrals: Referrals
    rfm: Rfm
    pmg: Pmg


def compute_dashboard(rows: DashboardRows, period: Period, thresholds: PmgThresholds | None = None) -> Dashboard:
    """All the dashboard's figures for ``period``; PMG (always the last 12 months before ``rows.today``) with
    ``thresholds``, None for the terciles. Money is per currency; RFM and PMG read ``rows.home_currency``'s
    payments only."""
    home = rows.home_currency
    archived = frozenset(contact.id for contact in rows.contacts if contact.archived)
    ledger = paid_ledger(rows.payments, period)
    home_ledger = paid_ledger(rows.payments, period, home)
    window = pmg_window(rows.today)
    pmg_ledger = home_ledger if window == period else paid_ledger(rows.payments, window, home)
    return Dashboard(
        period=period,
        currency=home,
        archived=len(archived),
        funnel=tuple(funnel(rows.contacts, rows.stage_changes, period)),
        revenue=revenue(rows.payments, period, archived),
        sources=tuple(sources(rows.contacts, ledger)),
        referrals=referrals(rows.contacts, ledger, rows.names, home),
        rfm=rfm(home_ledger, archived),
        pmg=pmg(pmg_values(pmg_ledger, archived), home, thresholds),
    )
