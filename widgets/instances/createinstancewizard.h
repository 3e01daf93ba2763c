#pragma once

#include "instances/instanceservice.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace sloop::widgets {
class BlueprintPicker;
class CreationProgress;
class InstanceDetailsForm;
class KeyPairPicker;
class LaunchScriptEditor;
class LocationPicker;
class NoticeBanner;
class PlanPicker;
class ReviewSummary;
} // namespace sloop::widgets

namespace sloop {

class ControlPlane;

// Lightsail's create-instance flow: where → platform → blueprint → launch
// script → SSH key → plan → name, count and tags → review → Create, then
// the progress of each instance's job. A step list on the left shows where
// the person is; Next is enabled only when the page is complete, and the
// service checks everything again before anything is made.
class CreateInstanceWizard : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        WherePage,
        PlatformPage,
        BlueprintPage,
        LaunchScriptPage,
        KeyPage,
        PlanPage,
        DetailsPage,
        ReviewPage,
        ProgressPage
    };
    Q_ENUM(Page)

    explicit CreateInstanceWizard(ControlPlane *plane, QWidget *parent = nullptr);

    // Preselects where the instance goes (an engine or a host name).
    void setLocation(const QString &location);

    // SLOOP_OPEN=create-instance[:PAGE] (screenshots, trying things out):
    // opens the wizard over `parent` at PAGE (where, platform, blueprint,
    // apps, script, key, plan, details, review, create). Does nothing otherwise.
    static void openFromEnvironment(ControlPlane *plane, QWidget *parent);

    Page page() const;
    void showPage(Page page);
    bool isPageComplete(Page page) const;
    // The request Create would send, from what is chosen now.
    instances::CreateRequest request() const;

    // The parts, for tests and the screenshots.
    widgets::LocationPicker *locationPicker() const { return m_where; }
    widgets::BlueprintPicker *blueprintPicker() const { return m_blueprints; }
    widgets::LaunchScriptEditor *launchScriptEditor() const { return m_script; }
    widgets::KeyPairPicker *keyPairPicker() const { return m_key; }
    widgets::PlanPicker *planPicker() const { return m_plans; }
    widgets::InstanceDetailsForm *detailsForm() const { return m_details; }
    widgets::ReviewSummary *reviewSummary() const { return m_review; }
    widgets::CreationProgress *progress() const { return m_progress; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *createButton() const { return m_create; }
    QString messageText() const;
    // "Create the default alarms" on the review page (checked unless the
    // person unticked it); false when instances cannot be kept at all.
    bool createDefaultAlarms() const;
    QCheckBox *defaultAlarmsBox() const { return m_defaultAlarms; }

public Q_SLOTS:
    void next();
    void back();
    void create();

Q_SIGNALS:
    // Create was pressed and the service accepted the request.
    void instancesCreated(const QStringList &names);

private:
    QWidget *makePage(const QString &title, const QString &subtitle, QWidget *content);
    QWidget *makePlatformPage();
    void locationChanged();
    void blueprintChanged();
    void refreshTakenNames();
    void suggestName();
    void updateReview();
    void updateNavigation();

    ControlPlane *m_plane;
    instances::InstanceService *m_service;
    QListWidget *m_steps;
    QStackedWidget *m_stack;
    widgets::NoticeBanner *m_message;
    widgets::LocationPicker *m_where = nullptr;
    widgets::BlueprintPicker *m_blueprints = nullptr;
    widgets::LaunchScriptEditor *m_script = nullptr;
    widgets::KeyPairPicker *m_key = nullptr;
    widgets::PlanPicker *m_plans = nullptr;
    widgets::InstanceDetailsForm *m_details = nullptr;
    widgets::ReviewSummary *m_review = nullptr;
    widgets::CreationProgress *m_progress = nullptr;
    QCheckBox *m_defaultAlarms = nullptr;
    QPushButton *m_cancel;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_create;
    QPushButton *m_close;
    QString m_suggestedName;
};

} // namespace sloop
