// Transfer proofs: checked by content, never by file name or the client's Content-Type.
#include "TransferProof.h"

#include "Problem.h"

namespace ey::core {

FileType requireTransferProof(std::string_view bytes)
{
    if (bytes.size() > kMaxTransferProofBytes)
        throw Problem::tooLarge({"Bukti transfer maksimal 5 MB. Perkecil foto atau kirim PDF.",
                                 "The transfer proof may be 5 MB at most. Shrink the photo or "
                                 "send a PDF."});
    const auto type = detectFileType(bytes);
    if (!type || (type->mime != "image/jpeg" && type->mime != "image/png" &&
                  type->mime != "application/pdf"))
        throw Problem::unsupportedMedia(
            {"Bukti transfer harus berupa foto JPEG/PNG atau PDF dari bank.",
             "The transfer proof must be a JPEG/PNG photo or a PDF from the bank."});
    return *type;
}

} // namespace ey::core
