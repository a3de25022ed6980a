// `noosphere-cli image palette FILE`: the colours a picture is made of (core/image/palette.h), as the Sketch
// pane's "take palette" finds them: k-means in CIELAB over the opaque pixels, largest share first.
//
// Exit codes: 0 done; 2 bad input: a missing, truncated, corrupt or non-image file, a picture too large or
// without an opaque pixel, a colour count outside 0–16.
#include "verbs.h"

#include "image/imageimport.h"
#include "image/palette.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace noosphere::cli {
namespace {

namespace image = core::image;

struct PaletteOptions {
    std::string file;
    image::PaletteRequest request;
    bool json = false;
};

std::string hex(const std::array<std::uint8_t, 3> &rgb)
{
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    return text;
}

int runPalette(const PaletteOptions &o)
{
    auto picture = image::importImage(o.file);
    if (!picture) {
        std::cerr << "noosphere-cli: " << picture.error().detail << '\n';
        return kExitBadInput;
    }
    auto palette = image::extractPalette(picture.value(), o.request);
    if (!palette) {
        std::cerr << "noosphere-cli: " << o.file << ": " << palette.error().detail << '\n';
        return kExitBadInput;
    }
    if (o.json) {
        nlohmann::ordered_json colours = nlohmann::ordered_json::array();
        for (const auto &c : palette.value())
            colours.push_back({{"hex", hex(c.rgb)},
                               {"rgb", {c.rgb[0], c.rgb[1], c.rgb[2]}},
                               {"lab", {c.lab[0], c.lab[1], c.lab[2]}},
                               {"share", c.share}});
        std::cout << nlohmann::ordered_json{{"file", o.file}, {"colours", colours}}.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto &c : palette.value())
        std::printf("%s  %5.1f%%  L %5.1f  a %6.1f  b %6.1f\n", hex(c.rgb).c_str(), 100 * c.share, c.lab[0], c.lab[1],
                    c.lab[2]);
    return kExitOk;
}

}  // namespace

void addImageVerbs(CLI::App &app, int &exitCode)
{
    auto *image = app.add_subcommand("image", "Work with pictures: palettes");
    image->require_subcommand(1);
    auto o = std::make_shared<PaletteOptions>();
    auto *verb = image->add_subcommand("palette", "Print the colours a picture is made of, largest share first");
    verb->add_option("file", o->file, "The picture (PNG, JPEG or WebP); transparent pixels are left out")->required();
    verb->add_option("--colours", o->request.colours, "How many colours, 1-16 (default: 5-8, chosen by the picture)")
        ->capture_default_str();
    verb->add_option("--seed", o->request.seed, "Seed of k-means's starting colours")->capture_default_str();
    verb->add_flag("--json", o->json, "Print JSON instead of text");
    verb->footer("Exit codes: 0 done; 2 bad input (missing, truncated, corrupt or non-image file, no opaque "
                 "pixel, a colour count outside 0-16).\n");
    verb->callback([o, &exitCode] { exitCode = runPalette(*o); });
}

}  // namespace noosphere::cli
