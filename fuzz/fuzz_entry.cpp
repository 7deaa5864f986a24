// The libFuzzer entry point of one fuzz target. CMakeLists.txt builds it once per target, with
// KG_FUZZ_FUNCTION naming the function of fuzz_targets.h that the target drives.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, const std::size_t size) {
    kg::fuzz::KG_FUZZ_FUNCTION(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
