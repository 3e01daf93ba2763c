#pragma once

#include <QAbstractButton>
#include <QIcon>

class QLabel;
class QVBoxLayout;

namespace sloop::widgets {

// One choice in a grid of cards (a location, a blueprint, a plan): a
// checkable, focusable button that shows an icon, a title, a body text and
// an optional big figure, drawn like Lightsail's tiles. Cards with the same
// parent are exclusive; arrow keys move between them, Space picks one. A
// disabled card says why in its note.
class ChoiceCard : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ChoiceCard(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon, int size = 40);
    void setTitle(const QString &title);
    void setBody(const QString &body);
    // A big figure under the body ("$5/month") and a small one under it.
    void setFigure(const QString &big, const QString &small = {});
    // Shown in place of nothing when the card is disabled (why it is).
    void setNote(const QString &note);
    void setKey(const QString &key) { m_key = key; }
    const QString &key() const { return m_key; }
    QString title() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateAccessibleText();

    QString m_key;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_big;
    QLabel *m_small;
    QLabel *m_note;
    QVBoxLayout *m_layout;
};

} // namespace sloop::widgets
