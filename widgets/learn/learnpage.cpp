#include "learnpage.h"

#include "learncards.h"
#include "learncardwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

// Lines longer than about 75 characters are tiring to read; cards stop
// growing at this width and the column stays centred.
constexpr int kReadableWidth = 760;
constexpr int kHighlightMs = 2500;

} // namespace

LearnPage::LearnPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("learnPage"));
    setAccessibleName(tr("Learn"));

    auto *column = new QWidget;
    column->setMaximumWidth(kReadableWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(16);

    auto *title = new QLabel(tr("Learn the cloud by running it"), column);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    title->setWordWrap(true);
    columnLayout->addWidget(title);

    auto *intro = new QLabel(tr("Each card explains one cloud idea in a few sentences, says what "
                                "it becomes in Sloop, and opens the page where you can try it on "
                                "your own machines."),
                             column);
    intro->setWordWrap(true);
    columnLayout->addWidget(intro);

    m_filter = new QLineEdit(column);
    m_filter->setObjectName(QStringLiteral("learnFilter"));
    m_filter->setPlaceholderText(tr("Filter topics, e.g. \"container\" or \"Lambda\""));
    m_filter->setAccessibleName(tr("Filter topics"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &LearnPage::applyFilter);
    columnLayout->addWidget(m_filter);

    m_noMatches = new QLabel(column);
    m_noMatches->setObjectName(QStringLiteral("learnNoMatches"));
    m_noMatches->setWordWrap(true);
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_noMatches->hide();
    columnLayout->addWidget(m_noMatches);

    const QList<LearnCard> all = learnCards();
    for (const LearnCard &card : all) {
        auto *widget = new LearnCardWidget(card, column);
        connect(widget, &LearnCardWidget::tryItRequested, this, &LearnPage::tryItRequested);
        connect(widget, &LearnCardWidget::createFunctionRequested, this,
                &LearnPage::createFunctionRequested);
        connect(widget, &LearnCardWidget::sampleApiRequested, this, &LearnPage::sampleApiRequested);
        connect(widget, &LearnCardWidget::batchSampleRequested, this,
                &LearnPage::batchSampleRequested);
        columnLayout->addWidget(widget);
        m_cards.append(widget);
    }
    columnLayout->addStretch();

    // The column sits in the middle of a wider canvas so the page still
    // looks composed on a wide window.
    auto *canvas = new QWidget;
    auto *canvasLayout = new QHBoxLayout(canvas);
    canvasLayout->setContentsMargins(24, 24, 24, 24);
    canvasLayout->addStretch();
    canvasLayout->addWidget(column, 100);
    canvasLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("learnScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(canvas);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    m_highlightTimer = new QTimer(this);
    m_highlightTimer->setSingleShot(true);
    m_highlightTimer->setInterval(kHighlightMs);
    connect(m_highlightTimer, &QTimer::timeout, this, [this] {
        if (m_highlighted)
            m_highlighted->setHighlighted(false);
        m_highlighted = nullptr;
    });
}

void LearnPage::showCard(const QString &cardId)
{
    LearnCardWidget *card = cardById(cardId);
    if (!card)
        return;
    if (!card->matches(m_filter->text()))
        m_filter->clear();

    if (m_highlighted && m_highlighted != card)
        m_highlighted->setHighlighted(false);
    m_highlighted = card;
    card->setHighlighted(true);
    m_highlightTimer->start();

    // The layout may not have run yet (page just created or just shown), so
    // scroll once it has: put the card's top near the top of the view.
    QTimer::singleShot(0, card, [this, card] {
        const int top = card->mapTo(m_scroll->widget(), QPoint(0, 0)).y();
        m_scroll->verticalScrollBar()->setValue(top - 16);
    });
    card->tryButton()->setFocus(Qt::OtherFocusReason);
}

void LearnPage::applyFilter(const QString &text)
{
    int shown = 0;
    for (LearnCardWidget *card : std::as_const(m_cards)) {
        const bool match = card->matches(text);
        card->setVisible(match);
        shown += match ? 1 : 0;
    }
    m_noMatches->setText(tr("No topic matches \"%1\".").arg(text.trimmed()));
    m_noMatches->setVisible(shown == 0);
}

LearnCardWidget *LearnPage::cardById(const QString &cardId) const
{
    for (LearnCardWidget *card : m_cards) {
        if (card->card().id == cardId)
            return card;
    }
    return nullptr;
}

} // namespace sloop::widgets
