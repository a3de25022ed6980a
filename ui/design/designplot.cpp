#include "designplot.h"

#include "designtexts.h"
#include "designvariantlistmodel.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace noosphere::ui {

using core::design::objectiveSpecs;

namespace {

bool maximised(const QString &axis)
{
    if (axis == QLatin1String("rating"))
        return true;
    for (const auto &spec : objectiveSpecs())
        if (QString::fromStdString(spec.id) == axis)
            return spec.maximise;
    return false;
}

double valueOn(const DesignVariantView &v, const QString &axis)
{
    if (axis == QLatin1String("rating"))
        return v.rating.value_or(v.predicted.mean);
    return core::design::objectiveValue(v.objectives, axis.toStdString());
}

}  // namespace

QVariantList designPlotAxes()
{
    QVariantList axes{QVariantMap{{"id", "rating"},
                                  {"label", QCoreApplication::translate("DesignPlot", "Rating")},
                                  {"unit", QStringLiteral("★")},
                                  {"maximise", true}}};
    for (const auto &spec : objectiveSpecs())
        axes.append(QVariantMap{{"id", QString::fromStdString(spec.id)},
                                {"label", designText(spec.label)},
                                {"unit", QString::fromStdString(spec.unit)},
                                {"maximise", spec.maximise}});
    return axes;
}

QVariantList designParetoPoints(const DesignGenerationView &view, const QString &xAxis, const QString &yAxis)
{
    struct Point {
        double x, y;
        bool current;
        int index;
    };
    std::vector<Point> points;
    for (size_t i = 0; i < view.variants.size(); ++i)
        points.push_back({valueOn(view.variants[i], xAxis), valueOn(view.variants[i], yAxis), true, int(i)});
    for (const auto &parent : view.population)
        points.push_back({valueOn(parent, xAxis), valueOn(parent, yAxis), false, -1});
    const double sx = maximised(xAxis) ? -1 : 1, sy = maximised(yAxis) ? -1 : 1;  // compare as minimised
    QVariantList out;
    for (const Point &p : points) {
        bool dominated = false;
        for (const Point &q : points)
            if (sx * q.x <= sx * p.x && sy * q.y <= sy * p.y && (sx * q.x < sx * p.x || sy * q.y < sy * p.y))
                dominated = true;
        out.append(QVariantMap{{"x", p.x}, {"y", p.y}, {"current", p.current}, {"index", p.index},
                               {"front", !dominated}});
    }
    return out;
}

}  // namespace noosphere::ui
