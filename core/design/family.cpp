#include "family.h"

#include "families/assembled.h"
#include "families/lathe.h"
#include "families/sweep.h"
#include "genome.h"

namespace noosphere::core::design {

const std::vector<Family> &families()
{
    static const std::vector<Family> all{latheFamily(), sweepFamily(), assembledFamily()};
    return all;
}

const Family *findFamily(std::string_view id)
{
    for (const Family &family : families())
        if (family.id == id)
            return &family;
    return nullptr;
}

models::Result<Mesh> buildDesignMesh(const Genome &genome, bool refuseDegenerate)
{
    const Family *family = findFamily(genome.family);
    if (!family)
        return models::Error{models::ErrorCode::InvalidArgument, "no design family is called \"" + genome.family + "\""};
    const std::vector<double> values = clampedValues(*family, genome.values);
    if (refuseDegenerate)
        if (std::string why = family->degenerate(values); !why.empty())
            return models::Error{models::ErrorCode::InvalidArgument, "this " + family->id + " cannot be made: " + why};
    return family->build(values);
}

}  // namespace noosphere::core::design
