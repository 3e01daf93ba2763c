#pragma once

#include "pricing/costrepository.h"

#include "hosts/hostrecord.h"
#include "hosts/hoststatus.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sloop::widgets {

// A host at a glance: whether Sloop can reach it (and why not, in words),
// then OS, kernel, uptime, CPUs, memory, disks and whether Docker is there.
// The banner's buttons offer what fits the state: check again, trust a new
// key, forget a changed one.
class HostOverview : public QWidget
{
    Q_OBJECT
public:
    explicit HostOverview(QWidget *parent = nullptr);

    void showHost(const hosts::HostRecord &host, const hosts::HostStatus &status);
    // What the person says the host costs a month (nothing: not stated).
    void showCost(const std::optional<pricing::HostCost> &cost);

    // For tests: what the banner and a fact row say.
    QString bannerText() const;
    QString factText(const QString &objectName) const;

Q_SIGNALS:
    void checkRequested();
    void trustRequested();
    void forgetRequested();
    void costRequested();

private:
    QLabel *addFact(const QString &label, const QString &objectName);
    void showBanner(const hosts::HostStatus &status);
    void showFacts(const hosts::HostStatus &status);
    void showRoute(const hosts::HostRecord &host, const hosts::HostStatus &status);

    QLabel *m_title;
    QLabel *m_endpoint;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_check;
    QPushButton *m_trust;
    QPushButton *m_forget;
    QPushButton *m_setCost;
    QFormLayout *m_form;
    QTreeWidget *m_disks;
    QHash<QString, QLabel *> m_facts; // by object name
    QLabel *m_disksTitle;
};

} // namespace sloop::widgets
