// The Sketch pane's style GAN on the worker: the default model (loaded by the first job and kept; only jobs
// touch it) and the jobs that make suggestions: following the sketch (its strokes rasterised, cropped to the ink
// and shown to the model with a mask of where the artist drew), exploring samples when nothing is drawn, "more
// like this", breeding and the truncation and direction sliders. Each job posts one SuggestionBatchView back.
// Automatic jobs (follow, explore) supersede each other, as slider edits do theirs: a newer one cancels a
// queued or running older one, which then posts nothing.
#pragma once

#include "gan/ganlatent.h"
#include "image/sketchframe.h"
#include "sketch/stroke.h"

#include <QImage>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace noosphere::ui {

class EngineBridge;

struct GanModelInfo {
    QString name;      // the folder's name
    QString folder;    // absolute path
    QString fileHash;  // SHA-256 of model.safetensors, lower-case hex
    int resolution = 0;
    QVector<double> directionShares;  // of w's variance, per principal direction, largest first
    bool cuda = false;
};

enum class SuggestionKind { Explore, Follow, Around, Breed, Edit };

struct SuggestionRequest {
    SuggestionKind kind = SuggestionKind::Explore;
    quint64 serial = 0;
    std::uint64_t seed = 0;
    int count = 4;
    double psi = 0.7;  // Explore's truncation
    // Follow: the drawing, as the canvas holds it.
    std::vector<core::sketch::Stroke> strokes;
    QSize canvas;
    // Around, Breed, Edit: the latents they start from (Breed: the two parents; Edit: every shown suggestion's
    // unedited latent).
    std::vector<models::gan::GanLatent> inputs;
    double spread = 0.6;    // Around: in standard deviations of w
    double mutation = 0.3;  // Breed
    double editPsi = 1;     // Edit: truncation applied to each input
    std::vector<double> directionAmounts;  // Edit: standard deviations along each principal direction
};

struct SuggestionBatchView {
    quint64 serial = 0;
    SuggestionKind kind = SuggestionKind::Explore;
    QString problem;  // set when it failed; the rest is then empty
    GanModelInfo model;
    std::vector<models::gan::GanLatent> latents;
    std::vector<QImage> pictures;  // RGBA, the model's resolution
    // Follow: what the model was shown (alpha = where the artist drew) and where on the canvas it came from.
    QImage sketch;
    QRectF sketchArea;
};

class SuggestionEngine : public QObject {
    Q_OBJECT
public:
    explicit SuggestionEngine(EngineBridge *bridge, QObject *parent = nullptr);
    ~SuggestionEngine() override;

    void request(SuggestionRequest request);

Q_SIGNALS:
    /// On the UI thread.
    void finished(const noosphere::ui::SuggestionBatchView &batch);

public:
    struct Data;  // public for the engine's helpers; only jobs touch it

private:
    EngineBridge *m_bridge;
    std::shared_ptr<Data> m_data;
};

/// The strokes framed for the style GAN as `gan project` frames a picture (core/image/sketchframe.h): the
/// square of the canvas around the ink, scaled to `resolution`, and the ink's mask; nullopt when nothing is
/// drawn. Thread: any.
std::optional<core::image::FramedSketch> sketchForModel(const std::vector<core::sketch::Stroke> &strokes, QSize canvas,
                                                       int resolution);

}  // namespace noosphere::ui
