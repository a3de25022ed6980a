// Export format names and extensions.
#include "export/exportformat.h"

#include <algorithm>
#include <cctype>

namespace noosphere::core {

std::optional<ExportFormat> exportFormatFromName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (lower == "md" || lower == "markdown")
        return ExportFormat::Markdown;
    if (lower == "txt" || lower == "text")
        return ExportFormat::PlainText;
    if (lower == "epub")
        return ExportFormat::Epub;
    if (lower == "pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const std::filesystem::path &file)
{
    const std::string extension = file.extension().string();
    if (extension.size() < 2)
        return std::nullopt;
    return exportFormatFromName(std::string_view(extension).substr(1));
}

std::string exportFormatExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return "md";
    case ExportFormat::PlainText: return "txt";
    case ExportFormat::Epub: return "epub";
    case ExportFormat::Pdf: return "pdf";
    }
    return {};
}

}  // namespace noosphere::core
