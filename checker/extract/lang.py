"""Language data: the words extraction reads around a number, one file per language.

`rules/lang/base.toml` holds the notations every language shares (currency symbols, ISO codes,
`%`); `rules/lang/<code>.toml` adds a language's words, and may borrow another language's
(`also = ["en"]`: Korean copy quotes `$1.2bn`). Files are validated here and merged per language;
the scanner compiles its patterns from the merged data. A language without a file reads with the
shared notations and a note.

Validating the files and building the models' validators costs a cold run about 80 ms, so the
validated and merged data is kept in the user's cache folder (checker/cache.py), stamped by a hash
of the data files, this module's source and the Python and pydantic versions: a run whose files
match reads it back (the models are never built: `defer_build`), any other run validates the files
again and rewrites it.

The link stage's words are here too (`[link.*]` tables: change verbs, comparison particles, total
and share markers, forecast words, anaphors, furniture …): `ByLanguage` builds a link pattern from
its structure (code) and the document language's words, and compiles it once per language.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import re
import sys
import tomllib
from pathlib import Path

import pydantic
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.cache import cache_path, read_cached, write_cached
from checker.regex_cache import compile_re, first_test


class VocabClass(BaseModel):
    """One class of words, with examples the extractor must and must not read."""

    # (validators are built when a file is validated, not on import: a cached run never builds them)
    model_config = ConfigDict(extra="forbid", defer_build=True)
    match: list[tuple[str, str]] = Field(default_factory=list)  # (sentence, the span read)
    no_match: list[tuple[str, str]] = Field(default_factory=list)  # (sentence, a span not read)


class WordMap(VocabClass):
    words: dict[str, str] = Field(default_factory=dict)


class BareCurrencyWords(WordMap):
    # the countries whose currency a bare word may be (`크로나`: Sweden's, Iceland's), by the names an article calls
    # them (`스웨덴`: SEK); a name whose currency no table reads maps to "" (`아르헨티나` for `페소`). A word whose
    # default is "" is money only in an article that names it in full or names one of its countries.
    countries: dict[str, dict[str, str]] = Field(default_factory=dict)
    # other names of those countries and their cities (`Mexican`, `Manila`, `레이캬비크`): one of another currency than
    # the country named leaves the word undecided; with no country named, they decide it when all are of one currency
    places: dict[str, dict[str, str]] = Field(default_factory=dict)
    # currency words of few letters that must end their word (`랜드`, not `랜드로버`), what may follow them besides a
    # particle (`어치`, `가량`, `이다`), and the next words a spaced one may have before it (`180만 랜드 규모`)
    whole: list[str] = Field(default_factory=list)
    endings: list[str] = Field(default_factory=list)
    next_words: list[str] = Field(default_factory=list)
    # currency words that also name an ancient coin or weight (`셰켈`), and the words of antiquity that, in their
    # sentence, make them one (`은화`, `유적`, `ancient`, `hoard`): no amount of today's currency
    coin_words: list[str] = Field(default_factory=list)
    antiquity: list[str] = Field(default_factory=list)


class Measures(WordMap):
    # a measure word whose unit is another in an article that weighs goods in pounds (`tons`: short tons of 2,000 lb
    # where a crop is priced `a pound` or yields `pounds an acre`: `weighed_cues`, a pound named as a weight)
    weighed: dict[str, str] = Field(default_factory=dict)
    weighed_cues: list[str] = Field(default_factory=list)
    # a measure's singular joined to its number by a hyphen, an adjective (`a 4-hectare plot`, `the old 3-ton limit`):
    # the measure of the word it stands for in `words` (`hectare` = `hectares`)
    hyphened: dict[str, str] = Field(default_factory=dict)


class CurrencyWords(WordMap):
    # a word that spells a sign with no country (`dollars` is `$`): in an article that writes that sign with
    # one country's letters alone (`C$38.5m`), the word names that country's currency (`38.5 million dollars`)
    signs: dict[str, str] = Field(default_factory=dict)
    # a currency word that is also a unit of weight (`pounds`: `lb`): read as the weight in an article about goods
    # sold by weight (`weighed_cues`: a price per pound, a crop, a yield an acre) that writes no money in that
    # currency by its sign or code (`money_cues`: `£`, `GBP`, `sterling`)
    weighed: dict[str, str] = Field(default_factory=dict)
    weighed_cues: list[str] = Field(default_factory=list)
    money_cues: list[str] = Field(default_factory=list)


class WordList(VocabClass):
    words: list[str] = Field(default_factory=list)


class Myriads(VocabClass):
    words: dict[str, int] = Field(default_factory=dict)
    not_before: dict[str, str] = Field(default_factory=dict)


class Units(VocabClass):
    words: dict[str, int] = Field(default_factory=dict)


class Digits(VocabClass):
    words: dict[str, int] = Field(default_factory=dict)
    decimal_point: list[str] = Field(default_factory=list)
    negative: list[str] = Field(default_factory=list)
    before_currency: list[str] = Field(default_factory=list)  # regular-expression fragments


class NativeNumbers(VocabClass):
    units: dict[str, int] = Field(default_factory=dict)
    tens: dict[str, int] = Field(default_factory=dict)
    before_counter: list[str] = Field(default_factory=list)
    counters: list[str] = Field(default_factory=list)  # regular-expression fragments
    # a count of days in one native word (`닷새`, `열흘`), a span's length (checker/link/spans_between_dates.py)
    days: dict[str, int] = Field(default_factory=dict)


class Counters(VocabClass):
    words: list[str] = Field(default_factory=list)
    durations: list[str] = Field(default_factory=list)
    # a duration word that counts things from this number up (`520만주` is shares, `3주` weeks): no span of time
    # is written in the thousands of its unit
    counts_from: dict[str, float] = Field(default_factory=dict)
    # counters of points that, after two rates in a row, measure the move between them in percentage points
    # (`slipped to 38% from 40%, down 2 points`)
    rate_points: list[str] = Field(default_factory=list)
    not_counters: list[str] = Field(default_factory=list)
    # counters of occurrences, whole by nature (`회`): a decimal before one is an average per thing (`평균 3.6회`),
    # no count a sum could take as a part
    whole_only: list[str] = Field(default_factory=list)
    # before the number, the mark of an ordinal (`제137회`): with one of `whole_only`, an edition, no count
    ordinal_before: list[str] = Field(default_factory=list)
    # `a seven-point lead`, `a 12-seat majority`: a counted noun joined to its number by a hyphen (read
    # after `one` as well: `by one point`), unless one of `not_hyphened_before` follows (`a five-point plan`)
    hyphened: list[str] = Field(default_factory=list)
    not_hyphened_before: list[str] = Field(default_factory=list)
    # `by one point`, `to one seat`: `one` apart from its noun is read only after these words
    one_after: list[str] = Field(default_factory=list)
    # `a 24-pan order`, `an 1,800-crate shipment`: nouns of a lot whose size a figure joined to the counted noun by a
    # hyphen states right before them (the count of that noun's plural, `plurals`)
    lot_heads: list[str] = Field(default_factory=list)
    lot_noun: str = "(?!)"  # the pattern of such a counted singular noun
    # words so joined that count nothing (`24-hour`, `120-strong`)
    lot_not_nouns: list[str] = Field(default_factory=list)
    # a singular noun's plural: the first pattern that matches its end is replaced (else `s` is added)
    plurals: dict[str, str] = Field(default_factory=dict)


class Scales(VocabClass):
    words: dict[str, float] = Field(default_factory=dict)
    touching: list[str] = Field(default_factory=list)


class Percent(VocabClass):
    pct: list[str] = Field(default_factory=list)
    pp: list[str] = Field(default_factory=list)
    bps: list[str] = Field(default_factory=list)


class Multiples(VocabClass):
    after: list[str] = Field(default_factory=list)
    verbs: dict[str, float] = Field(default_factory=dict)
    # the particles a word of `verbs` may run into, written as one word with it (`곱절이다`, `곱절로`): past them the
    # word still ends
    verb_particles: list[str] = Field(default_factory=list)
    # words of `verbs` that are adverbs (`twice`): a multiple only before what it compares (`twice as many`, `twice
    # the`); before `occasions_after` (a clause end, a time: `fares were raised twice.`, `twice a year`) a count of
    # occasions, no multiple
    adverbs: list[str] = Field(default_factory=list)
    occasions_after: list[str] = Field(default_factory=list)
    # adjectives of a multiple (`double`): a multiple only right before a word opening what it compares (`double the
    # 5,000`, `almost double last year's`), never after a word that makes it a verb (`to double the fleet`, `would
    # double the`) nor elsewhere (`a double room`, `double-digit`)
    adjectives: dict[str, float] = Field(default_factory=dict)
    compared_openers: list[str] = Field(default_factory=list)
    verb_markers: list[str] = Field(default_factory=list)
    # words of `after` that count occasions before `occasions_after` (`crews went out 74 times last winter`,
    # `visited 52 times, up 9`): a count of them, no multiple, unless a word of `multiple_verbs` ends the words just
    # before the number (`oversubscribed 40 times.`, `grew three times.`: a multiple) or the number is no whole one
    occasion_words: list[str] = Field(default_factory=list)
    multiple_verbs: list[str] = Field(default_factory=list)
    # after an occasion word, comparatives that keep it a multiple (`three times more than`)
    comparatives_after: list[str] = Field(default_factory=list)


class NumberWords(VocabClass):
    words: dict[str, float] = Field(default_factory=dict)
    tens: list[str] = Field(default_factory=list)  # joined with a unit word by a hyphen
    # compounds: `three hundred and twelve`, `two thousand and five`, `fifty two`
    hundred: str = ""
    thousand: str = ""
    joiner: str = ""  # the word allowed after `hundred`/`thousand` (`and`)
    article: list[str] = Field(default_factory=list)  # one, before `hundred` or a scale (`a million`)


class Fractions(VocabClass):
    words: dict[str, float] = Field(default_factory=dict)
    in_context: dict[str, float] = Field(default_factory=dict)  # only before `followed_by`, after `preceded_by`
    majority: list[str] = Field(default_factory=list)
    of: str = ""
    in_: str = Field("", alias="in")
    # other words between the two counts of `one in five`, read only with both counts in words (`seven out of ten`;
    # `182 out of 350` in digits is a part and the whole it is counted in, two counts; regular-expression fragments)
    in_spelled: list[str] = Field(default_factory=list)
    followed_by: list[str] = Field(default_factory=list)
    preceded_by: list[str] = Field(default_factory=list)
    # a part, a comma, then the share it is of set off after it (`1,200 of them, a quarter, are …`, `42, a fifth.`): a
    # word in context right after one of these (regular-expression fragments, each of one fixed width) and a comma,
    # closing its apposition (a comma, a full stop or a semicolon right after it), is a fraction
    apposed_after: list[str] = Field(default_factory=list)
    # a word in context opening its sentence before the noun of its pool and the part set off after it (`Half the
    # bill, £45,000, was met by …`): what follows it (regular-expression fragments, read as a lookahead)
    opening_apposed_before: list[str] = Field(default_factory=list)
    # the nouns an ordinal is said of (`a third time`, `than a fifth round`): a word in context before them is
    # no fraction
    not_followed_by: list[str] = Field(default_factory=list)
    # `1/20 수준`: a fraction written with a slash, read only before these (regular-expression
    # fragments; elsewhere `3/4` may be a date)
    slash_before: list[str] = Field(default_factory=list)
    # `10곳 중 4곳`, `다섯 명 중 두 명꼴`: a count out of a count of the same thing, read as the share it states
    # (4/10) when the whole is one of `among_wholes` (a ratio's round base) or one of `among_hedges` follows; the
    # word between the two counts, the counters it is read with (regular-expression fragments), and the hedges
    among: str = ""
    among_also: list[str] = Field(default_factory=list)  # other words between the two counts (`10명 가운데 4명꼴`)
    among_counters: list[str] = Field(default_factory=list)
    among_wholes: list[int] = Field(default_factory=list)
    among_hedges: list[str] = Field(default_factory=list)


class Subunits(VocabClass):
    """`231.4 HK cents`: a hundredth (or another fraction) of a currency."""

    words: dict[str, tuple[str, float]] = Field(default_factory=dict)
    # written against the digits only (`7.4p`): a letter that after a space is no currency; read only in a document
    # that names the currency (`glued_cues`: `£`), since elsewhere the letter abbreviates another unit (a `p` of points)
    glued: dict[str, tuple[str, float]] = Field(default_factory=dict)
    glued_cues: list[str] = Field(default_factory=list)


class NumberSystem(VocabClass):
    """Digit grouping other than thousands (`1,62,413` in Indian copy): allowed in a document where
    one of `cues` occurs (`crore`, `lakh`, `₹`)."""

    grouping: str = ""  # a regular expression of the whole digit string
    cues: list[str] = Field(default_factory=list)


class IndexLevels(VocabClass):
    """`2615.40으로 장을 마쳤다`: a number written bare before these words (regular-expression fragments)
    is the closing level of a stock index, in points (`counter`)."""

    after: list[str] = Field(default_factory=list)
    counter: str = ""
    # `지수는 114.40(2020=100)으로`, `fell 0.9% to 306.8 in May`: a bare decimal in a sentence that names an
    # index (`names`, fragments, before the number) is a level when a level's particle follows it
    # (`level_after`) or a preposition of levels precedes it (`level_before`, ending where the number starts)
    names: list[str] = Field(default_factory=list)
    level_after: list[str] = Field(default_factory=list)
    level_before: list[str] = Field(default_factory=list)


class RatiosToOne(VocabClass):
    """`18.4대 1의 경쟁률`: a count of `counter` followed by `one` (a fragment: the `1` and what may follow
    it) is a ratio to one, read as a multiple, when it has decimals or its sentence has one of `cues`;
    otherwise it is a score (`3대 1로 이겼다`) and no count."""

    counter: str = ""
    one: str = ""
    cues: list[str] = Field(default_factory=list)


class AgeGroups(VocabClass):
    """`20대가 87명`, `30대 이하`: a round ten with `counter` (`20대`) followed by one of `after` (fragments starting
    where the counter ends) names an age group, no count of the counter."""

    counter: str = ""
    after: list[str] = Field(default_factory=list)


class ElidedCounts(VocabClass):
    """`1,253 stocks advanced, 352 declined`, `up 42% from 52 the week before`: a bare number after one of
    `before` (fragments ending where the number starts) or before one of `after` (fragments starting where
    it ends) counts what the last count or amount before it in its sentence counts."""

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    # as `after`, but only when every count of a noun before the number in its sentence is of one noun: with two
    # (`60 boats and 20 canoes over five years, 12 a year`) which one the number leaves off is not said
    one_noun_after: list[str] = Field(default_factory=list)
    # right after the number, a unit of time: a length (`a run that lasted 40 days`), never a count elided
    time_after: list[str] = Field(default_factory=list)
    # right after the number, the mark of each of a count it is shared over (`1,860 bags in the year, 36 at each of
    # their 52 picks`): the number counts the one noun its sentence counted before it, however far back in it
    shared_after: list[str] = Field(default_factory=list)
    # right before such a shared number, what opens an appendix (`, about`, `(`): after any other word, no share
    shared_before: list[str] = Field(default_factory=list)
    reach: int = 200  # how far back (characters) the count it takes its noun from may be
    # `Burglaries rose to 812 from 790`: a verb of change and its `to` before a bare number whose sentence
    # opens with a plural noun and has no count or amount before it: the number counts that noun
    subject_verbs: list[str] = Field(default_factory=list)
    # subjects whose number is an amount or a price, not a count of them (`Shares rose to 45`)
    not_subjects: list[str] = Field(default_factory=list)
    # `3.0 million and 2.2 million tonnes`: between a number with its scale word and the next, which writes the same
    # scale word and the unit both share (the unit written on the last item only)
    joined_before_unit: list[str] = Field(default_factory=list)
    # `enrolls 6,240 students in 11 schools, up from 6,010`: between a count and a count right after it that says
    # where (or among what) the first's units are; a number elided after them counts the first's noun, not the second's
    modifier_between: list[str] = Field(default_factory=list)
    # `staff fell to 386 from 412`: two bare whole numbers, the new level and the old, are a count and its
    # earlier count; `pair_before` ends where the first starts, `pair_between` spans the words between them
    pair_before: list[str] = Field(default_factory=list)
    pair_between: list[str] = Field(default_factory=list)
    # `up 60 per cent from 75 the year before.`: right after such a lone level (after `pair_before`), the time of it
    # and its clause's end: the number is a count too
    level_time_after: list[str] = Field(default_factory=list)
    # `The choir had 14 singers four years ago and now has 35.`: right before a lone bare whole number, the words of a
    # level now (`now_level_before`, ending where it starts), and right after it its clause's end (`now_level_after`):
    # the number is a count of the noun of the last count before it in its sentence
    now_level_before: list[str] = Field(default_factory=list)
    now_level_after: list[str] = Field(default_factory=list)
    # right before that earlier count, the words of a level of an earlier time (`had`, `began with`)
    now_level_then_before: list[str] = Field(default_factory=list)
    # between that earlier count and the number, a new subject joined on (`had 9 cafes in 2015, and the council now
    # has 27`): the level now is another's, and the number stays bare
    now_level_other_subject: list[str] = Field(default_factory=list)
    # `Members numbered 402, or 26.6% of the sample`: between a bare whole number and the share of it set right after
    # (a comma and an appositive mark): the number is a count, of no noun of its own
    share_after: list[str] = Field(default_factory=list)
    share_part_before: list[str] = Field(default_factory=list)  # the verb right before such a number
    # `Road crashes made up one in three, or 46, …`, `while a quarter, 600, will be …`: between a share and a bare whole
    # number set right after it (a comma, perhaps `or`), and after the number, the end of its clause: the number is the
    # count the share states, of no noun of its own
    count_after_share_between: list[str] = Field(default_factory=list)
    count_after_share_end: list[str] = Field(default_factory=list)
    # `each finish 12 a day, 60 between them`: right after a bare whole number, the words that make it the total of
    # the members named before (`between them`, `among them`): a count of no noun of its own
    total_among_after: list[str] = Field(default_factory=list)
    # `The shop casts 140 a day, so the run will take 30 days`: right after a bare whole number, a short period's
    # mark and what the pace comes to, the whole order's: the pace of a count of no noun of its own
    pace_whole_after: list[str] = Field(default_factory=list)
    # `The shop casts 140 a day, …`: right before such a number, a verb of making or sending the order's things (not
    # `works 10 a day`, `charges 400 a day`, `fits 300 a day`: hours, money, or parts of another noun)
    pace_whole_before: list[str] = Field(default_factory=list)
    # `made up 59 of the entrants, about one in seven`: between such a number and its share (a percentage or a
    # fraction), `of` and the pool it is drawn from, then a comma: the number is a count of no noun of its own
    share_of_pool_after: list[str] = Field(default_factory=list)
    # `Seal count on Farne coast reaches 57`, `Potter ships 36 to Oslo`: in a headline (the text's first line, a blank
    # line after it), a bare whole number after a word in lower case (`headline_before`), ending the line or followed by
    # one of `headline_after`: the headline's count of what its body names, of no noun of its own
    headline_before: list[str] = Field(default_factory=list)
    headline_after: list[str] = Field(default_factory=list)
    # `Of those, 12 are …`, `15 of them stand empty`, `60 singers, of whom 27 were …`: a bare whole number drawn from a
    # pool counted just before it: opening its sentence after a mark of the pool's parts (`pool_opener`), set before `of
    # them` (`pool_after`) or after `of whom` (`pool_before`); it counts the pool's noun
    pool_opener: list[str] = Field(default_factory=list)
    pool_after: list[str] = Field(default_factory=list)
    # `The joinery, which turns oak ladders by hand, is sending 140 of them`: between the noun a bare number before `of
    # them` points back to (named, not counted, in its sentence) and the number, a clause break and no other
    # plural-looking word (`Workers lost shifts …, and the firm cut 150 of them`: the shifts; `Wardens issued 400 of
    # them`: the subject of the number's own verb is not what `them` are)
    # (no clause break needed after a noun in a relative clause, `pool_named_relative` right before it: `A shop that
    # sells brass bells has an order for 300 of them`; between, no plural-looking word, `pool_named_plain`)
    pool_named_between: list[str] = Field(default_factory=list)
    pool_named_plain: list[str] = Field(default_factory=list)
    pool_named_relative: list[str] = Field(default_factory=list)
    pool_before: list[str] = Field(default_factory=list)
    # between two counts of two nouns coordinated before such a number (`150 buses and 40 trams`): either is the pool
    pool_coordinated: list[str] = Field(default_factory=list)
    # `Of the 264 staff on the books, 190, …`, `Of the patients seen, 1,940 …`: a sentence opening on a pool its
    # words name (a determiner or an owner first, then perhaps its count, then its noun) up to the comma before a bare
    # whole number: the number counts the pool's noun (`pool_named_determiners`: the words that may open the pool)
    pool_named_opener: list[str] = Field(default_factory=list)
    pool_named_determiners: list[str] = Field(default_factory=list)
    # opening such a pool, a word pointing back to a count stated before (`Of those 41, 22 …`): the pool's number
    # restates that count, which the number after it counts too
    pool_named_back: list[str] = Field(default_factory=list)
    # `a third of the new slots, 800, are kept for …`, `one in four of the dogs it took in, 54 in all, …`: between a
    # share (a fraction or a percentage) and a bare whole number set off right after it, `of` and the pool its words
    # name (group `pool`), then a comma: the number is the part that share is of, a count of the pool's noun (or,
    # the pool pointing back, `of them`, of the last count before it); `share_pool_after`: what follows the number
    share_pool_between: list[str] = Field(default_factory=list)
    share_pool_after: list[str] = Field(default_factory=list)
    share_pool_back: list[str] = Field(default_factory=list)  # a pool that points back (`them`, `those`)
    # `Only 41 of the boats finished`, `Thirty-eight of the entrants came from abroad`: right after a bare whole number,
    # `of`, a determiner or an owner and the plural noun of the pool it is drawn from (group `noun`, perhaps a word or
    # two before it; no figure in the pool): the number is a part of that pool, a count of its noun
    part_of_pool_after: list[str] = Field(default_factory=list)
    # in such a number's sentence before it, a word making it each member's part (`The nine looms will each weave 400 of
    # the rugs`, `Every crew sold 30 of the tickets`): a count per member, no part of the pool
    part_of_pool_each: list[str] = Field(default_factory=list)
    # `tallied 87 of the otters, down from 102 in 2025`: right after such a pool's noun, the words of a
    # level moved from an earlier one (`up from`): the number is the level, a count of the pool's noun, however new
    # the noun is to the article
    part_of_pool_level_after: list[str] = Field(default_factory=list)
    # `Thirteen of the 36 sing bass`, `or 270 out of 410`: between two bare whole numbers, `of` (or `out of`) and
    # perhaps a determiner: the second restates a count the article stated before (`36 singers`), and both count its
    # noun
    part_of_restated_pool_between: list[str] = Field(default_factory=list)
    # `The three classes drew 140, 95 and 35 entrants`: bare whole numbers listed before the last, which writes the noun
    # they all count: `list_joint` between two of them before the last, `list_last_joint` before the last (a list of one
    # bare number joins it without a comma: `140, and 35 entrants left` is a clause of its own)
    list_joint: list[str] = Field(default_factory=list)
    list_last_joint: list[str] = Field(default_factory=list)
    list_pair_joint: list[str] = Field(default_factory=list)
    # right after an item of a list a colon opens after a count (`320 bikes: 200 by the station, 80 at the library`),
    # the word that labels the item by where, for whom or when it stands: an item followed by anything else (a verb,
    # `20 teams: 4 will be relegated and 2 promoted`) says what some of them do, no part of a list of them all
    colon_item_after: list[str] = Field(default_factory=list)
    # right after the last of such a list, a word of size (`30, 40 and 50 feet long`): the numbers are sizes of items,
    # no counts the last one's noun makes
    list_sizes_after: list[str] = Field(default_factory=list)
    # `Three in ten competitors, 72, wore …`, `one in five pairs, 312, went …`: between a share and a bare whole
    # number set off right after it, the plural noun the share counts (group `noun`, no `of`), then a comma: the
    # number is the part, a count of that noun (`share_pool_after`: what follows the number)
    share_noun_between: list[str] = Field(default_factory=list)
    # the words after a pool's noun that open what its members did (`the dogs it took in`, `the slots for juniors`):
    # the pool's noun is its first word before one of them or the pool's end
    share_pool_noun_before: list[str] = Field(default_factory=list)
    # `Members bought 420 passes, students 310 and guests 95.`: a bare number that ends a later part of a gapped
    # list (the first part's verb said once; its joints, label stops and marks are the linker's `[link.gapped_*]`)
    # counts what the part before it counts
    gapped_parts: bool = False
    # `730 skates at half-term and 590 at Easter`: right after a bare number joined to a count by a list word (the
    # count's words between, no figure), the phrase that sets it beside the count (a time or place): it counts what
    # the count counts
    coordinated_after: list[str] = Field(default_factory=list)
    coordinated_words: int = 4
    coordinated_parallel_after: list[str] = Field(default_factory=list)
    # `… up from 4,950. The increase of 870, or 18 percent, …`: right before a bare whole number that opens its
    # sentence's figures, a noun of change and its `of`: the number is the size of a change of a count (of no noun
    # of its own: the linker finds the level it is the change of)
    opening_change_before: list[str] = Field(default_factory=list)
    # right after such a number: a clause's end or a word that is no unit, no mark of a figure per unit or of a time
    # (`The rise of 20p a box`, `The increase of 40 a week`: a price or a rate, not a count's change)
    opening_change_after: list[str] = Field(default_factory=list)
    # `That is 90 more than last year's 260`: right before a bare whole number that opens its sentence's figures, the
    # clause's copula; right after it, `more`/`fewer` and `than` with a number after it, whose clause a noun of change
    # and `of` closes (`, a rise of 35 per cent`): the number is the size of a rise of a count (of no noun of its own:
    # the figure after `than` takes its kind, the linker its level)
    opening_more_before: list[str] = Field(default_factory=list)
    opening_more_after: list[str] = Field(default_factory=list)
    # `772 otters, up 20.1 per cent on the 643 of last June`: right before a bare number, a rate set off after the
    # count as its change (`, up`/`, down`, the rate, `on the`); right after it, the period the number is of: it counts
    # what the count counts (`fares rose 5 per cent on the 12 it added`: another noun's rate, not read)
    rate_on_before: list[str] = Field(default_factory=list)
    rate_on_after: list[str] = Field(default_factory=list)
    # `Tickets cost £7, and the 300 sold brought in £2,100`: right before a bare number after an amount in its sentence,
    # a clause joined on after a comma and opening on `the`; right after it, the verb (or relative word) making the
    # number that clause's subject: it counts the things the amount was the price of, no amount (of no noun of its own)
    counted_subject_before: list[str] = Field(default_factory=list)
    counted_subject_after: list[str] = Field(default_factory=list)


class UnitLines(VocabClass):
    """`(단위: 억원)` above a table: `line` (a regular expression with a group `unit`) states the unit of the
    bare numbers in the lines below it, down to the first empty line; the line itself is no figure."""

    line: str = ""
    reach: int = 40  # at most this many lines below


class ExchangeRates(VocabClass):
    """`the rupee ended at 71.42 per dollar`: a bare number before one of `per` (phrase → the currency
    priced) is an amount of the currency its sentence names before it (another than the one priced)."""

    per: dict[str, str] = Field(default_factory=dict)
    not_before: list[str] = Field(default_factory=list)  # `to the dollar index`: not a rate


class GlyphPrefixes(VocabClass):
    """`H31.6 lakh crore`: a currency sign that a font mapping turned into a letter (Indian papers
    set `₹` in a font whose glyph is a Latin letter); read as the currency only before `scales`."""

    words: dict[str, str] = Field(default_factory=dict)  # the letter → ISO code
    scales: list[str] = Field(default_factory=list)


class CuedPrefixes(VocabClass):
    """`R2.4 billion`: a currency written as a bare capital letter before the digits, read as that currency only
    where the document names it elsewhere (`cues`, by ISO code: the country, the currency's name, its code),
    since elsewhere the letter before a number is a road, a grade or a model (`R9`)."""

    words: dict[str, str] = Field(default_factory=dict)  # the letter → ISO code
    cues: dict[str, list[str]] = Field(default_factory=dict)  # ISO code → patterns naming it in the document
    # words after the digits that make the letter and number a name (`the R21 road`), in copy that names the currency
    not_before: list[str] = Field(default_factory=list)
    # right after the digits (and their scale), an equivalent in parentheses in a currency written by its sign
    # (`R230 million (about $13.9 million)`): the letter is the currency there, whether the document names it or not
    converted_after: list[str] = Field(default_factory=list)


class Vague(VocabClass):
    prefix: str = ""


class Qualifiers(VocabClass):
    """Regular-expression fragments, by the qualifier they state."""

    approx: list[str] = Field(default_factory=list)
    atleast: list[str] = Field(default_factory=list)
    atmost: list[str] = Field(default_factory=list)
    over: list[str] = Field(default_factory=list)
    under: list[str] = Field(default_factory=list)
    nearly: list[str] = Field(default_factory=list)
    total: list[str] = Field(default_factory=list)
    # a verb of motion right before an `atmost` word makes it the move and its end (`ticks up to 4.3%`)
    atmost_not_after: list[str] = Field(default_factory=list)
    # `averaged 19,420 over 41 games`: `over` right after a figure spreads it over the next, no bound of it
    over_not_after: list[str] = Field(default_factory=list)  # regular-expression fragments
    # a verb and its particle `over` right before the figure (`handed over 63 of them`, `signed over £40,000`): the
    # verb's object, no bound (regular-expression fragments that end on the particle)
    over_particle_verbs: list[str] = Field(default_factory=list)
    # the `over` words that are verbs of passing (`tops`, `pass`): a mark passed only before a round figure
    # (`crowds pass 90,000`, `tops $80m`), the object counted otherwise (`lawmakers pass 12 bills`)
    over_marks: list[str] = Field(default_factory=list)
    # after the figure: an `over`/`under` word with no particle, when an object stands right before the figure
    # (`예상치 5조원을 10% 웃돌았다`), states by how much, not a bound (`margin_not_after` before the figure)
    margin_words: list[str] = Field(default_factory=list)
    margin_after: list[str] = Field(default_factory=list)


class Equivalents(VocabClass):
    paren: list[str] = Field(default_factory=list)  # regular-expression fragments
    before_paren: list[str] = Field(default_factory=list)  # between the amount and `(`: `£26.8m-a-year (€30m)`
    before: list[str] = Field(default_factory=list)
    next_marks: list[str] = Field(default_factory=list)  # `600억 엔(4억 달러·5조원)`: a second equivalent
    next_words: list[str] = Field(default_factory=list)  # after a mark (`, about`)
    next_alone: list[str] = Field(default_factory=list)  # alone (`or`, `또는`)
    # `€268m, about $299m,`: between an amount and an equivalent set after it as an apposition (fragments);
    # the equivalent must close its clause (`apposed_end`): `€268m, about $20m more than …` is another figure
    apposed: list[str] = Field(default_factory=list)
    apposed_end: str = (
        r"[ \t]*(?:[,.;:)\n–—]|-[ \t]|$)"  # punctuation (and a dash closing an aside), the same in every language
    )
    # `€350 apiece, or about £302 each, …`: the word of the one a price is per, between the equivalent and its end;
    # or the noun of that one (a fragment naming it `per_noun`), which must be the head's own (`head_noun`'s group)
    per_one_words: list[str] = Field(default_factory=list)
    per_one_noun: str = ""
    # `€3m, about $3.3m at current exchange rates, for …`: a note of the rate between the equivalent and its end
    rate_notes: list[str] = Field(default_factory=list)
    # right after a second equivalent, words that make it a gap, no equivalent (`₹900, about £8, some £1 below the
    # £9 …`, `… or $2 more than …`): fragments; empty: none
    gap_after: list[str] = Field(default_factory=list)
    # `a €95,000 bequest (about £80,000)`, `a C$2m grant, about €1.3m,`: the amount's own noun between it and an
    # equivalent in another currency (a fragment; empty: none)
    head_noun: str = ""
    reader_currency: str = ""


class Ranges(VocabClass):
    """Two numbers that state one interval (`15,000~16,000달러`, `between $1bn and $2bn`)."""

    separators: list[str] = Field(default_factory=list)  # `~`, `-` between the numbers
    joiners: list[str] = Field(default_factory=list)  # words between them (`에서`, `to`, `and`) …
    closers: list[str] = Field(default_factory=list)  # … that make a range before these (`사이`) …
    not_after_closer: list[str] = Field(default_factory=list)  # … unless a change verb follows (`까지 늘었다`)
    open_for: dict[str, list[str]] = Field(default_factory=dict)  # … or after these (`between` → and, to)
    # … unless one of these stands right before that word (`split between 1,200 mugs and 600 cups`: two parts of a
    # whole divided, no interval; with its adverb, `shared equally between`)
    not_open_after: list[str] = Field(default_factory=list)
    unit_sharing: list[str] = Field(default_factory=list)  # `2조7000억→3조1000억원`: one unit for both


class ElapsedTime(VocabClass):
    """`4년간`, `5년 3개월 만에`, `in 12 years`: a span of time, read as a time expression with no
    period of its own (it dates nothing; a relation may state it beside the dates it spans)."""

    units: list[str] = Field(default_factory=list)  # regular-expression fragments after the number
    number_words: list[str] = Field(default_factory=list)  # words read as the number (`three years`)
    # `ninth` → 9: the ordinal words that count seasons since a start (`in his ninth season`, link/season_ordinals.py)
    ordinals: dict[str, int] = Field(default_factory=dict)


class PlaceLists(VocabClass):
    """`319 deaths, 35 from Ohio, Iowa at 17`: counts listed by place name the noun once."""

    after: list[str] = Field(default_factory=list)  # before the place name
    before: list[str] = Field(default_factory=list)  # between the place name and the number
    # `Red 210, Blue 95, Green 14`: a tally of labelled numbers (a regular expression of one label word);
    # three numbers or more, each after its label, are counts of what the sentence counts
    label: str = ""
    # `two each from Ohio`, `one each`: a number before these counts what the sentence counts
    each: list[str] = Field(default_factory=list)
    # `150 of the 300 seats`: a part before these words counts what its whole counts
    part_of: list[str] = Field(default_factory=list)
    # `870 of this year's 1,460 cases`: words that may open the whole's noun phrase besides `the`
    part_of_determiners: list[str] = Field(default_factory=list)
    # `made up 350 of the total`: a bare number before `part_of` and one of these nouns of a whole is a count (of
    # what its sentence counts, if it counts anything before it)
    part_of_wholes: list[str] = Field(default_factory=list)


class TimeWords(VocabClass):
    """The words of the time grammar (checker/extract/time.py), by meaning; the grammar's structure
    (named groups, digits, separators) is code, and every slot holds every language's words. Lists are
    regular-expression fragments, tried in order; maps give a word's number."""

    # the language writes words apart: its words alone stand between word boundaries (`\blast year\b`),
    # a year's number comes after its words (`first half of 2024`); otherwise its date suffixes follow
    # the digits (`2024년 3월`) and its words end where its script's letters do not go on
    word_bounds: bool = False
    last_year: list[str] = Field(default_factory=list)
    this_year: list[str] = Field(default_factory=list)
    next_year: list[str] = Field(default_factory=list)
    this_year_short: list[str] = Field(default_factory=list)  # only before a half or a quarter (`올 상반기`)
    year_possessive: list[str] = Field(default_factory=list)  # after a year word before a period (`last year's`)
    first_half: list[str] = Field(default_factory=list)
    second_half: list[str] = Field(default_factory=list)
    first_half_alone: list[str] = Field(default_factory=list)  # read alone only, never after a year
    second_half_alone: list[str] = Field(default_factory=list)
    half_letter: list[str] = Field(default_factory=list)  # `H1`
    quarter_letter: list[str] = Field(default_factory=list)  # `Q3`
    quarter_after_digit: list[str] = Field(default_factory=list)  # `3분기`, `1·4분기`
    quarter_after_ordinal: list[str] = Field(default_factory=list)  # `third quarter`
    ordinals: dict[str, int] = Field(default_factory=dict)  # `third` → 3 (before a half or a quarter)
    ordinal_numerals: dict[str, int] = Field(default_factory=dict)  # `3rd` → 3 (before a quarter)
    prior_month: list[str] = Field(default_factory=list)  # the month before (`전월 대비`, `month-on-month`)
    prior_week: list[str] = Field(default_factory=list)
    prior_quarter: list[str] = Field(default_factory=list)
    year_to_date: dict[str, int] = Field(default_factory=dict)  # a phrase → the months it counts from January
    # after a quarter: the year from January through it (`3분기까지` → the first nine months)
    year_through_after: list[str] = Field(default_factory=list)
    year_suffix: list[str] = Field(default_factory=list)  # after the digits: `2024년`
    month_suffix: list[str] = Field(default_factory=list)
    day_suffix: list[str] = Field(default_factory=list)
    hour_suffix: list[str] = Field(default_factory=list)
    decade_suffix: list[str] = Field(default_factory=list)  # after a year's suffix: a decade (`2020년대`)
    since_after: list[str] = Field(default_factory=list)  # after a year: from then on (`2019년 이후`)
    day_particles: list[str] = Field(default_factory=list)  # a day's suffix followed by a letter of these
    last: list[str] = Field(default_factory=list)  # before a month or a day: the last such (`지난 3월`)
    # a word before a day or a month that makes it the coming one, on or after publication (`오는 18일`, `오는 3월`)
    coming: list[str] = Field(default_factory=list)
    this_month: list[str] = Field(default_factory=list)
    last_month: list[str] = Field(default_factory=list)
    next_month: list[str] = Field(default_factory=list)  # before a day: of the month after publication's
    last_week: list[str] = Field(default_factory=list)
    days_back: dict[str, int] = Field(default_factory=dict)  # a day named from publication (`어제` → 1)
    months: dict[str, int] = Field(default_factory=dict)  # a month's name → its number
    month_abbreviations: dict[str, int] = Field(default_factory=dict)
    month_verbs: list[str] = Field(default_factory=list)  # a month name that is a verb written small (`may`) …
    before_month: list[str] = Field(default_factory=list)  # … unless after one of these
    # words right before a date written with a month's name (`on 31 April`, `from Jan. 54 to`): such a date whose day
    # the month does not have is a slip, where `in April 31 stores` counts stores
    date_prepositions: list[str] = Field(default_factory=list)
    # right after a day's digits, what makes them a count of days (`30일간`), no day of a month
    days_counted_after: list[str] = Field(default_factory=list)
    # a range of days in one month, its month's name written once (`from 4 to 17 March`, `between July 3 and 9`):
    # the word that opens it and the words between its two days
    day_range_openers: list[str] = Field(default_factory=list)
    day_range_joiners: list[str] = Field(default_factory=list)
    # a day's name that may stand before either day of such a range (`from Tuesday 9 to Saturday 13 June`)
    day_range_day_names: list[str] = Field(default_factory=list)
    year_of: list[str] = Field(default_factory=list)  # between a period and its year (`first half of 2024`)
    year_prepositions: list[str] = Field(default_factory=list)  # before a year alone (`in 2024`)
    # Monday first, read after a date (`19일(화)`) or, a word, before it (`Saturday, June 13`) …
    weekdays: list[str] = Field(default_factory=list)
    weekday_suffix: list[str] = Field(default_factory=list)  # … in brackets or with this suffix
    dateline_verbs: list[str] = Field(default_factory=list)  # a day before these dates the report
    local_time: list[str] = Field(default_factory=list)  # between the day and such a verb


class SymbolRule(BaseModel):
    """The symbol reads as `otherwise` in a sentence with one of `cues` and none of `against`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    otherwise: str
    cues: list[str]
    against: list[str] = Field(default_factory=list)


class SymbolContext(VocabClass):
    """`"¥" = { otherwise = "CNY", cues = [...] }`: a symbol's other currency when a cue is near."""

    model_config = ConfigDict(extra="allow")

    def rules(self) -> dict[str, SymbolRule]:
        return {k: SymbolRule.model_validate(v) for k, v in (self.model_extra or {}).items()}


class LinkWords(VocabClass):
    """A class of words the link stage reads around a figure (regular-expression fragments, in the
    order they are tried). Its examples run against the class's own pattern: `match` = [sentence,
    a span it finds], `no_match` = [sentence, a span it must not find]."""

    words: list[str] = Field(default_factory=list)


# Every class of words a link-stage pattern may name; a file's `[link.*]` tables must be among these.
LINK_CLASSES = (
    "rise_told_openers",
    "rise_told_more_than",
    "rise_told_fewer_than",
    "rise_told_rate_marks",
    "rise_told_frame_marks",
    "rise_signs",
    "fall_signs",
    "compared_marks",
    "sentence_final",
    "label_links",
    "clause_ends",
    "point_clause_cuts",
    "point_gap_before",
    "multiple_restating_openers",
    "per_unit_restating_openers",
    "per_unit_restating_before",
    "trip_nouns",
    "pace_each_of_crew",
    "pace_span_of_no_job_after",
    "admission_nouns",
    "stock_verbs_before_count",
    "copy_nouns",
    "person_nouns",
    "pace_total_verbs",
    "venue_nouns",
    "outlet_nouns",
    "change_base_determiners",
    "parts_follow_spaced",
    "member_attribute_before",
    "occasions_after_figure",
    "pool_after",
    "pool_before",
    "threshold_words",
    "sibling_joints",
    "change_size_nouns",
    "extra_amount_before",
    "one_for_every_before",
    "unit_gloss_openers",
    "unit_size_before",
    "unit_size_measures",
    "shortfall_words",
    "more_to_go_after",
    "excess_particles",
    "excess_adverbs",
    "excess_verbs",
    "prior_year_openers",
    "prior_year_paragraph_openers",
    "prior_year_possessives",
    "prior_year_after_change",
    "prior_year_named_openers",
    "rate_unit_words",
    "fraction_tails",
    "ratio_denominators",
    "list_separators",
    "list_item_marks",
    "page_end_furniture",
    "rise_verbs",
    "fall_verbs",
    "rise_verbs_before",
    "fall_verbs_before",
    "rise_nouns",
    "fall_nouns",
    "change_noun_qualifiers",
    "hedges",
    "previous",
    "period_units",
    "period_ordinals",
    "level_nouns",
    "prior_possessive",
    "record_adjectives",
    "clause_topics",
    "prior_after",
    "from_words",
    "baseline_on_words",
    "earlier_period_owners",
    "signless_change_nouns",
    "signless_change_verbs",
    "comparative_signless",
    "change_noun_subject",
    "gap_change_subjects",
    "length_for_before",
    "run_nouns",
    "share_subject_particles",
    "compared_words",
    "than_words",
    "to_words",
    "at_words",
    "by_words",
    "multiple_verbs",
    "level_particles",
    "record_words",
    "continuations",
    "forecast_verbs",
    "forecast_nouns",
    "forecast_labels",
    "forecast_participles",
    "value_links",
    "superlatives_max",
    "superlatives_min",
    "total_marks",
    "sum_naming_amount_nouns",
    "total_noun_marks",
    "total_phrase_marks",
    "total_compared_after",
    "total_span_after",
    "total_source_after",
    "total_then_parts_joints",
    "list_copula_ends",
    "rival_whole_nouns",
    "total_marks_after",
    "per_period_before",
    "per_period_after",
    "pay_words",
    "personnel_cost_nouns",
    "contrast_copula_ends",
    "terms",
    "parts_follow",
    "unread_member_before_total",
    "list_counts",
    "list_nouns",
    "whole_marks",
    "whole_subjects",
    "since_words",
    "whole_rate_refs",
    "appended_rise_nouns",
    "appended_rise_words",
    "appended_fall_words",
    "appended_fall_nouns",
    "rate_of_change_openers",
    "whole_after",
    "stated_whole_refs",
    "share_of_whole",
    "whole_labels",
    "price_band_after",
    "market_prepositions",
    "market_nouns",
    "genitive",
    "respectively",
    "split_before",
    "ranking_followed_by",
    "poll_nouns",
    "poll_share_of_after",
    "split_between",
    "split_parts_after",
    "split_verbs_after",
    "company_suffixes_after",
    "anaphors",
    "anaphor_initials",
    "plural_anaphors",
    "plural_anaphor_initials",
    "segment_nouns",
    "segment_alone_marks",
    "adjusted_rate_openers",
    "other_seller_marks",
    "metric_qualifiers_after",
    "predicate_modifiers",
    "predicate_prepositions",
    "scope_stop_endings",
    "scope_stop_words",
    "item_joiners",
    "and_words",
    "capitalized_non_names",
    "item_verbs",
    "clause_joiners",
    "anaphoric_subjects",
    "coordinated_subject_stops",
    "baseline_naming_nouns",
    "clause_topic_particles",
    "subject_verbs",
    "furniture_lines",
    "long_scale_words",
    "or_words",
    "particles_before_verb",
    "further_before_verb",
    "connective_endings",
    "leading_time_words",
    "from_to_marks",
    "abbreviations",
    "abbreviations_never_end",
    "change_marks",
    "quote_currencies",
    "phrase_particles",
    "elapsed_after",
    "elapsed_years",
    "elapsed_half",
    "elapsed_half_before",
    "elapsed_month_half",
    "span_ahead_after",
    "span_ahead_between",
    "span_ahead_before",
    "span_ahead_until_openers",
    "span_ahead_until_between",
    "span_ahead_until_after",
    "span_ahead_later_origins",
    "span_ahead_origin_dated",
    "span_ahead_origin_past",
    "span_ahead_until_begun",
    "span_ahead_origin_today",
    "span_ahead_origin_made",
    "span_ahead_later",
    "span_before_named",
    "named_event_count_verbs",
    "named_event_determiners",
    "named_event_name_words",
    "named_event_relatives",
    "named_event_dated_verbs",
    "named_event_dated_on",
    "named_event_qualifiers",
    "weekday_before_date",
    "elapsed_months",
    "elapsed_other_units",
    "cumulative_marks",
    "included_marks",
    "compared_after",
    "now_words",
    "nouns_after_counter",
    "past_level_after",
    "past_level_reached",
    "comparative_adjectives",
    "comparative_attributives",
    "span_lasting",
    "from_after",
    "multiple_became",
    "multiple_to_after",
    "multiple_passed_after",
    "amount_anaphor_openers",
    "margin_named_after_base",
    "profit_after_margin",
    "margin_before_rate",
    "moving_verbs",
    "object_rise_verbs",
    "object_fall_verbs",
    "changed_on_words",
    "part_verbs_before",
    "to_particles",
    "level_reached_particles",
    "restatement_endings",
    "sales_value_nouns",
    "sales_price_nouns",
    "total_dated_back",
    "price_applied_after_name",
    "rate_other_base_marks",
    "maximum_hedges",
    "unit_noun_determiners",
    "catch_season_nouns",
    "price_applied_before",
    "per_one_measure_of",
    "recipient_dative_after",
    "per_unit_distributive_after",
    "per_unit_spent_after",
    "sold_worth_after",
    "amount_given_after",
    "sold_measure_words",
    "value_noun_endings",
    "quantity_noun_endings",
    "value_nouns_after_stem",
    "quantity_nouns_after_stem",
    "ambiguous_rise_verbs",
    "change_noun_as_object",
    "forecast_stems",
    "forecast_labels_after",
    "rate_of_change_nouns",
    "open_list_marks",
    "open_list_followers",
    "topic_particles",
    "whole_topic_particles",
    "counter_noun_particles",
    "adnominal_word_ends",
    "share_particles",
    "share_verbs",
    "share_reached_verbs",
    "fraction_after_part",
    "listed_share_clause_marks",
    "share_pointing_after",
    "fraction_share_ends",
    "fraction_restating_subject_ends",
    "part_done_then_whole",
    "whole_then_subject_share_noun",
    "market_after",
    "share_nouns",
    "company_suffixes",
    "particles_after_name",
    "particles_after_alias",
    "not_name_glosses",
    "segment_suffixes",
    "predicate_particles",
    "person_particles",
    "attributive_particles",
    "comparative_above",
    "comparative_below",
    "bare_comparative_openers",
    "gap_comparatives_after",
    "rate_alone_more_after",
    "rate_alone_less_after",
    "rate_alone_openers",
    "whole_share_before",
    "whole_share_after",
    "whole_share_after_period",
    "whole_share_demonstratives",
    "change_from_year_before",
    "share_clause_subjects",
    "share_clause_places",
    "share_place_wholes",
    "back_reference_subjects",
    "span_total_marks",
    "whole_then_share_noun",
    "named_whole_of_share",
    "named_share_then_its_part",
    "share_hedges_after",
    "counted_rate_endings",
    "counted_rate_joints",
    "counted_rate_openers",
    "part_of_whole_joints",
    "name_joints",
    "named_sum_marks",
    "name_pair_particles",
    "list_lead_ends",
    "list_lead_breakdowns",
    "addition_verbs",
    "sum_after_addition",
    "whole_then_its_share",
    "whole_then_its_share_apart",
    "share_then_its_whole_apart",
    "share_of_bare_whole",
    "share_clause_resumers",
    "share_clause_resumers_near",
    "noun_group_stops",
    "noun_group_restricting_stops",
    "market_share_before",
    "market_share_after",
    "open_list_labels",
    "total_label_between",
    "current_level_before",
    "respondents_after",
    "of_which_opener_subjects",
    "span_again",
    "except_marks",
    "table_scale_thousands",
    "table_scale_millions",
    "table_scale_hundred_millions",
    "table_scale_billions",
    "table_scale_trillions",
    "table_change_columns",
    "table_average_words",
    "table_prior_year_words",
    "table_both_words",
    "table_label_endings",
    "table_label_stops",
    "remainder_marks",
    "part_of_named_total_after",
    "list_added_verbs",
    "script_letters",
    "definite_articles",
    "indefinite_articles",
    "possessive_determiners",
    "spelled_currencies",
    "span_since",
    "span_later",
    "span_after_clause",
    "span_from",
    "span_over",
    "span_records",
    "span_origins",
    "milestone_after",
    "deficit_words",
    "capital_letters",
    "small_letters",
    "name_start_letters",
    "name_joiners",
    "time_possessives",
    "figure_time_prepositions",
    "possessed_noun_links",
    "balance_size_nouns",
    "figure_nouns",
    "generic_counters",
    "distributed_term_words",
    "distributed_not_groups_after",
    "generic_counter_noun_endings",
    "cap_marks",
    "rank_order_marks",
    "one_whole_share_nouns",
    "share_of_part_verbs",
    "share_verbs_before_part",
    "share_verbs_after_subject",
    "share_subject_skips",
    "share_subject_clause_opens",
    "whole_opening_marks",
    "partitive_before_count",
    "years_dating_a_count",
    "words_undating_a_year",
    "present_relative_endings",
    "times_before_during",
    "pronouns_of_a_part",
    "parts_of_them",
    "parts_of_that",
    "parts_of_a_named_whole",
    "predicates_before_total",
    "share_pool_then_part",
    "split_marks",
    "split_partial_subject",
    "split_per_unit_after",
    "plural_noun_endings",
    "added_to_base_joints",
    "all_whole_share_before",
    "taken_whole_share_before",
    "share_then_its_part",
    "order_share_subjects",
    "order_share_wholes",
    "member_alone_share_subjects",
    "share_participles",
    "share_hedges_beside_part",
    "share_fallback_joints",
    "share_fallback_foreign_words",
    "share_fallback_restated_part_marks",
    "share_fallback_restated_part_tails",
    "share_fallback_own_group_after",
    "share_fallback_owner_after",
    "share_fallback_subject_owner_after",
    "kind_counters",
    "share_then_possessed_whole",
    "part_rate_nouns",
    "pair_clause_connectives",
    "clause_share_subject_particles",
    "pair_clause_copula_ends",
    "compared_rate_marks",
    "earlier_rate_marks",
    "part_of_whole_rate_nouns",
    "part_success_rate_nouns",
    "part_success_verbs",
    "part_out_of_whole",
    "share_words",
    "rate_nouns",
    "share_of_all_after",
    "metric_share_joints",
    "metric_share_openers",
    "addition_then_sum",
    "added_part_joints",
    "earning_verbs",
    "outlay_verbs",
    "price_clause_breaks",
    "price_total_closers",
    "shared_among_named",
    "total_source_before_colon",
    "takings_verbs",
    "vote_labels",
    "record_outcome_verbs",
    "record_outcome_nouns",
    "record_draw_words",
    "record_games_nouns",
    "record_games_after",
    "record_games_before",
    "addition_consequence_before",
    "addition_counters",
    "current_level_after",
    "group_size_before",
    "lot_size_before",
    "lot_size_after",
    "lot_groups_before",
    "lot_groups_total_after",
    "lot_pronoun_openers",
    "sum_openers",
    "joining_verbs_after",
    "voters_present",
    "made_up_of_ends",
    "made_up_of_paid_ends",
    "payer_subject_particles",
    "whole_noun_ends",
    "whole_parts_joints",
    "named_part_links",
    "named_parts_ends",
    "made_up_of_openers",
    "made_up_of_whole_then_list",
    "marked_whole_input_ends",
    "whole_named_after_name",
    "whole_named_before_name",
    "added_part_ends",
    "rest_of_shares",
    "surplus_words",
    "metric_derivations",
    "span_returns",
    "span_previous",
    "span_record_in",
    "record_span_from",
    "span_ago",
    "span_earlier",
    "span_apart",
    "run_length_subject_after",
    "run_length_mark",
    "run_length_told_from",
    "run_length_part_before",
    "run_length_lead",
    "run_named_back_lead",
    "run_named_back_closing",
    "run_length_window",
    "duration_not_span_after",
    "run_back_after",
    "run_back_started",
    "span_later_perfect",
    "span_since_then",
    "span_ending",
    "span_of_links",
    "span_first_since",
    "span_compared",
    "span_back_to",
    "span_apposed_since",
    "elapsed_decades",
    "one_of_a_unit",
    "half_a_unit",
    "elapsed_centuries",
    "elapsed_half_year",
    "length_restated",
    "length_weeks",
    "length_hedges",
    "length_days",
    "length_hours",
    "length_minutes",
    "length_seconds",
    "length_gap_days",
    "length_gap_weeks",
    "length_gap_longer",
    "length_gap_shorter",
    "length_gap_from_before",
    "length_gap_than_before",
    "length_gap_joiners",
    "net_period_spans",
    "net_period_parts",
    "net_year_back",
    "net_future_verbs",
    "gapped_period_words",
    "change_own_prior_words",
    "change_than_period_words",
    "prior_right_after_level",
    "share_pool_marks",
    "length_gap_from_after",
    "length_gap_than_after",
    "length_gap_to_after",
    "length_gap_ago",
    "net_added",
    "net_removed",
    "net_joiners",
    "net_gain_of",
    "net_loss_of",
    "net_added_after",
    "net_removed_after",
    "net_added_named",
    "net_removed_named",
    "net_subset_marks",
    "after_adding_marks",
    "site_adding_verbs",
    "site_nouns",
    "span_dated_in",
    "span_after_of",
    "season_origins",
    "season_now",
    "season_nouns",
    "season_ordinal_marks",
    "multiple_noun_openers",
    "multiple_noun_counted",
    "multiple_noun_average_marks",
    "as_of_after",
    "as_of_before",
    "anniversary_marks",
    "anniversary_now",
    "anniversary_first",
    "anniversary_other_subject",
    "anniversary_next",
    "span_change_from",
    "span_change_to",
    "span_change_reached",
    "anniversary_years_on",
    "anniversary_built",
    "anniversary_founded_after",
    "length_at_least_after",
    "range_relative_ends",
    "range_relative_starts",
    "levy_added_sources",
    "levy_payers_before",
    "run_first",
    "run_last",
    "span_across_after",
    "span_across_before",
    "run_span_before",
    "run_apposed_before",
    "run_apposed_after",
    "run_length_until",
    "run_length_named",
    "run_start_verbs",
    "run_start_clauses",
    "span_until_now",
    "span_reached_now",
    "run_end_leads",
    "span_start_events",
    "span_launch_nouns",
    "span_after_named",
    "amount_rate_commas",
    "length_at_least",
    "length_reached",
    "streak_from",
    "streak_marks",
    "streak_ended",
    "import_nouns",
    "previous_day_words",
    "index_point_counters",
    "loss_before",
    "loss_nouns",
    "count_modifiers",
    "count_nouns_ending_ed",
    "plural_noun_determiners",
    "span_one_year",
    "span_one_weekend",
    "span_weekend_other_days",
    "size_nouns",
    "total_column_headers",
    "combined_marks",
    "compared_with_marks",
    "recovery_ratio_nouns",
    "change_rate_subjects",
    "time_topic_particles",
    "object_particles",
    "exceed_verbs",
    "fall_short_verbs",
    "calendar_years",
    "share_of_the_market",
    "back_reference_openers",
    "swing_nouns_before",
    "named_figure_particles",
    "record_marks",
    "beat_by_before",
    "more_than_that_after",
    "remainder_before",
    "remainder_bare_before",
    "pool_left_marks",
    "pool_part_of_between",
    "pool_opening_of",
    "pool_anaphor_after",
    "remainder_own_whole_after",
    "swing_after",
    "loss_after",
    "listed_parts_ends",
    "gapped_list_joints",
    "gapped_part_marks",
    "gapped_label_stops",
    "gapped_list_ends",
    "gapped_part_pools",
    "remaining_marks",
    "listed_part_joints",
    "restated_change_before",
    "more_or_fewer_after",
    "added_more_after",
    "increment_before",
    "cost_nouns",
    "spend_nouns",
    "bought_worth_after",
    "purchase_nouns",
    "consequence_openers",
    "consequence_losses",
    "attribution_verbs",
    "earlier_gap_openers",
    "earlier_gap_before",
    "shortfall_particles",
    "shortfall_verbs",
    "shortfall_after",
    "shortfall_pronoun_subjects",
    "added_before",
    "cut_by_before",
    "raised_by_before",
    "removed_before",
    "taking_to",
    "rate_taking_to",
    "rate_change_openers",
    "rate_rise_nouns",
    "rate_fall_nouns",
    "total_reached",
    "total_reached_ends",
    "total_given",
    "open_since_before",
    "product_verbs_after_price",
    "close_nouns",
    "close_copulas",
    "comparison_copulas",
    "rate_ahead_of",
    "rate_behind",
    "subject_possessive",
    "event_modifier_endings",
    "event_single_verbs",
    "per_unit_noun_after",
    "number_of_marks",
    "number_of_after_noun",
    "count_mark_qualifiers",
    "takings_clause_words",
    "sold_units_pronouns",
    "average_after_noun",
    "item_average_before",
    "item_average_after",
    "any_whole_nouns",
    "pot_openers",
    "price_participles",
    "whole_basis_scopes",
    "per_measure_after",
    "each_marks",
    "each_one_marks",
    "each_unit_after",
    "each_total_after",
    "plurals_without_ending",
    "split_among_listed_before",
    "multiple_span_after",
    "multiple_span_before",
    "range_next_year_words",
    "range_end_apposed",
    "run_length_until_clause",
    "span_later_lead",
    "people_noun_endings",
    "each_of_count_marks",
    "each_closing_after",
    "workforce_nouns",
    "craft_nouns",
    "instrument_nouns",
    "livestock_nouns",
    "show_nouns",
    "audience_nouns",
    "measure_stuff_after",
    "per_person_marks",
    "per_person_restating_joints",
    "population_nouns",
    "person_counters",
    "people_playing_verbs",
    "multiple_of_previous_after",
    "multiple_deal_nouns",
    "multiple_deal_owner_names",
    "noun_total_after",
    "own_object_before_change",
    "source_verbs_after",
    "each_member_subjects",
    "paying_words",
    "free_of_charge_words",
    "one_person_words",
    "per_unit_noun_before",
    "unit_price_after",
    "unit_price_each",
    "rate_to_the_unit",
    "measure_phrase_opens",
    "head_phrase_breaks",
    "price_change_subjects",
    "unit_price_at",
    "unit_price_each_before",
    "rate_each_after",
    "price_then_count_verbs",
    "price_then_count_openers",
    "count_then_total_verbs",
    "total_of_other_after",
    "each_capacity_modals",
    "cost_modals",
    "each_size_of",
    "each_aside_openers",
    "shared_total_relatives",
    "share_out_verbs",
    "premise_consequence_openers",
    "one_noun_opening",
    "other_price_words",
    "deal_worth_words",
    "multiple_the_before",
    "per_head_nouns",
    "one_person_counters",
    "per_unit_generic_after",
    "fallback_clause_breaks",
    "fallback_other_objects",
    "rate_topic_non_subjects",
    "fallback_count_not_units",
    "fallback_people_noun_marks",
    "fallback_appended_gaps",
    "fallback_noun_qualifiers",
    "fallback_metric_marks",
    "fallback_one_unit",
    "per_one_unit_noun_particles",
    "per_one_unit_period_words",
    "fallback_own_metric_before",
    "price_applied_openers",
    "unit_price_before",
    "unit_counters",
    "share_noun",
    "hours_basis",
    "per_hour_before",
    "per_hour_after",
    "per_occasion_after",
    "list_pronoun_counters",
    "units_value_before",
    "at_that_price",
    "at_a_price_of",
    "at_price_opening",
    "parallel_label_endings",
    "units_value_after_price",
    "units_value_after_opening_price",
    "units_takings_after_price",
    "opening_price_subject_joins",
    "opening_price_pronoun_subjects",
    "opening_price_total_additions",
    "units_takings_closers",
    "per_item_noun_after",
    "period_nouns_after_mark",
    "average_scope_words",
    "whole_scope_after",
    "per_noun_marks",
    "average_after",
    "clause_subject_particles",
    "relative_clause_ends",
    "present_adnominal_ends",
    "present_deictics",
    "per_one_after",
    "one_before_counter",
    "per_one_noun_marks",
    "occasion_counters",
    "comma_clause_joints",
    "day_terms",
    "week_terms",
    "month_terms",
    "annualised_before",
    "month_spans",
    "per_one_source_marks",
    "valuing_verbs",
    "per_game_after",
    "average_before",
    "average_noun_before",
    "average_level_links",
    "per_unit_after_average",
    "per_unit_after_appended",
    "periods_counted_after",
    "averaged_price_before",
    "market_quote_price_before",
    "units_sold_verbs",
    "takings_verbs_before_price",
    "estate_change_verbs",
    "per_one_of_noun_before",
    "per_one_as_subject_before",
    "per_unit_restating_endings",
    "restating_attributives",
    "division_base_after",
    "average_clause_words",
    "plural_endings",
    "game_nouns",
    "games_played_before",
    "fraction_change_by",
    "fraction_change_of",
    "coordinated_rate_and",
    "coordinated_rate_above",
    "coordinated_rate_below",
    "multiple_of_named_after",
    "multiple_of_previous",
    "rate_then",
    "points_raise_verbs",
    "points_lower_verbs",
    "points_measured_from",
    "elapsed_quarters",
    "annual_growth_subjects",
    "multiple_of_before",
    "multiple_of_after",
    "multiple_value_after",
    "per_base_after",
    "multiple_plus_after",
    "naming_nouns",
    "compound_heads",
    "gap_more",
    "gap_less",
    "verb_modifiers",
    "price_nouns_in_ga",
    "equivalent_gap_breaks",
    "equivalent_gap_openers",
    "foreign_price_gap_before",
    "foreign_price_gap_after",
    "foreign_price_gap_more",
    "minus_operators",
    "minus_from",
    "minus_after",
    "per_unit_before",
    "per_unit_after",
    "unit_rate_after",
    "unit_rate_then_change",
    "per_year_before",
    "per_year_after",
    "apposed_yearly_comma",
    "fallback_sale_price_before",
    "fallback_sale_verbs",
    "fallback_partial_sale",
    "fallback_sale_part_of",
    "fallback_sale_other_clause",
    "fallback_subject_restrictors",
    "fallback_restating_openers",
    "fallback_any_people_counters",
    "fallback_profit_words",
    "apposed_per_unit_comma",
    "bare_profit_before",
    "count_compound_own_firsts",
    "count_compound_not_heads",
    "margin_on_sales",
    "per_month_before",
    "per_month_after",
    "per_quarter_before",
    "per_week_before",
    "per_week_after",
    "per_day_before",
    "day_capacity_nouns",
    "time_counters",
    "norm_period_words",
    "edition_since_first",
    "other_members_openers",
    "when_opens_clause",
    "per_day_after",
    "amount_change_nouns",
    "count_change_nouns",
    "loss_of_before",
    "rate_before_part",
    "rest_share_labels",
    "average_right_before",
    "averaged_pronoun_subjects",
    "members_beside_list_openers",
    "edition_date_before_ordinal",
    "pool_opening_before_part",
    "this_time_owners",
    "span_past_perfect",
    "this_time_names",
    "member_role_nouns",
    "span_present_finite",
    "past_event_this_week",
    "earlier_time_owners",
    "share_verbs_before_stated_whole",
    "standin_share_subjects",
    "order_multiple_topic_ends",
    "order_multiple_gap_ends",
    "standin_share_resumed",
    "standin_share_verbs_after",
    "fill_verbs_before_stated_whole",
    "restating_share_closings",
    "share_copulas_before",
    "share_copulas_after",
    "level_then_its_whole",
    "total_brought_to",
    "rest_after",
    "when_clause_before",
    "opening_comparison",
    "profit_before",
    "ratio_of_before",
    "ratio_of_after",
    "ratio_levels",
    "ratio_links",
    "ratio_pair_joiners",
    "as_of_words",
    "per_year_average_before",
    "that_period",
    "same_period_openers",
    "year_spans",
    "cover_before",
    "cover_breaks",
    "fraction_restating_joints",
    "payout_before",
    "margin_after_profit",
    "owner_before_rate",
    "margin_of_that",
    "annualised_words",
    "load_factor_nouns",
    "use_rate_nouns",
    "subject_clause_opens",
    "capacity_counters",
    "capacity_held_before",
    "clause_subject_openers",
    "appended_total_words",
    "total_of_a_task_after",
    "appended_total_restating",
    "appended_total_nouns",
    "increment_counters",
    "each_holds_before",
    "label_time_adverbs",
    "each_capacity_words",
    "new_counters",
    "recipient_before",
    "each_price_total_between",
    "pace_terms_month",
    "pace_terms_week",
    "pace_terms_day",
    "pace_term_full_before",
    "pace_term_worked_out",
    "pace_term_filled",
    "pace_full_units_day",
    "pace_full_units_week",
    "pace_full_units_month",
    "pace_job_takes",
    "pace_capacity_nouns",
    "pace_capacity_particles",
    "each_noun_paid_verbs",
    "pace_span_before",
    "pace_collective_after",
    "pace_consequence_after",
    "pace_each_share_after",
    "pace_whole_after",
    "pace_one_of_crew_before",
    "pace_term_part_after",
    "pace_whole_lead_before",
    "pace_whole_lead_after",
    "pace_told_part_before",
    "pace_told_part_after",
    "pace_reached_terms",
    "pace_reached_gap",
    "pace_reached_whole_after",
    "lot_units_before",
    "lot_of",
    "lot_units_joint",
    "lot_units_split",
    "lot_time_counters",
    "unit_size_each_after",
    "one_of_noun_after",
    "levy_on_count",
    "average_unit_openers",
    "average_purpose_before",
    "levy_on_each",
    "levy_nouns_before",
    "use_rate_filled_after",
    "lead_after",
    "lead_before",
    "point_counters",
    "points_previous_subjects",
    "points_earlier_clause_marks",
    "term_total_marks",
    "rate_holder_before",
    "holder_possessive",
    "trading_day_nouns",
    "gap_nouns_after",
    "range_joiners",
    "range_joiners_until",
    "range_joiners_opened",
    "edition_noun_first_held",
    "edition_skipped",
    "edition_skip_years",
    "birth_year_before",
    "birth_year_after",
    "birth_age_between",
    "birth_age_units",
    "age_now_open",
    "age_now_close",
    "age_then_units",
    "age_then_founded",
    "age_founded_after_year",
    "age_then_when",
    "age_then_at",
    "age_then_pronoun_opening",
    "age_then_year_before",
    "age_then_year_after",
    "age_then_other_subject",
    "decade_after_year",
    "age_then_bare",
    "age_then_start",
    "age_then_not_own",
    "age_then_relative",
    "age_then_governed",
    "age_then_other_person",
    "range_until_marks",
    "range_openers",
    "range_closers",
    "span_during",
    "traffic_words",
    "capacity_words",
    "gap_nouns_before",
    "currency_firm_verbs",
    "currency_weak_verbs",
    "quote_per",
    "breakdown_marks",
    "of_which_openers",
    "of_figure_openers",
    "named_whole_openers",
    "named_whole_earlier_time",
    "named_whole_past_year",
    "bare_subunits",
    "dollar_places",
    "rest_labels",
    "complement_marks",
    "each_after",
    "each_names_follow",
    "name_list_stops",
    "whole_first_openers",
    "neutral_outcomes",
    "appositive_share_marks",
    "clause_share_marks",
    "pool_part_marks",
    "share_of_the_total_closing",
    "clause_share_closing_joints",
    "parts_new_subject_before",
    "share_pool_marks",
    "pool_first_openers",
    "share_then_part_adnominals",
    "named_pool_before_share",
    "share_pool_noun_after",
    "pool_standin_nouns",
    "rest_after_marks",
    "pool_qualifier_clause_ends",
    "line_worth_before",
    "line_price_before",
    "line_worth_after_price",
    "line_worth_after",
    "pace_verb_particles",
    "line_worth_joints",
    "pool_share_of_the",
    "those_verbed_marks",
    "share_of_noun_after",
    "contribution_verbs",
    "spending_total_marks",
    "earlier_parts_marks",
    "part_of_named_whole_joints",
    "bare_part_of_whole_joints",
    "fraction_share_closings",
    "fraction_restating_sentences",
    "part_description_bounds",
    "share_subject_refers_back",
    "rate_setter_before",
    "rate_setter_after",
    "rate_setter_applied_after",
    "member_name_particles",
    "fraction_restated_by_percent",
    "subset_participles",
    "subset_demonstratives",
    "share_clause_verb_joints",
    "member_added_to_after",
    "age_ordinal_apposed",
    "share_subject_this_deal",
    "share_then_its_own_part",
    "run_subject_skipped",
    "run_subject_refers_back",
    "run_subject_needs_back_lead",
    "cost_noun_endings",
    "list_lead_by",
    "place_after_marks",
    "tally_lead_marks",
    "tally_left_open",
    "running_total_marks",
    "two_way_totals",
    "parts_follow_all",
    "active_case_words",
    "closed_case_words",
    "death_case_words",
    "case_nouns",
    "together_openers",
    "ranking_continues",
    "district_seats",
    "list_seats",
    "stake_marks",
    "place_particles",
    "list_closing_copulas",
    "contract_signing_words",
    "contract_salary_words",
    "contract_option_words",
    "contract_guaranteed_words",
    "new_item_marks",
    "ratio_to_one",
    "place_marks",
    "applicant_marks",
    "compares_openers",
    "change_size_links",
    "ratio_versus",
    "ratio_nouns",
    "working_days",
    "daily_average_before",
    "span_average_day_before",
    "span_average_week_before",
    "appended_average_participles",
    "span_average_month_before",
    "span_average_year_before",
    "span_average_of_before",
    "span_per_day_after",
    "span_per_week_after",
    "span_per_month_after",
    "span_per_year_after",
    "restating_or",
    "share_subject_this_amount",
    "one_by_one_after",
    "span_days",
    "span_weeks",
    "span_months",
    "span_years",
    "span_first_years",
    "span_average_bare_day_before",
    "kind_of_day_nouns",
    "kind_of_day_count_between",
    "kind_of_day_span_after",
    "span_average_day_particle_before",
    "span_average_bare_year_before",
    "span_average_bare_month_before",
    "multiple_time_bases",
    "span_subset_topics",
    "span_part_after_average",
    "span_average_now_between",
    "span_average_after_figure",
    "span_average_restating",
    "year_restated_joins",
    "compounds_of_another_thing",
    "first_year_spans",
    "part_year_spans",
    "all_sold_if",
    "all_units_if",
    "units_pay_fee_before",
    "all_of_them_if",
    "all_sold_other_times",
    "total_place_before_source",
    "each_of_the_count_openers",
    "each_total_verbs",
    "multiple_as_many_after",
    "multiple_pair_breaks",
    "investors_foreign",
    "investors_institutional",
    "investors_retail",
    "transfer_verbs",
    "transfer_targets",
    "after_transfer_marks",
    "after_transfer_accounts",
    "named_whole_genitive",
    "prior_period_genitive",
    "share_apposed_to_its_part",
    "age_start_verbs",
    "age_start_verbs_near",
    "run_started_after_day",
    "run_subject_marks",
    "elapsed_opening_reaches_now",
    "age_start_since",
    "age_since_vetoes",
    "age_start_after_year",
    "age_counts_after",
    "age_possessed_before",
    "age_sentence_in",
    "age_perfect",
    "age_anniversary_nouns",
    "age_other_owner",
    "age_ordinal_marks",
    "age_told_of_past",
    "age_from_a_persons_age",
    "age_near_lasting",
    "age_person_lasting_verbs",
    "age_perfect_now",
    "age_lasting_vetoes",
    "age_after_count",
    "age_ago_count",
    "age_ago_started_before",
    "age_past_verbs",
    "age_present_verbs",
    "age_object_clause_opening",
    "age_year_ordinal",
    "age_year_ordinal_after",
    "age_marks_before",
    "age_marks_not_after",
    "change_told_of_now",
    "change_after_past_joints",
    "generic_measure_nouns",
    "move_size_rise_nouns",
    "move_size_fall_nouns",
    "then_and_now_joints",
    "change_on_that_after",
    "added_count_after",
    "added_count_before",
    "change_measured_on",
    "change_back_before",
    "age_told_ahead",
    "age_step_after",
    "age_near_counts_after",
    "age_end_after_year",
    "anniversary_next_owner",
    "tally_level_particles",
    "age_start_after_year_near",
    "age_start_before_year",
    "compact_range",
    "compact_range_not_after",
    "one_unit_subject_particles",
    "one_unit_means_particles",
    "one_unit_nominative_particles",
    "headcount_total_marks",
    "one_unit_object_particles",
    "one_unit_doing_marks",
    "per_one_cost_nouns",
    "one_unit_price_particles",
    "one_unit_price_nouns",
    "priced_income_nouns",
    "one_unit_subject_time_nouns",
    "one_unit_subject_average_words",
    "distributed_group_joints",
    "distributed_group_joints_then_all",
    "per_unit_yield_after",
    "per_unit_yield_narrowed",
    "span_average_bare_close",
    "distributed_each_marks",
    "generic_counters",
    "one_unit_subject_period_words",
    "product_cap_words",
    "named_total_links",
    "named_total_determiners",
    "price_at_before",
    "one_price_verbs",
    "partial_list_marks",
    "per_unit_apart_other_times",
    "per_unit_apart_restating_gaps",
    "multiple_base_marks",
    "multiple_value_links",
    "multiple_subject_marks",
    "also_subject_marks",
    "per_one_unit_clause_word_endings",
    "per_one_unit_occasion_counters",
    "one_unit_genitive_particles",
    "price_of_an_earlier_time",
    "share_fallback_part_names_its_whole",
    "share_fallback_bare_share_closings",
    "share_fallback_counted_share_ends",
    "share_fallback_counted_pool_noun",
    "share_fallback_made_verbs",
    "share_fallback_total_heads",
    "share_fallback_ko_this_pool",
    "share_fallback_ko_that_whole_before",
    "share_fallback_subject_asides",
    "part_pointed_back",
    "pool_restated_after_share",
    "share_fallback_subject_links",
    "share_fallback_pronoun_subjects",
    "share_drawn_joints",
    "share_drawn_subject_skips",
    "split_share_joints",
    "split_share_function_words",
    "split_share_verbs",
    "split_share_subject_joints",
    "together_total_marks",
    "split_order_subjects",
    "made_up_of_order_topics",
    "made_up_of_order_determiners",
    "split_share_subject_verbs",
    "split_share_back_wholes",
    "split_share_whole_determiners",
    "split_share_period_marks",
    "share_of_that_per_unit_marks",
    "share_of_that_other_time_marks",
    "share_fallback_breakdown_verbs",
    "share_fallback_phrase_stops",
    "share_fallback_story_period_owners",
    "share_fallback_generic_whole_nouns",
    "share_fallback_goal_nouns",
    "whole_then_items_before",
    "whole_then_items_after",
    "label_link_words",
    "gap_rate_openers",
    "gap_rate_fractions",
    "each_noun_opening",
    "each_noun_cost_verbs",
    "age_since_back_before",
    "age_since_back_after",
    "age_apposed_count",
    "age_apposed_count_after",
    "age_start_relative_years",
    "age_start_month_day",
    "month_count_not_of_range_after",
    "month_count_range_end",
    "month_count_not_of_range_before",
    "age_this_year_ordinal_before",
    "anniversary_next_before",
    "edition_reached",
    "edition_now_copula",
    "edition_held_first",
    "edition_bare_before",
    "edition_first_after",
    "edition_now_before",
    "weekday_count_weekends",
    "weekday_count_parts",
    "listed_day_joiners",
    "listed_day_mark",
    "weekday_count_every",
    "weekday_count_workdays",
    "named_days_joiners",
    "span_back_after",
    "span_ahead_bare_before",
    "clock_am_before",
    "clock_pm_before",
    "clock_am_after",
    "clock_pm_after",
    "clock_hour_mark",
    "clock_minute_mark",
    "clock_half",
    "clock_range_joiners",
    "clock_next_day",
    "clock_range_end",
    "clock_length_hours",
    "clock_length_minutes",
    "clock_length_other_before",
    "clock_length_per_after",
    "named_days_weekends",
    "named_days_workdays",
    "length_under",
    "edition_start_words",
    "edition_this_before",
    "edition_nouns",
    "edition_noun_particles",
    "age_subject_ordinal_before",
    "age_subject_ordinal_kept",
    "age_subject_ordinal_other_object",
    "age_subject_ordinal_streaks",
    "age_decade_after",
    "age_start_object",
    "age_old_after",
    "age_person_relative",
    "age_this_year_ordinal_after",
    "age_start_nouns_before",
    "age_status_count_before",
    "age_start_noun_count_after",
    "pool_towards",
    "pool_paid_from",
    "unit_size_then_one",
    "unit_size_one_before",
    "restated_per_unit_joins",
    "list_continued_marks",
    "rest_own_clause",
    "priced_count_other_units",
    "priced_count_takings",
    "edition_not_yearly",
    "edition_restricted_after",
    "apposed_ago_second_clause",
    "quotient_restating_openers",
    "unit_price_paid_verbs",
    "unit_price_paid_other_times",
    "unit_price_paid_varies",
    "rate_of_a_whole_marks",
    "addition_marks_after",
    "per_count_before",
    "per_count_after",
    "time_clause_breaks",
    "attribute_copulas_after",
    "sum_reached_marks",
    "earlier_level_before",
    "each_unit_subject_before",
    "single_unit_subject_openers",
    "split_item_noun_left_out",
    "continuation_determiners",
    "value_own_verb_after",
    "partitive_after_count",
    "counter_synonym_groups",
    "counter_modifiers",
    "added_heads",
    "change_subject_verb_after",
    "change_subject_standins",
    "whole_naming_subjects",
    "run_opening_part_before",
    "account_income_nouns",
    "account_spending_nouns",
    "account_side_narrowers",
    "account_loss_before",
    "account_loss_after",
    "account_surplus_before",
    "account_surplus_after",
    "share_fallback_clause_openers",
    "share_fallback_back_reference_wholes",
    "share_fallback_deal_nouns",
    "share_fallback_price_per_thing_after",
    "share_fallback_goods_heads",
    "share_fallback_money_heads",
    "share_fallback_sales_heads",
    "whole_then_its_share_among",
    "share_story_average_before",
    "total_from_count",
    "total_from_count_determiners",
    "count_paying_price",
    "per_one_unit_bare_close",
    "per_one_unit_metric_particles",
    "per_one_unit_divided_particles",
    "per_one_unit_divide_verbs",
    "edition_ordinal_before_name",
    "edition_event_nouns",
    "edition_generic_nouns",
    "edition_first_of",
    "age_clause_joiners",
    "run_length_back_lead",
    "month_part_before",
    "range_day_counts",
    "age_since_bound_before",
    "age_since_object",
    "age_since_bound_after",
    "edition_topic_marks",
    "edition_first_after_topic",
    "age_start_noun_owner_before",
    "age_start_noun_subject_closed",
    "added_to_a_level_after",
    "level_reached_after",
    "addition_base_joiner",
    "addition_start_after",
    "level_then_addition_between",
    "addition_then_verb_after",
    "list_composed_of_after",
    "taking_to_from",
    "taking_from_to_between",
    "stated_per_one_before",
    "one_unit_equivalent_before",
    "one_unit_equivalent_marks",
    "one_unit_equivalent_other_time",
    "one_unit_topic_counter",
    "one_unit_topic_noun",
    "one_unit_noun_after",
    "one_unit_each_noun_before",
    "rate_units_between",
    "generic_one_unit_price_topic",
    "one_unit_equivalent_end",
    "equivalent_rate_note_after",
    "one_unit_topic_particles",
    "price_topic_particles",
    "whole_noun_genitive",
    "whole_noun_modifier_endings",
    "rate_of_the_day_topic_before",
    "conversion_notes",
    "conversion_note_after",
    "conversion_other_topic",
    "noted_equivalent_end",
    "rate_quote_after",
    "equivalent_of_each_between",
    "apposed_gap_after",
    "apposed_gap_alternative_between",
    "bought_object_verbs",
    "conversion_other_topic_before",
    "divided_amount_noun_before",
    "each_noun_use_verbs",
    "each_use_clause_openers",
    "shared_event_counters",
    "contest_sides",
    "one_side_event_words",
    "each_output_other_subjects",
    "age_as_noun_after",
    "age_as_noun_before",
    "age_as_noun_as_before",
    "age_as_noun_clause_ends",
    "each_of_the_count",
    "at_a_rate_of_openers",
    "change_words_before_figure",
    "amount_list_joiners",
    "opening_pool_marks",
    "opening_pool_back_references",
    "opening_pool_participles",
    "opening_pool_share_joints",
    "opening_pool_skips",
    "counted_share_among_ko",
    "counted_share_restating_joints",
    "balance_surplus_before",
    "balance_surplus_after",
    "balance_deficit_before",
    "balance_deficit_after",
    "income_marks_before",
    "income_marks_after",
    "cost_marks_before",
    "cost_marks_after",
    "price_of_one_before",
    "counted_takings_before",
    "counted_takings_after",
    "counted_takings_source_after",
    "takings_named_before",
    "group_dative_before_total",
    "group_member_words",
    "event_place_particles",
    "spread_over_units_before",
    "each_place_after",
)
_LINK_CLASS_NAMES = frozenset(LINK_CLASSES)


class LanguageData(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    language: str
    name: str
    also: list[str] = Field(default_factory=list)
    letters: str = ""
    currency_words: CurrencyWords = Field(default_factory=CurrencyWords)
    currency_prefixes: WordMap = Field(default_factory=WordMap)
    currency_after: WordMap = Field(default_factory=WordMap)
    # a currency word no country names (`kroner` is Danish and Norwegian): its default currency; in an article that
    # names one country's currency ending in such a word (`Danish kroner`), the bare word is that currency
    bare_currency_words: BareCurrencyWords = Field(default_factory=BareCurrencyWords)
    currency_subunits: Subunits = Field(default_factory=Subunits)
    digit_grouping: NumberSystem = Field(default_factory=NumberSystem)
    glyph_prefixes: GlyphPrefixes = Field(default_factory=GlyphPrefixes)
    cued_prefixes: CuedPrefixes = Field(default_factory=CuedPrefixes)
    index_levels: IndexLevels = Field(default_factory=IndexLevels)
    ratios_to_one: RatiosToOne = Field(default_factory=RatiosToOne)
    age_groups: AgeGroups = Field(default_factory=AgeGroups)
    elided_counts: ElidedCounts = Field(default_factory=ElidedCounts)
    unit_lines: UnitLines = Field(default_factory=UnitLines)
    exchange_rates: ExchangeRates = Field(default_factory=ExchangeRates)
    iso_codes: WordList = Field(default_factory=WordList)
    not_after: WordMap = Field(default_factory=WordMap)
    myriads: Myriads = Field(default_factory=Myriads)
    small_units: Units = Field(default_factory=Units)
    digits: Digits = Field(default_factory=Digits)
    native_numbers: NativeNumbers = Field(default_factory=NativeNumbers)
    counters: Counters = Field(default_factory=Counters)
    measures: Measures = Field(default_factory=Measures)
    scales: Scales = Field(default_factory=Scales)
    percent: Percent = Field(default_factory=Percent)
    multiples: Multiples = Field(default_factory=Multiples)
    number_words: NumberWords = Field(default_factory=NumberWords)
    fractions: Fractions = Field(default_factory=Fractions)
    vague: Vague = Field(default_factory=Vague)
    approximate_over: WordList = Field(default_factory=WordList)
    qualifiers_before: Qualifiers = Field(default_factory=Qualifiers)
    qualifiers_after: Qualifiers = Field(default_factory=Qualifiers)
    digit_count: WordList = Field(default_factory=WordList)
    equivalents: Equivalents = Field(default_factory=Equivalents)
    implied_currency: WordList = Field(default_factory=WordList)  # `1.1조 순매수`: trading words after an amount
    prior_periods: WordList = Field(default_factory=WordList)  # regular-expression fragments
    elapsed_time: ElapsedTime = Field(default_factory=ElapsedTime)
    time: TimeWords = Field(default_factory=TimeWords)
    ranges: Ranges = Field(default_factory=Ranges)
    place_lists: PlaceLists = Field(default_factory=PlaceLists)
    symbol_context: SymbolContext = Field(default_factory=SymbolContext)
    # The link stage's words by class (`[link.rise_verbs]`): a mapping, not a model of many fields,
    # which keeps importing this module cheap; an unknown class name is an error naming it.
    link: dict[str, LinkWords] = Field(default_factory=dict)

    @field_validator("link")
    @classmethod
    def _known_link_classes(cls, link: dict[str, LinkWords]) -> dict[str, LinkWords]:
        unknown = sorted(set(link) - set(LINK_CLASSES))
        if unknown:
            raise ValueError(f"unknown link vocabulary class(es): {', '.join(unknown)}")
        return link

    def classes(self) -> dict[str, VocabClass]:
        return {
            name: getattr(self, name)
            for name, field in type(self).model_fields.items()
            if isinstance(getattr(self, name), VocabClass)
        }


class LanguageDataError(ValueError):
    """A language file that does not validate: names the file and the key."""


@functools.cache
def lang_dir() -> Path:
    # (looked up once: the package's resources are found through the import system, a millisecond a call)
    return Path(str(importlib.resources.files("checker_rules"))) / "lang"


def _validated(path: Path) -> LanguageData:
    code = path.stem
    try:
        with path.open("rb") as handle:
            data = LanguageData.model_validate(tomllib.load(handle))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise LanguageDataError(f"{path}: {exc}") from None
    if data.language != code:
        raise LanguageDataError(f"{path}: language = {data.language!r}, expected {code!r}")
    return data


def available() -> list[str]:
    return sorted(p.stem for p in lang_dir().glob("*.toml") if p.stem != "base")


def _merge(into: dict, other: dict) -> dict:
    """Merge two dumped classes: maps update, lists extend (first wins on order), scalars override."""
    for key, value in other.items():
        if key in ("match", "no_match"):
            continue
        if isinstance(value, dict):
            into[key] = {**into.get(key, {}), **value}
        elif isinstance(value, list):
            into[key] = list(dict.fromkeys([*into.get(key, []), *value]))
        elif value:
            into[key] = value
    return into


def _merged_from(files: dict[str, LanguageData], code: str) -> tuple[LanguageData, str | None]:
    own = files.get(code) if code != "base" else None
    layers = [files.get("base")]
    note = None
    if own is None and code != "base":
        note = (
            f"no language data for {code!r} (rules/lang/{code}.toml): numbers read with the shared "
            f"notations only; languages with data: {', '.join(c for c in sorted(files) if c != 'base')}"
        )
    else:
        layers += [files.get(other) for other in own.also] + [own]
    dumped: dict = {"language": code, "name": own.name if own else code}
    for layer in layers:
        if layer is None:
            continue
        if layer.letters:
            dumped["letters"] = layer.letters if layer is own else dumped.get("letters", layer.letters)
        for name in layer.classes():
            own_words = getattr(layer, name).model_dump(by_alias=True, exclude_defaults=False)
            dumped[name] = _merge(dumped.get(name, {}), own_words)
    if own is not None and own.letters:
        dumped["letters"] = own.letters
    return LanguageData.model_validate(dumped), note


# Bump when what is cached changes shape in a way the stamp below does not see.
_CACHE_FORMAT = 1


@functools.cache
def _tables() -> tuple[dict[str, LanguageData], dict[str, tuple[LanguageData, str | None]]]:
    """Every data file validated (by code) and every language with a file merged: read back from the
    cache when it was written for these very files, else built (a bad file raises here) and cached."""
    paths = sorted(lang_dir().glob("*.toml"))
    stamp = hashlib.sha256(f"{_CACHE_FORMAT} {sys.version} pydantic {pydantic.VERSION}".encode())
    stamp.update(Path(__file__).read_bytes())  # the models' fields: a changed model never reads an old file
    for path in paths:
        content = path.read_bytes()
        stamp.update(f"\0{path.name}\0{len(content)}\0".encode())
        stamp.update(content)
    digest = stamp.hexdigest()
    where = cache_path("lang", digest)
    cached = read_cached(where, digest)
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached
    files = {path.stem: _validated(path) for path in paths}
    tables = (files, {code: _merged_from(files, code) for code in files if code != "base"})
    write_cached(where, digest, tables, keep=8)  # a few installs or checkouts in turn, without a rebuild each
    return tables


def load_file(code: str) -> LanguageData | None:
    """The validated data file of one language (or `base`), or None when there is none."""
    return _tables()[0].get(code)


@functools.cache
def merged(code: str) -> tuple[LanguageData, str | None]:
    """The data a document in `code` is read with (base, borrowed languages, then its own), and a
    note when the language has no data file."""
    files, by_language = _tables()
    return by_language[code] if code in by_language else _merged_from(files, code)


def every_language() -> list[LanguageData]:
    """Every data file, base first (for tables that span languages: every ISO code, every currency word)."""
    return [d for d in (load_file("base"), *(load_file(c) for c in available())) if d is not None]


@functools.cache
def _english_months() -> dict[int, str]:
    # (the longest name of each month: `September`, whatever abbreviation the data lists beside it)
    names: dict[int, str] = {}
    for data in every_language():
        if data.language == "en":
            for name, n in data.time.months.items():
                if len(name) > len(names.get(n, "")):
                    names[n] = name
    return names


def month_name(number: int) -> str:
    """A month's English name (`3` → `March`), from the language data: the extractor's reasons are in English."""
    return _english_months().get(number, str(number))


NEVER = r"(?!x)x"  # the pattern of a class a language leaves empty: it matches nothing


def letter_ranges(name: str, words: list[str]) -> str:
    """A `_letters` class's ranges as written inside a character class (`A-Z`, `가-힣`; empty where a
    language has none), for patterns that add marks of their own (`[A-Za-z&]`)."""
    return "".join(dict.fromkeys(words)) if name.endswith("_letters") else ""


def expanded(ranges: str) -> str:
    """The letters of character-class ranges, one by one, in order (`a-c` → `abc`)."""
    letters = []
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            letters.extend(chr(c) for c in range(ord(ranges[i]), ord(ranges[i + 2]) + 1))
            i += 3
        else:
            letters.append(ranges[i])
            i += 1
    return "".join(dict.fromkeys(letters))


def class_fragment(name: str, words: list[str]) -> str:
    """A class's words as one fragment: an alternation (`a|b|c`, not grouped), or for a class of
    `_initials` the letters for a character class (`[…]`, a fast first test), or for a class of
    `_letters` a character class of its ranges (`[가-힣]`; matching nothing where a language has none)."""
    if name.endswith("_initials"):
        return re.escape("".join(dict.fromkeys("".join(words)))) or r"\s\S"
    if name.endswith("_letters"):
        return f"[{''.join(dict.fromkeys(words))}]" if words else NEVER
    return "|".join(dict.fromkeys(words)) or NEVER


class LinkAlternations:
    """One language's link vocabulary: each class as one alternation (`a|b|c`, not grouped), the
    document's own language first, then the languages it borrows, then the shared symbols. A class is
    joined when it is first asked for (a one-article check asks for a few hundred of one language's
    eleven hundred classes; joining all of every language cost a cold start about 20 ms)."""

    def __init__(self, code: str):
        own = load_file(code) if code != "base" else None
        layers = [own, *(load_file(other) for other in own.also)] if own is not None else []
        layers.append(load_file("base"))
        self._layers = [layer.link for layer in layers if layer is not None]
        self._ranges: dict[str, str] = {}

    def _words(self, name: str) -> list[str]:
        return [w for link in self._layers if name in link for w in link[name].words]

    def _range(self, name: str) -> str:
        found = self._ranges.get(name)
        if found is None:
            if not name.endswith("_letters") or name not in _LINK_CLASS_NAMES:
                raise AttributeError(f"no link letter class {name!r} (rules/lang/*.toml, [link.<name>_letters])")
            found = self._ranges[name] = letter_ranges(name, self._words(name))
        return found

    def defines(self, name: str) -> bool:
        """Whether the language's data (or a layer it reads) gives the class any words: a reading built on a class
        runs only where the language defines it."""
        return bool(self._words(name))

    def chars(self, *letter_classes: str, marks: str = "") -> str:
        """One character class of the letters of `_letters` classes and of `marks` (written as inside
        `[…]`): `chars("capital_letters", "small_letters", marks="&")` is `[A-Za-z&]` in English. Where
        the language has none of those letters it holds the marks alone, or matches nothing."""
        ranges = "".join(self._range(name) for name in letter_classes) + marks
        return f"[{ranges}]" if ranges else NEVER

    def letters(self, letter_class: str) -> str:
        """The letters of a `_letters` class one by one (`abc…z`), for sets built in code."""
        return expanded(self._range(letter_class))

    def __getattr__(self, name: str) -> str:
        # (called only for a class not joined yet: the joined alternation is then kept as an attribute)
        if name.startswith("_") or name not in _LINK_CLASS_NAMES:
            raise AttributeError(f"no link vocabulary class {name!r} (rules/lang/*.toml, [link.{name}])")
        joined = class_fragment(name, self._words(name))
        setattr(self, name, joined)
        return joined


@functools.cache
def link_alternations(code: str) -> LinkAlternations:
    return LinkAlternations(code)


class ByLanguage(dict):
    """A link-stage pattern: its structure is code (`build` combines vocabulary classes), its words
    are the document language's data. Compiled once per language, on first use (from a cached program
    when there is one: checker/regex_cache.py). A dict of the compiled patterns by language, so that
    the linker's hundreds of look-ups per article are the dictionary's own, not a Python call each."""

    __slots__ = ("_build", "_flags", "_first_tested")

    def __init__(self, build, flags: int = 0, first_tested: bool = True):
        """`first_tested`: the pattern is put behind a test of its first character (`regex_cache.first_test`,
        the same matches) where the engine has no scan of its own for where it starts: a search through a
        sentence, or a window before a figure, leaves at once the places where none of its words starts,
        instead of trying them one by one (a test costs a match anchored at one place next to nothing)."""
        super().__init__()
        self._build = build
        self._flags = flags
        self._first_tested = first_tested

    def __missing__(self, code: str) -> re.Pattern[str]:
        built = self._build(link_alternations(code))
        if self._first_tested:
            test = first_test(built, self._flags, whole=True)
            built = f"{test}(?:{built})" if test else built
        pattern = self[code] = compile_re(built, self._flags)
        return pattern
