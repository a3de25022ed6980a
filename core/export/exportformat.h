// The manuscript's export formats, and how a format is named on the command line and told from a file name.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace noosphere::core {

enum class ExportFormat { Markdown, PlainText, Epub, Pdf };

/// "md"/"markdown", "txt"/"text", "epub", "pdf" (any case); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(std::string_view name);
/// From the file's extension (.md, .markdown, .txt, .text, .epub, .pdf; any case); nullopt when unknown.
std::optional<ExportFormat> exportFormatFromPath(const std::filesystem::path &file);
/// The usual extension without the dot: "md", "txt", "epub", "pdf".
std::string exportFormatExtension(ExportFormat format);

}  // namespace noosphere::core
