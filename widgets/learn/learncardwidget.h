#pragma once

#include "learncards.h"

#include <QFrame>

class QPushButton;

namespace sloop::widgets {

// One Learn card: a title, two paragraphs and a "Try it" button. Paints its
// own rounded panel from the palette so it follows light and dark themes.
class LearnCardWidget : public QFrame
{
    Q_OBJECT

public:
    explicit LearnCardWidget(const LearnCard &card, QWidget *parent = nullptr);

    const LearnCard &card() const { return m_card; }
    QPushButton *tryButton() const { return m_tryButton; }

    // True when every word of `filter` occurs in the card's text.
    bool matches(const QString &filter) const;

    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool highlighted);

Q_SIGNALS:
    void tryItRequested(const QString &pageId);
    // Its Try it makes a function from this template.
    void createFunctionRequested(const QString &templateId);
    void sampleApiRequested();
    void batchSampleRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LearnCard m_card;
    QString m_searchText;
    QPushButton *m_tryButton = nullptr;
    bool m_highlighted = false;
};

} // namespace sloop::widgets
