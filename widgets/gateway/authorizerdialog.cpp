#include "authorizerdialog.h"

#include "common/tones.h"
#include "gateway/jwtverifier.h"
#include "util/textlists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

AuthorizerDialog::AuthorizerDialog(const QStringList &functions, gateway::ApiType type,
                                   QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_identity(new QLineEdit(QStringLiteral("$request.header.Authorization")))
    , m_issuer(new QLineEdit)
    , m_audiences(new QLineEdit)
    , m_jwks(new QLineEdit)
    , m_function(new QComboBox)
    , m_ttl(new QSpinBox)
    , m_payload(new QComboBox)
    , m_simple(new QCheckBox(tr("The function answers {\"isAuthorized\": true|false} (simple "
                                "responses)")))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add authorizer"));
    setObjectName(QStringLiteral("authorizerDialog"));
    setMinimumWidth(520);
    m_name->setPlaceholderText(QStringLiteral("my-idp"));
    m_name->setAccessibleName(tr("Name"));
    m_kind->addItem(tr("JWT: tokens from an identity provider"),
                    int(gateway::Authorizer::Kind::Jwt));
    m_kind->addItem(tr("Function: decides from headers and query (REQUEST)"),
                    int(gateway::Authorizer::Kind::Request));
    m_kind->addItem(tr("Function: decides from one token (TOKEN)"),
                    int(gateway::Authorizer::Kind::Token));
    m_kind->setAccessibleName(tr("Type"));
    m_identity->setAccessibleName(tr("Identity source"));
    m_identity->setToolTip(tr("Where the caller's credential is: $request.header.NAME or "
                              "$request.querystring.NAME, comma-separated. A request without "
                              "it gets 401 before anything runs."));

    m_issuer->setPlaceholderText(QStringLiteral("https://id.example.com"));
    m_issuer->setAccessibleName(tr("Issuer"));
    m_issuer->setToolTip(tr("Tokens must name it as their \"iss\"."));
    m_audiences->setPlaceholderText(tr("my-app, my-other-app"));
    m_audiences->setAccessibleName(tr("Audiences"));
    m_audiences->setToolTip(tr("A token's \"aud\" (or \"client_id\") must be one of them."));
    m_jwks->setPlaceholderText(tr("/path/to/jwks.json"));
    m_jwks->setAccessibleName(tr("Key set file"));
    m_jwks->setToolTip(tr("The issuer's public keys as a JSON Web Key Set (what it publishes "
                          "at its jwks_uri). Read again when the file changes."));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the key set file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Key set (JWKS)"), {},
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!file.isEmpty())
            m_jwks->setText(file);
    });
    auto *jwksRow = new QHBoxLayout;
    jwksRow->addWidget(m_jwks, 1);
    jwksRow->addWidget(browse);
    m_jwksRow = jwksRow;
    auto *jwksLabel = new QLabel(tr("&Keys (JWKS):"));
    jwksLabel->setBuddy(m_jwks);

    m_function->addItems(functions);
    m_function->setEditable(true); // NAME:ALIAS too
    m_function->setAccessibleName(tr("Function"));
    m_ttl->setRange(0, 3600);
    m_ttl->setValue(300);
    m_ttl->setSuffix(tr(" s"));
    m_ttl->setSpecialValueText(tr("never (ask every time)"));
    m_ttl->setAccessibleName(tr("Keep answers for"));
    m_payload->addItem(tr("2.0"), 2);
    m_payload->addItem(tr("1.0"), 1);
    m_payload->setAccessibleName(tr("Payload format"));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
    m_problem->setObjectName(QStringLiteral("authorizerProblem"));
    // One form, the rows of the other type hidden: the labels line up.
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Type:"), m_kind);
    m_form->addRow(tr("I&dentity source:"), m_identity);
    m_form->addRow(tr("&Issuer:"), m_issuer);
    m_form->addRow(tr("&Audiences:"), m_audiences);
    m_form->addRow(jwksLabel, jwksRow);
    m_form->addRow(tr("F&unction:"), m_function);
    m_form->addRow(tr("Keep ans&wers for:"), m_ttl);
    m_form->addRow(tr("Pa&yload format:"), m_payload);
    m_form->addRow(QString(), m_simple);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add authorizer"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuthorizerDialog::kindChanged);
    connect(m_payload, &QComboBox::currentIndexChanged, this, &AuthorizerDialog::kindChanged);
    for (QLineEdit *edit : {m_name, m_identity, m_issuer, m_audiences, m_jwks})
        connect(edit, &QLineEdit::textChanged, this, &AuthorizerDialog::check);
    connect(m_function, &QComboBox::currentTextChanged, this, &AuthorizerDialog::check);
    kindChanged();
}

gateway::Authorizer AuthorizerDialog::authorizer() const
{
    gateway::Authorizer a;
    a.name = m_name->text().trimmed();
    a.kind = gateway::Authorizer::Kind(m_kind->currentData().toInt());
    a.identitySources = splitList(m_identity->text());
    if (a.kind == gateway::Authorizer::Kind::Jwt) {
        a.issuer = m_issuer->text().trimmed();
        a.audiences = splitList(m_audiences->text());
        a.jwksFile = m_jwks->text().trimmed();
    } else {
        a.function = m_function->currentText().trimmed();
        a.ttlSeconds = m_ttl->value();
        a.payloadFormat = m_payload->currentData().toInt();
        a.simpleResponses = m_simple->isEnabled() && m_simple->isChecked();
    }
    return a;
}

void AuthorizerDialog::setAuthorizer(const gateway::Authorizer &a)
{
    setWindowTitle(tr("Change authorizer"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save authorizer"));
    m_name->setText(a.name);
    m_name->setEnabled(false);
    m_kind->setCurrentIndex(m_kind->findData(int(a.kind)));
    m_identity->setText(a.identitySources.join(QLatin1String(", ")));
    m_issuer->setText(a.issuer);
    m_audiences->setText(a.audiences.join(QLatin1String(", ")));
    m_jwks->setText(a.jwksFile);
    m_function->setCurrentText(a.function);
    m_ttl->setValue(a.ttlSeconds);
    m_payload->setCurrentIndex(a.payloadFormat == 1 ? 1 : 0);
    m_simple->setChecked(a.simpleResponses);
    kindChanged();
}

void AuthorizerDialog::kindChanged()
{
    const auto kind = gateway::Authorizer::Kind(m_kind->currentData().toInt());
    const bool jwt = kind == gateway::Authorizer::Kind::Jwt;
    for (QWidget *field : {static_cast<QWidget *>(m_issuer), static_cast<QWidget *>(m_audiences)})
        m_form->setRowVisible(field, jwt);
    m_form->setRowVisible(m_jwksRow, jwt);
    for (QWidget *field : {static_cast<QWidget *>(m_function), static_cast<QWidget *>(m_ttl)})
        m_form->setRowVisible(field, !jwt);
    // A REST API's REQUEST event and every TOKEN event have one shape.
    const bool request = kind == gateway::Authorizer::Kind::Request;
    for (QWidget *field : {static_cast<QWidget *>(m_payload), static_cast<QWidget *>(m_simple)})
        m_form->setRowVisible(field, request);
    m_payload->setEnabled(request && m_type == gateway::ApiType::Http);
    m_simple->setEnabled(request && m_type == gateway::ApiType::Http &&
                         m_payload->currentData().toInt() == 2);
    check();
}

void AuthorizerDialog::check()
{
    const gateway::Authorizer a = authorizer();
    QString why;
    if (const auto valid = gateway::validate(a); !valid) {
        why = valid.error();
    } else if (a.kind == gateway::Authorizer::Kind::Jwt) {
        QFile file(a.jwksFile);
        if (!file.open(QIODevice::ReadOnly))
            why = tr("The key set file cannot be read: %1").arg(file.errorString());
        else if (const auto keys = gateway::JsonWebKeySet::read(file.read(1024 * 1024)); !keys)
            why = keys.error();
    }
    // Nothing typed yet is no error to shout about.
    const bool untouched = a.name.isEmpty();
    m_problem->setText(untouched ? QString() : why);
    m_problem->setVisible(!untouched && !why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace sloop::widgets
