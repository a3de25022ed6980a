// The Design pane's Pareto plot as points: every variant of this generation and the parents NSGA-II kept,
// on two objectives the designer picks (the rating among them), each marked when it is on the front of those
// two (better in one or the other, taking "more is better" into account).
#pragma once

#include "designengine.h"

#include <QString>
#include <QVariantList>

namespace noosphere::ui {

/// The axes the designer can pick: the rating, then the computed objectives (id, label, unit, maximise).
QVariantList designPlotAxes();

/// Points {x, y, current (a variant on the grid, not a parent), index (grid index or -1), front}.
QVariantList designParetoPoints(const DesignGenerationView &view, const QString &xAxis, const QString &yAxis);

}  // namespace noosphere::ui
