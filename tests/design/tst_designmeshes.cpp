// The families' meshes: closed and consistently oriented for random genomes, volumes equal to the analytic
// ones for simple genomes, and the objectives a designer reads (stability, overhang, footprint) on shapes
// whose answers are known.
#include "genomeutil.h"

#include "design/meshcheck.h"
#include "design/objectives.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

using namespace noosphere::core::design;
using noosphere::tests::buildMesh;
using noosphere::tests::genomeWith;

namespace {

constexpr double kPi = std::numbers::pi;

QString describe(const MeshCheck &c)
{
    return QStringLiteral("open %1, overused %2, misoriented %3, degenerate %4")
        .arg(c.openEdges).arg(c.overusedEdges).arg(c.misorientedEdges).arg(c.degenerateTriangles);
}


QString describe(const std::vector<int> &signs)
{
    QStringList out;
    for (int sign : signs)
        out << (sign < 0 ? QStringLiteral("in") : QStringLiteral("out"));
    return out.join(QLatin1Char(' '));
}

// The signs of dot(face normal, ray) of every triangle a ray from `origin` along `direction` crosses, nearest
// first (Möller–Trumbore): entering the solid is −1, leaving it +1.
std::vector<int> crossings(const Mesh &mesh, const std::array<double, 3> &origin, const std::array<double, 3> &dir)
{
    std::vector<std::pair<double, int>> hits;
    for (size_t t = 0; t < mesh.indices.size(); t += 3) {
        std::array<std::array<double, 3>, 3> v;
        for (int k = 0; k < 3; ++k)
            for (int c = 0; c < 3; ++c)
                v[k][c] = mesh.positions[mesh.indices[t + k]][c];
        const auto sub = [](auto a, auto b) { return std::array<double, 3>{a[0] - b[0], a[1] - b[1], a[2] - b[2]}; };
        const auto cross = [](auto a, auto b) {
            return std::array<double, 3>{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        };
        const auto dot = [](auto a, auto b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; };
        const auto e1 = sub(v[1], v[0]), e2 = sub(v[2], v[0]), p = cross(dir, e2);
        const double det = dot(e1, p);
        if (std::abs(det) < 1e-12)
            continue;
        const auto s = sub(origin, v[0]);
        const double u = dot(s, p) / det;
        const auto q = cross(s, e1);
        const double w = dot(dir, q) / det;
        if (u < 0 || w < 0 || u + w > 1)
            continue;
        const double distance = dot(e2, q) / det;
        if (distance > 0)
            hits.push_back({distance, dot(cross(e1, e2), dir) > 0 ? 1 : -1});
    }
    std::sort(hits.begin(), hits.end());
    std::vector<int> signs;
    for (const auto &hit : hits)
        signs.push_back(hit.second);
    return signs;
}

}  // namespace

class TestDesignMeshes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threeFamiliesWithDocumentedGenes()
    {
        QVERIFY(families().size() >= 3);
        for (const char *id : {"lathe", "sweep", "assembled"}) {
            const Family *family = findFamily(id);
            QVERIFY2(family, id);
            for (const GeneSpec &gene : family->genes) {
                QVERIFY2(!gene.description.empty() && !gene.label.empty(), gene.id.c_str());
                QVERIFY2(gene.min < gene.max, gene.id.c_str());
                QVERIFY2(gene.defaultValue >= gene.min && gene.defaultValue <= gene.max, gene.id.c_str());
            }
        }
        QVERIFY(!findFamily("teapot"));
    }

    void randomGenomesGiveWatertightMeshes()
    {
        std::mt19937_64 random(20261205);
        for (const Family &family : families()) {
            for (int trial = 0; trial < 60; ++trial) {
                const Genome genome = noosphere::tests::randomGenome(family, random);
                const Mesh mesh = buildMesh(genome);
                const MeshCheck check = checkMesh(mesh);
                QVERIFY2(check.watertight(),
                         qPrintable(QString::fromStdString(genomeToJson(genome)) + describe(check)));
                QCOMPARE(mesh.normals.size(), mesh.positions.size());
                const Objectives o = computeObjectives(mesh);
                QVERIFY2(o.volumeMm3 > 0, qPrintable(QString::fromStdString(genomeToJson(genome))));
                QVERIFY(meshBounds(mesh).min[2] >= -1e-3f);  // standing on the plate
                QVERIFY(std::abs(meshBounds(mesh).min[2]) < 1e-3f);
            }
        }
    }

    void normalsPointOutward()
    {
        // A closed mesh facing outward has Σ area × normal·position > 0 (it is 3 × the volume).
        for (const Family &family : families()) {
            const Mesh mesh = buildMesh(defaultGenome(family));
            double flux = 0;
            for (size_t t = 0; t < mesh.indices.size(); t += 3) {
                const Vec3 &p = mesh.positions[mesh.indices[t]], &n = mesh.normals[mesh.indices[t]];
                flux += double(p[0]) * n[0] + double(p[1]) * n[1] + double(p[2]) * n[2];
            }
            QVERIFY2(flux > 0, family.id.c_str());
        }
    }

    void twistedRibsKeepTheInnerWallInside()
    {
        // The worst case for a thin wall: many deep ribs turned half a turn. Rays from the axis outward must
        // enter the wall once and leave it once; a wall poking through the other shows as more crossings.
        for (const double twist : {-180.0, 90.0, 180.0}) {
            const Genome genome = genomeWith("lathe", {{"ribs", 24}, {"rib_depth", 8}, {"wall", 1.2}, {"twist", twist},
                                                       {"height", 200}});
            const Mesh mesh = buildMesh(genome);
            for (int i = 0; i < 60; ++i) {
                const double z = 20 + 170.0 * (i + 0.37) / 60, theta = 2.39996 * i;  // golden-angle spread
                const auto signs = crossings(mesh, {0, 0, z}, {std::cos(theta), std::sin(theta), 0});
                QVERIFY2(signs == std::vector<int>({-1, 1}),
                         qPrintable(QStringLiteral("twist %1, z %2: crossings %3").arg(twist).arg(z).arg(describe(signs))));
            }
        }
    }

    void latheCylinderVolumeIsAnalytic()
    {
        const double r = 50, h = 120, wall = 3, base = 5;
        const Mesh mesh = buildMesh(genomeWith("lathe", {{"height", h}, {"radius_base", r}, {"radius_low", r},
                                                         {"radius_middle", r}, {"radius_high", r}, {"radius_top", r},
                                                         {"ribs", 0}, {"wall", wall}, {"base", base}}));
        const double analytic = kPi * r * r * h - kPi * (r - wall) * (r - wall) * (h - base);
        const Objectives o = computeObjectives(mesh);
        QVERIFY2(std::abs(o.volumeMm3 / analytic - 1) < 0.005, qPrintable(QString::number(o.volumeMm3 / analytic)));
        QCOMPARE_LE(std::abs(o.heightMm - h), 1e-3);
        QVERIFY(mesh.triangleCount() >= 8000 && mesh.triangleCount() <= 12000);
        // An open shade: no floor, so only the wall's material.
        const Mesh shade = buildMesh(genomeWith("lathe", {{"height", h}, {"radius_base", r}, {"radius_low", r},
                                                          {"radius_middle", r}, {"radius_high", r},
                                                          {"radius_top", r}, {"ribs", 0}, {"wall", wall},
                                                          {"base", 0}}));
        const double shell = kPi * (r * r - (r - wall) * (r - wall)) * h;
        QVERIFY(checkMesh(shade).watertight());
        QVERIFY(std::abs(computeObjectives(shade).volumeMm3 / shell - 1) < 0.005);
    }

    void sweepTorusVolumeIsAnalytic()
    {
        const double R = 40, r = 6;  // Pappus: 2π²Rr²
        const Mesh mesh = buildMesh(genomeWith("sweep", {{"radius", R}, {"ellipse", 1}, {"path_squareness", 2},
                                                         {"width", 2 * r}, {"thickness", 2 * r},
                                                         {"section_squareness", 2}, {"half_twists", 0},
                                                         {"wave_amplitude", 0}, {"arc", 360}}));
        const double analytic = 2 * kPi * kPi * R * r * r;
        const Objectives o = computeObjectives(mesh);
        QVERIFY2(std::abs(o.volumeMm3 / analytic - 1) < 0.005, qPrintable(QString::number(o.volumeMm3 / analytic)));
        QVERIFY(std::abs(o.heightMm - 2 * r) < 0.05);
    }

    void twistedAndOpenSweepsClose()
    {
        for (double twists : {1.0, 3.0})
            QVERIFY(checkMesh(buildMesh(genomeWith("sweep", {{"half_twists", twists}, {"thickness", 12}})))
                        .watertight());
        const Mesh handle = buildMesh(genomeWith("sweep", {{"arc", 200}, {"half_twists", 1}}));
        QVERIFY(checkMesh(handle).watertight());
        QVERIFY(computeObjectives(handle).volumeMm3 > 0);
    }

    void stoolVolumeIsTheSumOfItsParts()
    {
        const double width = 400, thickness = 30, height = 450, leg = 40;
        const Mesh mesh = buildMesh(genomeWith("assembled", {{"seat_width", width}, {"seat_depth", 1},
                                                             {"seat_squareness", 2}, {"seat_thickness", thickness},
                                                             {"height", height}, {"legs", 4}, {"leg_thickness", leg},
                                                             {"splay", 8}, {"stretchers", 0}}));
        // A sheared prism keeps its volume: base area × height, whatever the splay.
        const double seat = kPi * (width / 2) * (width / 2) * thickness;
        const double legs = 4 * leg * leg * (height - thickness);
        const Objectives o = computeObjectives(mesh);
        QVERIFY2(std::abs(o.volumeMm3 / (seat + legs) - 1) < 0.005,
                 qPrintable(QString::number(o.volumeMm3 / (seat + legs))));
        QVERIFY(o.tipOverAngleDeg > 10);
    }

    void stabilityOfASolidCylinderIsAnalytic()
    {
        // A solid cylinder tips when its centre (at h/2) passes the rim: atan(r / (h/2)). A cup's centre sits
        // lower (its floor is heavy and its inside empty), so it tips later.
        const double r = 30, h = 120;
        const Mesh mesh = buildMesh(genomeWith("lathe", {{"height", h}, {"radius_base", r}, {"radius_low", r},
                                                         {"radius_middle", r}, {"radius_high", r}, {"radius_top", r},
                                                         {"ribs", 0}, {"wall", 8}, {"base", 15}}));
        const Objectives o = computeObjectives(mesh);
        QVERIFY(o.tipOverAngleDeg > std::atan(r / (h / 2)) * 180 / kPi);
        QVERIFY(o.tipOverAngleDeg < 90);
        QVERIFY(std::abs(o.footprintMm2 / (kPi * r * r) - 1) < 0.01);
        QCOMPARE_LE(std::abs(o.centreOfMass[0]), 0.01f);
    }

    void overhangCountsWhatPrintsInTheAir()
    {
        const double r = 50, h = 100;
        auto cylinder = genomeWith("lathe", {{"height", h}, {"radius_base", r}, {"radius_low", r},
                                             {"radius_middle", r}, {"radius_high", r}, {"radius_top", r}, {"ribs", 0}});
        QCOMPARE(computeObjectives(buildMesh(cylinder)).overhangAreaMm2, 0.0);  // walls and a floor on the plate
        // A wide flaring bowl: its underside leans out more than 45°.
        auto bowl = genomeWith("lathe", {{"height", 60}, {"radius_base", 20}, {"radius_low", 60},
                                         {"radius_middle", 90}, {"radius_high", 105}, {"radius_top", 115}});
        QVERIFY(computeObjectives(buildMesh(bowl)).overhangAreaMm2 > 1000);
        // A stool's seat overhangs: its underside faces straight down, above the floor.
        const Objectives stool = computeObjectives(buildMesh(defaultGenome(*findFamily("assembled"))));
        QVERIFY(stool.overhangAreaMm2 > 0.5 * kPi * 180 * 180);
    }

    void buildingIsQuick()
    {
        // Not a timing goal (that is bench/design_generation): a guard against an accidental quadratic step.
        const Mesh first = buildMesh(defaultGenome(*findFamily("lathe")));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(buildMesh(defaultGenome(*findFamily("lathe"))).triangleCount(), first.triangleCount());
        QVERIFY2(timer.elapsed() < 20 * 100, qPrintable(QString::number(timer.elapsed() / 20.0) + " ms a mesh"));
    }

    void degenerateGenomesAreNamed()
    {
        const Family &lathe = *findFamily("lathe");
        // Deep grooves leave 2 mm of radius where an 8 mm wall must fit.
        auto thick = genomeWith("lathe", {{"radius_base", 10}, {"radius_low", 10}, {"radius_middle", 10},
                                          {"radius_high", 10}, {"radius_top", 10}, {"ribs", 12}, {"rib_depth", 8},
                                          {"wall", 8}});
        const std::string reason = lathe.degenerate(clampedValues(lathe, thick.values));
        QVERIFY2(reason.find("wall") != std::string::npos, reason.c_str());
        QVERIFY(checkMesh(buildMesh(thick)).watertight());  // repaired for the GA, still a closed mesh
        QVERIFY(lathe.degenerate(defaultGenome(lathe).values).empty());
        const Family &sweep = *findFamily("sweep");
        auto wide = genomeWith("sweep", {{"radius", 10}, {"width", 30}});
        QVERIFY(!sweep.degenerate(clampedValues(sweep, wide.values)).empty());
        for (const Family &family : families())
            QVERIFY2(family.degenerate(defaultGenome(family).values).empty(), family.id.c_str());
    }
};

QObject *newTestDesignMeshes() { return new TestDesignMeshes; }

#include "tst_designmeshes.moc"
