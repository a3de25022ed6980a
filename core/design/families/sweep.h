// The sweep family: a ring, bangle, napkin ring or handle swept along a closed or open path.
#pragma once

#include "../family.h"

namespace noosphere::core::design {

Family sweepFamily();

}  // namespace noosphere::core::design
