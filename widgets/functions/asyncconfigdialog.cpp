#include "asyncconfigdialog.h"

#include "common/tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

enum DestinationKind
{
    Nowhere,
    Folder,
    Function
};

} // namespace

AsyncConfigDialog::AsyncConfigDialog(const functions::EventInvokeConfig &config,
                                     const QStringList &functions, QWidget *parent)
    : QDialog(parent)
    , m_original(config)
    , m_retries(new QSpinBox)
    , m_maxAge(new QTimeEdit)
    , m_kind(new QComboBox)
    , m_folderRow(new QWidget)
    , m_folder(new QLineEdit)
    , m_function(new QComboBox)
    , m_problem(new QLabel)
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("asyncConfigDialog"));
    setWindowTitle(tr("Asynchronous invocation of %1").arg(config.function));

    auto *intro = new QLabel(tr("Event invocations (aws lambda invoke --invocation-type Event, "
                                "sloop functions invoke --async) are queued and tried again when "
                                "the function fails: after one minute, then two."));
    intro->setWordWrap(true);

    m_retries->setObjectName(QStringLiteral("asyncRetries"));
    m_retries->setAccessibleName(tr("Retry attempts"));
    m_retries->setRange(0, 2);
    m_retries->setValue(config.maxRetries);

    m_maxAge->setObjectName(QStringLiteral("asyncMaxAge"));
    m_maxAge->setAccessibleName(tr("Maximum age of an event"));
    m_maxAge->setDisplayFormat(QStringLiteral("H 'h' mm 'min' ss 's'"));
    m_maxAge->setTimeRange(QTime(0, 1), QTime(6, 0));
    m_maxAge->setTime(QTime(0, 0).addSecs(config.maxAgeSeconds));

    m_kind->setObjectName(QStringLiteral("asyncDestinationKind"));
    m_kind->setAccessibleName(tr("Where a failed event goes"));
    m_kind->addItem(tr("Nowhere (its invocations stay in the logs)"));
    m_kind->addItem(tr("A folder on this machine (dead-letter folder)"));
    m_kind->addItem(tr("Another function"));

    m_folder->setObjectName(QStringLiteral("asyncFolder"));
    m_folder->setAccessibleName(tr("Dead-letter folder"));
    m_folder->setPlaceholderText(tr("An absolute path; each failed event becomes REQUESTID.json"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Dead-letter folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(browse);

    m_function->setObjectName(QStringLiteral("asyncFunction"));
    m_function->setAccessibleName(tr("Function that gets failed events"));
    for (const QString &f : functions)
        if (f.compare(config.function, Qt::CaseInsensitive) != 0)
            m_function->addItem(f);

    const QString target = functions::failureFunction(config);
    if (!target.isEmpty()) {
        m_kind->setCurrentIndex(Function);
        m_function->setCurrentText(target);
    } else if (!config.onFailure.isEmpty()) {
        m_kind->setCurrentIndex(Folder);
        m_folder->setText(config.onFailure);
    }

    m_problem->setObjectName(QStringLiteral("asyncProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Retry attempts:"), m_retries);
    form->addRow(tr("Maximum &age of an event:"), m_maxAge);
    form->addRow(tr("On &failure:"), m_kind);
    form->addRow(QString(), m_folderRow);
    form->addRow(QString(), m_function);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("asyncSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AsyncConfigDialog::update);
    connect(m_folder, &QLineEdit::textChanged, this, &AsyncConfigDialog::update);
    connect(m_function, &QComboBox::currentIndexChanged, this, &AsyncConfigDialog::update);
    update();
}

functions::EventInvokeConfig AsyncConfigDialog::config() const
{
    functions::EventInvokeConfig c = m_original;
    c.maxRetries = m_retries->value();
    c.maxAgeSeconds = QTime(0, 0).secsTo(m_maxAge->time());
    switch (m_kind->currentIndex()) {
    case Folder:
        c.onFailure = m_folder->text().trimmed();
        break;
    case Function:
        c.onFailure = QStringLiteral("function:") + m_function->currentText();
        break;
    default:
        c.onFailure.clear();
    }
    return c;
}

void AsyncConfigDialog::update()
{
    m_folderRow->setVisible(m_kind->currentIndex() == Folder);
    m_function->setVisible(m_kind->currentIndex() == Function);
    QString problem;
    if (m_kind->currentIndex() == Folder && m_folder->text().trimmed().isEmpty())
        problem = tr("Choose the folder that gets the failed events.");
    else if (m_kind->currentIndex() == Function && m_function->count() == 0)
        problem = tr("There is no other function yet to send failed events to.");
    else if (const VoidResult valid = functions::validate(config()); !valid)
        problem = valid.error();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

} // namespace sloop::widgets
