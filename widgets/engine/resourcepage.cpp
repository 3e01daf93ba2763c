#include "resourcepage.h"

#include <QAction>

#include "common/noticebanner.h"
#include "common/tableroles.h"
#include "engine/dockerclient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {
constexpr int kMaxFittedColumnWidth = 360; // a 10,000-character name stays one column wide
}

ResourcePage::ResourcePage(engine::DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Actions"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setToolTip(tr("Show only rows that contain this text"));
    m_filter->setMaximumWidth(260);

    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_toolBar, 1);
    actionsRow->addWidget(m_filter);

    m_message = new NoticeBanner(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // tags and ids differ at their ends
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The stretched first column follows the window, not the person.
        if (!m_fitting && column > 0)
            m_userSized = true;
    });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel->setAccessibleName(tr("Empty list"));
    m_emptyLabel->setEnabled(false); // drawn in the muted text colour

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    m_topLayout = new QVBoxLayout(this);
    m_topLayout->addLayout(actionsRow);
    m_topLayout->addWidget(m_message);
    m_topLayout->addWidget(m_stack, 1);
}

void ResourcePage::setModel(QAbstractItemModel *model, int filterColumnHint)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->sortByColumn(filterColumnHint, Qt::AscendingOrder);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ResourcePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourcePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourcePage::updateEmptyState);
    updateEmptyState();
}

void ResourcePage::setEmptyTexts(const QString &noEngine, const QString &empty)
{
    m_noEngineText = noEngine;
    m_emptyText = empty;
    updateEmptyState();
}

void ResourcePage::addTopWidget(QWidget *widget)
{
    m_topLayout->insertWidget(0, widget);
}

void ResourcePage::setClient(engine::DockerClient *client)
{
    if (client == m_client && client)
        return;
    m_client = client;
    ++m_generation; // answers from the previous engine are dropped
    m_loaded = false;
    clearMessage();
    clientChanged();
    updateEmptyState();
    if (m_client && isVisible())
        reload();
}

quint64 ResourcePage::beginLoad()
{
    return ++m_generation;
}

void ResourcePage::loadFinished(int rows)
{
    m_loaded = true;
    // Fit the columns to what arrived, until the person sizes one by hand.
    if (!m_userSized && rows > 0)
        fitColumns();
    updateEmptyState();
    Q_EMIT reloaded(rows);
}

void ResourcePage::loadFailed(const QString &what, const QString &error)
{
    m_loaded = true;
    showError(tr("%1: %2").arg(what, error));
    updateEmptyState();
}

QList<int> ResourcePage::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_view->selectionModel())
        return rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ResourcePage::confirm(const Confirmation &question)
{
    return promptWith(m_prompter).confirm(this, question);
}

void ResourcePage::showProblem(const Error &problem, const QString &context)
{
    m_message->showProblem(problem, context);
    Q_EMIT errorOccurred(m_message->text());
}

void ResourcePage::showError(const QString &text)
{
    m_message->showError(text);
    Q_EMIT errorOccurred(text);
}

QAction *ResourcePage::addPageAction(const QString &text, const QString &objectName,
                                     const QString &tip, const QKeySequence &shortcut,
                                     std::function<void()> slot)
{
    QAction *action = m_toolBar->addAction(text, this, std::move(slot));
    action->setObjectName(objectName);
    action->setToolTip(tip);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_toolBar->widgetForAction(action)->setAccessibleName(text);
    return action;
}

void ResourcePage::showInfo(const QString &text)
{
    m_message->showInfo(text);
}

void ResourcePage::clearMessage()
{
    m_message->clear();
}

void ResourcePage::whenAllDone(QList<QFuture<VoidResult>> calls,
                               std::function<void(const QList<VoidResult> &)> done)
{
    QtFuture::whenAll(calls.begin(), calls.end())
        .then(this, [done = std::move(done)](const QList<QFuture<VoidResult>> &finished) {
            QList<VoidResult> results;
            for (const QFuture<VoidResult> &f : finished)
                results.append(f.isValid() && f.resultCount() > 0
                                   ? f.result()
                                   : VoidResult::failure(tr("The call was cancelled.")));
            done(results);
        });
}

void ResourcePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client)
        reload();
}

void ResourcePage::updateEmptyState()
{
    QString text;
    if (!m_client)
        text = m_noEngineText;
    else if (!m_proxy || m_proxy->rowCount() > 0)
        text.clear();
    else if (!m_loaded)
        text = tr("Loading…");
    else if (m_proxy->sourceModel()->rowCount() == 0)
        text = m_emptyText;
    else
        text = tr("Nothing matches “%1”.").arg(m_filter->text());
    m_emptyLabel->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

void ResourcePage::fitColumns()
{
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    // The first column (the name) takes the room left; the others fit their contents.
    for (int column = 1; column < header->count(); ++column) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column), kMaxFittedColumnWidth));
    }
    m_fitting = false;
}

} // namespace sloop::widgets
