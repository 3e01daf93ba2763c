#include "apiauthorizerspane.h"

#include "authorizerdialog.h"

#include "gateway/apiediting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

enum Column
{
    NameColumn,
    TypeColumn,
    IdentityColumn,
    ChecksColumn,
    RoutesColumn,
    ColumnCount
};

} // namespace

ApiAuthorizersPane::ApiAuthorizersPane(ControlPlane *plane, QWidget *parent)
    : ApiPane(plane, parent)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_status(new QLabel)
    , m_add(new QPushButton(tr("&Add authorizer…")))
    , m_change(new QPushButton(tr("C&hange…")))
    , m_remove(new QPushButton(tr("Re&move")))
{
    m_table->setObjectName(QStringLiteral("apiAuthorizers"));
    m_table->setAccessibleName(tr("Authorizers"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Identity source"), tr("Checks"), tr("Routes")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecksColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addAuthorizer"));
    m_add->setAccessibleName(tr("Add an authorizer"));
    m_change->setObjectName(QStringLiteral("changeAuthorizer"));
    m_remove->setObjectName(QStringLiteral("removeAuthorizer"));
    m_status->setObjectName(QStringLiteral("authorizersStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_add, &QPushButton::clicked, this, &ApiAuthorizersPane::addAuthorizer);
    connect(m_change, &QPushButton::clicked, this, &ApiAuthorizersPane::changeAuthorizer);
    connect(m_remove, &QPushButton::clicked, this, &ApiAuthorizersPane::removeAuthorizer);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ApiAuthorizersPane::changeAuthorizer);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_change->setEnabled(!currentName().isEmpty());
        m_remove->setEnabled(!currentName().isEmpty());
    });
}

void ApiAuthorizersPane::setApi(const gateway::Api &api)
{
    const QString keep = currentName();
    m_api = api;
    m_table->setRowCount(int(api.authorizers.size()));
    int select = api.authorizers.isEmpty() ? -1 : 0;
    for (int row = 0; row < api.authorizers.size(); ++row) {
        const gateway::Authorizer &a = api.authorizers.at(row);
        const bool jwt = a.kind == gateway::Authorizer::Kind::Jwt;
        const qsizetype routes =
            std::count_if(api.routes.cbegin(), api.routes.cend(),
                          [&](const auto &r) { return r.authorizer == a.name; });
        const QString checks =
            jwt ? tr("issuer %1, audience %2").arg(a.issuer, a.audiences.join(QLatin1String(", ")))
            : a.ttlSeconds > 0
                ? tr("function %1, answers kept %2 s").arg(a.function).arg(a.ttlSeconds)
                : tr("function %1, asked every time").arg(a.function);
        const QStringList cells = {a.name,
                                   jwt ? tr("JWT")
                                       : (a.kind == gateway::Authorizer::Kind::Token
                                              ? tr("Function (TOKEN)")
                                              : tr("Function (REQUEST)")),
                                   a.identitySources.join(QLatin1String(", ")), checks,
                                   QLocale().toString(qlonglong(routes))};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (jwt)
            m_table->item(row, ChecksColumn)->setToolTip(tr("Keys: %1").arg(a.jwksFile));
        if (a.name == keep)
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    m_change->setEnabled(select >= 0);
    m_remove->setEnabled(select >= 0);
    m_status->setText(
        api.authorizers.isEmpty()
            ? tr("No authorizers. An authorizer decides who may call a route: a JWT from an "
                 "identity provider, checked against its keys, or a function of yours that "
                 "answers allow or deny. Add one, then choose it for routes (Routes tab, "
                 "Change…).")
            : tr("Without the credential a caller gets 401; denied, 403. Changes to an "
                 "authorizer apply at once; a route uses one once deployed."));
}

QString ApiAuthorizersPane::currentName() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, NameColumn) ? QString()
                                                      : m_table->item(row, NameColumn)->text();
}

void ApiAuthorizersPane::addAuthorizer()
{
    runDialog(new AuthorizerDialog(functionNames(), m_api.type, this));
}

void ApiAuthorizersPane::changeAuthorizer()
{
    const gateway::Authorizer *a = m_api.authorizer(currentName());
    if (!a)
        return;
    auto *dialog = new AuthorizerDialog(functionNames(), m_api.type, this);
    dialog->setAuthorizer(*a);
    runDialog(dialog);
}

void ApiAuthorizersPane::runDialog(AuthorizerDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        save(gateway::withAuthorizer(m_api, dialog->authorizer()),
             tr("The authorizer cannot be saved"));
    });
    if (m_hook)
        m_hook(dialog);
    else
        dialog->open();
}

void ApiAuthorizersPane::removeAuthorizer()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Remove authorizer?");
    question.text = tr("Remove the authorizer %1 from %2?").arg(name, m_api.name);
    question.details = tr("Deployed routes that still name it answer 500 until the stage is "
                          "deployed without it.");
    question.acceptLabel = tr("Remove");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    save(gateway::withoutAuthorizer(m_api, name), tr("The authorizer cannot be removed"));
}

} // namespace sloop::widgets
