#include "hostlistmodel.h"
#include "common/tones.h"

#include "common/displaytext.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace sloop::models {

using hosts::HostStatus;

bool HostRow::operator==(const HostRow &other) const
{
    const bool sameError =
        status.error.has_value() == other.status.error.has_value() &&
        (!status.error || (status.error->kind == other.status.error->kind &&
                           status.error->message == other.status.error->message));
    return record == other.record && status.state == other.status.state && sameError &&
           status.checkedAt == other.status.checkedAt;
}

QString hostEndpointText(const hosts::HostRecord &host)
{
    QString text = host.address;
    if (!host.user.isEmpty())
        text = host.user + QLatin1Char('@') + text;
    if (host.port != 22)
        text += QLatin1Char(':') + QString::number(host.port);
    if (!host.proxyJump.isEmpty())
        text += QCoreApplication::translate("HostListModel", " via %1").arg(host.proxyJump);
    return text;
}

HostListModel::HostListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QColor stateColor(const HostStatus &status)
{
    switch (status.state) {
    case HostStatus::Online:
        return models::toneColor(models::Tone::Ok);
    case HostStatus::Unreachable:
        // A key waiting for a decision is a question, not a failure.
        if (status.error && status.error->kind == ssh::SshError::HostKeyUnknown)
            return models::toneColor(models::Tone::Warning);
        return models::toneColor(models::Tone::Error);
    case HostStatus::Checking:
        return models::toneColor(models::Tone::Warning);
    case HostStatus::Unknown:
        break;
    }
    return models::toneColor(models::Tone::Muted);
}

// A round dot reads as a status light; a plain QColor decoration would be
// drawn as a square.
QIcon stateDot(const QColor &colour)
{
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(colour.rgb());
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {12, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal inset = size / 6.0;
        painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(colour.rgb(), icon);
    return icon;
}

} // namespace

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostRow &row = item(index.row());
    const hosts::HostRecord &host = row.record;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return text::cell(host.name);
        case Status:
            return hosts::reachabilityLabel(row.status);
        case Address:
            return text::cell(hostEndpointText(host));
        case Tags:
            return text::cell(host.tags.join(QStringLiteral(", ")));
        }
        break;
    case Qt::DecorationRole:
        if (column == Status)
            return stateDot(stateColor(row.status));
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Status:
            if (row.status.error)
                return row.status.error->message;
            if (row.status.checkedAt.isValid())
                return tr("Checked %1")
                    .arg(QLocale().toString(row.status.checkedAt.toLocalTime(),
                                            QLocale::ShortFormat));
            return tr("Not checked yet in this session");
        case Address:
            return text::tooltip(hostEndpointText(host));
        case Name:
            return text::tooltip(host.name);
        case Tags:
            return text::tooltip(host.tags.join(QStringLiteral(", ")));
        }
        break;
    case SortRole:
        switch (column) {
        case Name:
            return host.name;
        case Status:
            return int(row.status.state);
        case Address:
            return hostEndpointText(host);
        case Tags:
            return host.tags.join(QLatin1Char(','));
        }
        break;
    case IdRole:
        return host.name;
    }
    return {};
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Address:
        return tr("Address");
    case Tags:
        return tr("Tags");
    }
    return {};
}

void HostListModel::setStatus(const QString &name, const hosts::HostStatus &status)
{
    QList<HostRow> rows = items();
    bool found = false;
    for (HostRow &row : rows) {
        if (row.record.name.compare(name, Qt::CaseInsensitive) == 0) {
            row.status = status;
            found = true;
        }
    }
    if (found)
        setItems(rows);
}

QStringList HostListModel::allTags() const
{
    QStringList tags;
    for (const HostRow &row : items())
        tags += row.record.tags;
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace sloop::models
