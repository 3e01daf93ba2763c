#include "addedengines.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::engine {

namespace {

struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

// Each entry is "name=unix:///path".
QStringList stored()
{
    return Settings().get(Settings::AddedEngines);
}

} // namespace

QList<EngineEndpoint> addedEngines()
{
    QList<EngineEndpoint> out;
    for (const QString &entry : stored()) {
        const QString name = entry.section(QLatin1Char('='), 0, 0);
        const QString address = entry.section(QLatin1Char('='), 1);
        const Result<QString> path = socketPathFromAddress(address);
        if (name.isEmpty() || !path)
            continue;
        out.append({name, QStringLiteral("unix://") + *path,
                    path->contains(QLatin1String("podman")) ? QStringLiteral("podman")
                                                            : QStringLiteral("docker"),
                    *path, QString()});
    }
    return out;
}

QList<EngineEndpoint> knownEngines()
{
    return discoverLocalEngines() + addedEngines();
}

Result<EngineEndpoint> addEngine(const QString &name, const QString &address)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    if (!word.match(name).hasMatch())
        return Result<EngineEndpoint>::failure(
            ErrorKind::InvalidInput,
            EngineText::tr("\"%1\" is not an engine name: use up to 63 letters, digits, '-', "
                           "'_' and '.', starting with a letter or digit.")
                .arg(name.left(80)));
    for (const EngineEndpoint &e : knownEngines())
        if (e.name == name)
            return Result<EngineEndpoint>::failure(
                ErrorKind::Conflict, EngineText::tr("There is already an engine named \"%1\" (%2).")
                                         .arg(name, e.address));
    const Result<QString> path = socketPathFromAddress(address);
    if (!path)
        return Result<EngineEndpoint>::failure(ErrorKind::InvalidInput, path.error());
    QStringList entries = stored();
    entries.append(name + QStringLiteral("=unix://") + *path);
    Settings settings;
    settings.set(Settings::AddedEngines, entries);
    settings.sync();
    return addedEngines().constLast();
}

bool removeAddedEngine(const QString &name)
{
    QStringList entries = stored();
    const qsizetype before = entries.size();
    entries.removeIf([&](const QString &e) { return e.section(QLatin1Char('='), 0, 0) == name; });
    if (entries.size() == before)
        return false;
    Settings settings;
    settings.set(Settings::AddedEngines, entries);
    settings.sync();
    return true;
}

} // namespace sloop::engine
