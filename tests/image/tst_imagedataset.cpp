// Training pictures for the style GAN: a folder's images split the same way every time with a held-out tenth,
// loaded as RGBA of one size with their alpha, a damaged file named; and, where scripts/npm-data.sh installed
// it, the default model's data set itself (npm emoji-datasource-google).
#include "image/imagedataset.h"

#include <QFile>
#include <QImage>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace noosphere::core::image;
using noosphere::models::ErrorCode;

class TestImageDataset : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::filesystem::path path(const QString &name) const { return m_dir.filePath(name).toStdString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("set"));
        for (int i = 0; i < 25; ++i) {
            QImage picture(64, 64, QImage::Format_RGBA8888);
            picture.fill(Qt::transparent);
            for (int y = 16; y < 48; ++y)
                for (int x = 16; x < 48; ++x)
                    picture.setPixelColor(x, y, QColor(10 * i, 100, 200));
            QVERIFY(picture.save(m_dir.filePath(QStringLiteral("set/img%1.png").arg(i, 2, 10, QLatin1Char('0')))));
        }
        QFile notes(m_dir.filePath(QStringLiteral("set/notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        QDir(m_dir.path()).mkdir(QStringLiteral("set/nested.png"));  // a folder named like an image
        QDir(m_dir.path()).mkdir(QStringLiteral("empty"));
    }

    void aTenthIsHeldOutTheSameWayEachTime()
    {
        const auto dataset = listImageDataset(path(QStringLiteral("set")));
        QVERIFY(dataset.ok());
        QCOMPARE(dataset->training.size() + dataset->heldOut.size(), size_t(25));
        QCOMPARE(dataset->heldOut.size(), size_t(2));
        QCOMPARE(QString::fromStdString(dataset->heldOut[0].filename().string()), QStringLiteral("img09.png"));
        QCOMPARE(QString::fromStdString(dataset->heldOut[1].filename().string()), QStringLiteral("img19.png"));
        QVERIFY(std::is_sorted(dataset->training.begin(), dataset->training.end()));
        QCOMPARE(listImageDataset(path(QStringLiteral("set")))->training, dataset->training);
    }

    void aSubsetIsSpreadOverTheWholeList()
    {
        std::vector<std::filesystem::path> files;
        for (int i = 0; i < 10; ++i)
            files.emplace_back("f" + std::to_string(i));
        const auto four = evenlySpread(files, 4);
        QCOMPARE(four, (std::vector<std::filesystem::path>{"f0", "f2", "f5", "f7"}));
        QCOMPARE(evenlySpread(files, 25), files);  // never repeats a file
        QVERIFY(evenlySpread(files, 0).empty());
        QVERIFY(evenlySpread({}, 3).empty());
    }

    void picturesLoadAsRgbaOfOneSize()
    {
        const auto dataset = listImageDataset(path(QStringLiteral("set")));
        const auto images = loadRgbaImages(dataset->heldOut, 64);
        QVERIFY(images.ok());
        QCOMPARE(images->size(), size_t(2));
        const Image &first = images->front();
        QCOMPARE(first.width, 64);
        QCOMPARE(first.format, PixelFormat::Rgba8);
        QCOMPARE(int(first.pixels[3]), 0);                                  // a transparent corner stays so
        const size_t centre = (32 * 64 + 32) * 4;
        QCOMPARE(int(first.pixels[centre]), 90);                            // img09's red
        QCOMPARE(int(first.pixels[centre + 3]), 255);
        // A wide picture is fitted in proportion onto a transparent square.
        QImage wide(128, 64, QImage::Format_RGBA8888);
        wide.fill(QColor(255, 0, 0));
        QVERIFY(wide.save(m_dir.filePath(QStringLiteral("wide.png"))));
        const auto fitted = loadRgbaImages({path(QStringLiteral("wide.png"))}, 32);
        QVERIFY(fitted.ok());
        QCOMPARE(fitted->front().width, 32);
        QCOMPARE(int(fitted->front().pixels[3]), 0);                         // above the band
        QCOMPARE(int(fitted->front().pixels[(16 * 32 + 16) * 4 + 3]), 255);  // in it
    }

    void badInputIsNamed()
    {
        QCOMPARE(listImageDataset(path(QStringLiteral("missing"))).error().code, ErrorCode::NotFound);
        QCOMPARE(listImageDataset(path(QStringLiteral("empty"))).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(listImageDataset(path(QStringLiteral("set")), 1).error().code, ErrorCode::InvalidArgument);
        QFile whole(m_dir.filePath(QStringLiteral("set/img00.png")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(m_dir.filePath(QStringLiteral("cut.png")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(60));
        cut.close();
        const auto loaded = loadRgbaImages({path(QStringLiteral("set/img01.png")), path(QStringLiteral("cut.png"))}, 64);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().detail.find("cut.png") != std::string::npos, loaded.error().detail.c_str());
        QVERIFY(!loadRgbaImages({}, 0).ok());
    }

    void theDefaultModelsDataSet()
    {
        const std::filesystem::path folder =
            std::filesystem::path(NOOSPHERE_NPM_DATA_DIR) / "emoji-datasource-google" / "img" / "google" / "64";
        if (!std::filesystem::exists(folder))
            QSKIP("npm emoji-datasource-google is not installed (scripts/npm-data.sh)");
        const auto dataset = listImageDataset(folder);
        QVERIFY(dataset.ok());
        QVERIFY2(dataset->training.size() > 3000, qPrintable(QString::number(dataset->training.size())));
        QVERIFY(dataset->heldOut.size() > 300);
        const auto images = loadRgbaImages(dataset->heldOut, 64);
        QVERIFY2(images.ok(), images.ok() ? "" : images.error().detail.c_str());
        int transparentCorners = 0;
        for (const auto &image : images.value())
            transparentCorners += image.pixels[3] == 0;
        QVERIFY(transparentCorners > int(images->size()) / 2);  // cut-outs: the alpha is real
    }
};

QObject *newTestImageDataset()
{
    return new TestImageDataset;
}

#include "tst_imagedataset.moc"
