// The emotion arc of a chapter or a whole manuscript: each sentence's VADER compound, smoothed by a centred
// moving average over a window of sentences, so that the Writer can draw the rise and fall of a scene and mark
// the sentence under the cursor on it.
#pragma once

#include "text/knowledge/sentences.h"
#include "text/knowledge/vaderlexicon.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

struct ArcOptions {
    /// Sentences averaged for each point (made odd, so the window is centred on its sentence). 0: automatic,
    /// autoArcWindow() of the number of sentences.
    int windowSentences = 0;
};

struct ArcPoint {
    std::size_t chapter = 0;  ///< index into the chapters given (always 0 for chapterArc)
    TextRange range;          ///< the sentence, in its chapter's text
    double compound = 0;      ///< VADER compound of the sentence alone, in [-1, 1]
    double smoothed = 0;      ///< mean compound of the window around it, in [-1, 1]
};

struct EmotionArc {
    std::vector<ArcPoint> points;            ///< one per sentence, in reading order
    std::vector<std::size_t> chapterStarts;  ///< index of each chapter's first point; one entry per chapter
    int windowSentences = 0;                 ///< the window actually used
};

/// About a tenth of the text (as Reagan et al. 2016 smoothed novels with 10,000-word windows), odd, within
/// [5, 2001] sentences: a chapter of 200 sentences gets 21, a 5,000-sentence novel 501.
int autoArcWindow(std::size_t nSentences);

/// Centred moving average: point i is the mean of values [i - w/2, i + w/2] clipped to the ends (the ends
/// average fewer values rather than being padded with zeros, which would pull them to neutral). O(n).
std::vector<double> movingAverage(std::span<const double> values, int window);

/// The arc of one chapter (UTF-8; ill-formed bytes read as U+FFFD). Pure, any thread; ~0.2 s per MB.
EmotionArc chapterArc(std::string_view text, const VaderLexicon &vader, ArcOptions options = {});

/// One series over all chapters in order, smoothed across chapter boundaries (a story's mood carries over);
/// `chapterStarts` marks where each chapter begins. An empty chapter adds no point.
EmotionArc manuscriptArc(std::span<const std::string_view> chapters, const VaderLexicon &vader,
                         ArcOptions options = {});

/// The point of the sentence under a cursor at `utf16Position` of chapter `chapter` (QTextCursor::position()):
/// the sentence containing it, or the one before when it sits between sentences, or the chapter's first
/// sentence before it. nullopt when the chapter has no sentence.
std::optional<std::size_t> pointAtUtf16(const EmotionArc &arc, std::size_t chapter, std::size_t utf16Position);
/// The same for a byte offset into the chapter's UTF-8 text.
std::optional<std::size_t> pointAtByte(const EmotionArc &arc, std::size_t chapter, std::size_t byteOffset);

}  // namespace noosphere::core::text
