// Helpers of tst_tokenize: the reference files, fixture loading, random text and the bad-file table.
#pragma once

#include "tokenize/tokenizer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using Ids = std::vector<std::int32_t>;

inline const QString kDataDir = QStringLiteral(NOOSPHERE_TEST_DATA_DIR "/tokenize");
inline const std::string kReplacement = "\xEF\xBF\xBD";

// One string of a -ref.json file and what the reference tokenizers made of it.
struct RefCase {
    std::string text;
    Ids ids;         // special tokens not parsed
    Ids idsSpecial;  // parsed
    std::string decoded;
};

std::vector<RefCase> readRef(const QString &file);
/// A fixture folder under tests/data/tokenize; fails the whole test binary when it does not load.
noosphere::models::Tokenizer load(const QString &folder);
QByteArray idsText(const Ids &ids);
bool isValidUtf8(const std::string &s);
bool isMetaspace(const QString &fixture);
/// Random valid UTF-8 mixing ASCII, whitespace, Latin, CJK, emoji and joiners; never U+2581 (a metaspace tokenizer
/// reads it as a space) nor surrogates.
std::string randomText(std::mt19937 &rng);
/// Rows (name1, content1, name2, content2, code, mentions): folders that must not load, the error code and a
/// word that the error's detail must contain.
void addBadFileRows();
/// A minimal valid BPE tokenizer.json around `model`.
QByteArray tokenizerJson(const QByteArray &model, const QByteArray &preTokenizer = R"({"type": "ByteLevel"})",
                         const QByteArray &decoder = R"({"type": "ByteLevel"})");
extern const QByteArray kSmallModel;
