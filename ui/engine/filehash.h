// SHA-256 of model files for provenance (what a rating's model was, byte for byte), read in chunks so that a
// multi-gigabyte checkpoint reports progress and can be cancelled. Thread: any.
#pragma once

#include "common/result.h"

#include <QStringList>

#include <functional>
#include <string>

namespace noosphere::ui {

/// Lower-case hex of the files' bytes in order. Io naming a file that cannot be read; Cancelled.
models::Result<std::string> sha256OfFiles(const QStringList &files, const std::function<void(double)> &progress = {},
                                          const std::function<bool()> &cancelled = {});

}  // namespace noosphere::ui
