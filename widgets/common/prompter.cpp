#include "prompter.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace sloop::widgets {

bool DialogPrompter::confirm(QWidget *parent, const Confirmation &question)
{
    // On the heap with a guard: the page may be closed while the box is open.
    QPointer<QMessageBox> box = new QMessageBox(QMessageBox::Question, question.title,
                                                question.text, QMessageBox::NoButton, parent);
    box->setInformativeText(question.details);
    box->setTextFormat(Qt::PlainText);
    QPushButton *accept = box->addButton(question.acceptLabel.isEmpty() ? QMessageBox::tr("OK")
                                                                        : question.acceptLabel,
                                         QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->exec();
    if (!box)
        return false;
    const bool accepted = box->clickedButton() == accept;
    box->deleteLater();
    return accepted;
}

Prompter &dialogPrompter()
{
    static DialogPrompter prompter;
    return prompter;
}

} // namespace sloop::widgets
