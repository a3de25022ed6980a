// Versions of the studio and of the libraries it was built against, for `info` and the About dialog.
#pragma once

#include <string>

namespace noosphere::core {

std::string studioVersion();  // e.g. "0.1.0"
std::string opencvVersion();
std::string sqliteVersion();
/// Where the default models are: $NOOSPHERE_MODEL_DIR, else the installed share folder, else the source tree.
std::string defaultModelDir();

}  // namespace noosphere::core
