// One request of the assistant as the UI keeps it: where in the chapter it was asked, what was sent to the model
// (prompt window, head, sampler, seed), which model answered, the answer once finished, and whether it is in the
// project yet (a batch is stored only when the writer acts on it).
#pragma once

#include "assistant/lmhost.h"
#include "store/preferences.h"

#include <QtGlobal>

#include <optional>

namespace noosphere::ui {

struct SuggestionBatch {
    quint64 serial = 0;
    int cursor = 0;  // where the cards continue (and accepting inserts)
    qint64 chapterId = 0;
    GenerationInput input;  // as sent to the worker
    LoadedModelInfo model;
    std::optional<GenerationOutput> output;   // once finished
    std::optional<core::StoredBatch> stored;  // once written to the project
};

}  // namespace noosphere::ui
