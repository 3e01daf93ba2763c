#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace sloop::models {

// Filters containers by name, image, state or compose project (a group stays
// while any of its containers matches) and sorts by the model's SortRole.
class ContainerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContainerFilterProxy(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    void setShowStopped(bool show);
    bool showStopped() const { return m_showStopped; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Names sort as people expect: web-2 before web-10.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_showStopped = true;
    QCollator m_collator;
};

} // namespace sloop::models
