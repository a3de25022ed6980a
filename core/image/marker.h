// Printable ArUco markers: marker id N of a dictionary drawn at a true physical size, with a white quiet zone the
// detector needs, as a PNG whose pHYs chunk tells printers its size.
#pragma once

#include "common/result.h"
#include "image.h"
#include "markerdictionary.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace noosphere::core::image {

struct MarkerPrintSpec {
    std::string dictionary = std::string(kDefaultMarkerDictionary);
    int id = 0;
    double sizeMm = 50;      // outer edge of the black border; the size to give estimateMarkerPoses
    double dpi = 300;        // requested; cells are rounded to whole pixels and the PNG's density adjusted to match
    int quietZoneCells = 2;  // white margin on each side, in marker cells (the detector needs at least 1)
    bool caption = false;    // a line below: dictionary, id and size, so a printed sheet says what it is
};

struct MarkerSheet {
    Image image;                       // grey content as Bgr8: the marker centred in its quiet zone (+ caption band)
    int markerPx = 0;                  // side of the black square in pixels
    int marginPx = 0;                  // quiet zone on the left, top and right (the bottom adds the caption band)
    std::uint32_t pixelsPerMetre = 0;  // exact: markerPx / sizeMm
    double dpi() const { return double(pixelsPerMetre) * 0.0254; }
};

/// Draws the sheet. InvalidArgument for an unknown dictionary, an id outside 0 .. markerCount - 1, a size outside
/// 5..1000 mm, a density outside 50..2400 dpi or a sheet above 64 MP. Any thread.
models::Result<MarkerSheet> renderMarker(const MarkerPrintSpec &spec);

/// renderMarker encoded as a grey PNG with a pHYs chunk (so it prints at sizeMm when printed at "actual size").
models::Result<std::vector<std::uint8_t>> encodeMarkerPng(const MarkerPrintSpec &spec, MarkerSheet *sheet = nullptr);

/// encodeMarkerPng written to `file` atomically; Io naming the file when it cannot be written.
models::Result<MarkerSheet> writeMarkerPng(const MarkerPrintSpec &spec, const std::filesystem::path &file);

}  // namespace noosphere::core::image
