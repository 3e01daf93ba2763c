#include "noticebanner.h"

#include "common/tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sloop::widgets {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Page message"));

    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("noticeBannerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->hide();
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noticeBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // engine text is never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(tr("Message text"));

    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("noticeBannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &NoticeBanner::actionTriggered);

    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &NoticeBanner::clear);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NoticeBanner::showMessage(Kind kind, const QString &text, const QString &title)
{
    m_kind = kind;
    const models::Tone tone = kind == Kind::Error     ? models::Tone::Error
                              : kind == Kind::Warning ? models::Tone::Warning
                                                      : models::Tone::Info;
    // The wash of the window's own colour, set afresh each time: the theme
    // may have changed since the last message.
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    p.setColor(QPalette::Window, models::toneWash(tone, p));
    setPalette(p);
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size =
        style()->pixelMetric(title.isEmpty() ? QStyle::PM_SmallIconSize : QStyle::PM_LargeIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());
    setAccessibleDescription(this->text());
    show();
}

QString NoticeBanner::titleFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return tr("Not found");
    case ErrorKind::Conflict:
        return tr("Already exists or in use");
    case ErrorKind::Refused:
        return tr("Not allowed");
    case ErrorKind::Unauthorized:
        return tr("Sign-in or identity not accepted");
    case ErrorKind::Unreachable:
        return tr("Cannot reach it");
    case ErrorKind::TimedOut:
        return tr("No answer in time");
    case ErrorKind::InvalidInput:
        return tr("Not valid");
    case ErrorKind::Unsupported:
        return tr("Not supported here");
    case ErrorKind::Cancelled:
        return tr("Stopped");
    case ErrorKind::Throttled:
        return tr("Too many at once");
    case ErrorKind::Internal:
        break;
    }
    return tr("Something went wrong");
}

void NoticeBanner::showProblem(const Error &problem, const QString &context)
{
    Kind kind = Kind::Error;
    switch (problem.kind) {
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::InvalidInput:
    case ErrorKind::Unsupported:
    case ErrorKind::Throttled:
        kind = Kind::Warning;
        break;
    case ErrorKind::Cancelled:
        kind = Kind::Info;
        break;
    default:
        break;
    }
    const QString text =
        context.isEmpty() ? problem.message : tr("%1: %2").arg(context, problem.message);
    showMessage(kind, text, titleFor(problem.kind));
}

void NoticeBanner::clear()
{
    m_title->clear();
    m_label->clear();
    setAccessibleDescription({});
    hide();
}

void NoticeBanner::setAction(const QString &label, const QString &accessibleName)
{
    m_action->setText(label);
    m_action->setAccessibleName(accessibleName.isEmpty() ? label : accessibleName);
    m_action->setVisible(!label.isEmpty());
}

void NoticeBanner::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

QString NoticeBanner::text() const
{
    if (m_title->text().isEmpty())
        return m_label->text();
    if (m_label->text().isEmpty())
        return m_title->text();
    return m_title->text() + QLatin1Char('\n') + m_label->text();
}

} // namespace sloop::widgets
