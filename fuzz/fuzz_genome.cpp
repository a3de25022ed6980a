// libFuzzer target for genome files (the Design pane's and `design export --genome`'s import): arbitrary bytes
// must give a clean Result, and a genome that parses must round-trip through its JSON unchanged and build a
// closed mesh (repaired if degenerate) with finite objectives.
#include "design/family.h"
#include "design/genome.h"
#include "design/meshcheck.h"
#include "design/objectives.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace noosphere::core::design;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto genome = parseGenomeJson(text);
    if (!genome) {
        if (genome.error().detail.empty())
            std::abort();  // every refusal says why
        return 0;
    }
    auto again = parseGenomeJson(genomeToJson(*genome));
    if (!again || again->family != genome->family || again->values != genome->values)
        std::abort();
    auto mesh = buildDesignMesh(*genome, /*refuseDegenerate=*/false);
    if (!mesh || !checkMesh(*mesh).watertight())
        std::abort();
    const Objectives o = computeObjectives(*mesh);
    if (!std::isfinite(o.volumeMm3) || !(o.volumeMm3 > 0) || !std::isfinite(o.tipOverAngleDeg))
        std::abort();
    return 0;
}
