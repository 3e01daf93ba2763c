#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;
class QTimer;

namespace sloop::widgets {

class LearnCardWidget;

// The Learn page: short cards that explain cloud ideas (Docker, ECS, Lambda,
// Batch...) in plain words, say what each becomes in Sloop, and open the page
// where the reader can try it.
class LearnPage : public QWidget
{
    Q_OBJECT

public:
    explicit LearnPage(QWidget *parent = nullptr);

    // Scrolls to the card with `cardId` and highlights it for a moment.
    // Clears the filter first when it hides that card.
    void showCard(const QString &cardId);

    QLineEdit *filterEdit() const { return m_filter; }
    QList<LearnCardWidget *> cards() const { return m_cards; }

Q_SIGNALS:
    // `pageId` is one of navigationPageIds().
    void tryItRequested(const QString &pageId);
    void createFunctionRequested(const QString &templateId);
    void sampleApiRequested();
    void batchSampleRequested();

private:
    void applyFilter(const QString &text);
    LearnCardWidget *cardById(const QString &cardId) const;

    QLineEdit *m_filter = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_noMatches = nullptr;
    QList<LearnCardWidget *> m_cards;
    LearnCardWidget *m_highlighted = nullptr;
    QTimer *m_highlightTimer = nullptr;
};

} // namespace sloop::widgets
