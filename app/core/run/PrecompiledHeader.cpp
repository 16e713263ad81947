#include "PrecompiledHeader.h"

#include "CompilerCacheKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Duet
{

PrecompiledHeader::PrecompiledHeader(const QString &compiler, const QStringList &flags)
    : m_compiler(compiler)
    , m_flags(flags)
    , m_clang(QFileInfo(compiler).fileName().contains(QLatin1String("clang")))
{
    // One per compiler binary and flag set: a precompiled header is only
    // valid for the exact compiler and options that built it.
    m_directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/pch/")
        + compilerCacheKey(compiler, flags, headers().join(QLatin1Char(' ')).toUtf8());
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

QString PrecompiledHeader::clangPrecompiledFile() const
{
    return headerFile() + QLatin1String(".pch");
}

QString PrecompiledHeader::builtFile() const
{
    return headerFile() + (m_clang ? QLatin1String(".o") : QLatin1String(".gch"));
}

bool PrecompiledHeader::isBuilt() const
{
    return QFileInfo(builtFile()).isFile() && (!m_clang || QFileInfo(clangPrecompiledFile()).isFile());
}

QList<QStringList> PrecompiledHeader::prepareBuild() const
{
    QDir().mkpath(m_directory);
    QFile::remove(builtFile());
    QSaveFile header(headerFile());
    QByteArray text = "// The standard headers Duet's lessons use, precompiled once.\n";
    for (const QString &name : headers())
        text += "#include <" + name.toLatin1() + ">\n";
    if (header.open(QIODevice::WriteOnly) && header.write(text) >= 0)
        header.commit();
    // The last file is written under a temporary name and renamed, so a
    // build cut short is never taken for a finished one.
    const QString last = builtFile() + QLatin1String(".part");
    const QStringList headerInput {QStringLiteral("-x"), QStringLiteral("c++-header"), headerFile(),
                                   QStringLiteral("-o")};
    if (!m_clang)
        return {m_flags + headerInput + QStringList {last}};
    return {m_flags + QStringList {QStringLiteral("-fpch-instantiate-templates"), QStringLiteral("-fpch-codegen")}
                + headerInput + QStringList {clangPrecompiledFile()},
            m_flags + QStringList {QStringLiteral("-c"), clangPrecompiledFile(), QStringLiteral("-o"), last}};
}

bool PrecompiledHeader::finishBuild() const
{
    QFile::remove(builtFile());
    return QFile::rename(builtFile() + QLatin1String(".part"), builtFile());
}

QStringList PrecompiledHeader::useArguments() const
{
    // clang++ reads the precompiled header and links the templates compiled
    // with it instead of generating them again.
    if (m_clang)
        return {QStringLiteral("-include-pch"), clangPrecompiledFile(), builtFile()};
    // g++ looks for <header>.gch beside the included header; -Winvalid-pch
    // says so if it ever has to ignore it.
    return {QStringLiteral("-include"), headerFile(), QStringLiteral("-Winvalid-pch")};
}

} // namespace Duet
