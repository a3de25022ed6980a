// Word and character counts as a novelist expects them: characters are user-perceived (an emoji with skin
// tone or a ZWJ family is one), each CJK ideograph or kana counts as one word (as word processors do), and
// words of other scripts are runs of letters, digits and inner apostrophes or hyphens.
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
