// The Sketch pane's feedback in the project file: each batch of style-GAN suggestions it offered (generated_items
// of kind 'image' sharing a batch_id) with everything that made them: the model version (name, path, SHA-256 of
// its weights), the full w+ latent, seed, truncation ψ, the operation, and a snapshot of the sketch they
// answered; then what the artist did with them (stars, favourite, more like this, use as reference, take
// palette, breed), one ratings row each. Fine-tuning reads them back with ratedImages().
#pragma once

#include "common/result.h"
#include "store/preferences.h"
#include "store/projectstore.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::core {

/// What the model was shown: the strokes drawn then and the picture made of them.
struct SketchSnapshot {
    std::int64_t sketchId = 0;  // 0: a sketch not kept in a project
    std::vector<std::int64_t> strokeIds;
    std::vector<std::uint8_t> png;  // alpha = where the artist drew; empty when the grid sampled without a sketch
};

struct OfferedImage {
    std::string operation;  // "sample", "project", "around", "breed", "direction", "mix", ...
    std::uint64_t seed = 0;
    double psi = 1;
    int styles = 0, wDim = 0;
    std::vector<float> wPlus;     // styles × wDim
    std::vector<std::uint8_t> png;  // the picture shown
    std::vector<std::int64_t> parentItemIds;  // what it was made from (breed: both parents; around: one)
    std::string detailJson = "{}";  // operation settings (direction index and amount, mutation, …)
};

struct ImageBatch {
    ModelIdentity model;
    std::int64_t snapshotId = 0;  // 0: none
    std::int64_t sketchId = 0;    // 0: none
    std::string device;           // "cpu" or "cuda"
    std::vector<OfferedImage> images;
};

enum class ImageFeedback { Stars, Favourite, MoreLikeThis, UseAsReference, TakePalette, Breed };

/// One rating with the provenance of the rated picture.
struct RatedImage {
    std::int64_t ratingId = 0, itemId = 0, batchId = 0;
    std::string kind;  // as stored: "stars", "favourite", …
    double value = 0;
    std::string detailJson;
    ModelIdentity model;
    std::string inputsJson;  // operation, ψ, shape, parents, detail
    std::uint64_t seed = 0;
    std::vector<float> wPlus;
    std::optional<std::int64_t> snapshotId;
    std::int64_t ratedAtMs = 0;
};

class ImageFeedbackStore {
public:
    /// Opens its own connection to `project` (see SideConnection). Thread: the caller's.
    static models::Result<ImageFeedbackStore> open(const std::filesystem::path &project,
                                                   OpenMode mode = OpenMode::ReadWrite);

    ~ImageFeedbackStore();
    ImageFeedbackStore(ImageFeedbackStore &&) noexcept;
    ImageFeedbackStore &operator=(ImageFeedbackStore &&) noexcept;

    models::Result<std::int64_t> storeSnapshot(const SketchSnapshot &snapshot);
    /// The batch's items in one transaction, batch_id = the first item's id; returns the item ids in order.
    /// InvalidArgument when a latent's size is not styles × wDim.
    models::Result<std::vector<std::int64_t>> storeBatch(const ImageBatch &batch);
    /// `value`: stars 1–5, favourite 1 (on) or 0 (off), otherwise 1. `detailJson` must be a JSON object.
    models::Result<void> rate(std::int64_t itemId, ImageFeedback kind, double value, const std::string &detailJson = "{}");

    /// Every rating of a picture, oldest first, with its provenance.
    models::Result<std::vector<RatedImage>> ratedImages() const;
    /// The snapshot a batch answered.
    models::Result<SketchSnapshot> snapshot(std::int64_t snapshotId) const;

private:
    struct Impl;
    explicit ImageFeedbackStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

std::string imageFeedbackName(ImageFeedback kind);

}  // namespace noosphere::core
