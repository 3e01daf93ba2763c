#pragma once

#include "blueprints/validationproblem.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sloop::blueprints {
class BlueprintCatalog;
}

namespace sloop::widgets {

// The optional launch script: #cloud-config user-data (checked as it is
// typed, each problem listed with its line and underlined in the text) or a
// script starting with "#!" that runs as one step. Can open a file and save
// the user-data as the person's own blueprint.
class LaunchScriptEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LaunchScriptEditor(blueprints::BlueprintCatalog *catalog, QWidget *parent = nullptr);

    QByteArray script() const;
    void setScript(const QByteArray &text);
    bool isValid() const { return m_problems.isEmpty(); }
    const QList<blueprints::ValidationProblem> &problems() const { return m_problems; }
    QPlainTextEdit *editor() const { return m_edit; }

    // For tests: the name "Save as my blueprint…" would otherwise ask for.
    void setNameHook(std::function<QString()> hook) { m_nameHook = std::move(hook); }
    void saveAsBlueprint();

Q_SIGNALS:
    void validityChanged(bool valid);
    // A blueprint of the person's was saved from the script.
    void blueprintSaved(const QString &id);

private:
    void validate();
    void openFile();
    void showProblem(int row);

    blueprints::BlueprintCatalog *m_catalog;
    QPlainTextEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_state;
    QPushButton *m_save;
    QList<blueprints::ValidationProblem> m_problems;
    std::function<QString()> m_nameHook;
    bool m_wasValid = true;
};

} // namespace sloop::widgets
