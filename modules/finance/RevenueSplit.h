// The revenue split of one sale as a pure function: who gets which rupiah of the gross.
#pragma once

#include "Finance.h"

namespace ey::finance {

/// Splits `input.gross` (what the customer paid) in this order:
///  1. the gateway fee, as the gateway charged it;
///  2. the affiliate commission, only when there is an affiliate: Fixed rupiah or Percent of the
///     gross, never more than what is left after the gateway fee;
///  3. the mentor share (course sales with a mentor): mentor_bps of what is left after the
///     affiliate, taken before the company fee so the mentor's cut does not shrink when the
///     company fee changes;
///  4. the company fee (company_fee_bps, 15 % by default) of what is left;
///  5. the rest to founder / co-founder (60 / 40 by default).
/// Every personal share is rounded down; the rupiah that rounding leaves over go to company
/// operational, so the parts add up to the gross exactly and the same input always gives the
/// same answer. With the split switched off, everything after the gateway fee and the affiliate
/// commission (affiliates are still owed) goes to company operational as the company fee.
/// Throws std::invalid_argument for a negative gross, fee or commission, or a fee above the gross.
SplitResult split(const SplitInput& input, const FinanceConfig& config);

/// floor(amount × bps / 10000) for amount ≥ 0 and 0 ≤ bps ≤ 10000, without overflow.
Money shareOf(Money amount, std::int64_t bps);

} // namespace ey::finance
