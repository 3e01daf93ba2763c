#include "functionconfigpane.h"

#include "asyncconfigdialog.h"
#include "functionconfigdialog.h"

#include "engine/dockertypes.h"
#include "functions/functionlistmodel.h"
#include "functions/functionservice.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

FunctionConfigPane::FunctionConfigPane(functions::FunctionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_configuration(new QLabel)
    , m_edit(new QPushButton(tr("&Edit configuration…")))
    , m_editAsync(new QPushButton(tr("Edit &asynchronous invocation…")))
{
    m_configuration->setObjectName(QStringLiteral("functionConfiguration"));
    m_configuration->setTextFormat(Qt::RichText);
    m_configuration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configuration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_configuration->setContentsMargins(12, 12, 12, 12);
    m_edit->setObjectName(QStringLiteral("editFunctionConfig"));
    m_edit->setAccessibleName(tr("Edit the function's memory, timeout, network and variables"));
    m_editAsync->setObjectName(QStringLiteral("editAsyncConfig"));
    m_editAsync->setAccessibleName(tr("Edit how Event invocations are retried"));
    connect(m_edit, &QPushButton::clicked, this, &FunctionConfigPane::editConfiguration);
    connect(m_editAsync, &QPushButton::clicked, this, &FunctionConfigPane::editAsyncConfig);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_configuration);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 12);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_editAsync);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
}

void FunctionConfigPane::setFunction(const std::optional<functions::FunctionRecord> &record,
                                     const QStringList &names)
{
    m_record = record;
    m_names = names;
    m_edit->setEnabled(m_record.has_value());
    m_editAsync->setEnabled(m_record.has_value());
    render();
}

void FunctionConfigPane::render()
{
    if (!m_record) {
        m_configuration->clear();
        return;
    }
    const functions::FunctionRecord &r = *m_record;
    QStringList environment;
    for (auto it = r.environment.cbegin(); it != r.environment.cend(); ++it)
        environment << QString(it.key() + QLatin1Char('=') + it.value()).toHtmlEscaped();
    const auto field = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html +=
        field(tr("Runtime"), models::FunctionListModel::runtimeLabel(r.runtime).toHtmlEscaped());
    if (r.runtime == functions::Runtime::Image) {
        html += field(tr("Source image"), r.imageUri.toHtmlEscaped());
        html += field(tr("CMD override"), r.handler.isEmpty() ? tr("none (the image's CMD)")
                                                              : r.handler.toHtmlEscaped());
    } else {
        html += field(tr("Handler"), r.handler.toHtmlEscaped());
    }
    html += field(tr("Memory"), tr("%1 MB").arg(r.memoryMiB));
    html += field(tr("Timeout"), tr("%1 s").arg(r.timeoutSeconds));
    html += field(tr("Ephemeral storage (/tmp)"), tr("%1 MB").arg(r.ephemeralMiB));
    html += field(tr("Concurrency"),
                  r.reservedConcurrency
                      ? tr("at most %1 at once").arg(*r.reservedConcurrency)
                      : tr("unreserved (up to %1 at once)")
                            .arg(functions::FunctionPool::kDefaultAccountConcurrency));
    html += field(tr("Network"), !r.network ? tr("off")
                                 : r.dockerNetwork.isEmpty()
                                     ? tr("on")
                                     : tr("on, joins %1").arg(r.dockerNetwork.toHtmlEscaped()));
    html += field(r.extraEngines.isEmpty() ? tr("Engine") : tr("Engines"),
                  functions::enginesOf(r).join(QStringLiteral(", ")).toHtmlEscaped());
    html += field(tr("Image"), functions::FunctionService::imageOf(r.name).toHtmlEscaped());
    html += field(tr("ARN"), functions::functionArn(r.name).toHtmlEscaped());
    html += field(tr("Environment"),
                  environment.isEmpty() ? tr("none") : environment.join(QStringLiteral("<br>")));
    if (const auto async = m_service->asyncEvents().config(r.name)) {
        const QString target = functions::failureFunction(*async);
        const QString destination = async->onFailure.isEmpty() ? tr("nowhere")
                                    : target.isEmpty() ? tr("the folder %1").arg(async->onFailure)
                                                       : tr("the function %1").arg(target);
        const int age = async->maxAgeSeconds;
        const QString ageText = age % 3600 == 0 ? tr("%1 h").arg(age / 3600)
                                : age % 60 == 0 ? tr("%1 min").arg(age / 60)
                                                : tr("%1 s").arg(age);
        html += field(
            tr("Asynchronous invocation"),
            tr("Retries: %1 · Maximum event age: %2 · On failure: %3")
                .arg(QString::number(async->maxRetries), ageText, destination.toHtmlEscaped()));
    }
    if (const auto waiting = m_service->asyncEvents().waiting(r.name);
        waiting && !waiting->isEmpty())
        html += field(tr("Events waiting"), QString::number(waiting->size()));
    if (!r.description.isEmpty())
        html += field(tr("Description"), r.description.toHtmlEscaped());
    html +=
        field(tr("Last changed"), QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.updatedMs),
                                                     QLocale::ShortFormat));
    html += QStringLiteral("</table>");
    m_configuration->setText(html);
}

void FunctionConfigPane::editConfiguration()
{
    if (!m_record)
        return;
    auto *dialog = new FunctionConfigDialog(*m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The engine's networks arrive while the dialog is open.
    QPointer<FunctionConfigDialog> guard(dialog);
    m_service->networkNames(m_record->engine).then(this, [guard](const Result<QStringList> &names) {
        if (guard && names)
            guard->setNetworks(*names);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = m_service->configure(dialog->record());
        if (!saved)
            Q_EMIT problem(saved.problem(), tr("Configuration"));
    });
    if (m_configDialogHook)
        m_configDialogHook(dialog);
    else
        dialog->open();
}

void FunctionConfigPane::editAsyncConfig()
{
    if (!m_record)
        return;
    const QString name = m_record->name;
    const auto config = m_service->asyncEvents().config(name);
    if (!config) {
        Q_EMIT problem(config.problem(), tr("Asynchronous invocation"));
        return;
    }
    auto *dialog = new AsyncConfigDialog(*config, m_names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const VoidResult saved = m_service->asyncEvents().setConfig(dialog->config()); !saved)
            Q_EMIT problem(saved.problem(), tr("Asynchronous invocation"));
        render();
    });
    if (m_asyncDialogHook)
        m_asyncDialogHook(dialog);
    else
        dialog->open();
}

} // namespace sloop::widgets
