#include "blueprint.h"

#include "blueprintstext.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcBlueprints, "sloop.blueprints", QtInfoMsg)

namespace sloop::blueprints {

QString categoryKey(Blueprint::Category category)
{
    return category == Blueprint::OsOnly ? QStringLiteral("os") : QStringLiteral("apps");
}

QString categoryTitle(Blueprint::Category category)
{
    return category == Blueprint::OsOnly ? BlueprintsText::tr("OS only")
                                         : BlueprintsText::tr("Apps + OS");
}

QString healthKindKey(HealthCheck::Kind kind)
{
    switch (kind) {
    case HealthCheck::Http:
        return QStringLiteral("http");
    case HealthCheck::Tcp:
        return QStringLiteral("tcp");
    case HealthCheck::Command:
        return QStringLiteral("command");
    case HealthCheck::None:
        break;
    }
    return QStringLiteral("none");
}

bool isValidBlueprintId(const QString &id)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    return rule.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

} // namespace sloop::blueprints
