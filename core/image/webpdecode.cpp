// WebP decoding with libwebp's simple API: features first (size, alpha, animation), then decoding into a Mat.
#include "webpdecode.h"

#include <webp/decode.h>

namespace noosphere::core::image {

using models::Error;
using models::ErrorCode;

models::Result<cv::Mat> decodeWebp(std::span<const std::uint8_t> bytes, std::int64_t maxPixels)
{
    WebPBitstreamFeatures features;
    if (WebPGetFeatures(bytes.data(), bytes.size(), &features) != VP8_STATUS_OK)
        return Error{ErrorCode::Corrupt, "the WebP data is damaged and could not be decoded"};
    if (features.has_animation)
        return Error{ErrorCode::InvalidArgument, "animated WebP images are not supported"};
    // The frame's own size, which a damaged VP8X chunk may contradict: check it again before allocating.
    if (features.width <= 0 || features.height <= 0 || std::int64_t(features.width) * features.height > maxPixels)
        return Error{ErrorCode::InvalidArgument, "the WebP frame is " + std::to_string(features.width) + " x " +
                                                     std::to_string(features.height) + " pixels, above the limit"};
    cv::Mat out(features.height, features.width, features.has_alpha ? CV_8UC4 : CV_8UC3);
    const std::size_t outBytes = out.total() * out.elemSize();
    const int stride = int(out.step[0]);
    const std::uint8_t *decoded = features.has_alpha
                                      ? WebPDecodeBGRAInto(bytes.data(), bytes.size(), out.data, outBytes, stride)
                                      : WebPDecodeBGRInto(bytes.data(), bytes.size(), out.data, outBytes, stride);
    if (!decoded)
        return Error{ErrorCode::Corrupt, "the WebP data is damaged and could not be decoded"};
    return out;
}

}  // namespace noosphere::core::image
