#include "addroutedialog.h"

#include "common/tones.h"
#include "util/textlists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

enum Kind
{
    FunctionKind,
    UrlKind,
    MockKind
};

} // namespace

AddRouteDialog::AddRouteDialog(const QStringList &functions, gateway::ApiType type, QWidget *parent)
    : QDialog(parent)
    , m_method(new QComboBox)
    , m_path(new QLineEdit)
    , m_kind(new QComboBox)
    , m_targets(new QStackedWidget)
    , m_function(new QComboBox)
    , m_payload(new QComboBox)
    , m_url(new QLineEdit)
    , m_mockStatus(new QSpinBox)
    , m_mockBody(new QPlainTextEdit)
    , m_timeout(new QSpinBox)
    , m_keyRequired(new QCheckBox(tr("Callers must send an API &key (x-api-key)")))
    , m_wsKey(new QComboBox)
    , m_twoWay(new QCheckBox(tr("Send the answer &back to the client (two-way)")))
    , m_webSocket(type == gateway::ApiType::WebSocket)
    , m_authorizer(new QComboBox)
    , m_scopes(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add route"));
    setObjectName(QStringLiteral("addRouteDialog"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("ANY"),
                        QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->addItem(tr("$default (anything no other route takes)"), QStringLiteral("$default"));
    m_method->setAccessibleName(tr("Method"));
    m_path->setText(QStringLiteral("/"));
    m_path->setPlaceholderText(QStringLiteral("/pets/{id}"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setToolTip(tr("Parts in braces are parameters: /pets/{id}. A last {proxy+} takes the "
                          "rest of the path."));
    m_kind->addItems({tr("Function"), tr("HTTP URL"), tr("Fixed reply (mock)")});
    m_kind->setAccessibleName(tr("Integration"));

    auto *functionPage = new QWidget;
    auto *functionForm = new QFormLayout(functionPage);
    functionForm->setContentsMargins(0, 0, 0, 0);
    m_function->addItems(functions);
    m_function->setEditable(true); // NAME:ALIAS too
    m_function->setAccessibleName(tr("Function"));
    m_payload->addItem(tr("2.0 (HTTP APIs)"), 2);
    m_payload->addItem(tr("1.0 (REST APIs)"), 1);
    m_payload->setAccessibleName(tr("Payload format"));
    if (type == gateway::ApiType::Rest) {
        m_payload->setCurrentIndex(1);
        m_payload->setEnabled(false);
    }
    functionForm->addRow(tr("F&unction:"), m_function);
    functionForm->addRow(tr("Pa&yload format:"), m_payload);
    auto *urlPage = new QWidget;
    auto *urlForm = new QFormLayout(urlPage);
    urlForm->setContentsMargins(0, 0, 0, 0);
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/{proxy}"));
    m_url->setAccessibleName(tr("URL"));
    urlForm->addRow(tr("&URL:"), m_url);
    auto *mockPage = new QWidget;
    auto *mockForm = new QFormLayout(mockPage);
    mockForm->setContentsMargins(0, 0, 0, 0);
    m_mockStatus->setRange(100, 599);
    m_mockStatus->setValue(200);
    m_mockStatus->setAccessibleName(tr("Status"));
    m_mockBody->setPlaceholderText(QStringLiteral("{\"ok\": true}"));
    m_mockBody->setAccessibleName(tr("Body"));
    m_mockBody->setMaximumHeight(90);
    mockForm->addRow(tr("&Status:"), m_mockStatus);
    mockForm->addRow(tr("&Body:"), m_mockBody);
    m_targets->addWidget(functionPage);
    m_targets->addWidget(urlPage);
    m_targets->addWidget(mockPage);

    m_timeout->setRange(50, 900000);
    m_timeout->setValue(29000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_authorizer->addItem(tr("None: anyone may call"), QString());
    m_authorizer->setAccessibleName(tr("Authorizer"));
    m_authorizer->setToolTip(tr("Who may call the route: add authorizers on the Authorizers tab."));
    m_scopes->setPlaceholderText(tr("orders:read, orders:write"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setToolTip(tr("A token must carry one of these scopes; empty: any valid token."));
    m_scopes->setEnabled(false);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
    m_problem->setObjectName(QStringLiteral("routeProblem"));

    m_wsKey->setEditable(true);
    m_wsKey->addItems({QStringLiteral("sendmessage"), QStringLiteral("$connect"),
                       QStringLiteral("$disconnect"), QStringLiteral("$default")});
    m_wsKey->setAccessibleName(tr("Route key"));
    m_wsKey->setToolTip(tr("$connect runs when a client connects (answer 200 to let it in), "
                           "$disconnect when it leaves, $default for messages no other route "
                           "takes; other keys are the value of the message's \"action\"."));
    m_twoWay->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("&Route:"), m_wsKey);
    form->addRow(tr("Send &to:"), m_kind);
    form->addRow(QString(), m_targets);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(QString(), m_keyRequired);
    form->addRow(tr("Auth&orizer:"), m_authorizer);
    form->addRow(tr("S&copes:"), m_scopes);
    form->addRow(QString(), m_twoWay);
    // A WebSocket API's routes: a key, a function or a fixed reply, two-way.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_method, m_path, m_keyRequired, m_authorizer, m_scopes})
        form->setRowVisible(w, !m_webSocket);
    form->setRowVisible(m_wsKey, m_webSocket);
    form->setRowVisible(m_twoWay, m_webSocket);
    if (m_webSocket)
        qobject_cast<QStandardItemModel *>(m_kind->model())->item(UrlKind)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add route"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, m_targets, &QStackedWidget::setCurrentIndex);
    for (QComboBox *box : {m_method, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &AddRouteDialog::check);
    connect(m_function, &QComboBox::currentTextChanged, this, &AddRouteDialog::check);
    connect(m_path, &QLineEdit::textChanged, this, &AddRouteDialog::check);
    connect(m_wsKey, &QComboBox::currentTextChanged, this, &AddRouteDialog::check);
    connect(m_url, &QLineEdit::textChanged, this, &AddRouteDialog::check);
    connect(m_authorizer, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_authorizer->currentData().toString();
        const auto it = std::find_if(m_authorizers.cbegin(), m_authorizers.cend(),
                                     [&](const gateway::Authorizer &a) { return a.name == name; });
        // Scopes are a JWT's; a function authorizer decides by itself.
        m_scopes->setEnabled(it != m_authorizers.cend() &&
                             it->kind == gateway::Authorizer::Kind::Jwt);
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_path->setEnabled(m_method->currentData().toString() != QLatin1String("$default"));
    });
    if (functions.isEmpty())
        m_kind->setCurrentIndex(MockKind);
    check();
}

gateway::Route AddRouteDialog::route() const
{
    gateway::Route r;
    const QString method = m_method->currentData().toString() == QLatin1String("$default")
                               ? QString()
                               : m_method->currentText();
    r.key = method.isEmpty() ? QStringLiteral("$default")
                             : method + QLatin1Char(' ') + m_path->text().trimmed();
    if (m_webSocket) {
        r.key = m_wsKey->currentText().trimmed();
        r.twoWay = m_twoWay->isChecked();
    }
    r.apiKeyRequired = m_keyRequired->isChecked();
    r.authorizer = m_authorizer->currentData().toString();
    if (m_scopes->isEnabled())
        r.authorizationScopes = splitList(m_scopes->text());
    gateway::Integration &i = r.integration;
    i.timeoutMs = m_timeout->value();
    switch (m_kind->currentIndex()) {
    case FunctionKind:
        i.kind = gateway::Integration::Kind::Function;
        i.target = m_function->currentText().trimmed();
        i.payloadFormat = m_payload->currentData().toInt();
        break;
    case UrlKind:
        i.kind = gateway::Integration::Kind::Http;
        i.target = m_url->text().trimmed();
        break;
    default:
        i.kind = gateway::Integration::Kind::Mock;
        i.mockStatus = m_mockStatus->value();
        i.mockBody = m_mockBody->toPlainText().toUtf8();
        break;
    }
    return r;
}

void AddRouteDialog::setAuthorizers(const QList<gateway::Authorizer> &authorizers)
{
    m_authorizers = authorizers;
    while (m_authorizer->count() > 1)
        m_authorizer->removeItem(1);
    for (const gateway::Authorizer &a : authorizers)
        m_authorizer->addItem(a.kind == gateway::Authorizer::Kind::Jwt
                                  ? tr("%1 (JWT from %2)").arg(a.name, a.issuer)
                                  : tr("%1 (function %2)").arg(a.name, a.function),
                              a.name);
}

void AddRouteDialog::setRoute(const gateway::Route &r)
{
    setWindowTitle(tr("Change route"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save route"));
    m_wsKey->setCurrentText(r.key);
    m_twoWay->setChecked(r.twoWay);
    if (r.key == QLatin1String("$default")) {
        m_method->setCurrentIndex(m_method->count() - 1);
    } else {
        m_method->setCurrentText(r.method());
        m_path->setText(r.path());
    }
    m_keyRequired->setChecked(r.apiKeyRequired);
    m_authorizer->setCurrentIndex(qMax(0, m_authorizer->findData(r.authorizer)));
    m_scopes->setText(r.authorizationScopes.join(QLatin1String(", ")));
    m_timeout->setValue(r.integration.timeoutMs);
    switch (r.integration.kind) {
    case gateway::Integration::Kind::Function:
        m_kind->setCurrentIndex(FunctionKind);
        m_function->setCurrentText(r.integration.target);
        m_payload->setCurrentIndex(r.integration.payloadFormat == 1 ? 1 : 0);
        break;
    case gateway::Integration::Kind::Http:
        m_kind->setCurrentIndex(UrlKind);
        m_url->setText(r.integration.target);
        break;
    case gateway::Integration::Kind::Mock:
        m_kind->setCurrentIndex(MockKind);
        m_mockStatus->setValue(r.integration.mockStatus);
        m_mockBody->setPlainText(QString::fromUtf8(r.integration.mockBody));
        break;
    }
    check();
}

void AddRouteDialog::check()
{
    const gateway::Route r = route();
    QString why;
    if (const auto key = m_webSocket ? gateway::normalizeWebSocketRouteKey(r.key)
                                     : gateway::normalizeRouteKey(r.key);
        !key)
        why = key.error();
    else if (const auto valid = gateway::validate(r.integration); !valid)
        why = valid.error();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace sloop::widgets
