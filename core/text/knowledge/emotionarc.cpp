#include "text/knowledge/emotionarc.h"

#include "text/knowledge/sentencesentiment.h"

#include <algorithm>

namespace noosphere::core::text {

namespace {

constexpr int kMinWindow = 5;
constexpr int kMaxWindow = 2001;

// The points of `chapter` as an index range into arc.points.
std::pair<std::size_t, std::size_t> chapterPoints(const EmotionArc &arc, std::size_t chapter)
{
    if (chapter >= arc.chapterStarts.size())
        return {0, 0};
    const std::size_t end = chapter + 1 < arc.chapterStarts.size() ? arc.chapterStarts[chapter + 1] : arc.points.size();
    return {arc.chapterStarts[chapter], end};
}

// The last point of `chapter` whose sentence begins at or before `position` (by `begin`), else its first.
template <typename Begin>
std::optional<std::size_t> pointAt(const EmotionArc &arc, std::size_t chapter, std::size_t position, Begin begin)
{
    const auto [first, last] = chapterPoints(arc, chapter);
    if (first >= last)
        return std::nullopt;
    const auto from = arc.points.begin() + std::ptrdiff_t(first);
    const auto to = arc.points.begin() + std::ptrdiff_t(last);
    const auto after = std::upper_bound(from, to, position,
                                        [&](std::size_t pos, const ArcPoint &point) { return pos < begin(point); });
    return after == from ? first : std::size_t(after - arc.points.begin()) - 1;
}

}  // namespace

int autoArcWindow(std::size_t nSentences)
{
    const int tenth = static_cast<int>(std::min<std::size_t>(nSentences / 10, kMaxWindow));
    return std::clamp(tenth | 1, kMinWindow, kMaxWindow);
}

std::vector<double> movingAverage(std::span<const double> values, int window)
{
    const std::size_t n = values.size();
    const std::size_t half = static_cast<std::size_t>(std::max(window, 1) / 2);
    std::vector<double> prefix(n + 1, 0.0);  // prefix[i] = sum of values[0, i)
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + values[i];
    std::vector<double> smoothed(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t lo = i > half ? i - half : 0;
        const std::size_t hi = std::min(n, i + half + 1);
        smoothed[i] = (prefix[hi] - prefix[lo]) / double(hi - lo);
    }
    return smoothed;
}

EmotionArc chapterArc(std::string_view text, const VaderLexicon &vader, ArcOptions options)
{
    return manuscriptArc(std::span(&text, 1), vader, options);
}

EmotionArc manuscriptArc(std::span<const std::string_view> chapters, const VaderLexicon &vader, ArcOptions options)
{
    EmotionArc arc;
    for (std::size_t c = 0; c < chapters.size(); ++c) {
        arc.chapterStarts.push_back(arc.points.size());
        for (const SentenceSentiment &sentence : scoreSentences(chapters[c], vader))
            arc.points.push_back({.chapter = c, .range = sentence.range, .compound = sentence.vader.compound});
    }
    arc.windowSentences = options.windowSentences > 0 ? options.windowSentences | 1 : autoArcWindow(arc.points.size());
    std::vector<double> compounds(arc.points.size());
    std::transform(arc.points.begin(), arc.points.end(), compounds.begin(),
                   [](const ArcPoint &p) { return p.compound; });
    const std::vector<double> smoothed = movingAverage(compounds, arc.windowSentences);
    for (std::size_t i = 0; i < arc.points.size(); ++i)
        arc.points[i].smoothed = smoothed[i];
    return arc;
}

std::optional<std::size_t> pointAtUtf16(const EmotionArc &arc, std::size_t chapter, std::size_t utf16Position)
{
    return pointAt(arc, chapter, utf16Position, [](const ArcPoint &p) { return p.range.utf16Begin; });
}

std::optional<std::size_t> pointAtByte(const EmotionArc &arc, std::size_t chapter, std::size_t byteOffset)
{
    return pointAt(arc, chapter, byteOffset, [](const ArcPoint &p) { return p.range.begin; });
}

}  // namespace noosphere::core::text
