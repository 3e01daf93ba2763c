#pragma once

#include "common/noticebanner.h"
#include "common/tableroles.h"
#include "engine/resourcepage.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QItemSelectionModel>
#include <QTableView>

// Shared by the Images, Volumes and Networks page tests.
namespace sloop::test {

// The view row (in the proxy) whose raw value in `column` is `text`, or one
// of its comma-joined values (an image's tags); -1 when none.
inline int findRow(widgets::ResourcePage *page, int column, const QString &text)
{
    const QAbstractItemModel *m = page->view()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QString value = m->index(row, column).data(models::SortRole).toString();
        if (value == text || value.split(QStringLiteral(", ")).contains(text))
            return row;
    }
    return -1;
}

inline bool selectRow(widgets::ResourcePage *page, int column, const QString &text)
{
    const int row = findRow(page, column, text);
    if (row < 0)
        return false;
    page->view()->selectionModel()->select(page->view()->model()->index(row, 0),
                                           QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    return true;
}

inline QString messageText(widgets::ResourcePage *page)
{
    return page->message()->isVisible() ? page->message()->text() : QString();
}

// SLOOP_SCREENSHOT_DIR=/tmp/shots ctest ... keeps a picture of each page.
inline void screenshot(QWidget *page, const QString &name)
{
    const QString dir = qEnvironmentVariable("SLOOP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace sloop::test
