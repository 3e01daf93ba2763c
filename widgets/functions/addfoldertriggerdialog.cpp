#include "addfoldertriggerdialog.h"

#include "common/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

AddFolderTriggerDialog::AddFolderTriggerDialog(const QString &function,
                                               const QList<buckets::Bucket> &existing,
                                               QWidget *parent)
    : QDialog(parent)
    , m_function(function)
    , m_bucket(new QComboBox)
    , m_newRow(new QWidget)
    , m_newName(new QLineEdit)
    , m_folder(new QLineEdit)
    , m_prefix(new QLineEdit)
    , m_suffix(new QLineEdit)
    , m_created(new QCheckBox(tr("Objects created (ObjectCreated:Put)")))
    , m_removed(new QCheckBox(tr("Objects removed (ObjectRemoved:Delete)")))
    , m_problem(new QLabel)
    , m_add(nullptr)
{
    setObjectName(QStringLiteral("addFolderTriggerDialog"));
    setWindowTitle(tr("Add folder trigger for %1").arg(function));
    auto *intro = new QLabel(tr("A folder bucket is a folder on this machine served as an S3 "
                                "bucket. Files put in it (with aws s3 cp, or copied into the "
                                "folder) send S3's event records to %1.")
                                 .arg(function));
    intro->setWordWrap(true);

    m_bucket->setObjectName(QStringLiteral("triggerBucket"));
    m_bucket->setAccessibleName(tr("Bucket"));
    for (const buckets::Bucket &b : existing)
        m_bucket->addItem(tr("%1 (%2)").arg(b.name, b.folder), b.name);
    m_bucket->addItem(tr("New bucket…"));

    m_newName->setObjectName(QStringLiteral("triggerNewBucket"));
    m_newName->setAccessibleName(tr("New bucket's name"));
    m_newName->setPlaceholderText(tr("photos"));
    m_folder->setObjectName(QStringLiteral("triggerFolder"));
    m_folder->setAccessibleName(tr("New bucket's folder"));
    m_folder->setPlaceholderText(QDir::homePath() + QStringLiteral("/photos"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder of the bucket"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *newForm = new QFormLayout(m_newRow);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->addRow(tr("&Name:"), m_newName);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    newForm->addRow(tr("&Folder:"), folderRow);

    m_prefix->setObjectName(QStringLiteral("triggerPrefix"));
    m_prefix->setAccessibleName(tr("Key prefix"));
    m_prefix->setPlaceholderText(tr("uploads/ (empty: every key)"));
    m_suffix->setObjectName(QStringLiteral("triggerSuffix"));
    m_suffix->setAccessibleName(tr("Key suffix"));
    m_suffix->setPlaceholderText(tr(".jpg (empty: every key)"));
    m_created->setChecked(true);

    m_problem->setObjectName(QStringLiteral("triggerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("B&ucket:"), m_bucket);
    form->addRow(QString(), m_newRow);
    form->addRow(tr("&Prefix:"), m_prefix);
    form->addRow(tr("&Suffix:"), m_suffix);
    form->addRow(tr("Events:"), m_created);
    form->addRow(QString(), m_removed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_add = buttons->addButton(tr("Add &trigger"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addTriggerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_bucket, &QComboBox::currentIndexChanged, this, &AddFolderTriggerDialog::update);
    for (QLineEdit *edit : {m_newName, m_folder, m_prefix, m_suffix})
        connect(edit, &QLineEdit::textChanged, this, &AddFolderTriggerDialog::update);
    for (QCheckBox *box : {m_created, m_removed})
        connect(box, &QCheckBox::toggled, this, &AddFolderTriggerDialog::update);
    update();
}

bool AddFolderTriggerDialog::creating() const
{
    return m_bucket->currentIndex() == m_bucket->count() - 1;
}

std::optional<buckets::Bucket> AddFolderTriggerDialog::newBucket() const
{
    if (!creating())
        return std::nullopt;
    buckets::Bucket b;
    b.name = m_newName->text().trimmed();
    b.folder = m_folder->text().trimmed();
    return b;
}

buckets::BucketTrigger AddFolderTriggerDialog::trigger() const
{
    buckets::BucketTrigger t;
    t.bucket = creating() ? m_newName->text().trimmed() : m_bucket->currentData().toString();
    t.function = m_function;
    t.prefix = m_prefix->text();
    t.suffix = m_suffix->text();
    t.onCreated = m_created->isChecked();
    t.onRemoved = m_removed->isChecked();
    return t;
}

void AddFolderTriggerDialog::update()
{
    m_newRow->setVisible(creating());
    QString problem;
    if (creating()) {
        if (const VoidResult name = buckets::validateBucketName(m_newName->text().trimmed());
            !name && !m_newName->text().isEmpty())
            problem = name.error();
        else if (m_newName->text().trimmed().isEmpty())
            problem = tr("Name the new bucket.");
        else if (!QDir::isAbsolutePath(m_folder->text().trimmed()))
            problem = tr("Choose the folder the bucket serves (an absolute path).");
    }
    if (problem.isEmpty() && !m_created->isChecked() && !m_removed->isChecked())
        problem = tr("Choose the events: objects created, removed, or both.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_add->setEnabled(problem.isEmpty());
}

} // namespace sloop::widgets
