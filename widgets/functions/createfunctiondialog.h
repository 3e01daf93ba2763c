#pragma once

#include "functions/functionrecord.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QWidget;

namespace sloop::functions {
class FunctionService;
}

namespace sloop::widgets {

class NoticeBanner;

// Create a function: a name, where its code comes from (a template, or a
// folder with a runtime and handler), memory, timeout and the engine. Create
// builds the image on the engine while the dialog shows it is busy; a
// failure stays in the dialog with everything typed kept.
class CreateFunctionDialog : public QDialog
{
    Q_OBJECT
public:
    CreateFunctionDialog(functions::FunctionService *service, const QStringList &engines,
                         QWidget *parent = nullptr);

    // Preselects a template by id ("hello-python").
    void chooseTemplate(const QString &id);
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *sourceBox() const { return m_source; }
    QPushButton *createButton() const { return m_create; }
    NoticeBanner *problem() const { return m_problem; }

Q_SIGNALS:
    // The function was made; testEvent: the template's, or {}.
    void created(const QString &name, const QByteArray &testEvent);

private:
    void updateSource();
    void create();
    void setBusy(bool busy, const QString &what = {});

    functions::FunctionService *m_service;
    QFormLayout *m_form;
    bool m_nameTyped = false; // else a template names it
    QLineEdit *m_name;
    QComboBox *m_source;
    QLabel *m_sourceHelp;
    QWidget *m_folderRow;
    QLineEdit *m_folder;
    QLineEdit *m_image;
    QComboBox *m_runtime;
    QLineEdit *m_handler;
    QSpinBox *m_memory;
    QSpinBox *m_timeout;
    QComboBox *m_engine;
    NoticeBanner *m_problem;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace sloop::widgets
