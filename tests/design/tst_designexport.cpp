// Exports checked by readers that are not ours: Assimp (Debian libassimp-dev) re-imports .glb, .obj and .stl
// with the same triangle count and bounds, and the Khronos glTF validator (npm gltf-validator, under node)
// finds no error and no warning in the .glb.
#include "genomeutil.h"

#include "design/meshexport.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace noosphere::core::design;

namespace {

struct Imported {
    size_t triangles = 0;
    Bounds bounds;
    bool hasNormals = false;
    std::string error;
};

Imported importWithAssimp(const QString &path)
{
    Assimp::Importer importer;
    const aiScene *scene = importer.ReadFile(path.toStdString(), aiProcess_ValidateDataStructure);
    Imported result;
    if (!scene) {
        result.error = importer.GetErrorString();
        return result;
    }
    result.bounds.min = {1e30f, 1e30f, 1e30f};
    result.bounds.max = {-1e30f, -1e30f, -1e30f};
    result.hasNormals = scene->mNumMeshes > 0;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh *mesh = scene->mMeshes[m];
        result.hasNormals = result.hasNormals && mesh->HasNormals();
        for (unsigned f = 0; f < mesh->mNumFaces; ++f)
            result.triangles += mesh->mFaces[f].mNumIndices == 3;
        for (unsigned v = 0; v < mesh->mNumVertices; ++v)
            for (int k = 0; k < 3; ++k) {
                result.bounds.min[k] = std::min(result.bounds.min[k], mesh->mVertices[v][k]);
                result.bounds.max[k] = std::max(result.bounds.max[k], mesh->mVertices[v][k]);
            }
    }
    return result;
}

// Our bounds as the format stores them: glTF in metres with y up, the others in millimetres with z up.
Bounds expectedBounds(const Mesh &mesh, MeshFormat format)
{
    const Bounds b = meshBounds(mesh);
    if (format != MeshFormat::Glb)
        return b;
    return {{b.min[0] / 1000, b.min[2] / 1000, -b.max[1] / 1000}, {b.max[0] / 1000, b.max[2] / 1000, -b.min[1] / 1000}};
}

bool sameBounds(const Bounds &a, const Bounds &b, float tolerance)
{
    for (int k = 0; k < 3; ++k)
        if (std::abs(a.min[k] - b.min[k]) > tolerance || std::abs(a.max[k] - b.max[k]) > tolerance)
            return false;
    return true;
}

}  // namespace

class TestDesignExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void assimpReadsBackEveryFormat_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("format");
        for (const Family &family : families())
            for (const char *format : {"glb", "obj", "stl"})
                QTest::newRow((family.id + "." + format).c_str()) << QString::fromStdString(family.id) << format;
    }

    void assimpReadsBackEveryFormat()
    {
        QFETCH(QString, family);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const Mesh mesh = noosphere::tests::buildMesh(defaultGenome(*findFamily(family.toStdString())));
        const MeshFormat meshFormat = meshFormatFromName(format.toStdString()).value();
        const QString path = dir.filePath("design." + format);
        auto written = exportMesh(mesh, meshFormat, path.toStdString());
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());
        if (meshFormat == MeshFormat::Obj)
            QVERIFY(QFile::exists(dir.filePath("design.mtl")));
        const Imported imported = importWithAssimp(path);
        QVERIFY2(imported.error.empty(), imported.error.c_str());
        QCOMPARE(imported.triangles, mesh.triangleCount());
        QVERIFY(imported.hasNormals);
        const float tolerance = meshFormat == MeshFormat::Glb ? 1e-5f : 1e-3f;
        QVERIFY(sameBounds(imported.bounds, expectedBounds(mesh, meshFormat), tolerance));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), meshFormat == MeshFormat::Obj ? 2 : 1);
    }

    void khronosValidatorFindsNothing()
    {
        const QString validator = QStringLiteral(NOOSPHERE_NPM_DATA_DIR "/gltf-validator");
        if (!QFile::exists(validator + "/package.json"))
            QFAIL(qPrintable("npm gltf-validator is missing (scripts/npm-data.sh installs it): " + validator));
        QTemporaryDir dir;
        for (const Family &family : families()) {
            const QString path = dir.filePath(QString::fromStdString(family.id) + ".glb");
            QVERIFY(exportMesh(noosphere::tests::buildMesh(defaultGenome(family)), MeshFormat::Glb, path.toStdString())
                        .ok());
            const QString script = QStringLiteral(
                "const v = require(process.argv[1]); const fs = require('fs');"
                "v.validateBytes(new Uint8Array(fs.readFileSync(process.argv[2])))"
                ".then(r => console.log(JSON.stringify(r.issues)), e => { console.log(JSON.stringify({error: String(e)})); });");
            QProcess node;
            node.start("node", {"-e", script, validator, path});
            QVERIFY(node.waitForFinished(60000));
            const QJsonObject issues = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
            QVERIFY2(issues.contains("numErrors"), qPrintable(QString::fromUtf8(node.readAllStandardError())));
            QCOMPARE(issues["numErrors"].toInt(), 0);
            QVERIFY2(issues["numWarnings"].toInt() == 0, qPrintable(QJsonDocument(issues).toJson()));
        }
    }

    void failedWritesLeaveNothing()
    {
        QTemporaryDir dir;
        const Mesh mesh = noosphere::tests::buildMesh(defaultGenome(*findFamily("sweep")));
        auto missingFolder = exportMesh(mesh, MeshFormat::Stl, dir.filePath("no/such/folder/x.stl").toStdString());
        QVERIFY(!missingFolder.ok());
        QVERIFY(QString::fromStdString(missingFolder.error().detail).contains("x.stl"));
        QVERIFY(!exportMesh(Mesh{}, MeshFormat::Glb, dir.filePath("empty.glb").toStdString()).ok());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(!meshFormatFromName("fbx").ok());
        QVERIFY(meshFormatFromName("GLB").ok());
    }
};

QObject *newTestDesignExport() { return new TestDesignExport; }

#include "tst_designexport.moc"
