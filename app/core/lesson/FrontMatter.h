#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariantMap>

namespace Duet
{

/// The YAML block between the `---` lines at the top of lesson.md, read with
/// yaml-cpp. Every key is kept in `metadata`; the ones Duet interprets are
/// also checked and copied into typed fields. Errors carry lesson.md's lines.
struct FrontMatter {
    /// Per-section settings from the `sections:` key, by section id.
    struct SectionSettings {
        QStringList varyingOutput;
        int line = 0;
    };

    QVariantMap metadata;
    QString title;
    QString id;
    QString description;
    QString date;
    QString category;
    QHash<QString, SectionSettings> sections;
    /// Offset into the file of the first byte after the closing `---` line,
    /// and that byte's 1-based line.
    qsizetype bodyOffset = 0;
    int bodyLine = 1;

    /// Splits `text` (lesson.md, BOM already removed) and parses its front
    /// matter. Problems are appended to `errors` (with `fileName`); the
    /// returned value is usable as far as it could be read.
    static FrontMatter parse(const QByteArray &text, const QString &fileName, Diagnostics &errors);
};

} // namespace Duet
