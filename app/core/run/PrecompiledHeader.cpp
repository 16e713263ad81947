#include "PrecompiledHeader.h"

#include "CompilerCacheKey.h"
#include "ProgramCache.h"
#include "RunLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>

namespace Duet
{

namespace
{

QByteArray headerText()
{
    QByteArray text = "// The standard headers Duet's lessons use, precompiled once.\n";
    for (const QString &name : PrecompiledHeader::headers())
        text += "#include <" + name.toLatin1() + ">\n";
    return text;
}

/// "name size mtime" of every built file: what was already hashed in this
/// process, so each build is hashed once and not at every compile.
QSet<QByteArray> &verifiedBuilds()
{
    static QSet<QByteArray> builds;
    return builds;
}

QMutex &verifiedBuildsMutex()
{
    static QMutex mutex;
    return mutex;
}

QByteArray stamp(const QString &file)
{
    const QFileInfo info(file);
    return QFile::encodeName(file) + ' ' + QByteArray::number(info.size()) + ' '
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

PrecompiledHeader::PrecompiledHeader(const QString &compiler, QByteArrayView toolchain, const QStringList &flags)
    : m_compiler(compiler)
    , m_flags(flags)
    , m_clang(QFileInfo(compiler).fileName().contains(QLatin1String("clang")))
{
    // One per toolchain and flag set: a precompiled header is only valid for
    // the exact compiler, library and options that built it.
    m_directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/pch/")
        + compilerCacheKey(toolchain, flags, headerText());
    m_buildTag = QStringLiteral("%1-%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

const QStringList &PrecompiledHeader::headers()
{
    static const QStringList list {
        QStringLiteral("algorithm"),     QStringLiteral("array"),      QStringLiteral("charconv"),
        QStringLiteral("chrono"),        QStringLiteral("cmath"),      QStringLiteral("concepts"),
        QStringLiteral("cstdint"),       QStringLiteral("cstdio"),     QStringLiteral("expected"),
        QStringLiteral("format"),        QStringLiteral("functional"), QStringLiteral("future"),
        QStringLiteral("iostream"),      QStringLiteral("map"),        QStringLiteral("memory"),
        QStringLiteral("mutex"),         QStringLiteral("numeric"),    QStringLiteral("optional"),
        QStringLiteral("print"),         QStringLiteral("ranges"),     QStringLiteral("set"),
        QStringLiteral("span"),          QStringLiteral("stdexcept"),  QStringLiteral("string"),
        QStringLiteral("string_view"),   QStringLiteral("thread"),     QStringLiteral("tuple"),
        QStringLiteral("unordered_map"), QStringLiteral("utility"),    QStringLiteral("variant"),
        QStringLiteral("vector")};
    return list;
}

QString PrecompiledHeader::headerFile() const
{
    return m_directory + QLatin1String("/duet-std.hpp");
}

QString PrecompiledHeader::manifestFile() const
{
    return m_directory + QLatin1String("/manifest");
}

QStringList PrecompiledHeader::builtFiles() const
{
    if (m_clang)
        return {headerFile() + QLatin1String(".pch"), headerFile() + QLatin1String(".o")};
    return {headerFile() + QLatin1String(".gch")};
}

QString PrecompiledHeader::temporaryName(const QString &file) const
{
    // The tag goes before the extension: clang++ tells a .pch and an object
    // apart by it.
    const QFileInfo info(file);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + m_buildTag + QLatin1Char('.')
        + info.suffix();
}

bool PrecompiledHeader::isUsable() const
{
    QFile manifest(manifestFile());
    if (!manifest.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = manifest.readAll().trimmed().split('\n');
    const QStringList files = builtFiles();
    if (lines.size() != files.size())
        return false;
    for (qsizetype index = 0; index < files.size(); ++index) {
        const QList<QByteArray> fields = lines.at(index).split(' ');
        const QFileInfo built(files.at(index));
        if (fields.size() != 3 || fields[0] != QFile::encodeName(built.fileName())
            || fields[1].toLongLong() != built.size() || !built.isFile())
            return false;
        const QByteArray seen = stamp(built.filePath());
        {
            const QMutexLocker lock(&verifiedBuildsMutex());
            if (verifiedBuilds().contains(seen))
                continue;
        }
        if (ProgramCache::fileHash(built.filePath()) != fields[2]) {
            qCWarning(lcRun) << "the precompiled header" << built.filePath() << "does not match its record";
            return false;
        }
        const QMutexLocker lock(&verifiedBuildsMutex());
        verifiedBuilds().insert(seen);
    }
    utimensat(AT_FDCWD, QFile::encodeName(m_directory).constData(), nullptr, 0);
    return true;
}

QList<QStringList> PrecompiledHeader::prepareBuild()
{
    QDir().mkpath(m_directory);
    // The header is written once and never again: clang++ checks that it is
    // unchanged, time included, each time a program uses the build.
    const QByteArray text = headerText();
    QFile existing(headerFile());
    if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != text) {
        QSaveFile header(headerFile());
        if (header.open(QIODevice::WriteOnly) && header.write(text) >= 0)
            header.commit();
    }
    const QStringList headerInput {QStringLiteral("-x"), QStringLiteral("c++-header"), headerFile(),
                                   QStringLiteral("-o")};
    const QStringList built = builtFiles();
    if (!m_clang)
        return {m_flags + headerInput + QStringList {temporaryName(built.at(0))}};
    return {m_flags + QStringList {QStringLiteral("-fpch-instantiate-templates"), QStringLiteral("-fpch-codegen")}
                + headerInput + QStringList {temporaryName(built.at(0))},
            m_flags
                + QStringList {QStringLiteral("-c"), temporaryName(built.at(0)), QStringLiteral("-o"),
                               temporaryName(built.at(1))}};
}

bool PrecompiledHeader::finishBuild()
{
    QByteArray record;
    for (const QString &file : builtFiles()) {
        const QString temporary = temporaryName(file);
        const QByteArray hash = ProgramCache::fileHash(temporary);
        if (hash.isEmpty()
            || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(file).constData()) != 0) {
            QFile::remove(temporary);
            return false;
        }
        record += QFile::encodeName(QFileInfo(file).fileName()) + ' ' + QByteArray::number(QFileInfo(file).size()) + ' '
            + hash + '\n';
    }
    QSaveFile manifest(manifestFile());
    return manifest.open(QIODevice::WriteOnly) && manifest.write(record) >= 0 && manifest.commit();
}

void PrecompiledHeader::discard() const
{
    QFile::remove(manifestFile());
    for (const QString &file : builtFiles())
        QFile::remove(file);
}

QStringList PrecompiledHeader::useArguments() const
{
    // clang++ reads the precompiled header and links the templates compiled
    // with it instead of generating them again.
    if (m_clang)
        return {QStringLiteral("-include-pch"), builtFiles().at(0), builtFiles().at(1)};
    // g++ looks for <header>.gch beside the included header; -Winvalid-pch
    // says so if it ever has to ignore it.
    return {QStringLiteral("-include"), headerFile(), QStringLiteral("-Winvalid-pch")};
}

bool PrecompiledHeader::reportsProblem(const QString &compilerOutput)
{
    static const QRegularExpression blame(QStringLiteral(R"(PCH file|precompiled header|AST file|\.gch\b|\.pch\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Not merely the header's folder: errors in a standard header reached
    // through a sound precompiled header name it too.
    return compilerOutput.contains(blame);
}

} // namespace Duet
