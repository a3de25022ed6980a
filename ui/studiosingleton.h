// QML's singleton factory for the panes' controllers, children of the Studio made on first use: whether QML or
// C++ asks first, both get the Studio's one, owned by C++ (QML must not delete it).
#pragma once

#include "studio.h"

#include <QJSEngine>

namespace noosphere::ui {

/// The body of a Studio child's `static Controller *create(QQmlEngine *, QJSEngine *)`.
template <typename Controller> Controller *qmlSingletonOfStudio()
{
    Q_ASSERT_X(Studio::instance(), Controller::staticMetaObject.className(), "the Studio is made before QML is loaded");
    Controller *controller = Controller::forStudio(Studio::instance());
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

}  // namespace noosphere::ui
