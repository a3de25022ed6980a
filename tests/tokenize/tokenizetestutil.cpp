// Helpers of tst_tokenize (see tokenizetestutil.h).
#include "tokenizetestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using noosphere::models::ErrorCode;
using noosphere::models::Tokenizer;

namespace {

Ids toIds(const QJsonArray &array)
{
    Ids ids;
    for (const QJsonValue &v : array)
        ids.push_back(std::int32_t(v.toInt()));
    return ids;
}

}  // namespace

std::vector<RefCase> readRef(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file));
    std::vector<RefCase> cases;
    for (const QJsonValue &c : QJsonDocument::fromJson(f.readAll()).object().value("cases").toArray()) {
        const QJsonObject o = c.toObject();
        cases.push_back({o.value("text").toString().toStdString(), toIds(o.value("ids").toArray()),
                         toIds(o.value("idsSpecial").toArray()), o.value("decoded").toString().toStdString()});
    }
    return cases;
}

Tokenizer load(const QString &folder)
{
    auto tokenizer = Tokenizer::loadFolder((kDataDir + "/" + folder).toStdString());
    if (!tokenizer)
        qFatal("cannot load %s: %s", qPrintable(folder), tokenizer.error().detail.c_str());
    return std::move(tokenizer).value();
}

QByteArray idsText(const Ids &ids)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? "," : "") + QByteArray::number(ids[i]);
    return out + "]";
}

bool isValidUtf8(const std::string &s)
{
    return QString::fromUtf8(s).toUtf8().toStdString() == s;
}

bool isMetaspace(const QString &fixture)
{
    return fixture.startsWith("llama2");
}

std::string randomText(std::mt19937 &rng)
{
    static const std::vector<std::pair<char32_t, char32_t>> ranges = {
        {0x20, 0x7E},     {0x20, 0x7E},     {0x20, 0x7E},       {0x09, 0x0D},     {0xA0, 0x24F},
        {0x370, 0x4FF},   {0x3040, 0x30FF}, {0x4E00, 0x9FFF},   {0xAC00, 0xD7A3}, {0x1F300, 0x1F6FF},
        {0x200B, 0x200D}, {0xFE00, 0xFE0F}, {0x10000, 0x10FFFF}};
    std::uniform_int_distribution<std::size_t> pickRange(0, ranges.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    QString s;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
        const auto [lo, hi] = ranges[pickRange(rng)];
        char32_t c = std::uniform_int_distribution<char32_t>(lo, hi)(rng);
        if ((c >= 0xD800 && c <= 0xDFFF) || c == 0x2581)
            c = 'x';
        s += QString::fromUcs4(&c, 1);
    }
    return s.toStdString();
}

QByteArray tokenizerJson(const QByteArray &model, const QByteArray &preTokenizer, const QByteArray &decoder)
{
    return R"({"version": "1.0", "added_tokens": [], "normalizer": null, "pre_tokenizer": )" + preTokenizer +
           R"(, "post_processor": null, "decoder": )" + decoder + R"(, "model": )" + model + "}";
}

extern const QByteArray kSmallModel;
const QByteArray kSmallModel = R"({"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": ["a b"]})";

// NOTE: outside the test class because moc (Qt 6.4) loses its way in these raw strings.
void addBadFileRows()
{
    QTest::addColumn<QByteArray>("name1");
    QTest::addColumn<QByteArray>("content1");
    QTest::addColumn<QByteArray>("name2");
    QTest::addColumn<QByteArray>("content2");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const int notFound = int(ErrorCode::NotFound);
    const int bad = int(ErrorCode::BadModelFile);
    const int unsupported = int(ErrorCode::UnsupportedModel);
    QTest::newRow("empty folder") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << notFound
                                  << "no tokenizer.json";
    QTest::newRow("vocab.json alone") << QByteArray("vocab.json") << QByteArray("{}") << QByteArray() << QByteArray()
                                      << notFound << "merges.txt";
    QTest::newRow("malformed JSON") << QByteArray("tokenizer.json") << QByteArray(R"({"model": {"type": "BPE",)")
                                    << QByteArray() << QByteArray() << bad << "tokenizer.json";
    QTest::newRow("not an object") << QByteArray("tokenizer.json") << QByteArray("[1, 2]") << QByteArray()
                                   << QByteArray() << bad << "tokenizer.json";
    QTest::newRow("no model") << QByteArray("tokenizer.json") << QByteArray(R"({"added_tokens": []})") << QByteArray()
                              << QByteArray() << bad << "model";
    QTest::newRow("merge of unknown tokens")
        << QByteArray("tokenizer.json")
        << tokenizerJson(R"({"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": ["a c"]})") << QByteArray()
        << QByteArray() << bad << "merge 0";
    QTest::newRow("merge result unknown")
        << QByteArray("tokenizer.json")
        << tokenizerJson(R"({"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": [["a", "b"]]})") << QByteArray()
        << QByteArray() << bad << "not in the vocabulary";
    QTest::newRow("merge of three tokens")
        << QByteArray("tokenizer.json")
        << tokenizerJson(R"({"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": ["a b c"]})") << QByteArray()
        << QByteArray() << bad << "two tokens";
    QTest::newRow("vocab not an object") << QByteArray("tokenizer.json")
                                         << tokenizerJson(R"({"type": "BPE", "vocab": [], "merges": []})")
                                         << QByteArray() << QByteArray() << bad << "vocab";
    QTest::newRow("negative id") << QByteArray("tokenizer.json")
                                 << tokenizerJson(R"({"type": "BPE", "vocab": {"a": -1}, "merges": []})")
                                 << QByteArray() << QByteArray() << bad << "\"a\"";
    QTest::newRow("unknown unk token")
        << QByteArray("tokenizer.json")
        << tokenizerJson(R"({"type": "BPE", "unk_token": "<unk>", "vocab": {"a": 0}, "merges": []})") << QByteArray()
        << QByteArray() << bad << "<unk>";
    QTest::newRow("bad regex") << QByteArray("tokenizer.json")
                               << tokenizerJson(
                                      kSmallModel,
                                      R"({"type": "Split", "pattern": {"Regex": "(unclosed"}, "behavior": "Isolated"})")
                               << QByteArray() << QByteArray() << bad << "regex";
    QTest::newRow("WordPiece") << QByteArray("tokenizer.json")
                               << tokenizerJson(R"({"type": "WordPiece", "unk_token": "[UNK]", "vocab": {"[UNK]": 0}})")
                               << QByteArray() << QByteArray() << unsupported << "WordPiece";
    QTest::newRow("Unigram") << QByteArray("tokenizer.json")
                             << tokenizerJson(R"({"type": "Unigram", "unk_id": 0, "vocab": [["<unk>", 0.0]]})")
                             << QByteArray() << QByteArray() << unsupported << "Unigram";
    QTest::newRow("BERT pre-tokenizer") << QByteArray("tokenizer.json")
                                        << tokenizerJson(kSmallModel, R"({"type": "BertPreTokenizer"})") << QByteArray()
                                        << QByteArray() << unsupported << "BertPreTokenizer";
    QTest::newRow("Precompiled normalizer")
        << QByteArray("tokenizer.json")
        << QByteArray(R"({"normalizer": {"type": "Precompiled", "precompiled_charsmap": ""}, "model": )" + kSmallModel +
                      "}")
        << QByteArray() << QByteArray() << unsupported << "Precompiled";
    QTest::newRow("merges.txt unknown token")
        << QByteArray("vocab.json") << QByteArray(R"({"a": 0, "b": 1, "ab": 2})") << QByteArray("merges.txt")
        << QByteArray("#version: 0.2\na b\nab z\n") << bad << "merges.txt";
    QTest::newRow("merges.txt bad line") << QByteArray("vocab.json") << QByteArray(R"({"a": 0, "b": 1, "ab": 2})")
                                         << QByteArray("merges.txt") << QByteArray("#version: 0.2\nab\n") << bad
                                         << "line 2";
    QTest::newRow("vocab.json malformed") << QByteArray("vocab.json") << QByteArray(R"({"a": 0,)")
                                          << QByteArray("merges.txt") << QByteArray("") << bad << "vocab.json";
    QTest::newRow("tokenizer_config.json malformed")
        << QByteArray("tokenizer.json") << tokenizerJson(kSmallModel) << QByteArray("tokenizer_config.json")
        << QByteArray("{bos") << bad << "tokenizer_config.json";
}
