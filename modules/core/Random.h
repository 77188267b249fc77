// Cryptographic randomness and hashing through libsodium.
#pragma once

#include <string>

namespace ey::core {

/// `bytes` random bytes as lowercase hex.
std::string randomHex(std::size_t bytes);
/// `bytes` random bytes as unpadded base64url (tokens that travel in headers and URLs).
std::string randomToken(std::size_t bytes = 32);
/// Lowercase hex SHA-256 of `data` (what the database keeps instead of a token).
std::string sha256Hex(const std::string& data);

} // namespace ey::core
