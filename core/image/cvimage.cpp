// Image <-> cv::Mat. Output Mats wrap the Image's own vector, so cvtColor writes straight into it (create() keeps
// a header that already has the right size and type).
#include "cvimage.h"

#include <opencv2/imgproc.hpp>

namespace noosphere::core::image {

cv::Mat toBgrMat(const Image &image)
{
    if (image.empty())
        return {};
    const cv::Mat view(image.height, image.width, CV_8UC(image.channels()),
                       const_cast<std::uint8_t *>(image.pixels.data()));
    if (image.format == PixelFormat::Bgr8)
        return view;  // NOTE: shares the pixels; callers only read it
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGBA2BGR);
    return bgr;
}

Image fromMat(const cv::Mat &mat, PixelFormat format)
{
    CV_Assert(mat.depth() == CV_8U && (mat.channels() == 1 || mat.channels() == 3 || mat.channels() == 4));
    Image image{.width = mat.cols, .height = mat.rows, .format = format};
    image.pixels.resize(image.rowBytes() * std::size_t(image.height));
    cv::Mat out(image.height, image.width, CV_8UC(image.channels()), image.pixels.data());
    const bool bgr = format == PixelFormat::Bgr8;
    switch (mat.channels()) {
    case 1:
        cv::cvtColor(mat, out, bgr ? cv::COLOR_GRAY2BGR : cv::COLOR_GRAY2RGBA);
        break;
    case 3:
        bgr ? mat.copyTo(out) : cv::cvtColor(mat, out, cv::COLOR_BGR2RGBA);
        break;
    default:
        cv::cvtColor(mat, out, bgr ? cv::COLOR_BGRA2BGR : cv::COLOR_BGRA2RGBA);
        break;
    }
    CV_Assert(out.data == image.pixels.data());  // written in place, not reallocated
    return image;
}

}  // namespace noosphere::core::image
