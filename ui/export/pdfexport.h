// The manuscript as a PDF book, typeset with Qt (QPdfWriter + QTextLayout). The interface is Qt-free, so that
// noosphere-cli's plain C++ can call it; only this library (noosphere_pdfexport) links Qt Gui.
#pragma once

#include "export/exportcallbacks.h"
#include "export/manuscript.h"

#include <filesystem>

namespace noosphere::ui {

/// Writes `manuscript` to `file` as an A5 book: a title page, each chapter on a new page under its heading,
/// page numbers, embedded fonts (a CJK font for Chinese, Japanese and Korean text). `file` is replaced only
/// once the whole book is written. Needs a QGuiApplication (fonts); any thread (the studio runs it on the
/// worker). Fails with Io (naming the file and the reason) or Cancelled.
core::Result<void> writePdf(const core::Manuscript &manuscript, const std::filesystem::path &file,
                            const core::ExportCallbacks &callbacks = {});

/// writePdf() for a program without a QGuiApplication (noosphere-cli): makes one on Qt's offscreen platform for
/// the call, so that no display is needed. Thread: the program's main thread.
core::Result<void> writePdfWithoutDisplay(const core::Manuscript &manuscript, const std::filesystem::path &file,
                                          const core::ExportCallbacks &callbacks = {});

}  // namespace noosphere::ui
