#include "stroke.h"

namespace noosphere::core::sketch {

std::string_view toolName(StrokeTool tool)
{
    switch (tool) {
    case StrokeTool::Pen: return "pen";
    case StrokeTool::Brush: return "brush";
    case StrokeTool::Eraser: return "eraser";
    }
    return "pen";
}

}  // namespace noosphere::core::sketch
