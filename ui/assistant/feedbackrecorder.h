// Writes what the writer does with the assistant's cards into the open project: the batch with its provenance
// (once, the first time it is acted on), then one rating per card acted on. Writes happen on the UI thread
// beside the Writer's own saves; a read-only project records nothing.
#pragma once

#include "assistant/suggestionbatch.h"
#include "store/preferences.h"

#include <QString>

#include <optional>
#include <span>

namespace noosphere::ui {

class FeedbackRecorder {
public:
    /// Follows the open project: an empty path closes the connection. Returns the error text, empty when fine.
    QString setProject(const QString &path, bool readOnly);
    bool isRecording() const { return m_store.has_value(); }

    /// Rates each card of `rows` with `kind`, storing the batch first if needed. The error text, empty when fine.
    QString record(SuggestionBatch &batch, std::span<const int> rows, core::FeedbackKind kind);
    QString recordTokenPick(SuggestionBatch &batch, int row, const core::TokenPick &pick);

private:
    QString store(SuggestionBatch &batch);

    std::optional<core::PreferenceStore> m_store;
};

/// The project's form of a finished batch (prompt hash computed here).
core::ContinuationBatch continuationBatch(const SuggestionBatch &batch);

}  // namespace noosphere::ui
