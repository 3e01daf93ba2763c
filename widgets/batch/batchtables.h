#pragma once

// What the Batch page's list tabs share (batchlisttabs.cpp: queues,
// environments, definitions; batchpoliciestab.cpp: scheduling policies):
// their tables and button rows. Internal to widgets/batch.
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets::batchtables {

// The table of a list tab; `stretch` takes the room left (a name list,
// not a number, so the figures stay beside their headers).
inline QTableWidget *makeTable(const QString &objectName, const QString &accessibleName,
                               const QStringList &headers, int stretch)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

// Fills the table, keeping the selected row's name selected.
inline void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    const int current = table->currentRow();
    const QString selected =
        current >= 0 && table->item(current, 0) ? table->item(current, 0)->text() : QString();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            if (item->text() != rows.at(r).at(c)) {
                item->setText(rows.at(r).at(c));
                // Figures line up on the right, as in the jobs list.
                bool number = false;
                QLocale().toDouble(rows.at(r).at(c), &number);
                item->setTextAlignment(Qt::AlignVCenter |
                                       (number ? Qt::AlignRight : Qt::AlignLeft));
            }
        }
    for (int r = 0; r < rows.size(); ++r)
        if (!selected.isEmpty() && rows.at(r).value(0) == selected && r != current)
            table->selectRow(r);
}

inline QString vcpuText(double vcpus)
{
    return QLocale().toString(vcpus);
}

// A list tab: its buttons above its table.
inline QWidget *listTab(QWidget *table, const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return tab;
}

inline QPushButton *button(const QString &text, const QString &objectName, const QString &tip = {})
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}

} // namespace sloop::widgets::batchtables
