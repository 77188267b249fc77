// Forwarder records: freight forwarders, their quoted rates, and a route comparison.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

struct Forwarder
{
    std::string id;
    std::string company;
    std::vector<std::string> services;
    std::vector<std::string> originPorts;
    std::vector<std::string> destinationRegions;
    std::optional<std::string> contactPerson;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> website;
    std::optional<std::string> notes;
    bool verified = false;
    std::optional<std::int64_t> rating;
    std::int64_t currentRates = 0;
    std::string createdAt;
    std::string updatedAt;
    std::string sortKey; ///< lower(company), the list's keyset
};

/// Input of a create (every field) or an edit (the fields present). For optional fields the
/// outer optional says "given", the inner one "set or cleared".
struct ForwarderInput
{
    std::optional<std::string> company;
    std::optional<std::vector<std::string>> services;
    std::optional<std::vector<std::string>> originPorts;
    std::optional<std::vector<std::string>> destinationRegions;
    std::optional<std::optional<std::string>> contactPerson;
    std::optional<std::optional<std::string>> email;
    std::optional<std::optional<std::string>> phone;
    std::optional<std::optional<std::string>> website;
    std::optional<std::optional<std::string>> notes;
    std::optional<bool> verified;
    std::optional<std::optional<std::int64_t>> rating;
};

struct ForwarderFilter
{
    std::optional<std::string> search;
    std::optional<std::string> service;
    std::optional<std::string> originPort;
    std::optional<std::string> destination;
    std::optional<bool> verified;
};

struct ForwarderRate
{
    std::string id;
    std::string forwarderId;
    std::string origin;
    std::string destination;
    std::string mode;
    std::string unit;
    std::string currency;
    std::int64_t priceMinor = 0;
    std::optional<std::int64_t> transitDays;
    std::string validUntil; ///< YYYY-MM-DD
    std::optional<std::string> notes;
    bool expired = false;
    std::string createdAt;
    std::string updatedAt;
};

struct RateInput
{
    std::optional<std::string> origin;
    std::optional<std::string> destination;
    std::optional<std::string> mode;
    std::optional<std::string> unit;
    std::optional<std::string> currency;
    std::optional<std::int64_t> priceMinor;
    std::optional<std::optional<std::int64_t>> transitDays;
    std::optional<std::string> validUntil;
    std::optional<std::optional<std::string>> notes;
};

/// One rate as the comparison shows it, with its forwarder's name and standing.
struct ComparedRate
{
    ForwarderRate rate;
    std::string company;
    bool verified = false;
    std::optional<std::int64_t> rating;
};

/// Rates of one (mode, unit, currency): only these compare with each other.
struct RateGroup
{
    std::string mode;
    std::string unit;
    std::string currency;
    std::int64_t count = 0; ///< current rates
    std::optional<std::int64_t> minMinor;
    std::optional<std::int64_t> medianMinor;
    std::optional<std::int64_t> maxMinor;
    std::vector<ComparedRate> rates;
};

struct RouteComparison
{
    std::string origin;
    std::string destination;
    std::optional<std::string> mode;
    std::string today;
    bool includeExpired = false;
    std::vector<RateGroup> groups;
};

struct KnownRoute
{
    std::string origin;
    std::string destination;
    std::string mode;
    std::int64_t rates = 0;
    std::int64_t forwarders = 0;
};

} // namespace ey::directory
