// The manuscript as an EPUB 3 book that epubcheck accepts without errors or warnings: a title page with the table
// of contents, then one XHTML document per chapter.
#pragma once

#include "export/exportcallbacks.h"
#include "export/manuscript.h"

#include <filesystem>
#include <string>

namespace noosphere::core {

/// Writes `manuscript` to `file` (replacing it only once the whole book is written). A manuscript without
/// chapters gets one empty chapter headed by the book's title. `modifiedUtc` ("CCYY-MM-DDThh:mm:ssZ") is the
/// book's dcterms:modified; empty: now. Any thread. Fails with Io (naming the file and the reason) or Cancelled.
Result<void> writeEpub(const Manuscript &manuscript, const std::filesystem::path &file,
                       const ExportCallbacks &callbacks = {}, const std::string &modifiedUtc = {});

/// `time` as an EPUB date: "CCYY-MM-DDThh:mm:ssZ" in UTC.
std::string epubDate(std::time_t time);

}  // namespace noosphere::core
