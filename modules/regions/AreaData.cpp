// The idn-area CSV files linked into the binary with the assembler's .incbin: 3 MB of text embedded
// as it is, without a generated source that every build would have to compile.
#include "AreaData.h"

#if !defined(EY_IDN_AREA_DIR) || !defined(EY_IDN_AREA_SHA256)
#error "EY_IDN_AREA_DIR and EY_IDN_AREA_SHA256 come from modules/regions/CMakeLists.txt"
#endif

// One read-only blob per file between a begin and an end symbol. The CMake target lists the
// files in OBJECT_DEPENDS and their checksum in a definition, so an edited file rebuilds this
// object (and misses any compiler cache).
#define EY_AREA_BLOB(symbol, file)                                                                 \
    asm(".pushsection .rodata\n"                                                                   \
        ".balign 16\n"                                                                             \
        ".globl " #symbol "_begin\n"                                                               \
        ".hidden " #symbol "_begin\n" #symbol "_begin:\n"                                          \
        ".incbin \"" EY_IDN_AREA_DIR "/" file "\"\n"                                               \
        ".globl " #symbol "_end\n"                                                                 \
        ".hidden " #symbol "_end\n" #symbol "_end:\n"                                              \
        ".byte 0\n"                                                                                \
        ".popsection\n")

EY_AREA_BLOB(ey_area_provinces, "provinces.csv");
EY_AREA_BLOB(ey_area_regencies, "regencies.csv");
EY_AREA_BLOB(ey_area_districts, "districts.csv");
EY_AREA_BLOB(ey_area_villages, "villages.csv");

extern "C" {
extern const char ey_area_provinces_begin[];
extern const char ey_area_provinces_end[];
extern const char ey_area_regencies_begin[];
extern const char ey_area_regencies_end[];
extern const char ey_area_districts_begin[];
extern const char ey_area_districts_end[];
extern const char ey_area_villages_begin[];
extern const char ey_area_villages_end[];
}

namespace ey::regions {

namespace {

std::string_view between(const char* begin, const char* end)
{
    return {begin, static_cast<std::size_t>(end - begin)};
}

} // namespace

const AreaData& AreaData::shipped()
{
    static const AreaData data{
        between(ey_area_provinces_begin, ey_area_provinces_end),
        between(ey_area_regencies_begin, ey_area_regencies_end),
        between(ey_area_districts_begin, ey_area_districts_end),
        between(ey_area_villages_begin, ey_area_villages_end),
        EY_IDN_AREA_SHA256,
        "idn-area-data 3.1.2 (github.com/fityannugroho/idn-area-data), ODbL 1.0",
    };
    return data;
}

} // namespace ey::regions
