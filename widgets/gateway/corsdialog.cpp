#include "corsdialog.h"

#include "common/tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QStringList listOf(const QLineEdit *edit)
{
    QStringList out;
    for (const QString &v : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            out.append(v.trimmed());
    return out;
}

} // namespace

CorsDialog::CorsDialog(const gateway::Cors &cors, QWidget *parent)
    : QDialog(parent)
    , m_origins(new QLineEdit(cors.allowOrigins.join(QStringLiteral(", "))))
    , m_methods(new QLineEdit(cors.allowMethods.join(QStringLiteral(", "))))
    , m_headers(new QLineEdit(cors.allowHeaders.join(QStringLiteral(", "))))
    , m_expose(new QLineEdit(cors.exposeHeaders.join(QStringLiteral(", "))))
    , m_credentials(new QCheckBox(tr("Allow c&redentials (cookies, Authorization)")))
    , m_maxAge(new QSpinBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("CORS"));
    setObjectName(QStringLiteral("corsDialog"));
    auto *intro = new QLabel(tr("Web pages from these origins may call the API from a browser. "
                                "The gateway answers the browser's preflight requests itself. "
                                "Leave the origins empty to turn CORS off."));
    intro->setWordWrap(true);
    m_origins->setPlaceholderText(QStringLiteral("https://app.example.com, http://localhost:3000"));
    m_origins->setAccessibleName(tr("Allowed origins"));
    m_methods->setPlaceholderText(QStringLiteral("GET, POST  (empty: any)"));
    m_methods->setAccessibleName(tr("Allowed methods"));
    m_headers->setPlaceholderText(QStringLiteral("content-type, x-api-key"));
    m_headers->setAccessibleName(tr("Allowed headers"));
    m_expose->setPlaceholderText(QStringLiteral("x-request-id"));
    m_expose->setAccessibleName(tr("Exposed headers"));
    m_credentials->setChecked(cors.allowCredentials);
    m_maxAge->setRange(0, 86400);
    m_maxAge->setValue(cors.maxAgeSeconds);
    m_maxAge->setSuffix(tr(" s"));
    m_maxAge->setSpecialValueText(tr("the browser's default"));
    m_maxAge->setAccessibleName(tr("Max age"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
    auto *form = new QFormLayout;
    form->addRow(tr("&Origins:"), m_origins);
    form->addRow(tr("&Methods:"), m_methods);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Exposed headers:"), m_expose);
    form->addRow(tr("Max &age:"), m_maxAge);
    form->addRow(QString(), m_credentials);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_origins, &QLineEdit::textChanged, this, &CorsDialog::check);
    connect(m_credentials, &QCheckBox::toggled, this, &CorsDialog::check);
    check();
}

gateway::Cors CorsDialog::cors() const
{
    gateway::Cors c;
    c.allowOrigins = listOf(m_origins);
    c.allowMethods = listOf(m_methods);
    c.allowHeaders = listOf(m_headers);
    c.exposeHeaders = listOf(m_expose);
    c.allowCredentials = m_credentials->isChecked();
    c.maxAgeSeconds = m_maxAge->value();
    return c;
}

void CorsDialog::check()
{
    const VoidResult valid = gateway::validate(cors());
    m_problem->setText(valid ? QString() : valid.error());
    m_problem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
}

} // namespace sloop::widgets
