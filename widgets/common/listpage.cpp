#include "listpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

void setUpListView(QTableView *view, QSortFilterProxyModel *proxy, int sortRole, int sortColumn,
                   int stretchColumn)
{
    proxy->setSortRole(sortRole);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QTableWidget *listTable(const QStringList &headers, const QString &objectName,
                        const QString &accessibleName)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setShowGrid(false);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QPushButton *namedButton(const QString &text, const QString &objectName,
                         const QString &accessibleName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    return b;
}

QLabel *emptyStateTitle(const QString &text)
{
    auto *title = new QLabel(text);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    return title;
}

QLabel *emptyStateText(const QString &text, int width)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    // A fixed width lets the layout give the wrapped text its full height.
    label->setFixedWidth(width);
    label->setMinimumHeight(label->heightForWidth(width));
    return label;
}

QWidget *emptyStatePage(const QString &objectName, const QString &title, const QString &text,
                        int width, const QList<QPushButton *> &buttons)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addWidget(emptyStateTitle(title));
    outer->addWidget(emptyStateText(text, width), 0, Qt::AlignHCenter);
    outer->addSpacing(16);
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(2);
    return page;
}

} // namespace sloop::widgets
