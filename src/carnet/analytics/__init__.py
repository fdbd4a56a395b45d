"""Pure functions from rows to the Dashboard's figures (SPEC §3): funnel, revenue, sources, referrals, RFM, PMG.

No Qt and no SQL here: `carnet.services.dashboard_read` reads the rows (`DashboardRows`) in one read
transaction, these functions turn them into frozen results, and `carnet.ui.dashboard` draws them.
Everything is tested on small hand-computed books (tests/test_analytics*.py).

Decisions shared by every panel (each module says why for its own):

- **Days** are local calendar days, as in `services.reports`: SQLite's ``'localtime'`` turns the stored UTC
  times into the day the user lived them; payment dates are calendar dates already.
- **A period** (`Period`) selects what happened between two days, both included; "all time" has no start.
- **Money is per currency** (`Money`, as in `services.reports`): amounts of different currencies are never
  added, averaged or compared (SPEC §2): Carnet has no exchange rate. Sums, averages and medians are
  computed per currency. The book's **home currency** (`DashboardRows.home_currency`, read from the book
  by `services.dashboard_read`) is the figure the UI shows first, the other currencies beside it; charts,
  which need one scale, draw the home currency. What *ranks* clients by money (RFM's monetary score, PMG's
  size, the referrers' order) reads the home currency only: RFM and PMG score only the home currency's
  payments (`paid_ledger(..., currency)`), and the UI says so under their panels.
- **Archived contacts** left the board but their history happened: they count in everything about the
  past (conversions, time in stage, revenue, sources, referrals), because leaving them out would hide
  exactly the contacts who did not convert. They are left out of what describes the book *now*: the
  count per stage (they are off the board), the open pipeline (an archived contact's quote is lost), and
  the client segments RFM and PMG (a segment filters the board, which cannot show them).
"""

from carnet.analytics.common import Money, Period, add_money, one_year_before
from carnet.analytics.rows import ContactRow, DashboardRows, PaymentRow, StageChangeRow

__all__ = [
    "ContactRow",
    "DashboardRows",
    "Money",
    "PaymentRow",
    "Period",
    "StageChangeRow",
    "add_money",
    "one_year_before",
]
