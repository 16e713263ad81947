#pragma once

#include <QLoggingCategory>

namespace Duet
{
/// Which message catalogues were found and installed:
/// `QT_LOGGING_RULES="duet.translations.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcTranslations)
} // namespace Duet
