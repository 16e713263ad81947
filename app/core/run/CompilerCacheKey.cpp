#include "CompilerCacheKey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

namespace Duet
{

QString compilerCacheKey(const QString &compiler, const QStringList &flags, QByteArrayView content)
{
    const QFileInfo compilerFile(compiler);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(compilerFile.canonicalFilePath().toUtf8());
    hash.addData(QByteArray::number(compilerFile.lastModified().toMSecsSinceEpoch()));
    hash.addData(QByteArray::number(compilerFile.size()));
    hash.addData(flags.join(QLatin1Char(' ')).toUtf8());
    hash.addData(content);
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace Duet
