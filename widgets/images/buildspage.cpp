#include "buildspage.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "registry/imagetransfer.h"
#include "registry/registrylist.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

bool readPairs(const QString &text, QMap<QString, QString> &into, QString *bad)
{
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 1) {
            *bad = line;
            return false;
        }
        into.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return true;
}

} // namespace

BuildsPage::BuildsPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_problem(new NoticeBanner)
    , m_source(new QLineEdit)
    , m_tag(new QLineEdit)
    , m_dockerfile(new QLineEdit(QStringLiteral("Dockerfile")))
    , m_target(new QLineEdit)
    , m_args(new QPlainTextEdit)
    , m_noCache(new QCheckBox(tr("Build every step again (no cache)")))
    , m_push(new QComboBox)
    , m_build(namedButton(tr("&Build"), QStringLiteral("startBuild"), tr("Build the image")))
    , m_stop(namedButton(tr("&Stop"), QStringLiteral("stopBuild"), tr("Stop the build")))
    , m_progress(new QProgressBar)
    , m_stepText(new QLabel)
    , m_log(new QPlainTextEdit)
    , m_history(listTable({tr("Started"), tr("Tag"), tr("Source"), tr("Took"), tr("Outcome")},
                          QStringLiteral("buildHistory"), tr("Builds")))
{
    setObjectName(QStringLiteral("buildsPage"));
    m_problem->setObjectName(QStringLiteral("buildsProblem"));
    m_source->setObjectName(QStringLiteral("buildSource"));
    m_source->setAccessibleName(tr("Folder or Git URL"));
    m_source->setPlaceholderText(tr("a folder with a Dockerfile, or https://…/repo.git"));
    m_tag->setObjectName(QStringLiteral("buildTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setPlaceholderText(tr("name:tag, such as shop-web:1"));
    m_dockerfile->setAccessibleName(tr("Dockerfile"));
    m_target->setAccessibleName(tr("Target stage"));
    m_target->setPlaceholderText(tr("the last stage"));
    m_args->setObjectName(QStringLiteral("buildArgs"));
    m_args->setAccessibleName(tr("Build arguments"));
    m_args->setPlaceholderText(tr("NAME=value, one a line"));
    m_args->setMaximumHeight(60);
    m_noCache->setObjectName(QStringLiteral("buildNoCache"));
    m_push->setObjectName(QStringLiteral("buildPush"));
    m_push->setAccessibleName(tr("Push to registry"));
    m_progress->setObjectName(QStringLiteral("buildProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_stepText->setObjectName(QStringLiteral("buildStep"));
    m_stepText->setText(tr("The builder's log appears here as it runs."));
    m_stepText->setForegroundRole(QPalette::PlaceholderText);
    m_log->setObjectName(QStringLiteral("buildLog"));
    m_log->setAccessibleName(tr("Build log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    m_stop->setEnabled(false);
    m_history->setMaximumHeight(140);
    m_history->hide();  // until the first build ends
    m_progress->hide(); // while nothing builds

    auto *browse = namedButton(tr("Choose…"), QStringLiteral("chooseBuildFolder"),
                               tr("Choose the folder to build"));
    connect(browse, &QPushButton::clicked, this, &BuildsPage::chooseFolder);
    connect(m_build, &QPushButton::clicked, this, &BuildsPage::build);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    connect(m_source, &QLineEdit::returnPressed, this, &BuildsPage::build);
    connect(m_tag, &QLineEdit::returnPressed, this, &BuildsPage::build);

    auto *source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(browse);
    auto *stage = new QHBoxLayout;
    stage->addWidget(m_dockerfile, 1);
    stage->addWidget(new QLabel(tr("Target stage:")));
    stage->addWidget(m_target, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Build from:"), source);
    form->addRow(tr("Tag:"), m_tag);
    form->addRow(tr("Dockerfile:"), stage);
    form->addRow(tr("Build arguments:"), m_args);
    form->addRow(QString(), m_noCache);
    form->addRow(tr("Then push to:"), m_push);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_build);
    actions->addWidget(m_stop);
    actions->addWidget(m_progress, 1);
    actions->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_stepText);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_history);
    reloadRegistries();
}

BuildsPage::~BuildsPage() = default;

void BuildsPage::setEngine(const QString &engineName)
{
    m_engine = engineName;
}

void BuildsPage::setSource(const QString &folderOrUrl)
{
    m_source->setText(folderOrUrl);
}

void BuildsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadRegistries(); // ones added on the Registries page meanwhile
}

void BuildsPage::reloadRegistries()
{
    const QString chosen = m_push->currentData().toString();
    m_push->clear();
    m_push->addItem(tr("Nowhere: keep it on the engine"), QString());
    for (const registry::RegistryRecord &r : registry::knownRegistries())
        m_push->addItem(tr("%1 (%2)").arg(r.name, r.url), r.name);
    m_push->setCurrentIndex(std::max(0, m_push->findData(chosen)));
}

void BuildsPage::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder to build"), m_source->text());
    if (dir.isEmpty())
        return;
    m_source->setText(dir);
    if (m_tag->text().isEmpty())
        m_tag->setText(QFileInfo(dir).fileName().toLower() + QStringLiteral(":latest"));
}

void BuildsPage::build()
{
    images::BuildRequest request;
    const QString source = m_source->text().trimmed();
    if (source.isEmpty()) {
        m_problem->showError(tr("Say what to build: a folder with a Dockerfile, or a Git URL."));
        return;
    }
    const bool git =
        source.contains(QLatin1String("://")) || source.startsWith(QLatin1String("git@"));
    (git ? request.gitUrl : request.contextDir) = source;
    request.tags = {m_tag->text().trimmed()};
    request.dockerfile = m_dockerfile->text().trimmed();
    request.target = m_target->text().trimmed();
    request.noCache = m_noCache->isChecked();
    QString bad;
    if (!readPairs(m_args->toPlainText(), request.buildArgs, &bad)) {
        m_problem->showError(tr("\"%1\" is not NAME=value.").arg(bad));
        return;
    }
    startBuild(request, m_push->currentData().toString());
}

void BuildsPage::startBuild(const images::BuildRequest &request, const QString &pushTo)
{
    if (m_running)
        return;
    engine::DockerClient *client = m_plane ? m_plane->engines()->client(m_engine) : nullptr;
    if (!client) {
        m_problem->showError(tr("Choose an engine on the Containers page first."));
        return;
    }
    m_problem->clear();
    m_request = request;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_log->clear();
    m_progress->setRange(0, 0); // busy until the first step says how many
    m_progress->show();
    m_stepText->setText(tr("Sending the build context to %1…").arg(client->name()));
    m_build->setEnabled(false);
    m_stop->setEnabled(true);
    auto *build = new images::ImageBuild(client, this);
    m_running = build;
    connect(build, &images::ImageBuild::output, this,
            [this](const QString &line) { m_log->appendPlainText(line); });
    connect(build, &images::ImageBuild::step, this, [this](const images::BuildStep &s) {
        m_progress->setRange(0, s.total);
        m_progress->setValue(s.number - 1);
        m_stepText->setText(
            s.line > 0 ? tr("Step %1 of %2, line %3: %4")
                             .arg(s.number)
                             .arg(s.total)
                             .arg(s.line)
                             .arg(s.instruction)
                       : tr("Step %1 of %2: %3").arg(s.number).arg(s.total).arg(s.instruction));
    });
    connect(build, &images::ImageBuild::finished, this,
            [this, build, client = QPointer<engine::DockerClient>(client),
             pushTo](const Result<QString> &outcome) {
                build->deleteLater();
                if (!outcome || pushTo.isEmpty())
                    return finish(outcome);
                if (!client) // the engine went away during the build
                    return finish(Result<QString>::failure(
                        ErrorKind::Unreachable, tr("The engine is gone; nothing was pushed.")));
                const auto record = registry::findRegistry(pushTo);
                if (!record)
                    return finish(Result<QString>::failure(
                        ErrorKind::NotFound, tr("There is no registry named \"%1\".").arg(pushTo)));
                QString name = m_request.tags.first();
                const QString first = name.section(QLatin1Char('/'), 0, 0);
                if (name.contains(QLatin1Char('/')) &&
                    (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))))
                    name = name.section(QLatin1Char('/'), 1);
                const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
                const QString repo = colon > 0 ? name.left(colon) : name;
                const QString tag = colon > 0 ? name.mid(colon + 1) : QStringLiteral("latest");
                std::optional<std::pair<QString, QString>> credentials;
                if (!record->user.isEmpty()) {
                    if (const auto stored = secrets::SecretStore::instance().readNow(
                            registry::passwordKey(record->name));
                        stored && *stored)
                        credentials = std::pair{record->user, **stored};
                } else {
                    credentials = registry::dockerConfigCredentials(record->host());
                }
                auto *transfer = new registry::ImageTransfer(client.data(), this);
                m_transfer = transfer;
                m_stepText->setText(tr("Pushing to %1…").arg(record->name));
                connect(transfer, &registry::ImageTransfer::progress, this,
                        [this](const QString &layer, const QString &status, qint64, qint64) {
                            m_log->appendPlainText(
                                layer.isEmpty() ? status : layer + QStringLiteral(": ") + status);
                        });
                connect(transfer, &registry::ImageTransfer::finished, this,
                        [this, transfer, outcome](const Result<QString> &digest) {
                            transfer->deleteLater();
                            if (!digest)
                                return finish(Result<QString>::failure(digest.problem()));
                            finish(
                                outcome,
                                tr("pushed as %1@%2").arg(transfer->reference(), digest.value()));
                        });
                transfer->push(m_request.tags.first(), *record, credentials, repo, tag);
            });
    build->start(request);
}

void BuildsPage::finish(const Result<QString> &outcome, const QString &note)
{
    m_build->setEnabled(true);
    m_stop->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome ? 1 : 0);
    const double seconds = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    QString said;
    if (outcome) {
        said = note.isEmpty() ? tr("Built %1").arg(outcome->left(19))
                              : tr("Built %1, %2").arg(outcome->left(19), note);
        m_stepText->setText(tr("%1 in %2 s.").arg(said).arg(seconds, 0, 'f', 1));
    } else {
        said = outcome.error();
        m_stepText->setText(tr("The build failed."));
        m_problem->showProblem(outcome.problem(), tr("Build %1").arg(m_request.tags.value(0)));
    }
    m_history->show();
    m_history->insertRow(0);
    const QStringList cells{QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_startedMs).time(),
                                               QLocale::ShortFormat),
                            m_request.tags.value(0),
                            m_request.gitUrl.isEmpty() ? m_request.contextDir : m_request.gitUrl,
                            tr("%1 s").arg(seconds, 0, 'f', 1), said};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        m_history->setItem(0, c, item);
    }
    Q_EMIT buildFinished(outcome);
}

} // namespace sloop::widgets
