#include "project/errortext.h"

#include <QCoreApplication>

namespace noosphere::ui {

using models::ErrorCode;

namespace {
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)  // the translation context lupdate and tr() share
};
}  // namespace

QString userMessage(const models::Error &error, const QString &fileName)
{
    const QString name = fileName.isEmpty() ? ErrorText::tr("The file") : QStringLiteral("“%1”").arg(fileName);
    switch (error.code) {
    case ErrorCode::NotFound: return ErrorText::tr("%1 does not exist.").arg(name);
    case ErrorCode::IsDirectory: return ErrorText::tr("%1 is a folder, not a Noosphere project.").arg(name);
    case ErrorCode::EmptyFile: return ErrorText::tr("%1 is empty (0 bytes), so it is not a Noosphere project.").arg(name);
    case ErrorCode::NotAProject: return ErrorText::tr("%1 is not a Noosphere project.").arg(name);
    case ErrorCode::Truncated:
        return ErrorText::tr("%1 is incomplete: it was cut short, perhaps by an interrupted copy. It was not changed.").arg(name);
    case ErrorCode::Corrupt:
        return ErrorText::tr("%1 is damaged and cannot be opened safely. It was not changed.").arg(name);
    case ErrorCode::NewerVersion:
        return ErrorText::tr("%1 was made by a newer version of Noosphere. Update Noosphere to open it.").arg(name);
    case ErrorCode::ReadOnly: return ErrorText::tr("%1 is read-only, so changes could not be saved.").arg(name);
    case ErrorCode::Locked: return ErrorText::tr("%1 is open in another Noosphere window.").arg(name);
    case ErrorCode::AlreadyExists: return ErrorText::tr("%1 already exists. Choose another name.").arg(name);
    case ErrorCode::Io: return ErrorText::tr("%1 could not be read or written.").arg(name);
    case ErrorCode::Cancelled: return ErrorText::tr("Cancelled.");
    case ErrorCode::BadModelFile:
        return ErrorText::tr("%1 is not a usable model: %2").arg(name, QString::fromStdString(error.detail));
    case ErrorCode::UnsupportedModel:
        return ErrorText::tr("%1 is a kind of model this version of Noosphere cannot run: %2")
            .arg(name, QString::fromStdString(error.detail));
    case ErrorCode::InvalidArgument:
    case ErrorCode::Unknown: break;
    }
    return QString::fromStdString(error.detail);
}

bool canOpenReadOnlyAfter(const models::Error &error)
{
    return error.code == ErrorCode::Locked || error.code == ErrorCode::ReadOnly;
}

}  // namespace noosphere::ui
