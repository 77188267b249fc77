// libsodium crypto_pwhash_str (Argon2id).
#include "Passwords.h"

#include <sodium.h>

#include <stdexcept>

namespace ey::identity {

Passwords::Cost Passwords::costFromName(const std::string& name)
{
    if (name == "minimum")
        return Cost::Minimum;
    if (name == "moderate")
        return Cost::Moderate;
    return Cost::Interactive;
}

std::string Passwords::hash(const std::string& password) const
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    std::size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (m_cost == Cost::Minimum) {
        ops = crypto_pwhash_OPSLIMIT_MIN;
        mem = crypto_pwhash_MEMLIMIT_MIN;
    } else if (m_cost == Cost::Moderate) {
        ops = crypto_pwhash_OPSLIMIT_MODERATE;
        mem = crypto_pwhash_MEMLIMIT_MODERATE;
    }
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool Passwords::verify(const std::string& encodedHash, const std::string& password) const
{
    if (encodedHash.empty() || sodium_init() < 0)
        return false;
    return crypto_pwhash_str_verify(encodedHash.c_str(), password.data(), password.size()) == 0;
}

void Passwords::verifyDummy(const std::string& password) const
{
    static const std::string dummy = hash("not-a-real-password");
    verify(dummy, password);
}

} // namespace ey::identity
