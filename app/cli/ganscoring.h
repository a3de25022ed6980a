// What the verbs that measure a style GAN against its training folder start from (gan score, gan follow-score):
// the model, and the folder split as the trainer split it (every tenth picture held out).
#pragma once

#include "common/result.h"
#include "gan/stylegan.h"
#include "image/imagedataset.h"

#include <string>

namespace noosphere::cli {

struct ScoringInputs {
    models::gan::StyleGan gan;
    core::image::ImageDatasetFiles files;
};

inline models::Result<ScoringInputs> loadScoringInputs(const std::string &model, const std::string &images)
{
    auto gan = models::gan::StyleGan::load(model);
    if (!gan)
        return gan.error();
    auto files = core::image::listImageDataset(images);
    if (!files)
        return files.error();
    return ScoringInputs{std::move(*gan), std::move(*files)};
}

}  // namespace noosphere::cli
