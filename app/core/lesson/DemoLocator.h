#pragma once

#include <QString>

namespace Duet
{

/// Finds the prebuilt demo of a built-in section. The build tree and an
/// installation share one layout, `bin/duet` beside `libexec/duet/<lesson>/<section>`,
/// so one rule serves both; `DUET_DEMO_DIR` overrides it (tests, packagers).
class DemoLocator
{
public:
    /// The folder that holds one subfolder of demos per lesson.
    [[nodiscard]] static QString demoDirectory();

    /// The executable for LESSON/SECTION, or an empty string if none is built.
    [[nodiscard]] static QString demoFor(const QString &lessonId, const QString &sectionId);
};

} // namespace Duet
