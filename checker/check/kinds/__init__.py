"""The check kinds, implemented once each; rule packs pick them by name."""

from checker.check.base import CheckKind
from checker.check.kinds.agreement import Agreement
from checker.check.kinds.balance import Balance
from checker.check.kinds.conversion import Conversion
from checker.check.kinds.difference import Difference
from checker.check.kinds.elapsed import Elapsed
from checker.check.kinds.growth import Growth
from checker.check.kinds.growth_across import GrowthAcross
from checker.check.kinds.internal import Internal
from checker.check.kinds.malformed import Malformed
from checker.check.kinds.multiple import Multiple
from checker.check.kinds.names import Names
from checker.check.kinds.per_period import PerPeriod
from checker.check.kinds.rates import Rates
from checker.check.kinds.ratio import Ratio
from checker.check.kinds.reference import Reference
from checker.check.kinds.reported_day import ReportedDay
from checker.check.kinds.restated_duration import RestatedDuration
from checker.check.kinds.restatement import Restatement
from checker.check.kinds.share import Share
from checker.check.kinds.stated_gap import LengthGap, NetTally
from checker.check.kinds.sum import Sum
from checker.check.kinds.superlative import Superlative
from checker.check.kinds.suppression import UnusedSuppression
from checker.check.kinds.weekday_of_date import WeekdayOfDate

KINDS: dict[str, CheckKind] = {
    kind.name: kind()
    for kind in (
        Conversion,
        Growth,
        GrowthAcross,
        Sum,
        Multiple,
        Difference,
        Rates,
        Ratio,
        Agreement,
        Restatement,
        Reference,
        Share,
        Superlative,
        PerPeriod,
        Names,
        Malformed,
        UnusedSuppression,
        Internal,
        Elapsed,
        Balance,
        ReportedDay,
        RestatedDuration,
        LengthGap,
        NetTally,
        WeekdayOfDate,
    )
}
