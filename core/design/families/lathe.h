// The lathe family: a vase, bowl or lamp shade turned around the z axis.
#pragma once

#include "../family.h"

namespace noosphere::core::design {

Family latheFamily();

}  // namespace noosphere::core::design
