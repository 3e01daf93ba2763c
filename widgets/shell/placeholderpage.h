#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sloop::widgets {

// What a page that is not built yet says about itself.
struct PlaceholderInfo
{
    QString pageId; // one of navigationPageIds()
    QString title;
    QString description;
    QString learnCardId;
    QString iconPath; // a resource path, e.g. ":/sloop/icons/nav-batch.svg"
};

// The pages the navigation lists before their real versions land, in
// navigation order.
QList<PlaceholderInfo> plannedPages();

// Stands in for a page that is still to come: says plainly what it will do
// and points to the Learn card that explains the idea behind it.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, const QString &learnCardId,
                    QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    QString learnCardId() const { return m_learnCardId; }
    QPushButton *learnButton() const { return m_learnButton; }

Q_SIGNALS:
    void learnRequested(const QString &cardId);

private:
    QString m_learnCardId;
    QLabel *m_icon = nullptr;
    QPushButton *m_learnButton = nullptr;
};

// A placeholder page built from `info`, icon included.
PlaceholderPage *createPlaceholderPage(const PlaceholderInfo &info, QWidget *parent = nullptr);

} // namespace sloop::widgets
