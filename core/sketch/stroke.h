// A stroke of the Sketch pane as it is drawn and stored: points in canvas pixels with the pen's pressure, the
// tool, its colour and its width at full pressure. Plain data: the store, the smoothing and the canvas share it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace noosphere::core::sketch {

enum class StrokeTool { Pen, Brush, Eraser };

std::string_view toolName(StrokeTool tool);  // "pen", "brush", "eraser": the store's tool column

struct StrokePoint {
    float x = 0, y = 0;    // canvas pixels
    float pressure = 1;    // 0–1; a mouse draws at 1
    bool operator==(const StrokePoint &) const = default;
};

struct Stroke {
    StrokeTool tool = StrokeTool::Pen;
    std::uint32_t colour = 0xff000000;  // 0xAARRGGBB
    float width = 4;                    // pixels at full pressure
    std::vector<StrokePoint> points;
    bool operator==(const Stroke &) const = default;
};

inline constexpr std::size_t kMaxStrokePoints = 1'000'000;  // a stroke beyond this is cut (and a stored one refused)

}  // namespace noosphere::core::sketch
