// The proof of a bank transfer people upload (buyers, partners, finance): one rule for what counts.
#pragma once

#include "Files.h"

#include <cstddef>
#include <string_view>

namespace ey::core {

/// The body limit of every proof upload route.
inline constexpr std::size_t kMaxTransferProofBytes = 5 * 1024 * 1024;

/// The proof's type when its content is a JPEG or PNG photo or a PDF; otherwise a 415 problem
/// (a 413 above kMaxTransferProofBytes, for callers that read the body themselves).
FileType requireTransferProof(std::string_view bytes);

} // namespace ey::core
