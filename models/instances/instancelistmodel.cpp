#include "instancelistmodel.h"
#include "common/tones.h"

#include "blueprints/blueprint.h"
#include "common/displaytext.h"
#include "pricing/price.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace sloop::models {

using instances::InstanceRecord;
using instances::InstanceState;

InstanceRow makeInstanceRow(const InstanceRecord &record,
                            const std::optional<blueprints::Blueprint> &blueprint,
                            const std::optional<pricing::Plan> &plan, const QString &priceCurrency)
{
    InstanceRow row;
    row.record = record;
    if (blueprint) {
        row.blueprintName = blueprint->name;
        row.blueprintIcon = blueprint->icon;
    }
    row.plan = plan;
    row.priceCurrency = priceCurrency;
    return row;
}

QColor instanceStateColor(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return models::toneColor(models::Tone::Ok);
    case InstanceState::Pending:
    case InstanceState::Provisioning:
    case InstanceState::Deleting:
        return models::toneColor(models::Tone::Warning);
    case InstanceState::Failed:
        return models::toneColor(models::Tone::Error);
    case InstanceState::Stopped:
        break;
    }
    return models::toneColor(models::Tone::Muted);
}

namespace {

void paintDot(QPainter &painter, const QRectF &rect, const QColor &colour)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(rect);
}

// The blueprint's icon with the state's dot in its lower right corner, so
// the name cell says what the instance is and how it is at a glance.
QIcon badgedIcon(const QString &iconPath, InstanceState state)
{
    static QHash<QString, QIcon> cache;
    const QString key = iconPath + QLatin1Char('|') + QString::number(int(state));
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QIcon base(iconPath);
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        if (!base.isNull())
            base.paint(&painter, QRect(0, 0, size, size));
        const qreal dot = size * 0.42;
        const QRectF ring(size - dot, size - dot, dot, dot);
        // A white ring lifts the dot off any icon beneath it.
        paintDot(painter, ring, QColor(255, 255, 255, 230));
        const qreal inset = dot * 0.16;
        paintDot(painter, ring.adjusted(inset, inset, -inset, -inset), instanceStateColor(state));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QString addressText(const InstanceRecord &record)
{
    QStringList parts;
    // On this machine the ports say it all; another machine's address leads.
    const bool loopback = record.address == QLatin1String("127.0.0.1") ||
                          record.address == QLatin1String("::1") ||
                          record.address == QLatin1String("localhost");
    if (!record.address.isEmpty() && !loopback)
        parts.append(record.address);
    QStringList ports;
    for (const instances::PortMapping &p : record.ports)
        if (!(p.containerPort == 22 && p.protocol == QLatin1String("tcp")))
            ports.append(portMappingText(p));
    if (!ports.isEmpty())
        parts.append(ports.join(QStringLiteral(", ")));
    if (parts.isEmpty() && !record.address.isEmpty())
        parts.append(instanceSshEndpoint(record));
    return parts.join(QStringLiteral("  ·  "));
}

QString stateText(const InstanceRow &row)
{
    const QString state = instances::displayName(row.record.state);
    if (row.activity.isEmpty())
        return state;
    return InstanceListModel::tr("%1 (%2…)").arg(state, row.activity);
}

QString estimateText(const InstanceRow &row)
{
    if (!row.estimateCents)
        return QStringLiteral("—");
    return pricing::formatMonthly(*row.estimateCents, row.estimateCurrency);
}

} // namespace

QIcon instanceStateDot(InstanceState state)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(state)); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {12, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const qreal inset = size / 6.0;
        paintDot(painter, QRectF(inset, inset, size - 2 * inset, size - 2 * inset),
                 instanceStateColor(state));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(state), icon);
    return icon;
}

QString instanceSshEndpoint(const InstanceRecord &record)
{
    if (record.address.isEmpty())
        return {};
    const QString host = record.address.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + record.address + QLatin1Char(']')
                             : record.address;
    return host + QLatin1Char(':') + QString::number(record.sshPort);
}

QString portMappingText(const instances::PortMapping &mapping)
{
    return QStringLiteral("%1 → %2/%3")
        .arg(mapping.hostPort)
        .arg(mapping.containerPort)
        .arg(mapping.protocol);
}

QString planSpecText(const pricing::Plan &plan)
{
    return InstanceListModel::tr("%1 · %n vCPU · %2 memory · %3 SSD", nullptr, plan.vcpus)
        .arg(plan.name, pricing::formatMemory(plan.memoryMiB),
             pricing::formatStorage(plan.diskGiB));
}

InstanceListModel::InstanceListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceRow &row = item(index.row());
    const InstanceRecord &r = row.record;
    const QString blueprint = row.blueprintName.isEmpty() ? r.blueprintId : row.blueprintName;
    const QString plan = row.plan ? row.plan->name : r.planId;
    const QString price =
        row.plan ? pricing::formatMonthly(row.plan->priceCents, row.priceCurrency) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return text::cell(r.name);
        case State:
            return stateText(row);
        case Blueprint:
            return text::cell(blueprint);
        case Plan:
            return text::cell(plan);
        case Location:
            return text::cell(r.location);
        case Address:
            return text::cell(addressText(r));
        case Price:
            return price;
        case Estimate:
            return estimateText(row);
        case Card: {
            QStringList lines{text::cell(r.name, 40), stateText(row),
                              text::cell(blueprint, 40) + QStringLiteral(" · ") + plan};
            if (!price.isEmpty())
                lines.append(price);
            return lines.join(QLatin1Char('\n'));
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Name || index.column() == Card)
            return badgedIcon(row.blueprintIcon, r.state);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Estimate)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Card)
            return QVariant(Qt::AlignHCenter | Qt::AlignTop);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
        case Card:
            return text::tooltip(
                r.tags.isEmpty()
                    ? r.name
                    : tr("%1\nTags: %2").arg(r.name, r.tags.join(QStringLiteral(", "))));
        case State:
            if (r.state == InstanceState::Failed && !r.failedStep.isEmpty())
                return text::tooltip(tr("Failed at: %1\n%2").arg(r.failedStep, r.stateReason));
            return text::tooltip(r.stateReason);
        case Plan:
            return row.plan ? planSpecText(*row.plan)
                            : tr("The plan %1 is not in the catalogue.").arg(r.planId);
        case Address: {
            QStringList lines;
            if (const QString ssh = instanceSshEndpoint(r); !ssh.isEmpty())
                lines.append(tr("SSH: %1").arg(ssh));
            for (const instances::PortMapping &p : r.ports)
                lines.append(portMappingText(p));
            return text::tooltip(lines.join(QLatin1Char('\n')));
        }
        case Price:
            return row.estimateCents
                       ? tr("What the same plan costs on Amazon Lightsail; Sloop's estimate of "
                            "its share of %1: %2")
                             .arg(r.location, estimateText(row))
                       : tr("What the same plan costs on Amazon Lightsail");
        case Estimate:
            return row.estimateCents
                       ? tr("This instance's share of what %1 costs you, by memory").arg(r.location)
                       : tr("No cost stated for %1: set one with sloop costs set %1 AMOUNT")
                             .arg(r.location);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
        case Card:
            return r.name;
        case State:
            return int(r.state);
        case Blueprint:
            return blueprint;
        case Plan:
            return row.plan ? row.plan->priceCents : -1;
        case Location:
            return r.location;
        case Address:
            return addressText(r);
        case Price:
            return row.plan ? row.plan->priceCents : -1;
        case Estimate:
            return row.estimateCents ? *row.estimateCents : -1;
        }
        break;
    case IdRole:
        return r.name;
    case StateRole:
        return int(r.state);
    case BusyRole:
        return !row.activity.isEmpty();
    }
    return {};
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Price)
        return tr("What the same plan costs a month on Amazon Lightsail");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Blueprint:
        return tr("Blueprint");
    case Plan:
        return tr("Plan");
    case Location:
        return tr("Location");
    case Address:
        return tr("Address");
    case Price:
        return tr("Price");
    case Estimate:
        return tr("Sloop estimate");
    case Card:
        return tr("Card");
    }
    return {};
}

void InstanceListModel::upsert(const InstanceRow &row)
{
    QList<InstanceRow> rows = items();
    const int at = rowOfName(row.record.name);
    if (at >= 0) {
        InstanceRow next = row;
        // The estimate is worked out for all rows together (setEstimates):
        // it survives a record update. The activity comes with the row.
        next.estimateCents = rows.at(at).estimateCents;
        next.estimateCurrency = rows.at(at).estimateCurrency;
        rows[at] = next;
    } else {
        rows.append(row);
    }
    setItems(rows);
}

bool InstanceListModel::removeName(const QString &name)
{
    const int at = rowOfName(name);
    if (at < 0)
        return false;
    QList<InstanceRow> rows = items();
    rows.removeAt(at);
    setItems(rows);
    return true;
}

void InstanceListModel::setActivity(const QString &name, const QString &action)
{
    const int at = rowOfName(name);
    if (at < 0 || item(at).activity == action)
        return;
    QList<InstanceRow> rows = items();
    rows[at].activity = action;
    setItems(rows);
}

void InstanceListModel::setEstimates(
    const QHash<QString, std::pair<std::optional<qint64>, QString>> &estimates)
{
    QList<InstanceRow> rows = items();
    for (InstanceRow &row : rows) {
        const auto it = estimates.constFind(row.record.name.toLower());
        row.estimateCents = it == estimates.constEnd() ? std::nullopt : it->first;
        if (it != estimates.constEnd() && !it->second.isEmpty())
            row.estimateCurrency = it->second;
    }
    setItems(rows);
}

} // namespace sloop::models
