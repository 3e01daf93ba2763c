#include "choicecard.h"
#include "common/tones.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QLabel *cardLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // The card is the button: clicks on its text must reach it.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->hide();
    return label;
}

} // namespace

ChoiceCard::ChoiceCard(QWidget *parent)
    : QAbstractButton(parent)
    , m_icon(new QLabel(this))
    , m_title(cardLabel(this))
    , m_body(cardLabel(this))
    , m_big(cardLabel(this))
    , m_small(cardLabel(this))
    , m_note(cardLabel(this))
    , m_layout(new QVBoxLayout)
{
    setCheckable(true);
    setAutoExclusive(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_icon->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_icon->hide();

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    QFont bigFont = m_big->font();
    bigFont.setBold(true);
    bigFont.setPointSizeF(bigFont.pointSizeF() * 1.6);
    m_big->setFont(bigFont);
    QFont smallFont = m_small->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    m_small->setFont(smallFont);
    m_note->setFont(smallFont);
    m_body->setForegroundRole(QPalette::PlaceholderText);
    m_small->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(14, 12, 14, 12);
    row->setSpacing(12);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->setSpacing(3);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_body);
    m_layout->addWidget(m_big);
    m_layout->addWidget(m_small);
    m_layout->addWidget(m_note);
    m_layout->addStretch();
    row->addLayout(m_layout, 1);
}

void ChoiceCard::setIcon(const QIcon &icon, int size)
{
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setFixedSize(size, size);
    m_icon->setVisible(!icon.isNull());
}

void ChoiceCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    setText(title);
    updateAccessibleText();
}

QString ChoiceCard::title() const
{
    return m_title->text();
}

void ChoiceCard::setBody(const QString &body)
{
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    updateAccessibleText();
}

void ChoiceCard::setFigure(const QString &big, const QString &small)
{
    m_big->setText(big);
    m_big->setVisible(!big.isEmpty());
    m_small->setText(small);
    m_small->setVisible(!small.isEmpty());
    updateAccessibleText();
}

void ChoiceCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateAccessibleText();
}

void ChoiceCard::updateAccessibleText()
{
    setAccessibleName(m_title->text());
    QStringList parts;
    for (QLabel *label : {m_body, m_big, m_small, m_note})
        if (!label->text().isEmpty())
            parts << label->text();
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
    setToolTip(m_note->text());
    updateGeometry();
}

QSize ChoiceCard::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(200, 0));
}

QSize ChoiceCard::minimumSizeHint() const
{
    return layout()->minimumSize();
}

bool ChoiceCard::event(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::PaletteChange) {
        // Disabled cards dim their text; the note stays readable.
        for (QLabel *label : {m_title, m_body, m_big, m_small})
            label->setEnabled(isEnabled());
        QPalette p = m_note->palette();
        p.setColor(QPalette::WindowText, isEnabled() ? palette().color(QPalette::WindowText)
                                                     : models::toneColor(models::Tone::Warning));
        m_note->setPalette(p);
    }
    return QAbstractButton::event(event);
}

void ChoiceCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    qreal width = 1.0;
    if (isChecked()) {
        const QColor accent = pal.color(QPalette::Highlight);
        fill = QColor::fromRgbF(fill.redF() * 0.88 + accent.redF() * 0.12,
                                fill.greenF() * 0.88 + accent.greenF() * 0.12,
                                fill.blueF() * 0.88 + accent.blueF() * 0.12);
        border = accent;
        width = 2.0;
    } else if (underMouse() && isEnabled()) {
        border = pal.color(QPalette::Highlight).lighter(130);
    }
    if (!isEnabled())
        fill = pal.color(QPalette::Window);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);
    painter.fillPath(path, fill);
    painter.setPen(QPen(border, width));
    painter.drawPath(path);
    if (hasFocus()) {
        QPen focus(pal.color(QPalette::Highlight), 1.0, Qt::DashLine);
        painter.setPen(focus);
        painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 6, 6);
    }
}

} // namespace sloop::widgets
