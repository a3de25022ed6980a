// The design engine's words as people read them: family names and descriptions, gene labels and descriptions,
// objective labels. The engine (core/design) is Qt-free and speaks English; the list in designtexts.cpp is
// what lupdate reads, and every text shown goes through designText() to the user's language.
#pragma once

#include <QString>

#include <string>

namespace noosphere::ui {

/// `english` (an engine text) in the user's language; unchanged where no translation is known.
QString designText(const std::string &english);

/// A gene's unit ("mm", "deg", "") as written after its number, with the space it needs: " mm", "°", "".
QString designUnitSuffix(const std::string &unit);

/// Whether `english` is in the list lupdate reads: a text missing from it can never be translated.
bool isListedDesignText(const std::string &english);

}  // namespace noosphere::ui
