#include "learncardwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The card paints Base behind its text, so the text takes Text, not WindowText.
    label->setForegroundRole(QPalette::Text);
    return label;
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setForegroundRole(QPalette::Text);
    return label;
}

} // namespace

LearnCardWidget::LearnCardWidget(const LearnCard &card, QWidget *parent)
    : QFrame(parent)
    , m_card(card)
{
    setObjectName(QStringLiteral("learnCard-") + card.id);
    setAccessibleName(card.title);
    // Searching lower-cased text once here keeps typing in the filter cheap.
    m_searchText = QStringList{card.id, card.title, card.whatItIs, card.inSloop}
                       .join(QLatin1Char('\n'))
                       .toCaseFolded();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);

    layout->addWidget(heading(card.title, 1.3, this));
    layout->addSpacing(4);
    layout->addWidget(heading(tr("What it is"), 1.0, this));
    layout->addWidget(paragraph(card.whatItIs, this));
    layout->addSpacing(4);
    layout->addWidget(heading(tr("In Sloop"), 1.0, this));
    layout->addWidget(paragraph(card.inSloop, this));

    m_tryButton = new QPushButton(tr("Try it"), this);
    m_tryButton->setObjectName(QStringLiteral("tryIt-") + card.id);
    m_tryButton->setAccessibleName(tr("Try %1 in Sloop").arg(card.title));
    m_tryButton->setToolTip(tr("Open the page where you can try this"));
    if (!card.tryFunctionTemplate.isEmpty()) {
        // Ends with a function of one's own, invoked: Create, then Invoke.
        m_tryButton->setText(tr("Try it: create a function"));
        m_tryButton->setToolTip(tr("Create a hello-world function from a template; then press "
                                   "Invoke on its Test tab"));
    }
    if (card.trySampleApi) {
        // Ends with a function answering through a stage with a key: Send.
        m_tryButton->setText(tr("Try it: make an API with a key"));
        m_tryButton->setToolTip(tr("Make a function behind GET /hello, an API key and a usage "
                                   "plan; then press Send on the APIs page"));
    }
    connect(m_tryButton, &QPushButton::clicked, this, [this] {
        if (m_card.trySampleApi)
            Q_EMIT sampleApiRequested();
        else if (!m_card.tryFunctionTemplate.isEmpty())
            Q_EMIT createFunctionRequested(m_card.tryFunctionTemplate);
        else
            Q_EMIT tryItRequested(m_card.tryPageId);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    if (card.tryBatchSample) {
        // The other half of the comparison: a batch job, run for real.
        auto *batch = new QPushButton(tr("Try it: run a batch job"), this);
        batch->setObjectName(QStringLiteral("tryBatch-") + card.id);
        batch->setAccessibleName(tr("Run Batch's word-count sample"));
        batch->setToolTip(tr("Run an array job of 10 children that count the words in 10 "
                             "files, on the Batch page"));
        connect(batch, &QPushButton::clicked, this, &LearnCardWidget::batchSampleRequested);
        buttons->addWidget(batch);
    }
    buttons->addWidget(m_tryButton);
    layout->addSpacing(4);
    layout->addLayout(buttons);
}

bool LearnCardWidget::matches(const QString &filter) const
{
    const QStringList words = filter.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!m_searchText.contains(word))
            return false;
    }
    return true;
}

void LearnCardWidget::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void LearnCardWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QPalette &pal = palette();
    const qreal width = m_highlighted ? 2.0 : 1.0;
    const QRectF box = QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);

    // Base is the colour text sits on in either theme; the border uses Mid
    // (or Highlight when the card was asked for) so it shows on both.
    painter.fillPath(path, pal.color(QPalette::Base));
    painter.setPen(
        QPen(m_highlighted ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), width));
    painter.drawPath(path);
}

} // namespace sloop::widgets
