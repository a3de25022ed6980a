// The Sketch pane's drawing in the project file: one sketch (canvas size) and its strokes as vectors, in drawing
// order. Each finished stroke is one INSERT, so a crash loses at most the stroke being drawn; undo deletes the
// last stroke and redo puts it back with its place.
#pragma once

#include "common/result.h"
#include "sketch/stroke.h"
#include "store/projectstore.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

namespace noosphere::core {

struct StoredStroke {
    std::int64_t id = 0;
    int seq = 0;  // drawing order within the sketch
    sketch::Stroke stroke;
};

struct SketchInfo {
    std::int64_t id = 0;
    int width = 0, height = 0;  // canvas pixels
};

class SketchStore {
public:
    /// Opens its own connection to `project` (see SideConnection). Thread: the caller's.
    static models::Result<SketchStore> open(const std::filesystem::path &project, OpenMode mode = OpenMode::ReadWrite);

    ~SketchStore();
    SketchStore(SketchStore &&) noexcept;
    SketchStore &operator=(SketchStore &&) noexcept;

    /// The project's sketch (its first), made `width` × `height` (1–16384 px) when there is none yet. A read-only
    /// project without one gives id 0 and the size asked.
    models::Result<SketchInfo> sketch(int width, int height);
    /// Every stroke of the sketch in drawing order. A damaged stroke (points not whole float triples, not finite,
    /// an unknown tool) is Corrupt, naming its place.
    models::Result<std::vector<StoredStroke>> strokes(std::int64_t sketchId) const;
    /// Appends a stroke (at most kMaxStrokePoints points, finite, pressure 0–1); returns it as stored.
    models::Result<StoredStroke> append(std::int64_t sketchId, const sketch::Stroke &stroke);
    /// Undo: deletes the stroke. Redo: puts a deleted stroke back with its id and place.
    models::Result<void> remove(std::int64_t strokeId);
    models::Result<void> restore(std::int64_t sketchId, const StoredStroke &stroke);

private:
    struct Impl;
    explicit SketchStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::core
