#include "CompilerOutputLinker.h"

#include <QRegularExpression>

namespace Duet
{

LinkedOutput CompilerOutputLinker::link(const QString &compilerOutput, const QString &compiledPath,
                                        const CodeListing &listing)
{
    QString program = compiledPath;
    if (program.isEmpty()) {
        static const QRegularExpression anySource(QStringLiteral(R"(([^\s:]+\.(?:cpp|cc|cxx)):\d+:)"));
        if (const auto first = anySource.match(compilerOutput); first.hasMatch())
            program = first.captured(1);
    }
    const QString name = LinkedOutput::shownFileName(listing.fileName, QStringLiteral("program.cpp"));
    LinkedOutput output;
    // Text between the locations; other mentions of the compiled file (the
    // linker's, "In function") read as the lesson's file too.
    const auto copyPlain = [&](QStringView text) {
        output.text += program.isEmpty() ? text.toString() : text.toString().replace(program, name);
    };
    if (program.isEmpty()) {
        copyPlain(compilerOutput);
        return output;
    }

    // `path:line:column: error: message`, or `path:line:` alone in the
    // "required from" and "In file included from" chains.
    const QRegularExpression location(
        QRegularExpression::escape(program)
        + QStringLiteral(R"(:(\d+)(?::(\d+))?:(?:\s*(fatal error|error|warning|note):\s*(.*))?)"));
    qsizetype copied = 0;
    for (auto matches = location.globalMatch(compilerOutput); matches.hasNext();) {
        const QRegularExpressionMatch found = matches.next();
        copyPlain(QStringView(compilerOutput).mid(copied, found.capturedStart() - copied));
        const int paneLine = found.captured(1).toInt();
        const int column = found.captured(2).toInt();
        const int fileLine
            = paneLine >= 1 && paneLine <= listing.sourceLines.size() ? listing.sourceLines.at(paneLine - 1) : paneLine;
        QString place = name + QLatin1Char(':') + QString::number(fileLine);
        if (column > 0)
            place += QLatin1Char(':') + QString::number(column);
        output.links.append({output.text.size(), place.size(), Language::Cpp, paneLine, column});
        output.text += place;
        // The rest of the line (severity and message) is copied as it is.
        copied = column > 0 ? found.capturedEnd(2) : found.capturedEnd(1);
        if (!found.captured(3).isEmpty())
            output.diagnostics.append(
                {name, paneLine, column, Diagnostic::severityNamed(found.captured(3)), found.captured(4)});
    }
    copyPlain(QStringView(compilerOutput).mid(copied));
    return output;
}

} // namespace Duet
