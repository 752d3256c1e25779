"""Link stage: Extraction → ClaimSet (each quantity placed in context).

For every mention: who (entities), what (metric), when (period), and how it
relates to the other mentions (converts, change_of, compared_to).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import is_dataclass, replace
from typing import TypeVar

from checker.collection import collection_paused
from checker.extract.lang import ByLanguage
from checker.link.accounts_in_prose import link_accounts_in_prose
from checker.link.added_counts_after_pairs import link_added_counts_after_pairs
from checker.link.added_sums import link_added_sums
from checker.link.additions_reaching_a_level import link_additions_reaching_a_level
from checker.link.age_pairs import link_age_pairs
from checker.link.amount_changes_before import link_amount_changes_before
from checker.link.amounts_appended import link_amounts_appended
from checker.link.annualised import link_annualised
from checker.link.apposed_durations import link_apposed_durations
from checker.link.apposed_gaps import link_apposed_gaps
from checker.link.apposed_pool_shares import link_apposed_pool_shares
from checker.link.arrows import link_arrows
from checker.link.averages_per_one_ko import link_averages_per_one_ko
from checker.link.balance_parts import link_balance_parts
from checker.link.balances import link_deficits, link_surpluses
from checker.link.balances_of_income_and_costs import link_balances_of_income_and_costs
from checker.link.balances_of_sides import name_balances_of_sides
from checker.link.bare_comparatives import link_appositive_amounts, link_coordinated_pairs
from checker.link.bare_moves import link_bare_moves
from checker.link.bare_priors import carry_units_to_bare_priors
from checker.link.birth_years import link_birth_year_ages
from checker.link.bracketed_comparatives import link_bracketed_comparatives
from checker.link.breakdowns import link_accounted_parts, link_breakdowns
from checker.link.case_shares import link_case_state_shares
from checker.link.cents_of_the_currency import carry_currencies_to_cents
from checker.link.chained_comparisons import link_chained_comparisons
from checker.link.change_fallback import link_change_fallback
from checker.link.change_noun_baselines import link_change_noun_baselines
from checker.link.change_noun_values import link_change_noun_values
from checker.link.changes_after_adding import link_changes_after_adding
from checker.link.changes_after_against import link_changes_after_against
from checker.link.changes_against_now import link_changes_against_now
from checker.link.changes_before_pairs import link_changes_before_pairs
from checker.link.changes_from_a_year_before import link_changes_from_a_year_before
from checker.link.changes_of_an_earlier_level import link_changes_of_an_earlier_level
from checker.link.changes_of_changes import link_changes_of_changes
from checker.link.changes_of_equivalents import link_changes_of_equivalents
from checker.link.changes_of_listed_parts import link_changes_of_listed_parts
from checker.link.changes_of_wholes import link_changes_of_listed_wholes
from checker.link.changes_restated_as_more import link_changes_restated_as_more
from checker.link.changes_since_a_dated_level import link_changes_since_a_dated_level
from checker.link.clock_runs import link_clock_runs
from checker.link.combined_changes import link_combined_changes
from checker.link.compared_multiples import link_compared_multiples
from checker.link.compared_ratios import link_compared_ratios
from checker.link.competition_ratios import link_competition_ratios
from checker.link.consequent_changes import link_consequent_changes
from checker.link.context import date_relative_baselines, place_entities, place_metric, place_period
from checker.link.contrasted_priors import link_contrasted_priors
from checker.link.contributions import link_contributions
from checker.link.coordinated_change_ends import link_coordinated_change_ends
from checker.link.coordinated_moves import link_coordinated_moves
from checker.link.coordinated_priors import link_coordinated_priors
from checker.link.coordinated_rates import link_coordinated_rates, relink_rates_of_first_baselines
from checker.link.counted_takings import link_counted_takings
from checker.link.counts_per_occasion import link_counts_per_occasion
from checker.link.counts_per_unit import link_counts_per_unit
from checker.link.daily_averages import link_daily_averages
from checker.link.date_spans_general import (
    a_length_of_another_time,
    link_ages_from_start_years,
    link_lengths_after_compact_ranges,
    link_month_counts_apart_from_their_range,
    link_run_lengths_beside_ranges,
)
from checker.link.dated_weekdays import dated_weekdays
from checker.link.days_ahead import link_days_ahead, link_days_back
from checker.link.days_from_named_events import link_days_from_named_events
from checker.link.days_on_named_weekdays import counted_on_named_days
from checker.link.deal_prices_apart import link_deal_prices_apart
from checker.link.distributed_groups import link_distributed_groups
from checker.link.each_averages import link_each_averages
from checker.link.earlier_gaps import link_earlier_gaps
from checker.link.earned_parts import link_earned_parts
from checker.link.editions_apart import link_editions_apart_from_their_first
from checker.link.elapsed import link_elapsed, spans_reached_this_year
from checker.link.elapsed_after_clauses import link_spans_after_clauses
from checker.link.elapsed_since_compared import link_elapsed_since_compared
from checker.link.elapsed_since_dates import link_elapsed_since_dates, prefer_written_ends
from checker.link.elapsed_streaks import link_streak_spans
from checker.link.en_comparisons_apart import link_comparisons_apart
from checker.link.entities import find_anaphora, find_entities, resolve_anaphora
from checker.link.figures_on_each_of_a_count import link_figures_on_each_of_a_count
from checker.link.forecast_baselines import link_forecast_baselines
from checker.link.foreign_prices_compared import link_foreign_prices_compared
from checker.link.formulas import link_formulas
from checker.link.fraction_changes import link_fraction_changes
from checker.link.fraction_shares_after_parts import link_fraction_shares_after_parts
from checker.link.fractions_of_named_wholes import link_fractions_of_named_wholes
from checker.link.fractions_restating_the_sentence_before import link_fractions_restating_the_sentence_before
from checker.link.game_records import link_game_records
from checker.link.gapped_lists import link_gapped_lists, link_rests_of_the_lead
from checker.link.gaps import link_gap_nouns, link_gaps, link_gaps_continuing, link_said_gaps
from checker.link.gaps_adding_up import link_remainders_to_targets
from checker.link.gaps_from_before import link_gaps_from_before, link_gaps_to_a_figure_after
from checker.link.gaps_from_equivalents import link_gaps_from_equivalents
from checker.link.gaps_of_named_items import link_gaps_of_named_items
from checker.link.gaps_of_subjects import link_gaps_continued, link_gaps_of_named_subjects
from checker.link.given_over_a_term_ko import link_given_over_a_term_ko
from checker.link.growth_rates import (
    link_growth_rates,
    link_rates_beside_amount_changes,
    link_rates_of_the_change_before,
)
from checker.link.headline_rates_restated import link_headline_rates_restated
from checker.link.heads import place_heads
from checker.link.hours_basis import link_hours_basis
from checker.link.identities import link_shares_of_identified_wholes
from checker.link.identity_gates import gate_change_joins, gate_per_unit_joins, gate_share_joins, gate_sum_joins
from checker.link.index_levels import link_index_levels
from checker.link.index_points import unify_index_point_counters
from checker.link.inline_breakdowns import link_inline_breakdowns
from checker.link.investor_groups import link_joint_net_trades
from checker.link.later_priors import borrow_dated_priors, borrow_later_priors
from checker.link.later_spans_after_sentences import link_later_spans_after_sentences
from checker.link.lead_rates import link_lead_rates
from checker.link.leads import link_leads
from checker.link.leaving_remainders import link_leaving_remainders
from checker.link.length_gaps import link_length_gaps
from checker.link.lexicon import Lexicon
from checker.link.line_values import link_line_values
from checker.link.list_then_total import link_lists_then_totals
from checker.link.listed_breakdowns import link_listed_breakdowns
from checker.link.listed_days import link_listed_days
from checker.link.listed_parts_after_total import link_listed_parts_after_total
from checker.link.listed_subject_shares import link_listed_subject_shares
from checker.link.lists_adding_up import link_net_flows, link_runs_adding_up, relink_lists_of_another_whole
from checker.link.lists_of_a_named_whole import link_lists_of_a_named_whole
from checker.link.lists_with_rest import link_lists_with_rest
from checker.link.load_factors import link_load_factors
from checker.link.lots import link_lots
from checker.link.made_up_of import link_made_up_of
from checker.link.margin_bases import link_margin_bases
from checker.link.margins import link_margins
from checker.link.margins_beyond import link_margins_beyond
from checker.link.marks import beside_forecast_noun, ranked, sentence_marks
from checker.link.member_alone_shares import link_member_alone_shares
from checker.link.metric_shares import link_metric_shares
from checker.link.monthly_averages import link_monthly_averages_apart
from checker.link.move_sizes import link_move_sizes
from checker.link.moved_by import link_moved_by
from checker.link.moves import undate_moves
from checker.link.multiples import link_multiples_apart, link_multiples_of
from checker.link.multiples_appended import link_multiples_appended
from checker.link.multiples_as_many import link_multiples_as_many
from checker.link.multiples_continuing import link_multiples_continuing
from checker.link.multiples_named_after import link_multiples_named_after
from checker.link.multiples_not_of_falls import unlink_multiples_of_earlier_falls
from checker.link.multiples_of_metric import link_multiples_of_metric
from checker.link.multiples_of_named import link_multiples_of_named
from checker.link.multiples_of_nearest_pair import link_multiples_of_nearest_pair
from checker.link.multiples_of_noun_after import link_multiples_of_noun_after
from checker.link.multiples_of_other_subjects import unlink_multiples_of_other_subjects
from checker.link.multiples_of_periods import link_multiples_of_periods
from checker.link.multiples_of_previous import link_multiples_of_previous
from checker.link.multiples_of_rows import link_multiples_of_rows
from checker.link.multiples_of_same_noun import link_multiples_of_same_noun, link_multiples_of_the_present
from checker.link.multiples_of_stated_base_ko import link_multiples_of_stated_base_ko
from checker.link.multiples_of_subject import link_multiples_of_subject
from checker.link.multiples_restated import link_multiples_restated
from checker.link.multiples_since_a_start_ko import link_multiples_since_a_start_ko
from checker.link.named_formulas import link_named_formulas
from checker.link.named_gaps import link_gaps_to_a_noun_apart, link_gaps_to_a_noun_before, link_named_gaps
from checker.link.named_sums import link_named_sums
from checker.link.named_time_priors import link_named_time_priors
from checker.link.named_unit_totals import link_named_unit_totals
from checker.link.names import find_names
from checker.link.net_tallies import link_net_tallies
from checker.link.next_sentence_priors import link_next_sentence_priors
from checker.link.one_for_every import link_one_for_every
from checker.link.one_unit_equivalents import link_one_unit_equivalents
from checker.link.one_unit_products_ko import link_one_unit_products_ko
from checker.link.opening_comparisons import link_opening_comparisons
from checker.link.order_shares import link_order_shares
from checker.link.outcome_tallies import link_outcome_tallies
from checker.link.paces import link_paces, link_paces_of_the_story
from checker.link.parallel_parts import link_paragraph_totals, link_parallel_parts
from checker.link.parallel_prices import link_parallel_prices
from checker.link.parenthesized_priors import link_parenthesized_priors
from checker.link.part_list_vetoes import (
    unlink_lists_beside_unlisted_members,
    unlink_lists_mixing_per_one,
    unlink_lists_of_a_period_left,
    unlink_lists_of_an_earlier_level,
    unlink_lists_past_a_bare_member,
    unlink_parts_of_another_period,
    unlink_shares_of_other_things,
)
from checker.link.part_of_whole_shares import link_part_of_whole_shares, link_parts_after_a_share_of_their_whole
from checker.link.partners import link_per_unit_partners, link_shares_of_wholes_apart
from checker.link.parts_named_by_the_whole import link_parts_named_by_the_whole
from checker.link.parts_of_stated_whole import link_parts_of_stated_whole
from checker.link.parts_opening_of_which import link_parts_opening_of_which
from checker.link.parts_then_total import link_parts_then_total
from checker.link.payout_cover import link_payout_covers
from checker.link.per_game_rates import link_per_game_rates
from checker.link.per_one_products import link_per_one_products
from checker.link.per_one_unit_apart_ko import link_per_one_unit_apart_ko
from checker.link.per_period import link_per_period
from checker.link.per_period_apart import link_per_period_apart, link_totals_then_yearly
from checker.link.per_person_restated import link_per_person_restated
from checker.link.per_share_metrics import link_per_share_metrics
from checker.link.per_unit import link_per_unit
from checker.link.per_unit_apart import lift_parts_to_their_level, link_per_unit_apart, total_the_subject_names
from checker.link.per_unit_counts_apart import link_per_unit_counts_apart
from checker.link.per_unit_fallback import link_per_unit_fallback
from checker.link.per_unit_ko import link_per_unit_ko
from checker.link.per_unit_per_period_ko import link_per_unit_per_period_ko
from checker.link.per_unit_priors import link_per_unit_priors
from checker.link.per_unit_vetoes import (
    relink_units_listed_beside_another,
    relink_units_parted_after,
    relink_yearly_rates_to_yearly_amounts,
    unlink_prices_as_totals,
    unlink_totals_held_by_each,
    unlink_totals_of_another_cost,
    unlink_totals_of_another_period,
    unlink_units_of_one,
    unlink_units_per_unit,
)
from checker.link.period_sums import link_period_sums
from checker.link.points_appended import link_points_appended
from checker.link.points_beyond_a_rate import link_points_beyond_a_rate
from checker.link.points_from_a_rate_then import link_points_from_a_rate_then
from checker.link.points_from_rate_before import link_points_from_rate_before, sign_points_by_comparison
from checker.link.points_from_the import link_points_from_the
from checker.link.points_gaps import link_points_gaps
from checker.link.points_of_adjacent_rates import link_headline_points_priors, link_points_of_adjacent_rates
from checker.link.points_of_named_changes import link_points_of_named_changes
from checker.link.points_of_named_shares import link_points_of_named_shares
from checker.link.points_of_previous import (
    link_points_better_than,
    link_points_of_previous,
    link_points_of_previous_pair,
)
from checker.link.points_of_rate_levels import link_points_of_rate_levels
from checker.link.points_of_rates import link_points_of_rates
from checker.link.points_on_amounts import link_points_on_amounts
from checker.link.points_raised_to import link_points_raised_to
from checker.link.points_to_the_whole import link_points_to_the_whole
from checker.link.pool_remainders import link_pool_remainders
from checker.link.pool_shares_restating_the_sentence_before import link_pool_shares_restating_the_sentence_before
from checker.link.previous_closes import link_previous_closes
from checker.link.priced_counts_later import link_priced_counts_later
from checker.link.priced_totals import link_priced_totals
from checker.link.prices_per_measure_ko import link_prices_per_measure_ko
from checker.link.prices_then_counted_totals import link_prices_then_counted_totals
from checker.link.prior_periods import link_prior_periods
from checker.link.priors_of_dated_levels import link_priors_of_dated_levels
from checker.link.quotes import link_quotes
from checker.link.rankings_after_shares import link_rankings_after_shares
from checker.link.rates_after_dated_pairs import link_rates_after_dated_pairs
from checker.link.rates_after_their_count import link_rates_after_their_count
from checker.link.rates_naming_changes import link_rates_naming_changes
from checker.link.rates_of_use import link_rates_of_use
from checker.link.rates_taking_to import link_rates_taking_to
from checker.link.rates_then_each import link_rates_then_each
from checker.link.ratios import link_ratios
from checker.link.ratios_continuing import link_ratios_continuing
from checker.link.ratios_of_named import link_ratios_of_named
from checker.link.ratios_of_names import link_ratios_of_names
from checker.link.readings import mark_equivalents, read_malformed, read_multiples
from checker.link.record_margins import link_margins_over_the_sentence_before, link_record_margins
from checker.link.record_spans_since import link_record_spans_since
from checker.link.relations import (
    borrow_priors_of_restated_levels,
    inherit_conversions,
    relate,
    relink_changes_of_another_magnitude,
    relink_gaps_of_listed_parts,
    unlink_changes_of_gaps,
    unlink_other_metric_baselines,
)
from checker.link.reported_days import reported_days
from checker.link.restated_durations import link_restated_durations
from checker.link.restated_per_unit import link_restated_per_unit
from checker.link.restated_priors import borrow_restated_baselines
from checker.link.restated_rates import borrow_restated_rate_priors
from checker.link.restated_shares import link_restated_shares
from checker.link.rises_told_after_the_level import link_rates_after_a_told_rise, link_rises_told_after_the_level
from checker.link.roles import pair_absolute_and_relative, place_role
from checker.link.run_on_parts import link_run_on_parts
from checker.link.runs_from_an_earlier_start import link_runs_from_an_earlier_start
from checker.link.season_ordinals import link_season_ordinals
from checker.link.seat_tallies import link_seat_tallies
from checker.link.second_baselines import link_second_baselines
from checker.link.second_priors import link_second_priors
from checker.link.segment import MAX_SENTENCE, segment
from checker.link.sentence_groups import ArticleClaims, group_by_sentence
from checker.link.share_dimensions import key_shares_by_breakdown
from checker.link.share_fallback import link_share_fallback
from checker.link.share_fallback_ko import link_share_fallback_ko
from checker.link.share_runs_apart import split_share_runs_apart
from checker.link.shares import link_shares
from checker.link.shares_before_their_parts import link_shares_before_their_parts
from checker.link.shares_beside_parts import link_shares_beside_parts
from checker.link.shares_closing_a_marked_part import link_shares_closing_a_marked_part
from checker.link.shares_drawn_from_their_sentence import link_shares_drawn_from_their_sentence
from checker.link.shares_of_a_listed_split import link_shares_of_a_listed_split
from checker.link.shares_of_a_stated_whole import link_shares_of_the_standin
from checker.link.shares_of_a_whole_after_their_part import link_shares_of_a_whole_after_their_part
from checker.link.shares_of_an_opening_pool import link_shares_of_an_opening_pool
from checker.link.shares_of_earlier_subjects import link_shares_of_earlier_subjects
from checker.link.shares_of_listed_members import link_shares_of_listed_members
from checker.link.shares_of_listed_parts import link_shares_of_listed_parts
from checker.link.shares_of_named_nouns import link_shares_of_named_nouns, link_shares_of_the_order_named_wholes
from checker.link.shares_of_part_rates import link_shares_of_part_rates
from checker.link.shares_of_that import link_shares_of_that
from checker.link.shares_of_the_parts_whole import link_shares_of_the_parts_whole
from checker.link.shares_of_them import link_shares_of_them
from checker.link.shares_of_those_verbed import link_shares_of_those_verbed
from checker.link.shares_opening_of_which import link_shares_opening_of_which
from checker.link.shares_restated_as_fractions import link_shares_restated_as_fractions
from checker.link.shares_then_parts import link_shares_then_parts
from checker.link.shortfalls import link_shortfalls
from checker.link.siblings_of_shared_parts import link_siblings_of_shared_parts
from checker.link.signed_comparisons import sign_rates_by_comparison
from checker.link.signless_amount_changes import link_signless_amount_changes
from checker.link.signless_loss_changes import sign_signless_loss_changes
from checker.link.signless_points import sign_signless_points
from checker.link.span_averages import link_span_averages, link_span_averages_of_identified_totals
from checker.link.spans_between_dates import link_spans_between_dates
from checker.link.spending_totals import link_spending_totals
from checker.link.start_nouns_apart import link_start_nouns_apart
from checker.link.subject_levels import (
    link_changes_of_named_subjects,
    link_changes_of_the_level_before,
    unlink_changes_of_the_wholes_of_shares,
)
from checker.link.swings_named_after import link_swings_named_after
from checker.link.table_cells import link_table_cells
from checker.link.table_rows import link_table_rows
from checker.link.table_scales import scale_table_cells
from checker.link.table_total_columns import link_table_total_columns
from checker.link.tables import dense_runs, in_runs, note_dense_runs, place_table_figures, where_runs
from checker.link.taking_to import link_taking_to, link_totals_reached
from checker.link.tallies import link_tallies
from checker.link.term_totals import link_term_totals
from checker.link.term_units import name_term_units
from checker.link.then_and_now import link_then_and_now
from checker.link.totals import link_totals
from checker.link.totals_brought_to import link_totals_brought_to
from checker.link.totals_from_priced_counts import link_totals_from_priced_counts
from checker.link.totals_if_all_sold import link_totals_if_all_sold
from checker.link.totals_of_each import link_totals_of_each
from checker.link.totals_then_copula_lists import link_totals_then_copula_lists
from checker.link.trade_sides import name_import_sides
from checker.link.transferred_totals import link_transferred_totals
from checker.link.turnarounds import link_turnarounds
from checker.link.unit_glosses import unit_gloss_spans
from checker.link.unit_prices import link_unit_prices
from checker.link.unit_sizes_ko import link_unit_sizes_ko
from checker.link.valuation_multiples import link_valuation_multiples
from checker.link.values_before_baselines import link_values_before_baselines
from checker.link.values_past_a_rate import link_values_past_a_rate
from checker.link.view import ArticleView, MetricHit
from checker.link.vote_tallies import link_vote_tallies
from checker.link.weekday_counts import link_weekday_counts
from checker.link.when_priors import link_when_priors
from checker.link.wholes_then_shares_apart import link_wholes_then_shares_apart
from checker.link.written import notation, written_zeros
from checker.link.yearly_averages_apart import link_yearly_averages_apart
from checker.link.years_restated_next_sentence_ko import link_years_restated_next_sentence_ko
from checker.link.years_restated_per_period import link_years_restated_per_period
from checker.models import (
    Claim,
    ClaimSet,
    Document,
    ElapsedSpan,
    Extraction,
    LengthGap,
    Malformed,
    Mention,
    NetTally,
    RestatedDuration,
    Span,
)
from checker.read.normalize import OffsetMap
from checker.regex_cache import compile_exact

_StatedGap = TypeVar("_StatedGap", LengthGap, NetTally)  # (a stated gap between two figures of the text)


def link(extraction: Extraction, lexicon: Lexicon) -> ClaimSet:
    """Reads the document's normalized text: the extraction's spans (offsets into the original)
    are moved onto it first, and the claims', names' and malformed numbers' spans moved back."""
    with collection_paused():  # a few objects per figure, none garbage (checker/collection.py)
        return _link(extraction, lexicon)


def _link(extraction: Extraction, lexicon: Lexicon) -> ClaimSet:
    document = extraction.document
    normalized = document.normalized
    offsets = normalized.offsets
    text = normalized.text
    start = normalized.body_start
    language = document.language
    segments = segment(text, start, language)
    entities = find_entities(text, lexicon, language, start)
    entities = resolve_anaphora(text, entities, find_anaphora(text, language, start), segments.paragraph_of, language)
    times = _onto(extraction.times, offsets)
    written = _equivalents_only(extraction.mentions)
    line_starts = document.line_starts
    all_claims = _base_claims(document.path, written, line_starts)
    all_mentions = _onto(written, offsets)
    glosses = unit_gloss_spans(text, language, start)
    if glosses:
        # a unit's definition in parentheses (`(1TEU는 … 1개)`) holds no figure of the article (link/unit_glosses.py)
        at = [m.start for m in all_mentions]
        in_gloss = set(_indices_in_runs(glosses, at, sorted(at)))
        if in_gloss:
            all_claims, all_mentions = _prose_only(all_claims, all_mentions, in_gloss)
    starts = [m.start for m in all_mentions]
    ordered = sorted(starts)
    tables = dense_runs(segments.cut_runs, ordered) if segments.cut_runs else []
    if tables:
        # A dense run is read as a table (link/tables.py); the rest of the document is linked as prose.
        in_table = _indices_in_runs(tables, starts, ordered)
        place_table_figures(all_claims, all_mentions, in_table, segments, document)
        note_dense_runs(document, tables, len(in_table))
        claims, mentions = _prose_only(all_claims, all_mentions, set(in_table))
    else:
        claims, mentions = all_claims, all_mentions
    pieces = [run for run in segments.cut_runs if run not in tables]
    if pieces:
        _note_cut_runs(document, pieces)
    carry_currencies_to_cents(claims, mentions, text, language, segments.sentence_starts)
    # The metric names place and relate the prose figures only (a table's cells take none): a document whose
    # figures are all a table's (a pasted one-line table) is not searched for them.
    if mentions:
        # (the tuple made without the named tuple's own `__new__`, a Python call per hit: a line of figures
        # holds a metric's name per figure)
        # (a name met before is read from the lexicon's table of answers without a call: a line of figures names
        # one metric per figure in a handful of spellings)
        metric_for, known, new_hit = lexicon.metric_for, lexicon.metric_answers, tuple.__new__
        metric_hits = [
            new_hit(MetricHit, (*m.span(), known[name] if (name := m.group(0)) in known else metric_for(name)))
            for m in lexicon.metric_re.finditer(text, start)
        ]
    else:
        metric_hits = []
    doc = ArticleView(
        text,
        segments,
        entities,
        metric_hits,
        times,
        [t.start for t in times],
        {},
        [m.start for m in mentions if m.in_parens_of is None],
        [h.start for h in metric_hits],
        document.language,
        mention_ends={m.start: m.end for m in mentions if m.in_parens_of is None},
        mention_units={m.start: m.quantity.unit for m in mentions if m.in_parens_of is None},
        mention_counters={m.start: m.quantity.counter for m in mentions if m.in_parens_of is None},
        equivalent_units=_equivalent_units(mentions),
    )
    for claim, mention in zip(claims, mentions):
        claim.start, claim.end = mention.start, mention.end  # the line and column stay the original's
        _place(claim, mention, doc, lexicon)
        claim.published = document.published
        if not mention.written_currency:
            claim.guesses.append("currency")
    # (the rules read the prose figures and their sentence groups from the list, built once: sentence_groups.py)
    claims = ArticleClaims(claims)
    scale_table_cells(claims, text, document.language)
    _share_sentence_periods(claims, text, document.language)
    undate_moves(claims)
    pair_absolute_and_relative(claims, text, document.language)
    name_import_sides(claims, text, document.language, segments.sentence_starts)
    side_deficits, side_surpluses = name_balances_of_sides(claims, text, document.language)
    unify_index_point_counters(claims, document.language)
    link_gaps_continuing(claims, doc)
    relate(claims, mentions, doc)
    link_move_sizes(claims, text, document.language, segments.sentence_starts)
    link_coordinated_moves(claims, text, document.language)
    link_one_unit_equivalents(claims, text, document.language, segments.sentence_starts)
    link_appositive_amounts(claims, text, document.language)
    link_coordinated_pairs(claims, text, document.language)
    link_second_baselines(claims, text, document.language)
    link_second_priors(claims, doc)
    link_values_past_a_rate(claims)
    link_changes_after_against(claims, text, document.language)
    link_index_levels(claims, document.language)
    link_when_priors(claims, text, document.language)
    link_opening_comparisons(claims, text, document.language, segments.sentence_starts)
    link_next_sentence_priors(claims, text, document.language, segments.sentence_starts)
    link_named_time_priors(claims, doc)
    link_changes_of_changes(claims, text, document.language)
    date_relative_baselines(claims, doc)
    link_prior_periods(claims, document.language)
    link_changes_since_a_dated_level(claims, text, document.language)
    link_amounts_appended(claims, text, document.language, segments.sentence_starts)
    link_chained_comparisons(claims, text, document.language)
    link_headline_rates_restated(claims, text, segments.sentence_starts)
    link_changes_before_pairs(claims, text, document.language, segments.sentence_starts)
    link_gaps(claims, text, document.language)
    link_gaps_of_named_items(claims, text, document.language, segments.sentence_starts)
    link_gaps_from_equivalents(claims, text, document.language, segments.sentence_starts)
    link_apposed_gaps(claims, text, document.language, segments.sentence_starts)
    link_foreign_prices_compared(claims, text, document.language, segments.sentence_starts)
    link_gaps_from_before(claims, text, document.language, segments.sentence_starts)
    link_gaps_to_a_figure_after(claims, text, document.language, segments.sentence_starts)
    link_gaps_of_named_subjects(claims, text, document.language, segments.sentence_starts)
    link_gaps_continued(claims, text, document.language, segments.sentence_starts)
    link_gap_nouns(claims, text, document.language)
    link_said_gaps(claims, doc)
    turnaround_losses, turnaround_profits = link_turnarounds(claims, text, document.language)
    swing_losses, swing_profits = link_swings_named_after(claims, text, document.language)
    link_changes_of_named_subjects(claims, doc)
    link_record_margins(claims, text, document.language, segments.sentence_starts)
    link_margins_over_the_sentence_before(claims, text, document.language)
    link_leaving_remainders(claims, text, document.language)
    link_pool_remainders(claims, text, document.language, segments.sentence_starts)
    link_changes_restated_as_more(claims, text, document.language)
    link_consequent_changes(claims, text, document.language)
    link_shortfalls(claims, text, document.language, segments.sentence_starts)
    link_named_gaps(claims, text, document.language)
    link_gaps_to_a_noun_apart(claims, text, document.language)
    link_gaps_to_a_noun_before(claims, text, document.language)
    link_taking_to(claims, text, document.language)
    link_additions_reaching_a_level(claims, text, document.language)
    link_totals_reached(claims, text, document.language, segments.sentence_starts)
    link_totals_brought_to(claims, text, document.language)
    link_moved_by(claims, text, document.language)
    link_leads(claims, text, document.language)
    link_margins_beyond(claims, text, document.language)
    link_bare_moves(claims, text, document.language)
    link_formulas(claims, doc)
    link_named_formulas(claims, doc)
    link_quotes(claims, segments)
    inherit_conversions(claims, mentions)
    # (a list its lead announces in the lead's sentence is read before a rest of a whole is: its items are parts)
    link_inline_breakdowns(claims, text, document.language, segments.sentence_starts)
    link_game_records(claims, text, document.language)  # (before the totals: `14승 2무 5패, 모두 21경기`)
    link_totals(claims, text, document.language, lexicon)
    link_run_on_parts(claims, text, document.language)
    link_per_period(claims, text, document.language, segments.sentence_starts)
    link_per_period_apart(claims, text, document.language, segments.sentence_starts)
    link_totals_then_yearly(claims, text, document.language, segments.sentence_starts)
    link_term_totals(claims, text, document.language, segments.sentence_starts)
    link_yearly_averages_apart(claims, text, document.language, segments.sentence_starts)
    link_daily_averages(claims, text, document.language, segments.sentence_starts)
    link_hours_basis(claims, text, document.language, segments.sentence_starts)
    link_monthly_averages_apart(claims, text, document.language, segments.sentence_starts)
    link_totals_of_each(claims, text, document.language)  # (`each manage 2,500 a day, 15,000 between them`)
    link_per_unit(claims, text, document.language)
    link_years_restated_per_period(claims, text, document.language)  # (`took £3,640 last year, or £70 a week`)
    link_per_game_rates(claims, text, document.language)
    link_per_unit_apart(claims, text, document.language, segments.sentence_starts)
    link_unit_prices(claims, text, document.language, segments.sentence_starts)
    link_prices_then_counted_totals(claims, text, document.language)  # (`cost £7, and the 300 sold brought in`)
    link_figures_on_each_of_a_count(claims, text, document.language)  # (`£6 on each of the 1,200 … come to £7,200`)
    link_totals_if_all_sold(claims, text, document.language)  # (`한 장에 1만5천원 … 3천장을 다 팔면 4천500만원어치`)
    link_named_unit_totals(claims, text, document.language, segments.sentence_starts)
    link_per_share_metrics(claims, document.language, lexicon)
    link_counts_per_unit(claims, text, document.language, segments.sentence_starts)
    link_each_averages(claims, text, document.language, segments.sentence_starts)
    link_restated_per_unit(claims, text, document.language, segments.sentence_starts)
    link_totals_from_priced_counts(claims, text, document.language)
    link_counted_takings(claims, text, document.language)  # (`700 spectators paid £5 a head, £3,500 at the gate`)
    link_rates_then_each(claims, text, document.language, segments.sentence_starts)
    link_one_for_every(claims, text, document.language)
    link_rates_after_their_count(claims, text, document.language, segments.sentence_starts)
    averages_left = link_span_averages(claims, text, document.language, segments.sentence_starts)
    link_paces(claims, text, document.language, segments.sentence_starts)  # (after the span averages: theirs kept)
    link_changes_of_the_level_before(claims, doc)
    link_competition_ratios(claims, text, document.language)
    place_heads(
        claims, text, document.language, segments.sentence_starts, doc.metric_hits, doc.metric_starts, doc.entities
    )
    link_arrows(claims, text, document.language)
    link_table_rows(claims, text, document.language)
    link_table_total_columns(claims, text, document.language)
    link_table_cells(claims, text, document.language, segments.sentence_starts)
    borrow_restated_baselines(claims)
    borrow_later_priors(claims, text, document.language, segments.sentence_starts)
    borrow_priors_of_restated_levels(claims, text, document.language)
    link_previous_closes(claims, text, document.language, segments.sentence_starts)
    borrow_dated_priors(claims)
    link_rates_taking_to(claims, text, document.language)
    link_growth_rates(claims, text, document.language, segments.sentence_starts)
    link_fraction_changes(claims, text, document.language, segments.sentence_starts)
    link_rises_told_after_the_level(claims, text, document.language, segments.sentence_starts)
    link_rates_after_a_told_rise(claims, text, document.language)
    link_coordinated_rates(claims, text, document.language)
    link_changes_from_a_year_before(claims, text, document.language, doc.metric_hits, doc.metric_starts)
    link_comparisons_apart(claims, text, document.language, segments.sentence_starts)
    link_change_noun_values(claims, text, document.language)
    link_lead_rates(claims, doc)
    link_change_noun_baselines(claims, text, document.language)
    relink_rates_of_first_baselines(claims, text, document.language)
    link_values_before_baselines(claims, text)
    link_amount_changes_before(claims)
    link_parenthesized_priors(claims, text)
    link_bracketed_comparatives(claims, text)
    link_forecast_baselines(claims, text, document.language)
    borrow_restated_rate_priors(claims)
    link_points_on_amounts(claims, text, document.language)
    link_points_of_rates(claims, text, document.language)
    link_points_appended(claims, text, document.language)
    link_points_to_the_whole(claims, text, document.language)
    link_points_beyond_a_rate(claims, text, document.language)
    link_points_raised_to(claims, text, document.language)
    link_points_from_a_rate_then(claims, text, document.language, segments.sentence_starts)
    link_points_from_rate_before(claims, text, document.language)
    sign_points_by_comparison(claims, text, document.language)
    link_points_gaps(claims, text, document.language, segments.sentence_starts)
    link_points_from_the(claims, text, document.language)
    link_points_of_rate_levels(claims, text, document.language)
    link_points_of_previous(claims, text, document.language, segments.sentence_starts)
    link_points_of_previous_pair(claims, text, document.language, segments.sentence_starts)
    link_points_better_than(claims, text, document.language, segments.sentence_starts)
    link_points_of_named_changes(claims, text, document.language, segments.sentence_starts)
    link_points_of_named_shares(claims, text, document.language, segments.sentence_starts)
    link_points_of_adjacent_rates(claims, text, document.language, segments.sentence_starts)
    link_headline_points_priors(claims, text, document.language, segments.sentence_starts)
    link_earlier_gaps(claims, text, document.language, segments.sentence_starts)
    sign_rates_by_comparison(claims, text, document.language)
    sign_signless_points(claims, text, document.language)
    losses, profits = link_signless_amount_changes(claims, text, document.language, segments.sentence_starts)
    sign_signless_loss_changes(
        claims,
        text,
        document.language,
        segments.sentence_starts,
        {*turnaround_losses, *turnaround_profits, *swing_losses, *swing_profits},
    )
    carry_units_to_bare_priors(claims)
    link_breakdowns(claims, text, document.language, segments.sentence_starts, lexicon)
    link_changes_of_listed_wholes(claims, text, document.language, segments.sentence_starts)
    link_rates_of_the_change_before(claims, text, document.language, segments.sentence_starts)
    link_priors_of_dated_levels(claims)
    link_then_and_now(claims, text, document.language)
    link_rates_naming_changes(claims, text, document.language, segments.sentence_starts)
    link_tallies(claims, text, document.language, segments.sentence_starts, lexicon)
    link_seat_tallies(claims, text, document.language, segments.sentence_starts)
    link_outcome_tallies(claims, text, document.language, segments.sentence_starts)
    link_vote_tallies(claims, text, document.language)
    link_contributions(claims, text, document.language)
    link_parts_then_total(claims, text, document.language, segments.sentence_starts)
    link_made_up_of(claims, text, document.language, segments.sentence_starts)
    link_parts_named_by_the_whole(claims, text, document.language, segments.sentence_starts)
    link_listed_parts_after_total(claims, text, document.language, segments.sentence_starts)
    link_lists_of_a_named_whole(claims, text, document.language, segments.sentence_starts)
    link_earned_parts(claims, text, document.language, lexicon)
    link_parts_of_stated_whole(claims, text, document.language, segments.sentence_starts)
    link_named_sums(claims, text, document.language, segments.sentence_starts)
    link_lists_then_totals(claims, text, document.language, segments.sentence_starts)
    link_totals_then_copula_lists(claims, text, document.language)
    link_listed_breakdowns(claims, text, document.language, segments.sentence_starts)
    link_gapped_lists(claims, text, document.language, segments.sentence_starts)
    link_added_sums(claims, text, document.language)
    link_spending_totals(claims, text, document.language)
    link_joint_net_trades(claims, text, document.language, segments.sentence_starts)
    link_transferred_totals(claims, text, document.language, segments.sentence_starts)
    link_period_sums(claims, lexicon, document.language)
    balance_deficits = link_balance_parts(claims, text, document.language, segments.sentence_starts)
    link_part_of_whole_shares(claims, text, document.language)
    link_parts_after_a_share_of_their_whole(claims, text, document.language)  # (`35% of its 1,240 residents, 430`)
    link_shares_of_them(claims, text, document.language)
    link_apposed_pool_shares(claims, text, document.language, segments.sentence_starts)
    link_wholes_then_shares_apart(claims, text, document.language, segments.sentence_starts)
    unlink_changes_of_the_wholes_of_shares(claims, doc)  # (a level that is a share's whole: none)
    link_shares_of_a_whole_after_their_part(claims, text, document.language)
    link_shares_opening_of_which(claims, text, document.language, segments.sentence_starts)
    link_parts_opening_of_which(claims, text, document.language, segments.sentence_starts)
    link_shares_of_those_verbed(claims, text, document.language)
    link_listed_subject_shares(claims, text, document.language)
    link_fractions_of_named_wholes(claims, text, document.language)
    link_shares_of_named_nouns(claims, text, document.language)
    link_shares(claims, text, document.language, segments.sentence_starts)
    # (after the shares' marked wholes: a share closing the clause of a part whose whole its words mark)
    link_shares_closing_a_marked_part(claims, text, document.language)
    link_shares_of_part_rates(claims, text, document.language)
    link_rankings_after_shares(claims, text, document.language, segments.sentence_starts)
    link_lists_with_rest(claims, text, document.language)
    link_accounted_parts(claims, text, document.language)
    link_changes_of_listed_parts(claims, text, document.language, segments.sentence_starts)
    link_combined_changes(claims, text, document.language, segments.sentence_starts)
    link_case_state_shares(claims, text, document.language)
    link_metric_shares(claims, text, document.language, doc.metric_hits)
    link_restated_shares(claims, text, document.language, segments.sentence_starts)
    key_shares_by_breakdown(claims, text, document.language, segments.sentence_starts)
    # (after the shares: the part before the rest names its whole by its share)
    link_rests_of_the_lead(claims, text, document.language, segments.sentence_starts)
    # (after the sum and share readings: a lead or marked total and the parallel items after it none of them named)
    link_parallel_parts(claims, text, document.language, doc.metric_hits)
    link_paragraph_totals(claims, text, document.language)
    # (after the lists: an account's side that is the whole of a list of its own keeps it)
    link_accounts_in_prose(claims, text, document.language)
    link_ratios(claims, text, document.language)
    link_ratios_continuing(claims, text, document.language, segments.sentence_starts)
    link_ratios_of_named(claims, text, document.language, segments.sentence_starts)
    named_profits = link_margins(claims, text, document.language, segments.sentence_starts)
    link_coordinated_priors(claims, text, document.language)
    # `a margin of 9.4%, up from €19.1m and 8.7%, an improvement of 0.7 points`: the rate's prior is known only
    # once the coordinated priors are read, so a move in points appended to them is read again
    link_points_appended(claims, text, document.language)
    link_load_factors(claims, text, document.language, segments.sentence_starts)
    link_compared_ratios(claims, text, document.language)
    unlink_multiples_of_earlier_falls(claims)
    unlink_multiples_of_other_subjects(claims, text, document.language, segments.sentence_starts)
    read_multiples(claims, text, document.language)
    link_multiples_of(claims, text, document.language)
    link_multiples_apart(claims, text, document.language, segments.sentence_starts)
    link_multiples_named_after(claims, text, document.language)
    link_multiples_of_previous(claims, text, document.language, segments.sentence_starts)
    link_multiples_of_named(claims, text, document.language, segments.sentence_starts)
    link_multiples_of_same_noun(claims, text, document.language, segments.sentence_starts)
    link_multiples_of_the_present(claims, text, document.language, segments.sentence_starts)
    link_compared_multiples(claims, text, document.language)
    link_valuation_multiples(claims, doc.metric_hits, segments.sentence_starts)
    link_multiples_continuing(claims, text, document.language, segments.sentence_starts)
    link_multiples_appended(claims, text, document.language, segments.sentence_starts)
    link_ratios_of_names(claims, doc)
    link_multiples_of_rows(claims, text, document.language, segments.sentence_starts)
    link_multiples_restated(claims, doc.metric_hits, text, document.language)
    link_multiples_of_subject(claims, text, document.language, segments.sentence_starts)
    link_multiples_of_metric(claims, doc.metric_hits, text, document.language)
    link_multiples_of_periods(claims, doc.times, doc.time_starts, text, document.language, segments.sentence_starts)
    link_multiples_as_many(claims, text, document.language)
    link_payout_covers(claims, text, document.language)
    link_shares_restated_as_fractions(claims, text, document.language)
    link_per_unit_partners(claims, text, document.language, segments.sentence_starts)
    # (after the breakdowns mark the parts, and after the per-unit rules of a sentence's own count)
    link_per_person_restated(claims, text, document.language, segments.sentence_starts)
    link_priced_totals(claims, text, document.language, segments.sentence_starts)
    link_counts_per_occasion(claims, text, document.language, segments.sentence_starts)
    link_annualised(claims, text, document.language, segments.sentence_starts)
    link_shares_of_wholes_apart(claims, text, document.language, doc.metric_hits)
    link_shares_beside_parts(claims, text, document.language, doc.metric_hits)
    link_shares_then_parts(claims, text, document.language, doc.metric_hits)
    link_shares_of_earlier_subjects(claims, text, document.language, doc.metric_hits, segments.sentence_starts)
    link_fraction_shares_after_parts(claims, text, document.language)
    link_fractions_restating_the_sentence_before(claims, text, document.language, segments.sentence_starts)
    link_pool_shares_restating_the_sentence_before(claims, text, document.language, segments.sentence_starts)
    link_shares_of_listed_members(claims, text, document.language, segments.sentence_starts)
    link_shares_before_their_parts(claims, text, document.language)
    # (before the fallbacks: a share whose whole its noun names, the one level of that noun anywhere in the story)
    link_shares_of_identified_wholes(claims, text, document.language, segments.sentence_starts)
    # (after every other share reading: a Korean share still without members, of the level its clause states)
    link_share_fallback_ko(claims, text, document.language, segments.sentence_starts)
    # (after them all: a share whose subject names an order, no figure, of the maker's level set against it)
    link_order_shares(claims, text, document.language, segments.sentence_starts)
    link_member_alone_shares(claims, text, document.language)
    link_rates_of_use(claims, text, document.language, segments.sentence_starts)  # (after the shares: its own)
    relink_lists_of_another_whole(claims, text, document.language)
    link_remainders_to_targets(claims, text, document.language)
    # (after the lists mark their parts: a surplus or a shortfall of the income and the costs stated apart)
    link_balances_of_income_and_costs(claims, text, document.language)
    outflows = link_net_flows(claims)
    # (before the fallbacks: a price or an average taken as a part is theirs to read)
    unlink_lists_mixing_per_one(claims, text, document.language)
    unlink_lists_of_an_earlier_level(claims, text, document.language)
    # (a share of a whole stated after it, its sentence opening on the story's order: the order's level the lead
    # states; after the figures per unit took their totals, before the fallback)
    link_shares_of_the_standin(claims, text, document.language)
    link_shares_of_the_order_named_wholes(claims, text, document.language)
    # (a share every rule before left without its part and whole: the part beside it, the nearest total)
    link_share_fallback(claims, text, document.language, doc.metric_hits, segments.sentence_starts)
    unlink_shares_of_other_things(claims, text, document.language)  # (after every share rule: what they took as a part)
    # (a share the fallback left, its sentence opening on the pool it is of: `Of the 320 boats, 88, a quarter, …`)
    link_shares_of_an_opening_pool(claims, text, document.language, segments.sentence_starts)
    # (a share the readings before left, drawn after `so`/`meaning` from the whole its sentence states: its part the
    # one earlier amount of the whole's kind)
    link_shares_drawn_from_their_sentence(claims, text, document.language, doc.metric_hits, segments.sentence_starts)
    # (a share the readings before left, drawn after `so` from a split its sentence lists: the member its clause names,
    # of the total the members add up to)
    link_shares_of_a_listed_split(claims, text, document.language)
    # (a share those left set beside its part, one of them naming the whole by `of that`: the amount stated before)
    link_shares_of_that(claims, text, document.language)
    # (a figure per unit every rule before left without partners: the nearest of its paragraph)
    link_per_unit_fallback(claims, text, document.language, segments.sentence_starts)
    # (a Korean figure per one unit the fallback left: its members in its paragraph, or the lead's)
    link_per_unit_ko(claims, text, document.language, segments.sentence_starts)
    # (a Korean figure per one named unit those left: its count paragraphs before it)
    link_per_one_unit_apart_ko(claims, text, document.language, segments.sentence_starts)
    # (a Korean price per a unit of measure those left: the lead's quantity, the amount its paragraph states)
    link_prices_per_measure_ko(claims, text, document.language, segments.sentence_starts)
    lift_parts_to_their_level(claims, text, document.language)  # (after the breakdowns mark the parts)
    # (a figure per unit whose count's subject names one amount stated before: that amount, not the story's whole)
    total_the_subject_names(claims, text, document.language, segments.sentence_starts)
    # (an English figure per unit the fallback left, its total before it in its clause: the count paragraphs apart,
    # after the lift: a part of the figure's own paragraph is its count as stated)
    link_per_unit_counts_apart(claims, text, document.language, segments.sentence_starts)
    # (an English price the readings before left: its count and total stated together in a later sentence)
    link_priced_counts_later(claims, text, document.language, segments.sentence_starts)
    # (a Korean price listed beside another kind's, each kind's count and amount stated under its label)
    link_parallel_prices(claims, text, document.language, segments.sentence_starts)
    # (a figure given out to each of a count of groups, `3명씩 250개 팀`, `두 대에 10.8톤씩`: the whole it shares)
    link_distributed_groups(claims, text, document.language, segments.sentence_starts)
    # (an English quantity per one item the readings before left: multiplied out over a count, or shared out)
    link_per_one_products(claims, text, document.language, segments.sentence_starts)
    # (an English price per unit the readings before left, of the deal whose worth the lead states)
    link_deal_prices_apart(claims, text, document.language, segments.sentence_starts)
    # (after every reading of a list by its words and of a total by its price: a run none of them took, of the figure
    # its sum meets)
    link_runs_adding_up(claims, text, document.language, doc.metric_hits, lexicon.metric_types)
    link_shares_of_listed_parts(claims, text, document.language)  # (after every reading of a list's parts)
    unlink_prices_as_totals(claims, text, document.language)  # (after every per-unit rule: what they linked)
    unlink_totals_of_another_cost(claims, document.language)
    relink_yearly_rates_to_yearly_amounts(claims, text, document.language)  # (`$90 a home each year`)
    relink_units_listed_beside_another(claims, text, document.language)  # (`대형 3곳과 소형 4곳, 한 곳에`: over all)
    unlink_totals_held_by_each(claims, text, document.language)  # (`400 bales each`: no total of the units)
    unlink_units_per_unit(claims, text, document.language)  # (a count that is itself per unit counts no units)
    unlink_units_of_one(claims)  # (`한 곳에 150만 원씩`: the one unit a figure is per divides nothing)
    relink_units_parted_after(claims)  # (`$30 a lantern. Two-thirds of the order, 8,000 lanterns`: over all)
    unlink_totals_of_another_period(claims, text, document.language)  # (`한 달에 300만 건꼴` … `한 곳당`)
    gate_per_unit_joins(claims, text, document.language)  # (what the total and the count are of: a level, a period)
    link_per_unit_priors(claims)  # (after every per-unit rule and the lift: the final total and units)
    # (an average no total near it was found for: the story's one total of what it counts, its parts marked by now)
    link_span_averages_of_identified_totals(claims, averages_left, text, document.language, segments.sentence_starts)
    unlink_other_metric_baselines(claims)
    unlink_changes_of_gaps(claims)
    relink_changes_of_another_magnitude(
        claims, text, document.language
    )  # (`on its 12 ponies, up 25 per cent from 1,200`: another thing's)
    relink_gaps_of_listed_parts(
        claims, text, segments.sentence_starts
    )  # (`개인전 8개, 단체전 9개, 혼성전 10개다. 지난해 20개보다 7개 많다`: the whole's)
    unlink_lists_past_a_bare_member(claims, text, document.language)
    unlink_parts_of_another_period(claims)
    unlink_lists_of_a_period_left(claims)  # (`지난해 … 5만 명. 올해는 20% 늘었다. … 가운데`: this year's parts)
    unlink_lists_mixing_per_one(claims, text, document.language)
    unlink_lists_of_an_earlier_level(claims, text, document.language)
    # (`Alongside the newts they caught …, N amphibians in all`: a total of members the list does not name too)
    unlink_lists_beside_unlisted_members(claims, text, document.language, segments.sentence_starts)
    # (after every list reading and veto: the worths of an order's lines no list took, of the order's value the lead
    # states)
    link_line_values(claims, text, document.language)
    # (a count of units each holding one lot, `in 24 crates of 250 mugs`, `세 차례에 걸쳐 4천 병씩`, and a pace whose
    # total is the story's whole: once every list reading has marked that whole's parts)
    link_lots(claims, text, document.language, segments.sentence_starts)
    link_unit_sizes_ko(claims, text, document.language)
    # (again, the quantities per one item still unlinked: their count's listed parts marked by now)
    link_per_one_products(claims, text, document.language, segments.sentence_starts)
    link_paces_of_the_story(claims, text, document.language, segments.sentence_starts)
    # (a Korean figure per one unit and per a period, `한 면에서 하루 8경기씩`: the total over the units and a span)
    link_per_unit_per_period_ko(claims, text, document.language, segments.sentence_starts)
    # (a Korean figure per one unit its sentence multiplies out: the count of the unit and the total it states)
    link_one_unit_products_ko(claims, text, document.language, segments.sentence_starts)
    # (a Korean average per one unit the readings before left: its total stated before it, its count earlier)
    link_averages_per_one_ko(claims, text, document.language, segments.sentence_starts)
    # (a Korean figure given out per a period over the term its sentence states: the total after it)
    link_given_over_a_term_ko(claims, text, document.language, segments.sentence_starts)
    # (a Korean year's figure restated per a shorter period in a sentence of its own right after it)
    link_years_restated_next_sentence_ko(claims, text, document.language, segments.sentence_starts)
    # (a part whose share names its whole, and the figures listed beside it: the whole's other parts)
    link_siblings_of_shared_parts(claims, text, document.language)
    gate_sum_joins(claims, text, document.language, lexicon)  # (what the parts are of: the total's dimension, one time)
    # (`지난해 P였는데 올해는 R% 늘었다`: P the rate's prior, its level stated before)
    link_contrasted_priors(claims, text, document.language)
    # (after every change rule: a change they left without its prior)
    link_change_fallback(claims, text, document.language, segments.sentence_starts)
    # (a change stated with its prior alone: its level in the nearest sentence before that states one)
    link_changes_of_an_earlier_level(claims, text, document.language, segments.sentence_starts)
    # (a rate alone in its sentence after the sentence of the two dated figures it is between)
    link_rates_after_dated_pairs(claims, text, document.language, segments.sentence_starts)
    # (a rate against the present, `15% more than this year`, `지금보다`: the story's level of now stated before)
    link_changes_against_now(claims, doc)
    # (a rate of a price abroad against a price at home: of the price's equivalent in the home currency)
    link_changes_of_equivalents(claims, text, document.language)
    # (a count told as the ones added, after the sentence of the level and the prior it is the difference of)
    link_added_counts_after_pairs(claims, text, document.language)
    link_changes_after_adding(claims, text, document.language)
    # (after every change rule: the amount changes they measured, each rate written beside one)
    link_rates_beside_amount_changes(claims, text, document.language)
    # (again after the last change readings: a rate of the change the sentence before states, that change tied to
    # its level and prior only by them)
    link_rates_of_the_change_before(claims, text, document.language, segments.sentence_starts)
    # (after every change reading: an amount and a rate written side by side take the ends the other was tied to)
    link_coordinated_change_ends(claims, text, document.language)
    gate_change_joins(claims, text, document.language)  # (a level of its prior's span, no average per period)
    gate_share_joins(
        claims, text, document.language
    )  # (after the change readings: a share's whole of its part's period)
    names = find_names(text, lexicon, start, segments, entities.outlets, language)
    malformed = read_malformed_in(document, extraction.malformed, claims)  # before the claims move back
    link_multiples_of_noun_after(claims, text, document.language)  # (after the per-unit rules: a total kept theirs)
    # (last of the multiples: the one every word order left)
    link_multiples_of_nearest_pair(claims, text, document.language)
    link_multiples_of_stated_base_ko(
        claims, text, document.language, segments.sentence_starts
    )  # (a Korean base named by `의`, the rest)
    link_multiples_since_a_start_ko(claims, text, document.language)  # (a base dated earlier, the level apart)
    # (last: of every claim, the table's too, as the check reads them)
    link_shares_of_the_parts_whole(claims)
    # (after it: a share told apart from the last of its whole's, other matter between, opens a run of its own)
    split_share_runs_apart(claims)
    link_margin_bases(all_claims, text, document.language, named_profits)
    net_tallies = link_net_tallies(doc, claims)  # (normalized offsets: before the claims move back)
    name_term_units(all_claims, text, document.language)  # (normalized offsets too)
    # Built unvalidated (model_construct): every field is already a list of its own type, and validating
    # would only copy the lists; a one-article check then never builds the claim set's validator (with
    # those of its parts, a tenth of its start-up).
    return ClaimSet.model_construct(
        document=document,
        claims=_back(all_claims, document),
        names=_back(names, document),
        malformed=malformed,
        elapsed=_back_elapsed(_elapsed_spans(doc, claims, document), document),
        deficits=list(
            dict.fromkeys(
                [
                    *link_deficits(claims, doc),
                    *balance_deficits,
                    *turnaround_losses,
                    *swing_losses,
                    *losses,
                    *side_deficits,
                    *outflows,
                ]
            )
        ),
        surpluses=list(
            dict.fromkeys(
                [*link_surpluses(claims, doc), *turnaround_profits, *swing_profits, *profits, *side_surpluses]
            )
        ),
        reported_days=reported_days(times, document),
        weekdays=dated_weekdays(times, text, document),
        durations=_back_durations([*link_restated_durations(doc), *link_apposed_durations(doc)], document),
        length_gaps=_back_stated_gaps(link_length_gaps(doc), document, ("value", "prior")),
        net_tallies=_back_stated_gaps(net_tallies, document, ("added", "removed")),
    )


def _indices_in_runs(runs: list[tuple[int, int]], starts: list[int], ordered: list[int]) -> list[int]:
    """The indices of the mentions (`starts`; `ordered`, the same sorted) inside the sorted, disjoint
    runs, in order. Extraction gives the mentions in text order: then each run's mentions are one
    stretch of the list, found by bisection instead of a lookup per mention."""
    if starts != ordered:
        return [i for i, at in enumerate(starts) if in_runs(runs, at)]
    return [i for begin, end in runs for i in range(bisect.bisect_left(starts, begin), bisect.bisect_left(starts, end))]


def _prose_only(claims: list[Claim], mentions: list[Mention], table: set[int]) -> tuple[list[Claim], list[Mention]]:
    """The claims and mentions outside dense runs, each equivalent's `in_parens_of` renumbered into the
    shorter list (or dropped when its figure was read as a table)."""
    renumbered = {}
    kept_claims, kept_mentions = [], []
    for i in [i for i in range(len(claims)) if i not in table]:  # (the table's figures passed over at once)
        claim, mention = claims[i], mentions[i]
        renumbered[i] = len(kept_mentions)
        head = mention.in_parens_of
        if head is not None:
            mention = replace(mention, in_parens_of=renumbered.get(head))
        kept_claims.append(claim)
        kept_mentions.append(mention)
    return kept_claims, kept_mentions


def read_malformed_in(
    document: Document, malformed: list[Malformed], claims: list[Claim] | None = None
) -> list[Malformed]:
    """`read_malformed` on the document's normalized text, for spans given in the original's offsets;
    with the claims (normalized offsets), also the amount each malformed equivalent restates."""
    normalized = document.normalized
    read = read_malformed(_onto(malformed, normalized.offsets), normalized.text)
    if claims is not None:
        mark_equivalents(read, claims, normalized.text, document.language)
    return _back(read, document)


def _onto(items: list, offsets: OffsetMap) -> list:
    """Copies of the extraction's spans (original offsets) as offsets into the normalized text."""
    if offsets.is_identity:
        return items
    out = []
    for item in items:
        begin, end = offsets.normalized_span(item.start, item.end)
        # (a mention is a dataclass, a time a pydantic model)
        out.append(
            replace(item, start=begin, end=end)
            if is_dataclass(item)
            else item.model_copy(update={"start": begin, "end": end})
        )
    return out


def _back(items: list, document: Document) -> list:
    """The link stage's spans (normalized offsets) moved back onto the original text, each with the
    characters written there; claims keep the line and column they were given from the original."""
    offsets = document.offsets
    if offsets.is_identity:
        return items
    for item in items:
        item.start, item.end = offsets.original_span(item.start, item.end)
        item.text = document.text[item.start : item.end]
        for name in ("period_span", "periods_span"):
            span = getattr(item, name, None)
            if span is not None:
                setattr(item, name, Span(start=offsets.original_start(span.start), end=offsets.original_end(span.end)))
    return items


def _back_elapsed(spans: list[ElapsedSpan], document: Document) -> list[ElapsedSpan]:
    """An elapsed time's spans (normalized offsets) moved back onto the original text."""
    offsets = document.offsets
    if offsets.is_identity:
        return spans
    out = []
    for item in spans:
        start, end = offsets.original_span(item.start, item.end)
        update = {"start": start, "end": end, "text": document.text[start:end]}
        for name in ("since_span", "until_span"):
            span = getattr(item, name)
            if span is not None:
                update[name] = Span(start=offsets.original_start(span.start), end=offsets.original_end(span.end))
        out.append(item.model_copy(update=update))
    return out


def _elapsed_spans(doc: ArticleView, claims: list[Claim], document: Document) -> list[ElapsedSpan]:
    """Every reading of an elapsed time; a record span none of them dates, by the year its record is stated since."""
    published, assumed = document.published, document.published_assumed
    spans = prefer_written_ends(
        link_elapsed(doc, published, assumed) + link_spans_after_clauses(doc),
        link_elapsed_since_dates(doc, claims, published, assumed),
    ) + link_streak_spans(doc, claims, published, assumed)
    # a span after a compared figure runs from that figure's period: other readings of it are dropped
    compared = link_elapsed_since_compared(doc, claims, published, assumed)
    read = {span.start for span in compared}
    spans = (
        [span for span in spans if span.start not in read] + compared + link_season_ordinals(doc, published, assumed)
    )
    # a span across the two ends of a run (`첫 … 2027년 4월, 마지막 … 2028년 10월 … 1년 6개월에 걸쳐`): read where
    # no other reading is
    read = {span.start for span in spans}
    spans = spans + [
        span
        for span in link_spans_between_dates(doc)
        if span.start not in read and not a_length_of_another_time(doc, span)
    ]
    read = {span.start for span in spans}
    spans = spans + [span for span in link_later_spans_after_sentences(doc) if span.start not in read]
    read = {span.start for span in spans}
    spans = spans + [span for span in link_days_ahead(doc, published, assumed) if span.start not in read]
    # days since a day gone by apposed to it (`on Tuesday 3 March, 19 days ago`)
    read = {span.start for span in spans}
    spans = spans + [span for span in link_days_back(doc, published, assumed) if span.start not in read]
    # days between a day and an event named after it, dated in an earlier sentence
    read = {span.start for span in spans}
    spans = spans + [span for span in link_days_from_named_events(doc) if span.start not in read]
    # a count of a day of the week over the range of days written right after it
    read = {span.start for span in spans}
    spans = spans + [span for span in link_weekday_counts(doc, published) if span.start not in read]
    # a count of days told of a list of days in a row (`12일과 13일 이틀`, `the two-day show on November 7 and 8`)
    read = {span.start for span in spans}
    spans = spans + [span for span in link_listed_days(doc) if span.start not in read]
    # a run's length beside the range that bounds it, where no other reading read the length
    read = {span.start for span in spans}
    spans = spans + [span for span in link_run_lengths_beside_ranges(doc) if span.start not in read]
    # a run's end and length in one sentence, its start day told by a word of starting in a sentence before it
    read = {span.start for span in spans}
    spans = spans + [span for span in link_runs_from_an_earlier_start(doc) if span.start not in read]
    # an age of something counted from the year its text says it began, where no other reading read the count
    # (not a span after `올해로`: checker/link/elapsed.py reads it from its own start, or leaves it unread)
    read = {span.start for span in spans} | spans_reached_this_year(doc)
    spans = spans + [span for span in link_ages_from_start_years(doc, published, assumed) if span.start not in read]
    # an age now and an age in a year its sentence dates (`이선옥(63)씨는 1982년 열아홉 살에`), where no other
    # reading read it
    read = {span.start for span in spans}
    spans = spans + [span for span in link_age_pairs(doc, published, assumed) if span.start not in read]
    # an age written right after its birth year (`1941년생인 85세`), where no other reading read it
    read = {span.start for span in spans}
    spans = spans + [span for span in link_birth_year_ages(doc, published, assumed) if span.start not in read]
    # an edition's ordinal counted from the first year the text tells apart from it, where no other reading read it
    read = {span.start for span in spans}
    spans = spans + [
        span for span in link_editions_apart_from_their_first(doc, published, assumed) if span.start not in read
    ]
    # a count of years after a noun of starting, counted from the year the text dates that noun by further off
    read = {span.start for span in spans}
    spans = spans + [span for span in link_start_nouns_apart(doc, published, assumed) if span.start not in read]
    # a length right after a range of days or months written as one figure, where no other reading read it
    read = {span.start for span in spans}
    spans = spans + [span for span in link_lengths_after_compact_ranges(doc, published) if span.start not in read]
    # a count of months told apart from the range of months it is the length of, where no other reading read it
    read = {span.start for span in spans}
    spans = spans + [
        span for span in link_month_counts_apart_from_their_range(doc, published) if span.start not in read
    ]
    # a length in hours or minutes beside a range of two clock times, where no other reading read it
    read = {span.start for span in spans}
    spans = spans + [span for span in link_clock_runs(doc, published) if span.start not in read]
    # a length in days over a range whose run's days are named beside it counts the days of those names
    spans = counted_on_named_days(doc, spans)
    return spans + link_record_spans_since(doc, spans, published, assumed)


def _back_stated_gaps(items: list[_StatedGap], document: Document, figures: tuple[str, str]) -> list[_StatedGap]:
    """A stated gap's three spans (normalized offsets) moved back onto the original text: its own and its two
    figures' (`figures`: their field names, each with a `…_text` beside it): a gap between two lengths of time, a
    net of units added and taken away."""
    offsets = document.offsets
    if offsets.is_identity:
        return items
    out = []
    for item in items:
        start, end = offsets.original_span(item.start, item.end)
        update = {"start": start, "end": end, "text": document.text[start:end]}
        for name in figures:
            span = getattr(item, name)
            begin, finish = offsets.original_span(span.start, span.end)
            update[name] = Span(start=begin, end=finish)
            update[f"{name}_text"] = document.text[begin:finish]
        out.append(item.model_copy(update=update))
    return out


def _back_durations(pairs: list[RestatedDuration], document: Document) -> list[RestatedDuration]:
    """A restated length of time's two spans (normalized offsets) moved back onto the original text."""
    offsets = document.offsets
    if offsets.is_identity:
        return pairs
    out = []
    for pair in pairs:
        start, end = offsets.original_span(pair.start, pair.end)
        other_start, other_end = offsets.original_span(pair.other.start, pair.other.end)
        update = {
            "start": start,
            "end": end,
            "text": document.text[start:end],
            "other": Span(start=other_start, end=other_end),
            "other_text": document.text[other_start:other_end],
        }
        out.append(pair.model_copy(update=update))
    return out


def _note_cut_runs(document: Document, runs: list[tuple[int, int]]) -> None:
    """A run of text with no sentence end longer than any sentence (a table pasted as one line) is
    linked in pieces (segment.MAX_SENTENCE): said in a note on the document, which `check` and
    `claims` print, so that the user knows its figures were related only within a piece."""
    note = (
        f"{where_runs(document, runs)} with no sentence end read in pieces of at most {MAX_SENTENCE:,} characters "
        "(a table or a list, not prose): their figures are related only within a piece"
    )
    if note not in document.notes:
        document.notes.append(note)


_OPENS_PARENTHESIS = compile_exact(r"\s?\(")
_COMPARED_BETWEEN = ByLanguage(
    lambda w: rf"(?:{w.than_words}|{w.from_words}|{w.compared_words}|{w.compared_after}|{w.previous})", re.I
)


def _share_sentence_periods(claims: list[Claim], text: str, lang: str) -> None:
    """`매출액 5200억원, 영업이익 1300억원으로 3분기 영업이익률 25%`: when every dated figure of a sentence
    has one period, named after its undated figures with no comparison between, they are of that
    period too (a guess)."""
    by_sentence = group_by_sentence(
        claim for claim in claims if claim.role in ("value", "change", "share") and not claim.furniture
    )
    compared = _COMPARED_BETWEEN[lang]
    for figures in by_sentence.values():
        # (A period assumed from an earlier sentence gives way to the one this sentence names.)
        periods = {c.period for c in figures if c.period and "period" not in c.guesses}
        if len(periods) != 1:
            continue
        period = periods.pop()
        span = next(c.period_span for c in figures if c.period == period and "period" not in c.guesses)
        if span is None or _OPENS_PARENTHESIS.match(text, span.end):
            continue  # `지난달(4억원)`: the time labels the figure in its parenthesis only
        for claim in figures:
            undated = claim.period is None or "period" in claim.guesses
            if undated and claim.end <= span.start and not compared.search(text, claim.end, span.start):
                claim.period, claim.period_span = period, span
                if "period" not in claim.guesses:
                    claim.guesses.append("period")


def _equivalent_units(mentions: list[Mention]) -> dict[int, frozenset[str]]:
    """The units each figure is restated in by its equivalents, by the figure's start (most have none)."""
    units: dict[int, frozenset[str]] = {}
    for mention in mentions:
        if mention.in_parens_of is not None:
            head = mentions[mention.in_parens_of].start
            units[head] = units.get(head, frozenset()) | {mention.quantity.unit}
    return units


def _equivalents_only(mentions: list[Mention]) -> list[Mention]:
    """A parenthesis in the same currency is no equivalent (`6월(4억원)보다`: the figure of that month)."""
    out = list(mentions)  # (the list copied at once: most figures stand in no parenthesis)
    for i, mention in enumerate(mentions):
        if mention.in_parens_of is None:
            continue
        head = mentions[mention.in_parens_of]
        if (
            mention.quantity.kind == "money"
            and head.quantity.kind == "money"
            and mention.quantity.unit == head.quantity.unit
        ):
            out[i] = replace(mention, in_parens_of=None)
    return out


def _base_claims(path: str, mentions: list[Mention], line_starts: list[int]) -> list[Claim]:
    """A claim per mention, with its id, span, line and column (of the original text) and quantity."""
    # One loop, not a call per figure (positional in the fields' order: id, path, start, end, line, column, text,
    # quantity), and the line found by bisection only when the figure is past the current line's end.
    claims = []
    append = claims.append
    line, line_start, next_start = 0, 0, -1  # (the line found last: its number, start, and the next's)
    last_line = len(line_starts)
    # (a figure's `notation` and `written_zeros` read once per written figure and counted noun of the article, looked
    # up here without a call per figure: a long article or a pasted table writes the same figure many times)
    written_as: dict[tuple[str, str | None], tuple[str, int]] = {}
    read_as = written_as.get
    for index, mention in enumerate(mentions):
        start = mention.start
        if not (line_start <= start < next_start):
            line = bisect.bisect_right(line_starts, start)
            line_start = line_starts[line - 1]
            next_start = line_starts[line] if line < last_line else 1 << 62
        text, quantity = mention.text, mention.quantity
        claim = Claim(f"{path}#{index}", path, start, mention.end, line, start - line_start + 1, text, quantity)
        key = (text, quantity.counter)
        read = read_as(key)
        if read is None:
            read = written_as[key] = (notation(text, quantity.counter), written_zeros(text))
        claim.notation, claim.written_zeros = read
        append(claim)
    return claims


def _place(claim: Claim, mention: Mention, doc: ArticleView, lexicon: Lexicon) -> None:
    seg = doc.segments
    # (the segments' look-ups written out, not called: `sentence_of`, `sentence_bounds`, `paragraph_of`, and
    # `is_furniture` where the article has furniture lines — four calls per figure fewer)
    start = mention.start
    starts = seg.sentence_starts
    sentence = bisect.bisect_right(starts, start) - 1
    s_start = starts[sentence]
    s_end = starts[sentence + 1] if sentence + 1 < len(starts) else len(doc.text)
    claim.sentence, claim.paragraph = sentence, bisect.bisect_right(seg.paragraph_starts, start) - 1
    claim.furniture = start >= seg.furniture_from or (
        bool(seg.furniture_lines) and seg.furniture_span(start) is not None
    )
    forecast, superlative, forecast_noun = sentence_marks(doc, sentence, s_start, s_end)
    claim.forecast = forecast or (
        forecast_noun and beside_forecast_noun(doc.text, mention, s_start, s_end, doc.language)
    )
    place_role(claim, mention, doc, s_start)
    place_metric(claim, mention, doc, s_start, s_end, lexicon)
    place_entities(claim, mention, doc, s_start, s_end, lexicon)
    place_period(claim, mention, doc, s_start, s_end, lexicon)
    if superlative and claim.role in ("value", "change"):
        claim.superlative = ranked(claim, superlative, doc, s_start)
