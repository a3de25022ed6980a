// Marker rendering. The marker side is a whole number of pixels per cell (uneven cells would blur the edges the
// detector fits), and the sheet's density is then set from that exact side, so the print is true to sizeMm.
#include "marker.h"

#include "arucodictionary.h"
#include "cvimage.h"
#include "export/atomicfile.h"
#include "imageimport.h"
#include "pngphys.h"

#include <opencv2/aruco.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;

Error invalid(std::string detail)
{
    return {ErrorCode::InvalidArgument, std::move(detail)};
}

// Writes "DICT_4X4_50  id 7  50 mm" centred in `band`, its cap height about half the band.
void drawCaption(cv::Mat &band, const std::string &text)
{
    const int font = cv::FONT_HERSHEY_SIMPLEX;
    int baseline = 0;
    const cv::Size unit = cv::getTextSize(text, font, 1.0, 1, &baseline);
    const double scale = std::min(0.5 * band.rows / unit.height, 0.9 * band.cols / unit.width);
    const int thickness = std::max(1, int(std::lround(scale * 1.5)));
    const cv::Size size = cv::getTextSize(text, font, scale, thickness, &baseline);
    cv::putText(band, text, {(band.cols - size.width) / 2, (band.rows + size.height) / 2}, font, scale, cv::Scalar(0),
                thickness, cv::LINE_AA);
}

models::Result<cv::Mat> renderGrey(const MarkerPrintSpec &spec, MarkerSheet &sheet)
{
    auto dictionary = findMarkerDictionary(spec.dictionary);
    if (!dictionary)
        return dictionary.error();
    const MarkerDictionary &d = dictionary.value();
    if (spec.id < 0 || spec.id >= d.markerCount)
        return invalid("marker id " + std::to_string(spec.id) + " is outside " + d.name + " (ids 0.." +
                       std::to_string(d.markerCount - 1) + ")");
    if (!(spec.sizeMm >= 5 && spec.sizeMm <= 1000))
        return invalid("a marker size of " + std::to_string(spec.sizeMm) + " mm is outside 5..1000 mm");
    if (!(spec.dpi >= 50 && spec.dpi <= 2400))
        return invalid("a density of " + std::to_string(spec.dpi) + " dpi is outside 50..2400 dpi");
    if (spec.quietZoneCells < 1 || spec.quietZoneCells > 10)
        return invalid("a quiet zone of " + std::to_string(spec.quietZoneCells) + " cells is outside 1..10");

    const int cells = d.markerBits + 2;  // the bits plus the one-cell black border
    const double wantedPx = spec.sizeMm / 25.4 * spec.dpi;
    const int cellPx = std::max(1, int(std::lround(wantedPx / cells)));
    sheet.markerPx = cells * cellPx;
    sheet.marginPx = spec.quietZoneCells * cellPx;
    sheet.pixelsPerMetre = std::uint32_t(std::lround(sheet.markerPx / (spec.sizeMm / 1000.0)));
    const int captionPx = spec.caption ? std::max(12, int(std::lround(sheet.pixelsPerMetre * 0.006))) : 0;  // 6 mm
    const int width = sheet.markerPx + 2 * sheet.marginPx;
    const int height = width + captionPx;
    if (std::int64_t(width) * height > kMaxImagePixels)
        return invalid("the sheet would be " + std::to_string(width) + " x " + std::to_string(height) +
                       " pixels; lower the size or the density");

    cv::Mat grey(height, width, CV_8UC1, cv::Scalar(255));
    cv::Mat marker = grey(cv::Rect(sheet.marginPx, sheet.marginPx, sheet.markerPx, sheet.markerPx));
    cv::aruco::drawMarker(arucoDictionary(d), spec.id, sheet.markerPx, marker, 1);
    if (captionPx > 0) {
        char text[96];
        std::snprintf(text, sizeof text, "%s  id %d  %g mm", d.name.c_str(), spec.id, spec.sizeMm);
        cv::Mat band = grey(cv::Rect(0, width, width, captionPx));  // below the whole quiet zone
        drawCaption(band, text);
    }
    return grey;
}

}  // namespace

models::Result<MarkerSheet> renderMarker(const MarkerPrintSpec &spec)
{
    try {
        MarkerSheet sheet;
        auto grey = renderGrey(spec, sheet);
        if (!grey)
            return grey.error();
        sheet.image = fromMat(grey.value(), PixelFormat::Bgr8);
        return sheet;
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Unknown, "drawing the marker failed: " + e.err};
    }
}

models::Result<std::vector<std::uint8_t>> encodeMarkerPng(const MarkerPrintSpec &spec, MarkerSheet *sheetOut)
{
    try {
        MarkerSheet sheet;
        auto grey = renderGrey(spec, sheet);
        if (!grey)
            return grey.error();
        const std::uint32_t pixelsPerMetre = sheet.pixelsPerMetre;
        std::vector<std::uint8_t> png;
        if (!cv::imencode(".png", grey.value(), png))
            return Error{ErrorCode::Unknown, "encoding the marker as PNG failed"};
        if (sheetOut) {
            sheet.image = fromMat(grey.value(), PixelFormat::Bgr8);
            *sheetOut = std::move(sheet);
        }
        return withPngPixelsPerMetre(png, pixelsPerMetre);
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Unknown, "drawing the marker failed: " + e.err};
    }
}

models::Result<MarkerSheet> writeMarkerPng(const MarkerPrintSpec &spec, const std::filesystem::path &file)
{
    MarkerSheet sheet;
    auto png = encodeMarkerPng(spec, &sheet);
    if (!png)
        return png.error();
    const auto &bytes = png.value();
    if (auto written = writeFileAtomically(file, {reinterpret_cast<const char *>(bytes.data()), bytes.size()});
        !written)
        return written.error();
    return sheet;
}

}  // namespace noosphere::core::image
