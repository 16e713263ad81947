#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Duet
{

/// The optional YAML block between the `---` lines at the top of a lesson's
/// Markdown, read with yaml-cpp. Every key is kept in `metadata`; the ones Duet
/// interprets are also checked and copied into typed fields. Errors carry the
/// file's lines. Front matter is small and comes from strangers: anchors and
/// aliases (the "billion laughs") are refused, and its size, node count and
/// depth are capped before anything is built from it.
struct FrontMatter {
    /// Whether a section's ```python blocks make its program (`run`, the
    /// default) or stay in its prose unless marked `python run` (`norun`).
    enum class PythonBlocks { Run, NoRun };

    /// Per-section settings from the `sections:` key, by section id.
    struct SectionSettings {
        QStringList varyingOutput;
        QStringList hints;
        std::optional<PythonBlocks> pythonBlocks;
        int line = 0;
    };

    /// More than any lesson needs, far less than it takes to hurt.
    static constexpr qsizetype maximumBytes = qsizetype(256) * 1024;
    static constexpr int maximumNodes = 20000;
    static constexpr int maximumDepth = 16;

    /// Whether the file has a front matter block at all.
    bool present = false;
    QVariantMap metadata;
    QString title;
    QString id;
    /// The line of the `id:` key, 0 without one.
    int idLine = 0;
    QString description;
    QString date;
    QString category;
    std::optional<int> order;
    PythonBlocks pythonBlocks = PythonBlocks::Run;
    QHash<QString, SectionSettings> sections;
    /// Offset into the file of the first byte after the closing `---` line,
    /// and that byte's 1-based line; 0 and 1 without front matter.
    qsizetype bodyOffset = 0;
    int bodyLine = 1;

    /// Splits `text` (the Markdown, BOM already removed) and parses its front
    /// matter, if it begins with a `---` line. Problems are appended to
    /// `errors` (with `fileName`); the returned value is usable as far as it
    /// could be read.
    static FrontMatter parse(const QByteArray &text, const QString &fileName, Diagnostics &errors);
};

} // namespace Duet
