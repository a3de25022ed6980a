#include "genome.h"

#include "family.h"
#include "text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace noosphere::core::design {

using models::Error;
using models::ErrorCode;
using models::Result;

Genome defaultGenome(const Family &family)
{
    Genome genome{family.id, {}};
    for (const GeneSpec &gene : family.genes)
        genome.values.push_back(gene.defaultValue);
    return genome;
}

std::vector<double> clampedValues(const Family &family, const std::vector<double> &values)
{
    std::vector<double> out(family.genes.size());
    for (size_t i = 0; i < family.genes.size(); ++i) {
        const GeneSpec &gene = family.genes[i];
        double v = i < values.size() && std::isfinite(values[i]) ? values[i] : gene.defaultValue;
        v = std::clamp(v, gene.min, gene.max);
        out[i] = gene.integer ? std::round(v) : v;
    }
    return out;
}

std::vector<double> normalise(const Family &family, const std::vector<double> &values)
{
    std::vector<double> unit(family.genes.size());
    for (size_t i = 0; i < unit.size() && i < values.size(); ++i) {
        const GeneSpec &gene = family.genes[i];
        unit[i] = std::clamp((values[i] - gene.min) / (gene.max - gene.min), 0.0, 1.0);
    }
    return unit;
}

std::vector<double> denormalise(const Family &family, const std::vector<double> &unit)
{
    std::vector<double> values(family.genes.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const GeneSpec &gene = family.genes[i];
        values[i] = gene.min + std::clamp(i < unit.size() ? unit[i] : 0.5, 0.0, 1.0) * (gene.max - gene.min);
    }
    return clampedValues(family, values);
}

Result<Genome> parseGenomeJson(std::string_view text)
{
    auto bad = [](std::string detail) { return Error{ErrorCode::InvalidArgument, std::move(detail)}; };
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &e) {
        return bad(std::string("not a genome file: the JSON does not parse (") + e.what() + ")");
    }
    if (!json.is_object() || !json.contains("family") || !json["family"].is_string())
        return bad("not a genome file: it needs a \"family\" name and a \"genes\" object");
    const std::string familyId = json["family"].get<std::string>();
    const Family *family = findFamily(familyId);
    if (!family) {
        std::string known;
        for (const Family &f : families())
            known += (known.empty() ? "" : ", ") + f.id;
        return bad("no design family is called \"" + familyId + "\" (known: " + known + ")");
    }
    if (!json.contains("genes") || !json["genes"].is_object())
        return bad("the genome has no \"genes\" object");
    const auto &genes = json["genes"];
    for (const auto &item : genes.items()) {
        const std::string key = item.key();  // NOTE: not a structured binding: clang 14 cannot capture one
        const bool known = std::any_of(family->genes.begin(), family->genes.end(),
                                       [&key](const GeneSpec &gene) { return gene.id == key; });
        if (!known)
            return bad("the " + family->id + " family has no gene \"" + key + "\"");
    }
    Genome genome{family->id, {}};
    for (const GeneSpec &gene : family->genes) {
        if (!genes.contains(gene.id))
            return bad("the gene \"" + gene.id + "\" is missing");
        const auto &value = genes[gene.id];
        if (!value.is_number())
            return bad("the gene \"" + gene.id + "\" is not a number");
        const double v = value.get<double>();
        if (!std::isfinite(v) || v < gene.min || v > gene.max)
            return bad(formatText("the gene \"%s\" is %g, outside %g to %g%s%s", gene.id.c_str(), v, gene.min,
                                  gene.max, gene.unit.empty() ? "" : " ", gene.unit.c_str()));
        if (gene.integer && v != std::round(v))
            return bad(formatText("the gene \"%s\" must be a whole number, not %g", gene.id.c_str(), v));
        genome.values.push_back(v);
    }
    return genome;
}

Result<Genome> readGenomeFile(const std::filesystem::path &file)
{
    constexpr std::uintmax_t kMaxBytes = 1 << 20;  // a genome is a few hundred bytes
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
        return Error{ErrorCode::IsDirectory, "'" + file.string() + "' is a folder, not a genome file"};
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        return Error{ErrorCode::NotFound, "cannot read '" + file.string() + "': " + error.message()};
    if (size > kMaxBytes)
        return Error{ErrorCode::InvalidArgument, "'" + file.string() + "' is too large to be a genome file"};
    std::ifstream in(file, std::ios::binary);
    std::string text(size, '\0');
    if (!in.read(text.data(), std::streamsize(size)))
        return Error{ErrorCode::Io, "cannot read '" + file.string() + "'"};
    auto genome = parseGenomeJson(text);
    if (!genome)
        return Error{genome.error().code, file.filename().string() + ": " + genome.error().detail};
    return genome;
}

std::string genomeToJson(const Genome &genome)
{
    nlohmann::ordered_json json;
    json["family"] = genome.family;
    nlohmann::ordered_json genes = nlohmann::ordered_json::object();
    if (const Family *family = findFamily(genome.family))
        for (size_t i = 0; i < family->genes.size() && i < genome.values.size(); ++i)
            genes[family->genes[i].id] = genome.values[i];
    json["genes"] = genes;
    return json.dump(2) + "\n";
}

}  // namespace noosphere::core::design
