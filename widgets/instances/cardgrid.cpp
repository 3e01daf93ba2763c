#include "cardgrid.h"

#include "choicecard.h"

#include <QButtonGroup>
#include <QGridLayout>

namespace sloop::widgets {

CardGrid::CardGrid(int columns, QButtonGroup *group, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_group(group ? group : new QButtonGroup(this))
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    for (int c = 0; c < m_columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

ChoiceCard *CardGrid::addCard(const QString &key)
{
    auto *card = new ChoiceCard(this);
    card->setKey(key);
    card->setAutoExclusive(false);
    m_group->addButton(card);
    const int index = int(m_cards.size());
    m_grid->addWidget(card, index / m_columns, index % m_columns);
    m_cards.append(card);
    connect(card, &ChoiceCard::toggled, this, [this, card](bool on) {
        if (on)
            Q_EMIT picked(card->key());
    });
    return card;
}

void CardGrid::clear()
{
    qDeleteAll(m_cards);
    m_cards.clear();
}

ChoiceCard *CardGrid::card(const QString &key) const
{
    for (ChoiceCard *card : m_cards)
        if (card->key() == key)
            return card;
    return nullptr;
}

QString CardGrid::checkedKey() const
{
    for (ChoiceCard *card : m_cards)
        if (card->isChecked() && card->isEnabled())
            return card->key();
    return {};
}

void CardGrid::setCheckedKey(const QString &key)
{
    ChoiceCard *target = card(key);
    if (target && target->isEnabled()) {
        target->setChecked(true);
        return;
    }
    // An exclusive group refuses to have nothing checked: lift it for a moment.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
}

} // namespace sloop::widgets
