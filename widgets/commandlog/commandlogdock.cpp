#include "commandlogdock.h"

#include "commandlog/commandlogmodel.h"
#include "controlplane/controlplane.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sloop::widgets {

CommandLogDock::CommandLogDock(ControlPlane *plane, QWidget *parent)
    : QDockWidget(tr("Command log"), parent)
    , m_model(new models::CommandLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("commandLogDock"));
    setAccessibleName(tr("Command log"));
    m_model->appendEntries(plane->savedCommandLog(500));
    m_model->setLog(plane->commandLog());

    // The table is built the first time the dock is shown: most sessions
    // never open it, and start-up should not pay for it.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_view)
            buildView();
    });
}

void CommandLogDock::buildView()
{
    m_view = new QTableView;
    m_filter = new QLineEdit;
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Engine calls"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(models::CommandLogModel::Call, QHeaderView::Stretch);
    header->resizeSection(models::CommandLogModel::Time, 100);
    header->resizeSection(models::CommandLogModel::Target, 80);
    header->resizeSection(models::CommandLogModel::Duration, 70);
    header->resizeSection(models::CommandLogModel::Result, 220);

    m_filter->setPlaceholderText(tr("Filter calls…"));
    m_filter->setAccessibleName(tr("Filter the command log"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *copy = new QPushButton(tr("Copy"));
    copy->setAccessibleName(tr("Copy the selected calls"));
    copy->setToolTip(tr("Copy the selected calls as text"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        const auto rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            QStringList cells;
            for (int c = 0; c < models::CommandLogModel::ColumnCount; ++c)
                cells << row.siblingAtColumn(c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    auto *clear = new QPushButton(tr("Clear view"));
    clear->setAccessibleName(tr("Clear the command log view"));
    clear->setToolTip(tr("Clear this view; saved entries stay in the database"));
    connect(clear, &QPushButton::clicked, m_model, &models::CommandLogModel::clear);

    auto *hint = new QLabel(tr("Every call Sloop makes to an engine appears here."));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(hint);
    bar->addWidget(copy);
    bar->addWidget(clear);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    // Follow the newest call unless the person scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    m_view->scrollToBottom();
}


} // namespace sloop::widgets
