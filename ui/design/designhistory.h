// The Design pane's history in the open project, on the UI thread like the Writer's saves: each generation
// shown is stored (DesignStore), stars are stored with their provenance, and the stars stored before teach a
// new run of the same family. Nothing is written to a read-only project, and no project means memory only.
#pragma once

#include "designengine.h"

#include "store/designstore.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace noosphere::ui {

class DesignHistory {
public:
    /// Opens the history of `path` (empty: none). Returns the engine's reason when it cannot be opened.
    QString setProject(const QString &path, bool readOnly);
    bool isOpen() const { return m_store.has_value(); }

    /// Stores the generation the grid now shows (a start or a "next generation"). Returns an error text or "".
    QString recordGeneration(const DesignGenerationView &view);
    /// Back to an earlier generation: its stored ids become the current ones.
    void goBack(int generation);
    /// Stores stars for variant `index` of `view` (an edited variant is stored first, its original its parent).
    QString rate(const DesignGenerationView &view, int index, int stars);
    /// Every stored rating of `family` as (normalised genome, stars), oldest first.
    std::vector<std::pair<std::vector<double>, double>> storedRatings(const QString &family) const;

private:
    std::optional<core::DesignStore> m_store;
    std::vector<std::vector<std::int64_t>> m_generationIds;  // of the run shown, per generation
};

}  // namespace noosphere::ui
