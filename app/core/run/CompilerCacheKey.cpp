#include "CompilerCacheKey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace Duet
{

namespace
{

QByteArray fileIdentity(const QString &path)
{
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty())
        return path.toUtf8() + " missing\n";
    return canonical.toUtf8() + ' ' + QByteArray::number(file.size()) + ' '
        + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
}

} // namespace

QStringList Toolchain::probeArguments(const QString &compiler)
{
    // One shell run instead of three, as a single asynchronous step; the
    // compiler is a positional parameter, never part of the script.
    return {QStringLiteral("-c"),
            QStringLiteral("\"$1\" --version && \"$1\" -print-file-name=libstdc++.so"
                           " && printf '#include <version>\\n' | \"$1\" -std=c++23 -x c++ -E -M -"),
            QStringLiteral("duet-toolchain-probe"), compiler};
}

QByteArray Toolchain::identity(const QString &compiler, const QByteArray &probeOutput)
{
    QByteArray identity = fileIdentity(compiler) + probeOutput;
    static const QRegularExpression path(QStringLiteral(R"((?:^|\s)(/[^\s\\]+))"));
    for (auto match = path.globalMatch(QString::fromLocal8Bit(probeOutput)); match.hasNext();)
        identity += fileIdentity(match.next().captured(1));
    return identity;
}

QString compilerCacheKey(QByteArrayView toolchain, const QStringList &flags, QByteArrayView content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(toolchain);
    hash.addData("\n");
    hash.addData(flags.join(QLatin1Char(' ')).toUtf8());
    hash.addData("\n");
    hash.addData(content);
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace Duet
