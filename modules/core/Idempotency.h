// Idempotency-Key support (draft-ietf-httpapi-idempotency-key-header): a retried POST acts once.
#pragma once

#include "Db.h"
#include "Router.h"

namespace ey::core {

/// Wraps a handler: the first request with a given Idempotency-Key (per caller) runs it and its
/// response is stored for 24 hours; a repeat with the same method, path and body gets that response
/// again (header Idempotent-Replayed: true); the same key with another body is a 422 problem, and a
/// repeat while the first is still running a 409. Without the header the handler simply runs.
Handler idempotent(Db& db, Handler handler);

} // namespace ey::core
