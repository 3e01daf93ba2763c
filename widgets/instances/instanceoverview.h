#pragma once

#include "instances/instancelistmodel.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;

namespace sloop::blueprints {
struct Blueprint;
}

namespace sloop::widgets {

// An instance at a glance: its state (and, when it failed, the step and
// why, with Retry and Delete), blueprint, plan, prices, where it runs, how
// to reach it, and the blueprint's notes.
class InstanceOverview : public QWidget
{
    Q_OBJECT
public:
    explicit InstanceOverview(QWidget *parent = nullptr);

    void showInstance(const models::InstanceRow &row,
                      const std::optional<blueprints::Blueprint> &blueprint);

    // A container instance's disk use as its engine measured it (bytes it
    // wrote, and its image's); nullopt: not measured (a whole server shows
    // its disks on the Hosts page).
    void showDiskUse(std::optional<qint64> written, std::optional<qint64> image,
                     const QString &problem = {});

    // For tests: what a fact row and the failure banner say.
    QString factText(const QString &objectName) const;
    QString failureText() const;
    bool failureShown() const;

Q_SIGNALS:
    void retryRequested();
    void deleteRequested();
    // "Set what LOCATION costs…": the machine the instance runs on.
    void costRequested(const QString &location);

private:
    QLabel *addFact(const QString &label, const QString &objectName);
    void set(const QString &objectName, const QString &text);

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFrame *m_failure;
    QLabel *m_failureText;
    QPushButton *m_retry;
    QPushButton *m_delete;
    QFormLayout *m_form;
    QPushButton *m_setCost;
    QString m_location;
    double m_planDiskGiB = 0;
    bool m_isContainer = false;
    QString m_diskFor; // the instance the disk fact is about
    QLabel *m_notesTitle;
    QLabel *m_notes;
    QHash<QString, QLabel *> m_facts; // by object name
};

// The command that logs in by hand: "ssh -i KEY -p PORT USER@ADDRESS", each
// part quoted for a POSIX shell. Empty when the address is not known yet.
QString sshCommandLine(const instances::InstanceRecord &record);

} // namespace sloop::widgets
