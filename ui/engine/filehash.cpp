#include "engine/filehash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace noosphere::ui {

using models::Error;
using models::ErrorCode;

namespace {
constexpr qint64 kHashChunkBytes = 4 << 20;
}  // namespace

models::Result<std::string> sha256OfFiles(const QStringList &files, const std::function<void(double)> &progress,
                                          const std::function<bool()> &cancelled)
{
    qint64 total = 0, done = 0;
    for (const QString &file : files)
        total += QFileInfo(file).size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, "cannot read '" + name.toStdString() + "'"};
        while (!file.atEnd()) {
            if (cancelled && cancelled())
                return Error{ErrorCode::Cancelled, "cancelled"};
            const QByteArray chunk = file.read(kHashChunkBytes);
            if (chunk.isEmpty())
                return Error{ErrorCode::Io, "cannot read '" + name.toStdString() + "'"};
            hash.addData(chunk);
            done += chunk.size();
            if (progress)
                progress(total > 0 ? double(done) / double(total) : 1.0);
        }
    }
    return hash.result().toHex().toStdString();
}

}  // namespace noosphere::ui
