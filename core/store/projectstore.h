// A work on disk: one SQLite file (.noo) holding the manuscript, story bible, sketches, generated items,
// ratings, designs, model versions and settings. Every call commits before it returns (WAL mode), so an
// edit that returned survives a crash or kill -9 of the process.
#pragma once

#include "common/result.h"
#include "text/bible/bibleentry.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;
using models::Result;

enum class OpenMode { ReadWrite, ReadOnly };

struct ChapterInfo {
    std::int64_t id = 0;
    std::string title;
    int position = 0;  // 0-based order in the manuscript
};

struct Chapter {
    std::int64_t id = 0;
    std::string title;
    std::string body;  // UTF-8 plain text
    int position = 0;
};

class ProjectStore {
public:
    /// Schema version this build writes; files with a higher PRAGMA user_version are refused.
    static int currentSchemaVersion();

    /// Creates a new project file with one empty chapter. Fails with AlreadyExists if the path exists.
    static Result<ProjectStore> create(const std::filesystem::path &file);
    /// Opens an existing project. Before anything is written the file is checked (see ErrorCode's project
    /// cases); a bad file is never modified. ReadWrite takes an exclusive lock (ErrorCode::Locked when
    /// another process holds it) and migrates an older schema forward after copying the file to
    /// `<file>.v<old>.bak`. ReadOnly takes no lock and never migrates or writes.
    static Result<ProjectStore> open(const std::filesystem::path &file, OpenMode mode = OpenMode::ReadWrite);

    ~ProjectStore();
    ProjectStore(ProjectStore &&) noexcept;
    ProjectStore &operator=(ProjectStore &&) noexcept;

    const std::filesystem::path &path() const;
    bool isReadOnly() const;
    int schemaVersion() const;

    // Manuscript. Writes fail with ReadOnly on a read-only store.
    Result<std::vector<ChapterInfo>> chapters() const;  // ordered by position
    Result<Chapter> chapter(std::int64_t id) const;
    /// Inserts at `position` (clamped; -1 = at the end) and shifts later chapters down.
    Result<std::int64_t> addChapter(const std::string &title, const std::string &body = {}, int position = -1);
    Result<void> renameChapter(std::int64_t id, const std::string &title);
    Result<void> setChapterBody(std::int64_t id, const std::string &body);
    /// Moves a chapter to `position` (clamped), renumbering the others.
    Result<void> moveChapter(std::int64_t id, int position);
    /// Deletes and returns the chapter as it was, so that the caller can offer undo with restoreChapter().
    Result<Chapter> deleteChapter(std::int64_t id);
    /// Puts a deleted chapter back with its id, title, body and position.
    Result<void> restoreChapter(const Chapter &chapter);

    // Story bible (core/store/projectbible.cpp), in the writer's order. Writes fail with ReadOnly on a read-only
    // store, InvalidArgument for an empty name, NotFound for an id that is not there.
    Result<std::vector<text::BibleEntry>> bibleEntries() const;
    /// Appends `entry` (its id is ignored) and returns the new id.
    Result<std::int64_t> addBibleEntry(const text::BibleEntry &entry);
    /// Replaces the kind, name, aliases and notes of the entry with `entry.id`.
    Result<void> updateBibleEntry(const text::BibleEntry &entry);
    /// Deletes and returns the entry as it was; its position was its index in bibleEntries().
    Result<text::BibleEntry> deleteBibleEntry(std::int64_t id);
    /// Puts a deleted entry back with its id at `position` (clamped), so that undo restores it exactly.
    Result<void> restoreBibleEntry(const text::BibleEntry &entry, int position);

    // Per-project settings (key/value).
    Result<std::optional<std::string>> setting(const std::string &key) const;
    Result<void> setSetting(const std::string &key, const std::string &value);

    /// Writes a consistent copy of the whole project to `file`, which must not exist (Save As, backups).
    Result<void> copyTo(const std::filesystem::path &file) const;

    /// Full check: PRAGMA integrity_check and foreign_key_check. Ok when both report nothing.
    Result<void> verify() const;

private:
    struct Impl;
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Writes the manuscript as Markdown: "# <title>" per chapter, then its body (core/export/markdownexport.cpp).
Result<std::string> exportMarkdown(const ProjectStore &store);

}  // namespace noosphere::core
