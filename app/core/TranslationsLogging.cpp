#include "TranslationsLogging.h"

namespace Duet
{
Q_LOGGING_CATEGORY(lcTranslations, "duet.translations", QtInfoMsg)
} // namespace Duet
