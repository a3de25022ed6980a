// One entry of the Writer's story bible: a character, place, item or piece of lore, the names that call it up in
// the text, and the writer's notes that the assistant reads when one of those names comes up.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

enum class BibleKind { Character, Place, Item, Lore };

struct BibleEntry {
    std::int64_t id = 0;  // the project's row id; 0 before it is stored
    BibleKind kind = BibleKind::Character;
    std::string name;                  // UTF-8, as the writer spelt it ("Anne Elliot")
    std::vector<std::string> aliases;  // other names of the same entry ("Anne", "Miss Anne")
    std::string notes;
};

/// "character", "place", "item", "lore": the project file's spelling (schema CHECK) and the CLI's.
std::string_view kindName(BibleKind kind);
/// The inverse of kindName(); nullopt for anything else.
std::optional<BibleKind> kindFromName(std::string_view name);

}  // namespace noosphere::core::text
