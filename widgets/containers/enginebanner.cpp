#include "enginebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sloop::widgets {

EngineBanner::EngineBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel), m_title(new QLabel), m_text(new QLabel),
      m_retry(new QPushButton(tr("Try again")))
{
    setObjectName(QStringLiteral("engineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf5, 0xd6));
    setPalette(p);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Engine problem"));
    m_retry->setAccessibleName(tr("Try to reach the engine again"));
    connect(m_retry, &QPushButton::clicked, this, &EngineBanner::retryRequested);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_icon);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
}

void EngineBanner::showProblem(const QString &engineName, const QString &problem)
{
    m_title->setText(tr("The engine \"%1\" cannot be reached").arg(engineName));
    m_text->setText(problem + QLatin1Char('\n') +
                    tr("Sloop keeps trying and updates this page by itself when the engine "
                       "answers."));
    m_retry->setVisible(true);
    setVisible(true);
}

void EngineBanner::showConnecting(const QString &engineName)
{
    m_title->setText(tr("Connecting to \"%1\"…").arg(engineName));
    m_text->clear();
    m_retry->setVisible(false);
    setVisible(true);
}

QString EngineBanner::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->text();
}

} // namespace sloop::widgets
