#include "pagemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace sloop::widgets {

PageMessage::PageMessage(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("pageMessage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Page message"));

    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("pageMessageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // engine text is never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(tr("Message text"));

    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &PageMessage::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void PageMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const bool error = kind == Kind::Error;
    // Tinted from the palette's own colours so it reads in light and dark themes.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    const QColor tint = error ? QColor(220, 50, 47) : QColor(38, 139, 210);
    const QColor mixed = QColor::fromRgbF(base.redF() * 0.85 + tint.redF() * 0.15,
                                          base.greenF() * 0.85 + tint.greenF() * 0.15,
                                          base.blueF() * 0.85 + tint.blueF() * 0.15);
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
    const QStyle::StandardPixmap icon =
        error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_label->setText(text);
    setAccessibleDescription(text);
    show();
}

void PageMessage::clear()
{
    m_label->clear();
    setAccessibleDescription({});
    hide();
}

QString PageMessage::text() const
{
    return m_label->text();
}

} // namespace sloop::widgets
