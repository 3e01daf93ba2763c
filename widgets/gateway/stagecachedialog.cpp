#include "stagecachedialog.h"

#include "common/tones.h"
#include "util/textlists.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

StageCacheDialog::StageCacheDialog(const QString &stage, const gateway::StageCache &cache,
                                   const QList<QPair<QString, QString>> &keys, QWidget *parent)
    : QDialog(parent)
    , m_original(cache)
    , m_enabled(new QCheckBox(tr("&Cache answers to GET requests on this stage")))
    , m_ttl(new QSpinBox)
    , m_query(new QLineEdit)
    , m_headers(new QLineEdit)
    , m_capacity(new QSpinBox)
    , m_invalidators(new QListWidget)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Cache of stage %1").arg(stage));
    setObjectName(QStringLiteral("stageCacheDialog"));
    setMinimumWidth(480);
    m_enabled->setChecked(cache.enabled);
    m_ttl->setRange(0, 3600);
    m_ttl->setValue(cache.ttlSeconds);
    m_ttl->setSuffix(tr(" s"));
    m_ttl->setAccessibleName(tr("Keep answers for"));
    m_query->setText(cache.keyQueryStrings.join(QLatin1String(", ")));
    m_query->setPlaceholderText(tr("page, sort"));
    m_query->setAccessibleName(tr("Query strings in the key"));
    m_query->setToolTip(tr("Answers differ by these query strings; others are ignored, as API "
                           "Gateway does."));
    m_headers->setText(cache.keyHeaders.join(QLatin1String(", ")));
    m_headers->setPlaceholderText(tr("accept-language"));
    m_headers->setAccessibleName(tr("Headers in the key"));
    m_capacity->setRange(1, 6400);
    m_capacity->setValue(cache.capacityMb);
    m_capacity->setSuffix(tr(" MB"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_invalidators->setAccessibleName(tr("Keys that may ask for a fresh answer"));
    m_invalidators->setMaximumHeight(90);
    for (const auto &[id, name] : keys) {
        auto *item = new QListWidgetItem(name, m_invalidators);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(cache.invalidatorKeyIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *noKeys = new QLabel(tr("No API keys yet: make one on the Keys and usage plans tab to "
                                 "let a client ask for a fresh answer."));
    noKeys->setWordWrap(true);
    noKeys->setVisible(keys.isEmpty());
    m_invalidators->setVisible(!keys.isEmpty());
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
    auto *form = new QFormLayout;
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Keep answers for:"), m_ttl);
    form->addRow(tr("&Query strings in the key:"), m_query);
    form->addRow(tr("&Headers in the key:"), m_headers);
    form->addRow(tr("C&apacity:"), m_capacity);
    form->addRow(tr("&Fresh answers for:"), m_invalidators);
    form->addRow(QString(), noKeys);
    auto *hint = new QLabel(tr("A client with one of these keys (x-api-key) that sends "
                               "Cache-Control: max-age=0 gets a fresh answer; anyone else gets "
                               "the cached one."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enabled, &QCheckBox::toggled, this, &StageCacheDialog::check);
    for (QLineEdit *edit : {m_query, m_headers})
        connect(edit, &QLineEdit::textChanged, this, &StageCacheDialog::check);
    check();
}

gateway::StageCache StageCacheDialog::cache() const
{
    gateway::StageCache c = m_original;
    c.enabled = m_enabled->isChecked();
    c.ttlSeconds = m_ttl->value();
    c.keyQueryStrings = splitList(m_query->text());
    c.keyHeaders = splitList(m_headers->text());
    c.capacityMb = m_capacity->value();
    c.invalidatorKeyIds.clear();
    for (int i = 0; i < m_invalidators->count(); ++i) {
        if (m_invalidators->item(i)->checkState() == Qt::Checked)
            c.invalidatorKeyIds.append(m_invalidators->item(i)->data(Qt::UserRole).toString());
    }
    return c;
}

void StageCacheDialog::check()
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ttl, m_query, m_headers, m_capacity, m_invalidators})
        w->setEnabled(m_enabled->isChecked());
    const auto valid = gateway::validate(cache());
    m_problem->setText(valid ? QString() : valid.error());
    m_problem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
}

} // namespace sloop::widgets
