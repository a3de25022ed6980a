// Runs Princeton's `wn` (Debian package wordnet) and parses what it prints with -o (synset offsets) and -g
// (glosses), so that tst_wordnet can compare our engine with the reference one, sense by sense.
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wntest {

/// One "Sense N" block of wn's output.
struct WnBlock {
    QString lemma;      // from the "N senses of LEMMA" line above it
    int sense = 0;
    quint32 offset = 0;
    QStringList words;  // markers such as "(predicate)" and "(vs. …)" removed
    QString gloss;
    // What the block's lines point to, as "kind:offset" or "kind:offset:word" (kind per the section):
    // ptr (=> at the first level), instance-of, has-instance, has-part…, antonym, derived, adj-antonym.
    QSet<QString> targets;
};

/// One search of one form: "Hyponyms of noun dog".
struct WnSection {
    QString search;  // syns, ants, hypo, mero, holo, deri
    QString pos;     // noun, verb, adj, adv
    QList<WnBlock> blocks;
};

/// `wn WORD -o -g` with `searches` (e.g. "-synsn"); empty when wn prints nothing. Fails (returns false, with
/// `error`) when wn cannot be started.
bool runWn(const QString &word, const QStringList &searches, QList<WnSection> &sections, QString &error);

/// Parses wn's text (exposed for a unit check of the parser itself).
QList<WnSection> parseWnOutput(const QString &text);

}  // namespace wntest
