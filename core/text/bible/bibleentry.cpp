#include "text/bible/bibleentry.h"

namespace noosphere::core::text {

std::string_view kindName(BibleKind kind)
{
    switch (kind) {
    case BibleKind::Character:
        return "character";
    case BibleKind::Place:
        return "place";
    case BibleKind::Item:
        return "item";
    case BibleKind::Lore:
        return "lore";
    }
    return "character";
}

std::optional<BibleKind> kindFromName(std::string_view name)
{
    for (auto kind : {BibleKind::Character, BibleKind::Place, BibleKind::Item, BibleKind::Lore})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

}  // namespace noosphere::core::text
