// Loads the interface language: our own strings from the translations compiled into the executable, and
// Qt's own (dialog buttons) where Debian installed them.
#pragma once

#include <QString>

namespace noosphere::ui {

/// Installs the translators for `language` ("zh_CN"; "" or "en" = the system locale or English) in place of
/// any previous ones. Thread: UI. Returns false if no translation of ours exists for it.
bool installTranslations(const QString &language);

}  // namespace noosphere::ui
