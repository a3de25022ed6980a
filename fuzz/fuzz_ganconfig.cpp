// libFuzzer target: a style GAN's config.json (models/gan/ganconfig.h). Any bytes must give a config that
// passes check() or an Error, never a crash, a hang or an exception.
#include "gan/ganconfig.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto config = noosphere::models::gan::parseGanConfig(text, "config.json");
    if (config) {
        if (!config->check())
            std::abort();  // parse accepted what check() refuses
        (void)config->styleCount();
        (void)noosphere::models::gan::parseGanConfig(noosphere::models::gan::ganConfigJson(*config), "again");
    }
    return 0;
}
