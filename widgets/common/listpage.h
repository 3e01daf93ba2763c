#pragma once

#include <QStringList>

class QLabel;
class QPushButton;
class QWidget;
class QTableView;
class QTableWidget;
class QSortFilterProxyModel;

namespace sloop::widgets {

// What the list pages (Functions, APIs) share: a sortable, single-row
// table over a proxy, and an empty state's big title and wrapped text.
void setUpListView(QTableView *view, QSortFilterProxyModel *proxy, int sortRole, int sortColumn,
                   int stretchColumn);
QLabel *emptyStateTitle(const QString &text);
// A small table of text rows (stacks, secrets, deployments, builds): one
// row selected at a time, not editable, columns fitted to their text and
// the last one stretched.
QTableWidget *listTable(const QStringList &headers, const QString &objectName,
                        const QString &accessibleName);
// A button with the object name tests find it by and the name screen
// readers say.
QPushButton *namedButton(const QString &text, const QString &objectName,
                         const QString &accessibleName);
// Wrapped and centred at `width` pixels, with its whole height.
QLabel *emptyStateText(const QString &text, int width);
// A whole empty state: the title, the text at `width` and the buttons in a
// centred row, upright in the middle of the page.
QWidget *emptyStatePage(const QString &objectName, const QString &title, const QString &text,
                        int width, const QList<QPushButton *> &buttons);

} // namespace sloop::widgets
