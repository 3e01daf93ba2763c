#pragma once

#include "schedules/schedule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sloop::widgets {

// A new schedule for a function: a name, an expression (with common ones to
// pick), the time zone it is read in, and what the function gets. The next
// ten fires are shown as the expression is typed, so a person sees what it
// means before saving; a mistake is explained in place and Add stays off.
class AddScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // qualifiers: the function's published versions and aliases it may
    // invoke instead of $LATEST.
    AddScheduleDialog(const QString &function, const QStringList &qualifiers = {},
                      QWidget *parent = nullptr);

    // What was typed, as a schedule (not yet checked against the store).
    schedules::Schedule schedule() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *expressionBox() const { return m_expression; }
    QComboBox *zoneBox() const { return m_zone; }
    QComboBox *qualifierBox() const { return m_qualifier; }
    QListWidget *nextFires() const { return m_next; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *addButton() const { return m_add; }

private:
    void update();

    QString m_function;
    QLineEdit *m_name;
    QComboBox *m_expression;
    QComboBox *m_zone;
    QComboBox *m_qualifier;
    QPlainTextEdit *m_input;
    QCheckBox *m_catchUp;
    QListWidget *m_next;
    QLabel *m_problem;
    QPushButton *m_add;
};

} // namespace sloop::widgets
