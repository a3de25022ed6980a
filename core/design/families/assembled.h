// The assembled family: a stool or side table made of a seat, legs and stretchers.
#pragma once

#include "../family.h"

namespace noosphere::core::design {

Family assembledFamily();

}  // namespace noosphere::core::design
