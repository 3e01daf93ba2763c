#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace sloop::widgets {

// Deleting an instance cannot be undone, so the person types its name
// first, as Lightsail asks. Delete stays disabled until the name matches.
class DeleteInstanceDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteInstanceDialog(QString instanceName, bool container, QWidget *parent = nullptr);

    void setTypedName(const QString &text);
    bool confirmed() const;
    QPushButton *deleteButton() const { return m_delete; }
    const QString &instanceName() const { return m_name; }

private:
    QString m_name;
    QLineEdit *m_typed;
    QPushButton *m_delete;
};

} // namespace sloop::widgets
