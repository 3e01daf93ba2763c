#pragma once

#include "engine/dockerclient.h"
#include "util/result.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;
class QVBoxLayout;

#include "common/prompter.h"

namespace sloop::widgets {

class NoticeBanner;

// What the Images, Volumes and Networks pages share: an engine that may be
// switched or absent, a toolbar with a filter, a sortable table over a
// keyed model, an empty-state text instead of a blank table, and a message
// strip for the engine's answers.
class ResourcePage : public QWidget
{
    Q_OBJECT
public:
    engine::DockerClient *client() const { return m_client; }
    // Switch engines; nullptr shows the "no engine" text instead of the table.
    void setClient(engine::DockerClient *client);
    // Lists again from the engine; a no-op without one.
    virtual void reload() = 0;
    // Who asks before a destructive step (tests answer without a dialog).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    QTableView *view() const { return m_view; }
    NoticeBanner *message() const { return m_message; }

Q_SIGNALS:
    void reloaded(int rows);
    void errorOccurred(const QString &message);

protected:
    ResourcePage(engine::DockerClient *client, QWidget *parent);

    // Called once by the subclass's constructor, after its model exists.
    void setModel(QAbstractItemModel *model, int filterColumnHint = 0);
    void setEmptyTexts(const QString &noEngine, const QString &empty);
    void addTopWidget(QWidget *widget); // above the toolbar row
    QToolBar *toolBar() const { return m_toolBar; }
    // A toolbar action with a name for tests and assistive technology, and
    // a shortcut that works anywhere on the page.
    QAction *addPageAction(const QString &text, const QString &objectName, const QString &tip,
                           const QKeySequence &shortcut, std::function<void()> slot);

    // The generation guards against late lists: a list started before an
    // engine switch or a newer reload is dropped when it arrives.
    quint64 beginLoad();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void loadFinished(int rows);
    void loadFailed(const QString &what, const QString &error);
    // The whole of a page's reload: ask the engine, drop a late answer, fill
    // the model (incrementally) or say what failed, then `after`.
    template <typename T, typename Model>
    void loadInto(QFuture<Result<QList<T>>> list, Model *model, const QString &failureText,
                  std::function<void()> after = {})
    {
        const quint64 generation = beginLoad();
        list.then(this,
                  [this, generation, model, failureText, after](const Result<QList<T>> &items) {
                      if (!isCurrent(generation))
                          return;
                      if (!items) {
                          loadFailed(failureText, items.error());
                          return;
                      }
                      model->setItems(*items);
                      loadFinished(model->rowCount());
                      if (after)
                          after();
                  });
    }

    QList<int> selectedSourceRows() const;
    bool confirm(const Confirmation &question);
    void showError(const QString &text);
    // A failure as its kind asks (NoticeBanner::showProblem).
    void showProblem(const Error &problem, const QString &context);
    void showInfo(const QString &text);
    void clearMessage();

    // Runs every call, then `done` with each result in order, on this page.
    void whenAllDone(QList<QFuture<VoidResult>> calls,
                     std::function<void(const QList<VoidResult> &)> done);

    // The engine switched: drop rows and state of the previous one.
    virtual void clientChanged() = 0;
    void showEvent(QShowEvent *event) override;

private:
    void updateEmptyState();
    void fitColumns();

    QPointer<engine::DockerClient> m_client;
    Prompter *m_prompter = nullptr;
    QVBoxLayout *m_topLayout = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    NoticeBanner *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_noEngineText;
    QString m_emptyText;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_fitting = false;
    bool m_userSized = false; // a column was resized by hand: stop fitting
};

} // namespace sloop::widgets
