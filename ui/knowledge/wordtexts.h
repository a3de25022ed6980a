// The word tools' translated vocabulary, one place for the popup, the concept graph and their tests: parts of
// speech, kinds of rhyme, kinds of link in the graph, and what to say when a dictionary is missing.
#pragma once

#include "knowledge/worddictionaries.h"
#include "text/knowledge/conceptgraph.h"
#include "text/knowledge/rhymes.h"
#include "text/knowledge/wordnettypes.h"

#include <QString>

namespace noosphere::ui {

QString partOfSpeechText(core::text::PartOfSpeech pos);
QString rhymeKindText(core::text::RhymeKind kind);
QString conceptLinkText(core::text::ConceptLink link);
/// Synonyms and the concept graph are unavailable: why, and which Debian package to install.
QString wordNetProblemText(const DictionaryProblem &problem);
/// Rhymes and syllables are unavailable: why, and which npm package to install.
QString soundProblemText(const DictionaryProblem &problem);

}  // namespace noosphere::ui
