// The soft contact shadow under a design, as Quick 3D texture data: black with a radial fall-off of alpha.
// Made in C++ rather than drawn by a Canvas as a Texture.sourceItem, which in Qt 6.4 left the test window
// unable to take clicks once the view that held it was gone.
#pragma once

#include <QQuick3DTextureData>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

class ShadowTexture : public QQuick3DTextureData {
    Q_OBJECT
    QML_NAMED_ELEMENT(ShadowTexture)
public:
    explicit ShadowTexture(QQuick3DObject *parent = nullptr);
};

}  // namespace noosphere::ui
