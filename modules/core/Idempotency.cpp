// Idempotency-Key storage and replay.
#include "Idempotency.h"

#include "Problem.h"
#include "Random.h"

namespace ey::core {

namespace {

std::string keyFrom(const Request& request)
{
    std::string key = request.header("Idempotency-Key");
    // The draft sends a structured-field string ("..."); bare tokens are accepted too.
    if (key.size() >= 2 && key.front() == '"' && key.back() == '"')
        key = key.substr(1, key.size() - 2);
    return key;
}

std::string scopeOf(const Request& request)
{
    if (request.auth)
        return "user:" + request.auth->userId;
    if (request.apiClient)
        return "app:" + request.apiClient->id;
    return "ip:" + request.clientIp;
}

bool worthRemembering(int status)
{
    return status < 500 && status != 409 && status != 429;
}

} // namespace

Handler idempotent(Db& db, Handler handler)
{
    return [&db, handler = std::move(handler)](Request& request, Response& response) {
        const auto key = keyFrom(request);
        if (key.empty()) {
            handler(request, response);
            return;
        }
        if (key.size() > 255)
            throw Problem::badRequest({"Idempotency-Key terlalu panjang (maksimal 255 karakter).",
                                       "Idempotency-Key is too long (at most 255 characters)."});
        const auto scope = scopeOf(request);
        const auto fingerprint =
            sha256Hex(request.method + ' ' + request.path + '\n' + request.body);
        db.exec("DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND created_at < now() "
                "- interval '24 hours'",
                {scope, key});
        const auto claimed =
            db.exec("INSERT INTO idempotency_keys (scope, key, fingerprint) VALUES ($1, $2, $3)"
                    " ON CONFLICT DO NOTHING",
                    {scope, key, fingerprint});
        if (claimed.affected() == 0) {
            const auto rows =
                db.exec("SELECT fingerprint, status, content_type, body FROM idempotency_keys"
                        " WHERE scope = $1 AND key = $2",
                        {scope, key});
            if (rows.empty())
                throw Problem::conflict(
                    {"Permintaan dengan kunci ini sedang diulang; coba lagi sebentar.",
                     "A request with this key is being retried; try again shortly."});
            const auto row = rows.front();
            if (row.str("fingerprint") != fingerprint)
                throw Problem(
                    422, "https://eksporyuk.com/problems/idempotency-key-reused",
                    {"Kunci idempotensi dipakai ulang", "Idempotency key reused"},
                    {"Idempotency-Key ini sudah dipakai untuk permintaan lain. Buat kunci baru.",
                     "This Idempotency-Key was already used for a different request. Use a new "
                     "key."});
            if (row.isNull("status"))
                throw Problem::conflict(
                    {"Permintaan yang sama masih diproses. Tunggu sebentar lalu coba lagi.",
                     "The same request is still being processed. Wait a moment and retry."});
            response.status = static_cast<int>(row.i64("status"));
            response.contentType = row.str("content_type");
            response.body = row.str("body");
            response.headers["Idempotent-Replayed"] = "true";
            return;
        }
        try {
            handler(request, response);
        } catch (...) {
            db.exec("DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2", {scope, key});
            throw;
        }
        if (worthRemembering(response.status) && !response.stream)
            db.exec("UPDATE idempotency_keys SET status = $3, content_type = $4, body = $5, "
                    "completed_at = now()"
                    " WHERE scope = $1 AND key = $2",
                    {scope, key, response.status, response.contentType, response.body});
        else
            db.exec("DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2", {scope, key});
    };
}

} // namespace ey::core
