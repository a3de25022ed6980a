// printf-style formatting into a std::string for the design engine's messages (GCC 12 has no <format>).
#pragma once

#include <cstdio>
#include <string>

namespace noosphere::core::design {

template <typename... Args> std::string formatText(const char *format, Args... args)
{
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, format, args...);
    return buffer;
}

}  // namespace noosphere::core::design
