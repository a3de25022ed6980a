#include "slicedwasserstein.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace noosphere::core::image {
namespace {

constexpr int kPatch = 7;
constexpr int kChannels = 4;
constexpr int kDescriptor = kPatch * kPatch * kChannels;

// Laplacian pyramid of a premultiplied RGBA picture in [0, 1], finest level first; the last level is the
// blurred remainder (the Gaussian level), as in the paper.
std::vector<cv::Mat> laplacianPyramid(const Image &picture, int levels)
{
    cv::Mat rgba(picture.height, picture.width, CV_8UC4, const_cast<std::uint8_t *>(picture.pixels.data()));
    cv::Mat x;
    rgba.convertTo(x, CV_32FC4, 1.0 / 255);
    std::vector<cv::Mat> channels;
    cv::split(x, channels);
    for (int c = 0; c < 3; ++c)
        channels[std::size_t(c)] = channels[std::size_t(c)].mul(channels[3]);
    cv::merge(channels, x);
    std::vector<cv::Mat> pyramid;
    for (int level = 0; level + 1 < levels; ++level) {
        cv::Mat down, up;
        cv::pyrDown(x, down);
        cv::pyrUp(down, up, x.size());
        pyramid.push_back(x - up);
        x = down;
    }
    pyramid.push_back(x);
    return pyramid;
}

// Random patches of every picture at every level: descriptors[level] is (pictures × patches) rows.
std::vector<cv::Mat> patchDescriptors(const std::vector<Image> &pictures, const SwdSettings &s, std::uint64_t seed)
{
    std::vector<cv::Mat> out(std::size_t(s.levels));
    std::mt19937_64 rng(seed);
    for (auto &level : out)
        level.create(int(pictures.size()) * s.patchesPerImage, kDescriptor, CV_32F);
    for (std::size_t p = 0; p < pictures.size(); ++p) {
        const auto pyramid = laplacianPyramid(pictures[p], s.levels);
        for (int level = 0; level < s.levels; ++level) {
            const auto &image = pyramid[std::size_t(level)];
            for (int k = 0; k < s.patchesPerImage; ++k) {
                const int y = int(rng() % std::uint64_t(image.rows - kPatch + 1));
                const int x = int(rng() % std::uint64_t(image.cols - kPatch + 1));
                const cv::Mat patch = image(cv::Rect(x, y, kPatch, kPatch)).clone();
                patch.reshape(1, 1).copyTo(out[std::size_t(level)].row(int(p) * s.patchesPerImage + k));
            }
        }
    }
    return out;
}

// Per channel (every 4th column is one channel), zero mean and unit deviation over the set, as the paper does.
void normalise(cv::Mat &descriptors)
{
    for (int c = 0; c < kChannels; ++c) {
        double sum = 0, squares = 0;
        std::int64_t n = 0;
        for (int r = 0; r < descriptors.rows; ++r) {
            const float *row = descriptors.ptr<float>(r);
            for (int j = c; j < kDescriptor; j += kChannels)
                sum += row[j], squares += double(row[j]) * row[j], ++n;
        }
        const double mean = sum / double(n), deviation = std::sqrt(std::max(1e-12, squares / double(n) - mean * mean));
        for (int r = 0; r < descriptors.rows; ++r) {
            float *row = descriptors.ptr<float>(r);
            for (int j = c; j < kDescriptor; j += kChannels)
                row[j] = float((row[j] - mean) / deviation);
        }
    }
}

// The sorted projections of `rows` on each direction (one column per direction), resampled to `count` quantiles.
cv::Mat sortedProjections(const cv::Mat &rows, const cv::Mat &directions, int count)
{
    cv::Mat projected = rows * directions;  // (rows, directions)
    cv::Mat sorted;
    cv::sort(projected, sorted, cv::SORT_EVERY_COLUMN | cv::SORT_ASCENDING);
    if (sorted.rows == count)
        return sorted;
    cv::Mat resampled(count, sorted.cols, CV_32F);
    for (int i = 0; i < count; ++i)
        sorted.row(int((std::int64_t(i) * sorted.rows) / count)).copyTo(resampled.row(i));
    return resampled;
}

}  // namespace

models::Result<SwdResult> slicedWassersteinDistance(const std::vector<Image> &a, const std::vector<Image> &b,
                                                    const SwdSettings &s)
{
    using models::Error, models::ErrorCode;
    if (a.empty() || b.empty())
        return Error{ErrorCode::InvalidArgument, "both sets need pictures"};
    if (s.levels < 1 || s.patchesPerImage < 1 || s.directions < 1)
        return Error{ErrorCode::InvalidArgument, "levels, patches and directions must be positive"};
    const int size = a.front().width;
    for (const auto *set : {&a, &b})
        for (const auto &p : *set)
            if (p.width != size || p.height != size || p.format != PixelFormat::Rgba8)
                return Error{ErrorCode::InvalidArgument, "the pictures must all be RGBA of one square size"};
    if ((size >> (s.levels - 1)) < kPatch)
        return Error{ErrorCode::InvalidArgument, std::to_string(size) + "-pixel pictures are too small for " +
                                                     std::to_string(s.levels) + " pyramid levels"};
    auto descriptorsA = patchDescriptors(a, s, s.seed);
    auto descriptorsB = patchDescriptors(b, s, s.seed + 1);
    cv::RNG rng(s.seed * 0x9E3779B97F4A7C15ull + 7);
    SwdResult result;
    for (int level = 0; level < s.levels; ++level) {
        auto &da = descriptorsA[std::size_t(level)], &db = descriptorsB[std::size_t(level)];
        normalise(da);
        normalise(db);
        cv::Mat directions(kDescriptor, s.directions, CV_32F);
        rng.fill(directions, cv::RNG::NORMAL, 0, 1);
        for (int d = 0; d < s.directions; ++d) {
            auto column = directions.col(d);
            column /= cv::norm(column);
        }
        const int count = std::max(da.rows, db.rows);
        const cv::Mat difference = sortedProjections(da, directions, count) - sortedProjections(db, directions, count);
        result.perLevel.push_back(cv::mean(cv::abs(difference))[0] * 1e3);
    }
    for (const double d : result.perLevel)
        result.average += d / double(result.perLevel.size());
    return result;
}

std::vector<Image> blurredNoisePictures(int count, int size, double sigma, std::uint64_t seed)
{
    cv::RNG rng(seed);
    std::vector<Image> out;
    for (int i = 0; i < count; ++i) {
        Image picture{.width = size, .height = size, .format = PixelFormat::Rgba8};
        picture.pixels.resize(std::size_t(size) * std::size_t(size) * 4);
        cv::Mat view(size, size, CV_8UC4, picture.pixels.data());
        rng.fill(view, cv::RNG::UNIFORM, 0, 256);
        cv::GaussianBlur(view, view, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
        out.push_back(std::move(picture));
    }
    return out;
}

}  // namespace noosphere::core::image
