#pragma once

class QLabel;
class QString;
class QTableView;
class QSortFilterProxyModel;

namespace sloop::widgets {

// What the list pages (Functions, APIs) share: a sortable, single-row
// table over a proxy, and an empty state's big title and wrapped text.
void setUpListView(QTableView *view, QSortFilterProxyModel *proxy, int sortRole, int sortColumn,
                   int stretchColumn);
QLabel *emptyStateTitle(const QString &text);
// Wrapped and centred at `width` pixels, with its whole height.
QLabel *emptyStateText(const QString &text, int width);

} // namespace sloop::widgets
