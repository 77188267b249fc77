// Argon2id password hashing through libsodium.
#pragma once

#include <string>

namespace ey::identity {

/// Hashes and verifies passwords. The cost is set at start-up ("interactive" in production; tests
/// may choose "minimum" to stay fast — still Argon2id, and the cost travels inside each hash).
class Passwords
{
public:
    enum class Cost
    {
        Minimum,
        Interactive,
        Moderate
    };
    explicit Passwords(Cost cost = Cost::Interactive) : m_cost(cost) {}
    static Cost costFromName(const std::string& name);

    std::string hash(const std::string& password) const;
    bool verify(const std::string& encodedHash, const std::string& password) const;
    /// Burns the time of one verification, so an unknown email answers as slowly as a known one.
    void verifyDummy(const std::string& password) const;

private:
    Cost m_cost;
};

} // namespace ey::identity
