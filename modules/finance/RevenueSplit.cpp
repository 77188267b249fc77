// The revenue split rules.
#include "RevenueSplit.h"

#include <algorithm>
#include <stdexcept>

namespace ey::finance {

Money shareOf(Money amount, std::int64_t bps)
{
    // Split the multiplication so amount × bps cannot overflow for any realistic amount.
    return amount / 10000 * bps + amount % 10000 * bps / 10000;
}

SplitResult split(const SplitInput& input, const FinanceConfig& config)
{
    if (input.gross < 0 || input.gatewayFee < 0 || input.commission.value < 0)
        throw std::invalid_argument("split: negative amount");
    if (input.gatewayFee > input.gross)
        throw std::invalid_argument("split: gateway fee above the gross");
    if (input.commission.kind == Commission::Kind::Percent && input.commission.value > 10000)
        throw std::invalid_argument("split: commission above 100 %");

    SplitResult result;
    result.gatewayFee = input.gatewayFee;
    Money rest = input.gross - input.gatewayFee;

    if (input.hasAffiliate) {
        const Money wanted = input.commission.kind == Commission::Kind::Fixed
                                 ? input.commission.value
                                 : shareOf(input.gross, input.commission.value);
        result.affiliate = std::min(wanted, rest);
        rest -= result.affiliate;
    }

    if (!config.splitEnabled) {
        result.companyFee = rest;
        return result;
    }

    if (input.hasMentor) {
        const int bps = std::clamp(input.mentorBps.value_or(config.mentorBps), 0, 10000);
        result.mentor = shareOf(rest, bps);
        rest -= result.mentor;
    }

    result.companyFee = shareOf(rest, config.companyFeeBps);
    rest -= result.companyFee;

    result.founder = shareOf(rest, config.founderBps);
    result.cofounder = shareOf(rest, config.cofounderBps);
    result.remainder = rest - result.founder - result.cofounder;
    return result;
}

} // namespace ey::finance
