// Engine error codes in the user's language. The engine's detail line is English and technical; the UI
// shows a translated sentence for the code and keeps the detail for "Show details".
#pragma once

#include "common/result.h"

#include <QString>

namespace noosphere::ui {

/// One translated sentence for the error, naming `fileName` where the code is about a file.
QString userMessage(const models::Error &error, const QString &fileName = {});
/// True when the file can still be opened read-only after this error.
bool canOpenReadOnlyAfter(const models::Error &error);

}  // namespace noosphere::ui
