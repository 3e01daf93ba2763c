#pragma once

#include "functions/functioncode.h"
#include "functions/functionrecord.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QsciScintilla;

namespace sloop::functions {
class FunctionService;
}

namespace sloop::widgets {

// The Functions page's Code tab, as Lambda's console has it: the $LATEST
// code's files in a tree, the selected one in an editor with syntax
// highlighting (QScintilla), new and removed files, and Save and deploy
// (Ctrl+S), which builds the new image. Edits are kept per function until
// deployed or reverted, also while another function is shown; a failed
// deploy keeps them.
class FunctionCodePane : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionCodePane(functions::FunctionService *service, QWidget *parent = nullptr);

    void setFunction(const std::optional<functions::FunctionRecord> &record);

    // The file shown and its text (tests; what a person types).
    QString currentFile() const { return m_current; }
    bool openFile(const QString &path);
    QString editorText() const;
    void setEditorText(const QString &text);
    QString lexerName() const;
    bool isDirty() const;
    QStringList files() const;
    // A file added (empty) or dropped from the code to deploy.
    bool addFile(const QString &path);
    void removeFile(const QString &path);
    void saveAndDeploy();
    void revert();

    QTreeWidget *fileTree() const { return m_tree; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void deployed(const QString &function);

private:
    // What a function's code is while it is edited: its files as kept
    // (listed once, each read when it is shown: a big function does not hold
    // the window up), the edited ones, the added and the removed.
    struct Edits
    {
        QStringList kept;
        bool listed = false;
        QHash<QString, QByteArray> read; // path → content, of those shown
        QHash<QString, QString> changed; // path → text
        QStringList removed;
    };
    // A kept file's content, read once; none when it is not to be edited
    // here (over kMaxEditable, or not text).
    std::optional<QByteArray> keptContent(const QString &path);
    Edits &edits();
    void load();
    void fillTree();
    void keepEditorText();
    void showFile(const QString &path);
    void update();
    void askNewFile();

    functions::FunctionService *m_service;
    std::optional<functions::FunctionRecord> m_record;
    QHash<QString, Edits> m_edits; // by function name, lower case
    QString m_current;
    bool m_loading = false;
    bool m_deploying = false;
    QTreeWidget *m_tree;
    QsciScintilla *m_editor;
    QLabel *m_status;
    QLabel *m_imageNote;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_newFile;
    QPushButton *m_removeFile;
};

} // namespace sloop::widgets
