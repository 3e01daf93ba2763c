#pragma once

#include "functions/functionrecord.h"
#include "util/result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace sloop::functions {
class FunctionService;
}

namespace sloop::widgets {

class AsyncConfigDialog;
class FunctionConfigDialog;

// The Functions page's Configuration tab: the selected function's settings
// as Lambda's console lists them, with Edit (FunctionConfigDialog) and Edit
// asynchronous invocation (AsyncConfigDialog).
class FunctionConfigPane : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionConfigPane(functions::FunctionService *service, QWidget *parent = nullptr);

    // record: none clears the tab; names: every function (failure targets).
    void setFunction(const std::optional<functions::FunctionRecord> &record,
                     const QStringList &names);
    void editConfiguration();
    void editAsyncConfig();

    QLabel *configurationLabel() const { return m_configuration; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *editAsyncButton() const { return m_editAsync; }
    // Tests take the dialog instead of it being opened.
    void setConfigDialogHook(std::function<void(FunctionConfigDialog *)> hook)
    {
        m_configDialogHook = std::move(hook);
    }
    void setAsyncDialogHook(std::function<void(AsyncConfigDialog *)> hook)
    {
        m_asyncDialogHook = std::move(hook);
    }

Q_SIGNALS:
    void problem(const Error &error, const QString &title);

private:
    void render();

    functions::FunctionService *m_service;
    std::optional<functions::FunctionRecord> m_record;
    QStringList m_names;
    QLabel *m_configuration;
    QPushButton *m_edit;
    QPushButton *m_editAsync;
    std::function<void(FunctionConfigDialog *)> m_configDialogHook;
    std::function<void(AsyncConfigDialog *)> m_asyncDialogHook;
};

} // namespace sloop::widgets
