// noosphere-cli: the engine without Qt. Every engine feature has a verb here, as well as its UI.
#include "verbs.h"

#include "buildinfo.h"
#include "device/deviceinfo.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char **argv)
{
    using namespace noosphere;
    CLI::App app{"Noosphere studio engine: projects, models and tools from the command line", "noosphere-cli"};
    app.set_version_flag("--version", "noosphere-cli " + core::studioVersion());
    app.require_subcommand(1);
    int threads = 0;
    app.add_option("--threads", threads, "LibTorch threads for model work (0 = one per hardware thread)")
        ->check(CLI::Range(0, 256));

    int exitCode = cli::kExitOk;
    cli::addInfoVerb(app, exitCode);
    cli::addProjectVerbs(app, exitCode);
    cli::addDeviceVerbs(app, exitCode);
    cli::addLmVerbs(app, exitCode);
    cli::addTextVerbs(app, exitCode);
    cli::addWordsVerbs(app, exitCode);
    cli::addDesignVerbs(app, exitCode);
    cli::addMarkerVerbs(app, exitCode);
    cli::addCameraVerbs(app, exitCode);
    cli::addImageVerbs(app, exitCode);
    cli::addGanVerbs(app, exitCode);
    // NOTE: applied before any verb runs (parse_complete_callback), since LibTorch starts with one thread here.
    app.parse_complete_callback([&threads] { models::setComputeThreads(threads); });

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        // One clear line, and the bad-input exit code, whatever CLI11 would choose.
        std::cerr << "noosphere-cli: " << e.what() << " (see --help)\n";
        return cli::kExitBadInput;
    }
    return exitCode;
}
