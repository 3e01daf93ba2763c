#include "containerpowers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sloop::pricing {

namespace {

struct PowerText
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};

} // namespace

const ContainerPower *ContainerPowers::find(const QString &id) const
{
    for (const ContainerPower &p : powers)
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

QStringList ContainerPowers::ids() const
{
    QStringList out;
    for (const ContainerPower &p : powers)
        out.append(p.id);
    return out;
}

Result<ContainerPowers> loadContainerPowers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ContainerPowers>::failure(
            ErrorKind::NotFound,
            PowerText::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toInt() != 1)
        return Result<ContainerPowers>::failure(
            ErrorKind::InvalidInput,
            PowerText::tr("%1 is not a container power file (format 1).").arg(path));
    ContainerPowers out;
    out.title = o.value(QLatin1String("title")).toString();
    out.source = o.value(QLatin1String("source")).toString();
    out.takenOn = o.value(QLatin1String("takenOn")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("powers")).toArray()) {
        const QJsonObject p = v.toObject();
        ContainerPower power{p.value(QLatin1String("id")).toString(),
                             p.value(QLatin1String("name")).toString(),
                             p.value(QLatin1String("vcpus")).toDouble(),
                             qint64(p.value(QLatin1String("memoryMiB")).toDouble()),
                             p.value(QLatin1String("priceUsd")).toDouble(-1)};
        if (power.id.isEmpty() || power.vcpus <= 0 || power.memoryMiB < 64 || power.priceUsd < 0)
            return Result<ContainerPowers>::failure(
                ErrorKind::InvalidInput,
                PowerText::tr("%1: power \"%2\" needs an id, vCPUs, memoryMiB (64 or more) and "
                              "priceUsd.")
                    .arg(path, power.id));
        out.powers.append(power);
    }
    if (out.powers.isEmpty())
        return Result<ContainerPowers>::failure(ErrorKind::InvalidInput,
                                                PowerText::tr("%1 has no powers in it.").arg(path));
    return out;
}

} // namespace sloop::pricing
