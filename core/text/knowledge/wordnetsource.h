// WordNet 3.0's text database (Debian wordnet-base: data.*, index.*, *.exc) parsed into flat tables, as the
// input of the compiled index. Only the index compiler reads these files; queries never do.
#pragma once

#include "common/result.h"
#include "wordnettypes.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// The files read, in this order (the compiled index stamps each one's size and time).
inline constexpr std::array<std::string_view, 12> kWordNetSourceFiles = {
    "data.noun",  "data.verb",  "data.adj",  "data.adv", "index.noun", "index.verb",
    "index.adj",  "index.adv",  "noun.exc",  "verb.exc", "adj.exc",    "adv.exc",
};
inline constexpr std::string_view kWordNetPackage = "wordnet-base";

/// Where an adjective may stand, from the "(p)", "(a)", "(ip)" suffix of a word in data.adj.
enum class AdjectiveMarker : std::uint8_t { None, Predicate, Prenominal, Postnominal };

struct SourceWord {
    std::string_view text;  // as in the data file: original case, '_' for spaces, marker removed
    std::uint8_t lexId = 0;
    AdjectiveMarker marker = AdjectiveMarker::None;
};

struct SourcePointer {
    Relation relation = Relation::Hypernym;
    PartOfSpeech targetPos = PartOfSpeech::Noun;
    std::uint32_t targetOffset = 0;  // byte offset of the target synset in its data file
    std::uint8_t sourceWord = 0;     // 1-based word of this synset for a lexical pointer; 0 = the whole synset
    std::uint8_t targetWord = 0;     // likewise in the target synset
};

struct SourceSynset {
    PartOfSpeech pos = PartOfSpeech::Noun;
    bool satellite = false;        // an adjective satellite ('s'), reached from its head by "similar to"
    std::uint8_t lexFile = 0;      // lexicographer file number (noun.animal = 5…)
    std::uint32_t offset = 0;      // byte offset in data.<pos>: WordNet's synset id within a part of speech
    std::uint32_t firstWord = 0;   // into WordNetSource::words
    std::uint32_t wordCount = 0;
    std::uint32_t firstPointer = 0;  // into WordNetSource::pointers
    std::uint32_t pointerCount = 0;
    std::string_view gloss;          // definition and quoted examples, as written
};

struct SourceLemma {
    std::string_view lemma;  // lower case, '_' for spaces
    PartOfSpeech pos = PartOfSpeech::Noun;
    std::uint32_t taggedSenseCount = 0;
    std::uint32_t firstSense = 0;  // into WordNetSource::senseOffsets, in WordNet's order (by frequency)
    std::uint32_t senseCount = 0;
};

struct SourceException {
    std::string_view inflected;  // "geese"
    PartOfSpeech pos = PartOfSpeech::Noun;
    std::uint32_t firstBase = 0;  // into WordNetSource::exceptionBases ("goose")
    std::uint32_t baseCount = 0;
};

/// The parsed database. Views point into `texts`, which this object owns (moving it keeps them valid).
struct WordNetSource {
    std::array<std::vector<char>, kWordNetSourceFiles.size()> texts;
    std::vector<SourceSynset> synsets;  // data.noun, then verb, adj, adv, each in file order
    std::vector<SourceWord> words;
    std::vector<SourcePointer> pointers;
    std::vector<SourceLemma> lemmas;  // index.noun, then verb, adj, adv, each in file order (sorted)
    std::vector<std::uint32_t> senseOffsets;
    std::vector<SourceException> exceptions;
    std::vector<std::string_view> exceptionBases;
};

/// Reads and parses the twelve files in `dir`. NotFound when a file is missing, Corrupt (naming the file and
/// line) when one does not follow wndb(5WN); both messages name the Debian package to install.
models::Result<WordNetSource> readWordNetSource(const std::filesystem::path &dir);

/// Parses file contents already in memory (`texts` in kWordNetSourceFiles order); `dir` only names them in errors.
models::Result<WordNetSource> parseWordNetSource(std::array<std::vector<char>, kWordNetSourceFiles.size()> texts,
                                                 const std::filesystem::path &dir);

/// "… install the Debian package wordnet-base (sudo apt-get install wordnet-base)".
std::string missingWordNetMessage(const std::filesystem::path &dir, std::string_view file);
std::string damagedWordNetMessage(const std::filesystem::path &dir, std::string_view file, std::size_t line,
                                  std::string_view what);

}  // namespace noosphere::core::text
