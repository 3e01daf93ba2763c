#include "logview.h"
#include "common/tones.h"

#include "engine/logfollower.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sloop::widgets {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit)
    , m_search(new QLineEdit)
    , m_follow(new QCheckBox(tr("Follow")))
    , m_timestamps(new QCheckBox(tr("Timestamps")))
    , m_status(new QLabel)
{
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setAccessibleName(tr("Container log"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("Nothing logged yet."));
    m_search->setPlaceholderText(tr("Search the log (Enter for next)"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::findNext);
    m_follow->setChecked(true);
    m_follow->setAccessibleName(tr("Follow new lines"));
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));
    connect(m_timestamps, &QCheckBox::toggled, this, [this] {
        if (m_follower) // read again with the new setting
            m_follower->start({true, true, 1000, true, true});
        m_text->clear();
        m_lines = 0;
    });
    auto *copy = new QPushButton(tr("Copy all"));
    copy->setAccessibleName(tr("Copy the whole log"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    auto *clear = new QPushButton(tr("Clear"));
    clear->setAccessibleName(tr("Clear the log view"));
    clear->setToolTip(tr("Clear this view; the container's log is not changed"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_text->clear();
        m_lines = 0;
    });
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_timestamps);
    bar->addWidget(copy);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
}

void LogView::attach(engine::DockerClient *client, const QString &containerId, bool tty)
{
    detach();
    m_text->clear();
    m_lines = 0;
    m_follower = new engine::LogFollower(client, containerId, tty, this);
    connect(m_follower, &engine::LogFollower::lines, this, &LogView::append);
    connect(m_follower, &engine::LogFollower::ended, this, [this](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("The container stopped; the log ends here.")
                                          : tr("The log stopped: %1").arg(error));
    });
    m_status->setText(tr("Following the log…"));
    m_follower->start({true, true, 1000, true, true});
}

void LogView::detach()
{
    if (m_follower)
        m_follower->deleteLater();
    m_follower = nullptr;
    m_status->clear();
}

QString LogView::plainText() const
{
    return m_text->toPlainText();
}

void LogView::append(const QList<engine::LogLine> &lines)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    const int keep = bar->value();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat normal;
    QTextCharFormat error;
    error.setForeground(models::toneColor(models::Tone::Error));
    QTextCharFormat time;
    time.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.beginEditBlock();
    for (const engine::LogLine &line : lines) {
        if (m_lines > 0 || !m_text->document()->isEmpty())
            cursor.insertBlock();
        if (m_timestamps->isChecked() && line.timestamp.isValid())
            cursor.insertText(
                line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz ")), time);
        // Control characters other than tab would garble the view.
        QString text = line.text;
        for (QChar &c : text) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                c = QChar(0xfffd);
        }
        cursor.insertText(text, line.kind == engine::StreamKind::Stderr ? error : normal);
        ++m_lines;
    }
    cursor.endEditBlock();
    if (m_follow->isChecked())
        bar->setValue(bar->maximum());
    else
        bar->setValue(keep);
}

void LogView::findNext()
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    m_follow->setChecked(false);
    if (!m_text->find(needle)) {
        m_text->moveCursor(QTextCursor::Start); // wrap around
        if (!m_text->find(needle))
            m_status->setText(tr("\"%1\" is not in the log.").arg(needle));
    }
}

} // namespace sloop::widgets
