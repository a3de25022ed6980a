#include "shadowtexture.h"

#include <QByteArray>
#include <QSize>

#include <algorithm>
#include <cmath>

namespace noosphere::ui {

namespace {
constexpr int kSide = 128;
constexpr float kCentreAlpha = 0.55f;  // darkest under the middle of the design
}  // namespace

ShadowTexture::ShadowTexture(QQuick3DObject *parent)
    : QQuick3DTextureData(parent)
{
    QByteArray pixels(kSide * kSide * 4, '\0');
    auto *out = reinterpret_cast<uchar *>(pixels.data());
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            const float r = std::hypot(x + 0.5f - kSide / 2.0f, y + 0.5f - kSide / 2.0f) / (kSide / 2.0f);
            const float fall = std::clamp(1.0f - r, 0.0f, 1.0f);
            out[(y * kSide + x) * 4 + 3] = uchar(std::lround(255 * kCentreAlpha * fall * fall * (3 - 2 * fall)));
        }
    setSize(QSize(kSide, kSide));
    setFormat(Format::RGBA8);
    setHasTransparency(true);
    setTextureData(pixels);
}

}  // namespace noosphere::ui
