#include "containerlistmodel.h"

#include "common/tones.h"
#include "containers/statustext.h"

#include "containers/statssampler.h"

#include <QColor>
#include <QLocale>

namespace sloop::models {

using engine::ContainerSummary;

namespace {

QString groupKey(const QString &project)
{
    return QStringLiteral("group:") + project;
}

QColor stateColor(const QString &state)
{
    if (state == QLatin1String("running"))
        return models::toneColor(models::Tone::Ok);
    if (state == QLatin1String("paused") || state == QLatin1String("restarting"))
        return models::toneColor(models::Tone::Warning);
    if (state == QLatin1String("dead") || state == QLatin1String("removing"))
        return models::toneColor(models::Tone::Error);
    return models::toneColor(models::Tone::Muted); // created, exited
}

// Terminal and layout control characters in names and labels would break a
// table row; show them as visible escapes instead.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// The engine's state words, in the person's language; the raw word stays in
// StateRole for logic.
QString stateText(const QString &state)
{
    if (state == QLatin1String("running"))
        return ContainerListModel::tr("running");
    if (state == QLatin1String("created"))
        return ContainerListModel::tr("created");
    if (state == QLatin1String("exited"))
        return ContainerListModel::tr("exited");
    if (state == QLatin1String("paused"))
        return ContainerListModel::tr("paused");
    if (state == QLatin1String("restarting"))
        return ContainerListModel::tr("restarting");
    if (state == QLatin1String("removing"))
        return ContainerListModel::tr("removing");
    if (state == QLatin1String("dead"))
        return ContainerListModel::tr("dead");
    return state;
}

} // namespace

ContainerListModel::ContainerListModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_statusTimer.setInterval(kStatusRefreshMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &ContainerListModel::refreshStatus);
    m_statusTimer.start();
}

void ContainerListModel::refreshStatus()
{
    const int top = int(m_top.size());
    if (top == 0)
        return;
    Q_EMIT dataChanged(index(0, Status), index(top - 1, Status), {Qt::DisplayRole});
    for (int row = 0; row < top; ++row) {
        const int children = int(m_top[row].children.size());
        if (children > 0) {
            const QModelIndex group = index(row, 0);
            Q_EMIT dataChanged(index(0, Status, group), index(children - 1, Status, group),
                               {Qt::DisplayRole});
        }
    }
}

void ContainerListModel::setInventory(containers::ContainerInventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        m_inventory->disconnect(this);
    // Switching engines is the one time the whole model changes.
    beginResetModel();
    m_inventory = inventory;
    m_top.clear();
    m_containers.clear();
    m_statusSaid.clear();
    m_stats.clear();
    m_topIndex.clear();
    m_groupKeys.clear();
    m_groupByKey.clear();
    endResetModel();
    if (!m_inventory)
        return;
    connect(m_inventory, &containers::ContainerInventory::changed, this,
            &ContainerListModel::apply);
    connect(m_inventory, &QObject::destroyed, this, [this] { setInventory(nullptr); });
    containers::ContainerDelta initial;
    initial.added = m_inventory->containers();
    apply(initial);
}

void ContainerListModel::setSampler(containers::StatsSampler *sampler)
{
    if (m_sampler)
        m_sampler->disconnect(this);
    m_sampler = sampler;
    if (m_sampler)
        connect(m_sampler, &containers::StatsSampler::sampled, this, &ContainerListModel::onSample);
}

void ContainerListModel::rebuildTopIndex()
{
    m_topIndex.clear();
    m_topIndex.reserve(m_top.size());
    for (int i = 0; i < m_top.size(); ++i)
        m_topIndex.insert(m_top[i].id.isEmpty() ? groupKey(m_top[i].project) : m_top[i].id, i);
}

int ContainerListModel::topRowOfGroup(const QString &project) const
{
    return m_topIndex.value(groupKey(project), -1);
}

int ContainerListModel::topRowOfContainer(const QString &id) const
{
    return m_topIndex.value(id, -1);
}

void ContainerListModel::apply(const containers::ContainerDelta &delta)
{
    for (const QString &id : delta.removed)
        removeContainer(id);
    for (const ContainerSummary &c : delta.updated) {
        if (!m_containers.contains(c.id))
            continue;
        if (m_containers.value(c.id).composeProject() != c.composeProject()) {
            removeContainer(c.id); // labels cannot change, but an engine may say so
            insertContainers({c});
            continue;
        }
        if (m_containers.value(c.id).status != c.status)
            m_statusSaid.insert(c.id, m_clock());
        m_containers.insert(c.id, c);
        const QModelIndex first = indexOfContainer(c.id, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        const QModelIndex group = first.parent();
        if (group.isValid()) // the group's "2 of 3 running" text
            Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
    }
    insertContainers(delta.added);
}

void ContainerListModel::insertContainers(const QList<ContainerSummary> &added)
{
    if (added.isEmpty())
        return;
    // Ungrouped containers go in one batch at the end of the top level.
    QList<ContainerSummary> loose;
    QMap<QString, QList<ContainerSummary>> byProject;
    for (const ContainerSummary &c : added) {
        if (m_containers.contains(c.id))
            continue;
        if (c.composeProject().isEmpty())
            loose.append(c);
        else
            byProject[c.composeProject()].append(c);
    }
    for (auto it = byProject.begin(); it != byProject.end(); ++it) {
        int groupRow = topRowOfGroup(it.key());
        if (groupRow < 0) {
            groupRow = int(m_top.size());
            beginInsertRows({}, groupRow, groupRow);
            Row group;
            group.project = it.key();
            m_top.append(group);
            const quintptr key = m_nextGroupKey++;
            m_groupKeys.insert(it.key(), key);
            m_groupByKey.insert(key, it.key());
            m_topIndex.insert(groupKey(it.key()), groupRow);
            endInsertRows();
        }
        Row &group = m_top[groupRow];
        const int first = int(group.children.size());
        beginInsertRows(index(groupRow, 0), first, first + int(it.value().size()) - 1);
        for (const ContainerSummary &c : it.value()) {
            m_containers.insert(c.id, c);
            m_statusSaid.insert(c.id, m_clock());
            group.children.append(c.id);
        }
        endInsertRows();
    }
    if (!loose.isEmpty()) {
        const int first = int(m_top.size());
        beginInsertRows({}, first, first + int(loose.size()) - 1);
        for (const ContainerSummary &c : loose) {
            m_containers.insert(c.id, c);
            m_statusSaid.insert(c.id, m_clock());
            Row row;
            row.id = c.id;
            m_topIndex.insert(c.id, int(m_top.size()));
            m_top.append(row);
        }
        endInsertRows();
    }
}

void ContainerListModel::removeContainer(const QString &id)
{
    const auto it = m_containers.constFind(id);
    if (it == m_containers.cend())
        return;
    const QString project = it->composeProject();
    m_stats.remove(id);
    const int top = topRowOfContainer(id);
    if (top >= 0) {
        beginRemoveRows({}, top, top);
        m_top.removeAt(top);
        m_containers.remove(id);
        m_statusSaid.remove(id);
        rebuildTopIndex();
        endRemoveRows();
        return;
    }
    const int groupRow = topRowOfGroup(project);
    if (groupRow < 0)
        return;
    Row &group = m_top[groupRow];
    const int child = int(group.children.indexOf(id));
    if (group.children.size() == 1) { // the last one takes its group along
        beginRemoveRows({}, groupRow, groupRow);
        m_top.removeAt(groupRow);
        m_containers.remove(id);
        m_statusSaid.remove(id);
        m_groupByKey.remove(m_groupKeys.take(project));
        rebuildTopIndex();
        endRemoveRows();
        return;
    }
    beginRemoveRows(index(groupRow, 0), child, child);
    group.children.removeAt(child);
    m_containers.remove(id);
    m_statusSaid.remove(id);
    endRemoveRows();
    const QModelIndex g = index(groupRow, 0);
    Q_EMIT dataChanged(g, g.siblingAtColumn(ColumnCount - 1));
}

void ContainerListModel::onSample(const engine::StatsSample &sample)
{
    if (!m_containers.contains(sample.id))
        return;
    Stats &s = m_stats[sample.id];
    s.cpu = sample.cpuPercent;
    s.memory = sample.memoryUsage;
    s.memoryLimit = sample.memoryLimit;
    const QModelIndex cpu = indexOfContainer(sample.id, Cpu);
    Q_EMIT dataChanged(cpu, cpu.siblingAtColumn(Memory),
                       {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

QModelIndex ContainerListModel::indexOfContainer(const QString &id, int column) const
{
    const int top = topRowOfContainer(id);
    if (top >= 0)
        return createIndex(top, column, quintptr(0));
    const auto it = m_containers.constFind(id);
    if (it == m_containers.cend())
        return {};
    const int groupRow = topRowOfGroup(it->composeProject());
    if (groupRow < 0)
        return {};
    const int child = int(m_top[groupRow].children.indexOf(id));
    return createIndex(child, column, m_groupKeys.value(it->composeProject()));
}

QString ContainerListModel::containerId(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return m_top.value(index.row()).id;
    const int groupRow = topRowOfGroup(m_groupByKey.value(index.internalId()));
    if (groupRow < 0)
        return {};
    return m_top[groupRow].children.value(index.row());
}

std::optional<ContainerSummary> ContainerListModel::container(const QModelIndex &index) const
{
    const QString id = containerId(index);
    const auto it = m_containers.constFind(id);
    if (id.isEmpty() || it == m_containers.cend())
        return std::nullopt;
    return *it;
}

QModelIndex ContainerListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_top.size())
        return {};
    const Row &group = m_top[parent.row()];
    if (!group.id.isEmpty() || row >= group.children.size())
        return {};
    return createIndex(row, column, m_groupKeys.value(group.project));
}

QModelIndex ContainerListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int groupRow = topRowOfGroup(m_groupByKey.value(child.internalId()));
    return groupRow < 0 ? QModelIndex() : createIndex(groupRow, 0, quintptr(0));
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_top.size())
        return 0;
    const Row &row = m_top[parent.row()];
    return row.id.isEmpty() ? int(row.children.size()) : 0;
}

int ContainerListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ContainerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Row &row = m_top[index.row()];
        if (row.id.isEmpty())
            return groupData(row, index.column(), role);
    }
    const auto it = m_containers.constFind(containerId(index));
    if (it == m_containers.cend())
        return {};
    return containerData(*it, index.column(), role);
}

QVariant ContainerListModel::groupData(const Row &group, int column, int role) const
{
    int running = 0;
    for (const QString &id : group.children) {
        if (m_containers.value(id).state == QLatin1String("running"))
            ++running;
    }
    switch (role) {
    case IsGroupRole:
        return true;
    case ProjectRole:
        return group.project;
    case IdRole:
        return QString();
    case Qt::DisplayRole:
    case SortRole:
        if (column == Name)
            return printable(group.project);
        if (column == Status)
            return tr("%1 of %n running", nullptr, int(group.children.size())).arg(running);
        if (column == State)
            return running == group.children.size() ? tr("running")
                   : running == 0                   ? tr("stopped")
                                                    : tr("partly running");
        return {};
    case Qt::ToolTipRole:
        if (column == Name)
            return tr("Compose project \"%1\"").arg(printable(group.project));
        return {};
    case Qt::ForegroundRole:
        if (column == State)
            return stateColor(running > 0 ? QStringLiteral("running") : QStringLiteral("exited"));
        return {};
    default:
        return {};
    }
}

QString ContainerListModel::portsText(const ContainerSummary &c)
{
    QStringList parts;
    for (const engine::PortBinding &p : c.ports) {
        if (p.publicPort > 0) {
            const bool anyAddress =
                p.ip.isEmpty() || p.ip == QLatin1String("0.0.0.0") || p.ip == QLatin1String("::");
            // The engine lists a port once per address family; show it once.
            const QString text = QStringLiteral("%1%2→%3/%4")
                                     .arg(anyAddress ? QString() : p.ip + QLatin1Char(':'))
                                     .arg(p.publicPort)
                                     .arg(p.privatePort)
                                     .arg(p.protocol);
            if (!parts.contains(text))
                parts.append(text);
        } else {
            const QString text = QStringLiteral("%1/%2").arg(p.privatePort).arg(p.protocol);
            if (!parts.contains(text))
                parts.append(text);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QVariant ContainerListModel::containerData(const ContainerSummary &c, int column, int role) const
{
    const Stats stats = m_stats.value(c.id);
    const bool running = c.state == QLatin1String("running");
    switch (role) {
    case IdRole:
        return c.id;
    case StateRole:
        return c.state;
    case IsGroupRole:
        return false;
    case ProjectRole:
        return c.composeProject();
    case HttpUrlRole:
        for (const engine::PortBinding &p : c.ports) {
            if (p.publicPort > 0 && p.protocol == QLatin1String("tcp")) {
                const QString host = p.ip.isEmpty() || p.ip == QLatin1String("0.0.0.0") ||
                                             p.ip == QLatin1String("::")
                                         ? QStringLiteral("localhost")
                                         : p.ip;
                return QStringLiteral("http://%1:%2/").arg(host).arg(p.publicPort);
            }
        }
        return QString();
    case SortRole:
        switch (column) {
        case Cpu:
            return running ? stats.cpu : -1.0;
        case Memory:
            return running ? qint64(stats.memory) : qint64(-1);
        case Status:
            return c.created;
        default:
            return containerData(c, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return printable(c.name);
        case Image:
            return printable(c.image);
        case State:
            return stateText(c.state);
        case Status:
            return printable(
                containers::currentStatusText(c.status, m_statusSaid.value(c.id), m_clock()));
        case Ports:
            return portsText(c);
        case Cpu:
            if (!running)
                return QString();
            return stats.cpu < 0 ? QStringLiteral("…")
                                 : QStringLiteral("%1 %").arg(stats.cpu, 0, 'f', 1);
        case Memory:
            if (!running)
                return QString();
            return stats.memory == 0
                       ? QStringLiteral("…")
                       : QLocale().formattedDataSize(qint64(stats.memory), 1,
                                                     QLocale::DataSizeTraditionalFormat);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return tr("%1\nid %2").arg(printable(c.name), c.id);
        case Image:
            return printable(c.image);
        case Memory:
            if (running && stats.memoryLimit)
                return tr("%1 of %2 (page cache not counted, as in docker stats)")
                    .arg(QLocale().formattedDataSize(qint64(stats.memory)),
                         QLocale().formattedDataSize(qint64(stats.memoryLimit)));
            return {};
        case Ports:
            return portsText(c);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == State)
            return stateColor(c.state);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Cpu || column == Memory)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Image:
        return tr("Image");
    case State:
        return tr("State");
    case Status:
        return tr("Status");
    case Ports:
        return tr("Ports");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("Memory");
    }
    return {};
}

} // namespace sloop::models
