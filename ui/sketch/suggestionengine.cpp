#include "sketch/suggestionengine.h"

#include "assistant/modellocator.h"
#include "engine/enginebridge.h"
#include "engine/filehash.h"
#include "engine/imageconversion.h"
#include "sketch/strokepainter.h"

#include "gan/stylegan.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

#include <cstring>
#include <optional>

namespace noosphere::ui {

using models::gan::GanLatent;
using models::gan::RgbaImage;
using models::gan::StyleGan;

struct SuggestionEngine::Data {
    std::optional<StyleGan> gan;
    GanModelInfo info;
    QString loadProblem;  // kept: a missing model is not looked for again on every stroke
};

namespace {

constexpr char kAutomaticKey[] = "sketch.suggest";     // following the sketch, exploring
constexpr char kEditKey[] = "sketch.suggest.edit";      // the sliders

QImage toQImage(const RgbaImage &picture)
{
    QImage image(picture.width, picture.height, QImage::Format_RGBA8888);
    for (int y = 0; y < picture.height; ++y)
        std::memcpy(image.scanLine(y), picture.rgba.data() + std::size_t(y) * std::size_t(picture.width) * 4,
                    std::size_t(picture.width) * 4);
    return image;
}

// Loads the default model once; later jobs reuse it (or its problem).
bool ensureModel(SuggestionEngine::Data &data)
{
    if (data.gan)
        return true;
    if (!data.loadProblem.isEmpty())
        return false;
    const ModelLookup lookup = locateDefaultGan();
    if (lookup.folder.isEmpty()) {
        data.loadProblem = QObject::tr("No style GAN model was found (looked in %1). Train one with "
                                       "scripts/train-default-gan.sh.")
                               .arg(lookup.tried.join(QStringLiteral(", ")));
        return false;
    }
    auto gan = StyleGan::load(lookup.folder.toStdString());
    if (!gan) {
        data.loadProblem = QObject::tr("The style GAN could not be loaded: %1").arg(QString::fromStdString(gan.error().detail));
        return false;
    }
    auto hash = sha256OfFiles({QDir(lookup.folder).filePath(QStringLiteral("model.safetensors"))});
    if (!hash) {
        data.loadProblem = QObject::tr("The style GAN could not be read: %1").arg(QString::fromStdString(hash.error().detail));
        return false;
    }
    data.info.name = QFileInfo(lookup.folder).fileName();
    data.info.folder = lookup.folder;
    data.info.fileHash = QString::fromStdString(*hash);
    data.info.resolution = gan->config().resolution;
    for (const auto &direction : gan->directions())
        data.info.directionShares << direction.varianceShare;
    data.gan.emplace(std::move(*gan));
    return true;
}

models::Result<std::vector<GanLatent>> samples(const StyleGan &gan, const SuggestionRequest &r)
{
    std::vector<std::uint64_t> seeds;
    for (int k = 0; k < r.count; ++k)
        seeds.push_back(r.seed + std::uint64_t(k));
    return gan.sample(seeds, r.psi);
}

models::Result<std::vector<GanLatent>> latentsFor(const StyleGan &gan, const SuggestionRequest &r, SuggestionBatchView &view,
                                                  const std::function<bool(int, int)> &progress)
{
    std::vector<GanLatent> out;
    switch (r.kind) {
    case SuggestionKind::Explore:
        return samples(gan, r);
    case SuggestionKind::Follow: {
        auto framed = sketchForModel(r.strokes, r.canvas, gan.config().resolution);
        if (!framed)
            return samples(gan, r);  // everything was erased: nothing to follow
        view.sketch = ui::toQImage(framed->picture);  // kept as the snapshot the suggestions answered
        view.sketchArea = QRectF(framed->left, framed->top, framed->side, framed->side);
        const auto size = framed->picture.width;
        models::gan::SketchTarget target{{size, size, std::move(framed->picture.pixels)}, std::move(framed->mask)};
        return gan.project(target, {.count = r.count, .seed = r.seed}, progress);
    }
    case SuggestionKind::Around:
        if (r.inputs.empty())
            return out;
        return gan.around(r.inputs.front(), r.seed, r.count, r.spread);
    case SuggestionKind::Breed:
        if (r.inputs.size() < 2)
            return out;
        for (int k = 0; k < r.count; ++k)
            out.push_back(gan.breed(r.inputs[0], r.inputs[1], r.seed + std::uint64_t(k), r.mutation));
        return out;
    case SuggestionKind::Edit:
        for (const auto &input : r.inputs) {
            auto edited = gan.withTruncation(input, r.editPsi);
            for (std::size_t d = 0; d < r.directionAmounts.size(); ++d)
                if (r.directionAmounts[d] != 0)
                    edited = gan.alongDirection(edited, int(d), r.directionAmounts[d]);
            edited.operation = input.operation;
            out.push_back(std::move(edited));
        }
        return out;
    }
    return out;
}

}  // namespace

std::optional<core::image::FramedSketch> sketchForModel(const std::vector<core::sketch::Stroke> &strokes, QSize canvas,
                                                       int resolution)
{
    return core::image::frameSketch(toEngineImage(renderStrokes(strokes, canvas), core::image::PixelFormat::Rgba8),
                                    resolution);
}

SuggestionEngine::SuggestionEngine(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_data(std::make_shared<Data>())
{
}

SuggestionEngine::~SuggestionEngine() = default;

void SuggestionEngine::request(SuggestionRequest request)
{
    const bool automatic = request.kind == SuggestionKind::Explore || request.kind == SuggestionKind::Follow;
    const bool edit = request.kind == SuggestionKind::Edit;
    QPointer<SuggestionEngine> self(this);
    m_bridge->submit(
        {.kind = "sketch.suggest",
         .title = automatic || edit ? std::string() : tr("Making suggestions").toStdString(),
         .supersedeKey = automatic ? kAutomaticKey : edit ? kEditKey : "",
         .priority = core::Priority::Interactive,
         .run = [self, data = m_data, r = std::move(request)](const core::CancelToken &cancel,
                                                               const core::Progress &progress) {
             SuggestionBatchView view;
             view.serial = r.serial;
             view.kind = r.kind;
             const auto post = [&] {
                 QMetaObject::invokeMethod(
                     self,
                     [self, view = std::move(view)] {
                         if (self)
                             Q_EMIT self->finished(view);
                     },
                     Qt::QueuedConnection);
             };
             if (!ensureModel(*data)) {
                 view.problem = data->loadProblem;
                 return post();
             }
             view.model = data->info;
             const auto onStep = [&](int done, int total) {
                 progress(total > 0 ? double(done) / total : -1.0, {});
                 return !cancel.isCancelled();
             };
             auto latents = latentsFor(*data->gan, r, view, onStep);
             if (!latents) {
                 if (latents.error().code == models::ErrorCode::Cancelled)
                     return;  // a newer request took its place
                 view.problem = tr("No suggestions: %1").arg(QString::fromStdString(latents.error().detail));
                 return post();
             }
             auto pictures = data->gan->synthesize(*latents);
             if (!pictures) {
                 view.problem = tr("No suggestions: %1").arg(QString::fromStdString(pictures.error().detail));
                 return post();
             }
             view.latents = std::move(*latents);
             for (const auto &picture : *pictures)
                 view.pictures.push_back(toQImage(picture));
             post();
         }});
}

}  // namespace noosphere::ui
