#include "family.h"

#include "families/assembled.h"
#include "families/lathe.h"
#include "families/sweep.h"

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

}  // namespace noosphere::core::design
