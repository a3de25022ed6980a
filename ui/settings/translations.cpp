#include "settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace noosphere::ui {

bool installTranslations(const QString &language)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto *old : {ours.get(), qt.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    ours = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        QLocale::setDefault(locale);
        return true;
    }
    const bool found = ours->load(locale, QStringLiteral("noosphere"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(ours.get());
        QLocale::setDefault(locale);
    }
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    return found;
}

}  // namespace noosphere::ui
