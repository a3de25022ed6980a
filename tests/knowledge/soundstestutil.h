// Shared by the sound and statistics tests: the npm data folder pointed elsewhere for one scope (a missing
// package), and the English data loaded once per process.
#pragma once

#include "text/knowledge/languagedata.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/// Points $NOOSPHERE_NPM_DATA_DIR at `dir` until destroyed.
class ScopedNpmDataDir {
public:
    explicit ScopedNpmDataDir(const QString &dir)
        : m_old(qgetenv("NOOSPHERE_NPM_DATA_DIR"))
        , m_had(qEnvironmentVariableIsSet("NOOSPHERE_NPM_DATA_DIR"))
    {
        qputenv("NOOSPHERE_NPM_DATA_DIR", dir.toUtf8());
    }
    ~ScopedNpmDataDir()
    {
        if (m_had)
            qputenv("NOOSPHERE_NPM_DATA_DIR", m_old);
        else
            qunsetenv("NOOSPHERE_NPM_DATA_DIR");
    }
    ScopedNpmDataDir(const ScopedNpmDataDir &) = delete;
    ScopedNpmDataDir &operator=(const ScopedNpmDataDir &) = delete;

private:
    QByteArray m_old;
    bool m_had;
};
