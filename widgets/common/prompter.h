#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sloop::widgets {

// A question before something that cannot be undone.
struct Confirmation
{
    QString title;
    QString text;
    QString details;     // what exactly will happen, one item a line
    QString acceptLabel; // "Remove", "Remove by force"
};

// How every page asks the person to confirm: a dialog in the window; an
// answer chosen in advance in tests (AnsweringPrompter). Pages take one with
// setPrompter(); without one they use dialogPrompter().
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const Confirmation &question) = 0;
};

// A modal question box over `parent`, Cancel as the default button. Safe
// when the page is closed while the box is open (the answer is then no).
class DialogPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const Confirmation &question) override;
};

// Answers with a function: tests, and scripted demos.
class AnsweringPrompter : public Prompter
{
public:
    using Answer = std::function<bool(const Confirmation &)>;
    explicit AnsweringPrompter(Answer answer)
        : m_answer(std::move(answer))
    {
    }
    bool confirm(QWidget *, const Confirmation &question) override { return m_answer(question); }

private:
    Answer m_answer;
};

// The window's: one DialogPrompter for every page.
Prompter &dialogPrompter();
// What a page asks with: its own prompter, else the dialog.
inline Prompter &promptWith(Prompter *prompter)
{
    return prompter ? *prompter : dialogPrompter();
}

} // namespace sloop::widgets
