// Each noun of noosphere-cli registers its verbs here; main() only wires them. One file per noun.
#pragma once

namespace CLI {
class App;
}

namespace noosphere::cli {

/// Exit codes shared by every verb: 0 success, 1 the work itself failed, 2 bad input (file, argument).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitBadInput = 2;

void addInfoVerb(CLI::App &app, int &exitCode);
void addProjectVerbs(CLI::App &app, int &exitCode);
void addProjectExportVerb(CLI::App &project, int &exitCode);  // project export (projectexport.cpp)
void addDeviceVerbs(CLI::App &app, int &exitCode);
void addLmVerbs(CLI::App &app, int &exitCode);       // lm inspect|generate|score|train, tokenize
void addLmTrainVerb(CLI::App &lm, int &exitCode);  // lm train (lmtrain.cpp), under the lm noun
void addTextVerbs(CLI::App &app, int &exitCode);         // text sentiment|stats (text.cpp)
void addTextSentimentVerb(CLI::App &text, int &exitCode);  // text sentiment (textsentiment.cpp)
void addTextStatsVerb(CLI::App &text, int &exitCode);      // text stats (textstats.cpp)
void addWordsVerbs(CLI::App &app, int &exitCode);        // words senses|synonyms|index (words.cpp)
void addWordsSoundVerbs(CLI::App &words, int &exitCode);  // words rhymes|syllables (wordssound.cpp)
void addDesignVerbs(CLI::App &app, int &exitCode);          // design families|export (design.cpp)
void addDesignEvolveVerb(CLI::App &design, int &exitCode);  // design evolve (designevolve.cpp)
void addMarkerVerbs(CLI::App &app, int &exitCode);          // marker print|pose (marker.cpp)
void addCameraVerbs(CLI::App &app, int &exitCode);          // camera calibrate (camera.cpp)
void addImageVerbs(CLI::App &app, int &exitCode);           // image palette (image.cpp)
void addGanVerbs(CLI::App &app, int &exitCode);             // gan sample|mix|breed|project|score (gan.cpp)
void addGanTrainVerb(CLI::App &gan, int &exitCode);         // gan train (gantrain.cpp), under the gan noun
void addGanFollowScoreVerb(CLI::App &gan, int &exitCode);   // gan follow-score (ganfollow.cpp)

}  // namespace noosphere::cli
