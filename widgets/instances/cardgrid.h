#pragma once

#include <QWidget>

class QButtonGroup;
class QGridLayout;

namespace sloop::widgets {

class ChoiceCard;

// Cards in rows of `columns`, one of them picked at a time. Grids that share
// a button group (tabs of one choice) pick one card among all of them.
class CardGrid : public QWidget
{
    Q_OBJECT
public:
    explicit CardGrid(int columns, QButtonGroup *group = nullptr, QWidget *parent = nullptr);

    ChoiceCard *addCard(const QString &key);
    void clear();
    QList<ChoiceCard *> cards() const { return m_cards; }
    ChoiceCard *card(const QString &key) const;

    // Empty when nothing (enabled) is picked.
    QString checkedKey() const;
    // Picks the card; an unknown or disabled key leaves nothing picked.
    void setCheckedKey(const QString &key);

Q_SIGNALS:
    void picked(const QString &key);

private:
    int m_columns;
    QButtonGroup *m_group;
    QGridLayout *m_grid;
    QList<ChoiceCard *> m_cards;
};

} // namespace sloop::widgets
