#pragma once
// Chooses the UI language (a setting, or the system's) and installs Qt's and FleetDesk's translators.
#include <QString>

class QCoreApplication;

namespace Translations {
// language: "system", "zh_CN" or "en". Returns the language actually used ("zh_CN" or "en").
QString install(QCoreApplication &app, const QString &language);
} // namespace Translations
