// Word and character counts as a novelist expects them: words as core::countWords defines them for the whole
// product (CJK characters count one each), characters user-perceived (an emoji with skin tone or a ZWJ family
// is one).
#pragma once

#include <QString>

namespace noosphere::ui {

struct TextCounts {
    qint64 words = 0;
    qint64 characters = 0;  // grapheme clusters, spaces included
};

/// Pure function; safe on any thread (the controller runs it on a pool thread for long chapters).
TextCounts countText(const QString &text);

}  // namespace noosphere::ui
