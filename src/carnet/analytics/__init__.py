"""Pure functions from rows to the Dashboard's figures (SPEC §3): funnel, revenue, sources, referrals, RFM, PMG.

No Qt and no SQL here: `carnet.services.dashboard_read` reads the rows (`DashboardRows`) in one read
transaction, these functions turn them into frozen results, and `carnet.ui.dashboard` draws them.
Everything is tested on small hand-computed books (tests/test_analytics*.py).

Decisions shared by every panel (each module says why for its own):

- **Days** are local calendar days, as in `services.reports`: SQLite's ``'localtime'`` turns the stored UTC
  times into the day the user lived them; payment dates are calendar dates already.
- **A period** (`Period`) selects what happened between two days, both included; "all time" has no start.
- **Money is per currency** (`Money`, as in `services.reports`): amounts of different currencies are never
  added for display. Charts, which need one scale, show the **main currency**: the one with the most paid
  revenue over all time (`main_currency`); the tables show every currency. Two figures *rank* clients by
  their cents with every currency simply added (RFM's monetary score, PMG's size), like
  `reports.TodoRow.value_cents`: a solo business rarely bills in two currencies, and a rank is not shown
  as an amount.
- **Archived contacts** left the board but their history happened: they count in everything about the
  past (conversions, time in stage, revenue, sources, referrals), because leaving them out would hide
  exactly the contacts who did not convert. They are left out of what describes the book *now*: the
  count per stage (they are off the board), the open pipeline (an archived contact's quote is lost), and
  the client segments RFM and PMG (a segment filters the board, which cannot show them).
"""

from carnet.analytics.common import Money, Period, add_money, main_currency, one_year_before
from carnet.analytics.rows import ContactRow, DashboardRows, PaymentRow, StageChangeRow

__all__ = [
    "ContactRow",
    "DashboardRows",
    "Money",
    "PaymentRow",
    "Period",
    "StageChangeRow",
    "add_money",
    "main_currency",
    "one_year_before",
]
