#include "lm/scorer.h"

#include "lm/generator.h"
#include "lm/languagemodel.h"
#include "tokenize/tokenizer.h"

#include <lzma.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace noosphere::models {

Result<ScoreResult> scoreText(LanguageModel &model, const Tokenizer &tokenizer, std::string_view text,
                              const std::function<void(double)> &progress, const std::function<bool()> &cancelled)
{
    ScoreResult score;
    score.nBytes = std::int64_t(text.size());
    const auto &config = model.config();
    const auto ids = encodeDocument(tokenizer, config, text);  // with a BOS the first real token is scored too
    if (ids.size() < 2)
        return Error{ErrorCode::InvalidArgument, "the text is too short to score (fewer than two tokens)"};

    const std::size_t window = std::size_t(std::max(2, config.nContext));
    const std::size_t stride = std::max<std::size_t>(1, window / 2);
    const auto nVocab = std::size_t(config.nVocab);
    // Window w covers [start, start + window); it scores positions from `firstScored` on, each predicted from
    // the position before it. The first window scores all but its first token, later ones their last stride.
    // Later windows begin with the document's BOS in place of their first token, as every prompt does.
    const std::size_t keep = encodeDocument(tokenizer, config, {}).size();
    std::vector<std::int32_t> tokens;
    std::size_t scoredUpTo = 1;  // ids[0] is never predicted
    for (std::size_t start = 0; scoredUpTo < ids.size(); start += stride) {
        if (cancelled && cancelled())
            return Error{ErrorCode::Cancelled, "scoring cancelled"};
        const std::size_t end = std::min(ids.size(), start + window);
        tokens.assign(ids.begin() + std::ptrdiff_t(start), ids.begin() + std::ptrdiff_t(end));
        if (start > 0)
            std::copy_n(ids.begin(), std::min(keep, tokens.size()), tokens.begin());
        auto logits = model.logitsAll(tokens);
        if (!logits.ok())
            return logits.error();
        for (std::size_t pos = std::max(scoredUpTo, start + (start > 0 ? keep : 0) + 1); pos < end; ++pos) {
            const float *row = logits->data() + (pos - 1 - start) * nVocab;
            const float maxLogit = *std::max_element(row, row + nVocab);
            double sum = 0;
            for (std::size_t v = 0; v < nVocab; ++v)
                sum += std::exp(double(row[v]) - maxLogit);
            const double logProb = double(row[std::size_t(ids[pos])]) - maxLogit - std::log(sum);
            score.totalBits -= logProb / std::log(2.0);
            ++score.nTokens;
        }
        scoredUpTo = end;
        if (progress)
            progress(double(scoredUpTo) / double(ids.size()));
    }
    return score;
}

Result<double> xzBitsPerByte(std::string_view text)
{
    if (text.empty())
        return Error{ErrorCode::InvalidArgument, "the text is empty"};
    std::vector<std::uint8_t> out(lzma_stream_buffer_bound(text.size()));
    std::size_t outSize = 0;
    const lzma_ret ret = lzma_easy_buffer_encode(9 | LZMA_PRESET_EXTREME, LZMA_CHECK_CRC64, nullptr,
                                                 reinterpret_cast<const std::uint8_t *>(text.data()), text.size(),
                                                 out.data(), &outSize, out.size());
    if (ret != LZMA_OK)
        return Error{ErrorCode::Unknown, "xz compression failed (liblzma error " + std::to_string(int(ret)) + ")"};
    return 8.0 * double(outSize) / double(text.size());
}

}  // namespace noosphere::models
