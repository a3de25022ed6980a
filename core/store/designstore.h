// The Design pane's history in the project file: every generation shown (a designs row per variant, with a
// generated_items row of kind 'design' holding its provenance; the variants of one generation share a batch),
// and the designer's stars with what they rated (family, genome, generation, objectives, the surrogate's
// prediction then). Reopening a project reads them back, so the studio keeps learning the same taste.
#pragma once

#include "common/result.h"
#include "store/projectstore.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::core {

/// One variant as it was shown.
struct DesignRecord {
    std::vector<double> genes;       // the genome in the family's units
    std::string genomeJson;          // the same as a genome file (family and named genes)
    std::string objectivesJson;      // computed objectives, {"volume": cm³, ...}
    double predictedMean = 0;        // the surrogate's rating when shown
    double predictedSd = 0;
    bool edited = false;             // set by hand with the gene sliders
    std::int64_t parentDesignId = 0;  // an edited variant's original; 0 = none
};

struct StoredDesign {
    std::int64_t designId = 0;
    std::string family;
    std::uint64_t runSeed = 0;
    int generation = 0;
    std::vector<double> genes;
    std::optional<double> stars;  // the latest rating, if any
    std::int64_t createdAtMs = 0;
};

class DesignStore {
public:
    /// Opens its own connection to `project` (see SideConnection). Thread: the caller's.
    static models::Result<DesignStore> open(const std::filesystem::path &project, OpenMode mode = OpenMode::ReadWrite);

    ~DesignStore();
    DesignStore(DesignStore &&) noexcept;
    DesignStore &operator=(DesignStore &&) noexcept;

    /// Stores one generation of `family` from the run seeded `runSeed`, in one transaction; returns the design
    /// ids in order.
    models::Result<std::vector<std::int64_t>> storeGeneration(const std::string &family, std::uint64_t runSeed,
                                                              int generation, const std::vector<DesignRecord> &variants);
    /// Stores stars (1–5) for a stored design; `provenanceJson` (an object) is kept as the rating's detail.
    models::Result<void> rate(std::int64_t designId, double stars, const std::string &provenanceJson);
    /// Every stored design of `family`, oldest first, with its latest stars.
    models::Result<std::vector<StoredDesign>> designs(const std::string &family) const;

private:
    struct Impl;
    explicit DesignStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::core
