#include "apitrypane.h"

#include "common/tones.h"
#include "gateway/apitry.h"
#include "http/httpclient.h"
#include "util/futures.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

#include <memory>

namespace sloop::widgets {

ApiTryPane::ApiTryPane(ControlPlane *plane, QWidget *parent)
    : ApiPane(plane, parent)
    , m_http(new http::HttpClient(this))
    , m_method(new QComboBox)
    , m_stage(new QComboBox)
    , m_path(new QLineEdit(QStringLiteral("/")))
    , m_key(new QLineEdit)
    , m_authorization(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_send(new QPushButton(tr("&Send")))
    , m_curl(new QLineEdit)
    , m_status(new QLabel)
    , m_answer(new QPlainTextEdit)
{
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setAccessibleName(tr("Method"));
    m_stage->setAccessibleName(tr("Stage"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setPlaceholderText(QStringLiteral("/hello/world?x=1"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("for routes that need a key"));
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_authorization->setAccessibleName(tr("Authorization"));
    m_authorization->setPlaceholderText(tr("Bearer eyJ… for routes with an authorizer"));
    m_authorization->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setPlaceholderText(tr("Request body (POST, PUT, PATCH)"));
    m_body->setMaximumHeight(80);
    m_send->setObjectName(QStringLiteral("sendTry"));
    m_send->setAccessibleName(tr("Send the request"));
    m_send->setDefault(true);
    m_curl->setObjectName(QStringLiteral("tryCurl"));
    m_curl->setReadOnly(true);
    m_curl->setAccessibleName(tr("The same request with curl"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_curl->setFont(mono);
    m_answer->setObjectName(QStringLiteral("tryAnswer"));
    m_answer->setReadOnly(true);
    m_answer->setFont(mono);
    m_answer->setAccessibleName(tr("The answer"));
    m_answer->setPlaceholderText(tr("The status, headers and body of the answer appear here."));
    m_status->setObjectName(QStringLiteral("tryStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // the command, to copy

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_stage);
    line->addWidget(m_path, 1);
    line->addWidget(m_send);
    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("&Authorization:"), m_authorization);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("curl:"), m_curl);
    // The request builder; a WebSocket API shows how to connect instead.
    m_builder = new QWidget;
    auto *builder = new QVBoxLayout(m_builder);
    builder->setContentsMargins(0, 0, 0, 0);
    builder->addLayout(line);
    builder->addLayout(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_builder);
    layout->addWidget(m_status);
    layout->addWidget(m_answer, 1);
    connect(m_send, &QPushButton::clicked, this, &ApiTryPane::send);
    connect(m_path, &QLineEdit::returnPressed, this, &ApiTryPane::send);
    for (QComboBox *box : {m_method, m_stage})
        connect(box, &QComboBox::currentIndexChanged, this, &ApiTryPane::updateCurl);
    for (QLineEdit *edit : {m_path, m_key, m_authorization})
        connect(edit, &QLineEdit::textChanged, this, &ApiTryPane::updateCurl);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ApiTryPane::updateCurl);
}

void ApiTryPane::setApi(const gateway::Api &api)
{
    const bool other = api.id != m_api.id;
    m_api = api;
    const QString keep = m_stage->currentText();
    m_stage->blockSignals(true);
    m_stage->clear();
    for (const gateway::Stage &s : api.stages)
        m_stage->addItem(s.name);
    const int index = m_stage->findText(other ? gateway::defaultStage(api) : keep);
    m_stage->setCurrentIndex(qMax(0, index));
    m_stage->blockSignals(false);
    const bool deployed = !api.stages.isEmpty();
    m_send->setEnabled(deployed);
    if (other) {
        m_answer->clear();
        m_status->clear();
        // A route to start from: the first one, parameters as they are.
        if (!api.routes.isEmpty() && api.routes.first().key != QLatin1String("$default")) {
            m_method->setCurrentText(api.routes.first().method() == QLatin1String("ANY")
                                         ? QStringLiteral("GET")
                                         : api.routes.first().method());
            // Parameters filled with their names: /hello/{name} → /hello/name.
            static const QRegularExpression param(QStringLiteral("\\{([^}+]+)\\+?\\}"));
            m_path->setText(
                QString(api.routes.first().path()).replace(param, QStringLiteral("\\1")));
        }
    }
    if (!deployed)
        m_status->setText(tr("Deploy the API to a stage to try it."));
    m_builder->setVisible(api.type != gateway::ApiType::WebSocket);
    m_answer->setVisible(api.type != gateway::ApiType::WebSocket);
    if (api.type == gateway::ApiType::WebSocket) {
        // No request to build: a WebSocket client connects and sends.
        m_send->setEnabled(false);
        m_status->setText(
            deployed ? tr("A WebSocket API takes WebSocket clients, not single requests. "
                          "Connect one, such as npm's wscat:\n\n    wscat -c %1\n\nthen send "
                          "{\"action\": \"sendmessage\", \"text\": \"hi\"}: the route named by "
                          "\"action\" answers, or $default. Send to a client from elsewhere "
                          "with aws apigatewaymanagementapi post-to-connection.")
                           .arg(api.stageUrl(gateway::defaultStage(api)))
                     : tr("Deploy the API to a stage, then connect a WebSocket client to it."));
    }
    updateCurl();
}

void ApiTryPane::prefill(const QString &method, const QString &path, const QString &apiKey)
{
    m_method->setCurrentText(method);
    m_path->setText(path);
    m_key->setText(apiKey);
    m_authorization->clear();
    m_body->clear();
    m_send->setFocus();
    updateCurl();
}

gateway::TryRequest ApiTryPane::request() const
{
    gateway::TryRequest r;
    r.method = m_method->currentText();
    r.stage = m_stage->currentText();
    r.path = m_path->text().trimmed();
    r.apiKey = m_key->text().trimmed();
    r.body = m_body->toPlainText().toUtf8();
    if (const QString token = m_authorization->text().trimmed(); !token.isEmpty())
        r.headers.append({QByteArray("Authorization"), token.toUtf8()});
    return r;
}

void ApiTryPane::updateCurl()
{
    if (m_api.stages.isEmpty()) {
        m_curl->clear();
        return;
    }
    m_curl->setText(gateway::curlCommand(m_api, request()));
    m_curl->setCursorPosition(0);
}

void ApiTryPane::send()
{
    if (m_api.stages.isEmpty())
        return;
    const gateway::TryRequest r = request();
    m_send->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet({});
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    whenFinished(
        m_http->send(gateway::clientRequest(m_api, r)), this,
        [this, clock](const Result<http::ClientResponse> &answer) {
            m_send->setEnabled(true);
            const QString ms = QLocale().toString(double(clock->nsecsElapsed()) / 1e6, 'f', 1);
            if (!answer) {
                m_status->setText(tr("Nothing answered (%1). The window or \"sloop serve\" "
                                     "that owns the data folder serves the gateway.")
                                      .arg(answer.error()));
                m_status->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
                m_answer->clear();
                return;
            }
            const models::Tone tone = answer->status >= 500   ? models::Tone::Error
                                      : answer->status >= 400 ? models::Tone::Warning
                                                              : models::Tone::Ok;
            m_status->setText(tr("HTTP %1 in %2 ms").arg(answer->status).arg(ms));
            m_status->setStyleSheet(models::toneStyleSheet(tone, palette()));
            QString text;
            for (const auto &[name, value] : answer->headers)
                text += QString::fromUtf8(name + ": " + value) + QLatin1Char('\n');
            text += QLatin1Char('\n') + QString::fromUtf8(answer->body.left(1024 * 1024));
            m_answer->setPlainText(text);
            Q_EMIT answered(answer->status);
        });
}

} // namespace sloop::widgets
