#include "createfunctiondialog.h"
#include "common/noticebanner.h"

#include "functions/functionservice.h"
#include "functions/functiontemplates.h"
#include "functions/functionzip.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

const QString kFolder = QStringLiteral("folder");
const QString kImage = QStringLiteral("image");

} // namespace

CreateFunctionDialog::CreateFunctionDialog(functions::FunctionService *service,
                                           const QStringList &engines, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit)
    , m_source(new QComboBox)
    , m_sourceHelp(new QLabel)
    , m_folderRow(new QWidget)
    , m_folder(new QLineEdit)
    , m_image(new QLineEdit)
    , m_runtime(new QComboBox)
    , m_handler(new QLineEdit(QStringLiteral("app.handler")))
    , m_memory(new QSpinBox)
    , m_timeout(new QSpinBox)
    , m_engine(new QComboBox)
    , m_problem(new NoticeBanner)
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_create(new QPushButton(tr("&Create function")))
{
    setWindowTitle(tr("Create function"));
    setObjectName(QStringLiteral("createFunctionDialog"));

    m_name->setObjectName(QStringLiteral("functionName"));
    m_name->setAccessibleName(tr("Function name"));
    m_name->setPlaceholderText(tr("my-function"));
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,64}")), m_name));

    m_source->setObjectName(QStringLiteral("functionSource"));
    m_source->setAccessibleName(tr("Start from"));
    for (const functions::FunctionTemplate &t : functions::functionTemplates())
        m_source->addItem(t.title, t.id);
    m_source->addItem(tr("My code, from a folder or a .zip"), kFolder);
    m_source->addItem(tr("A container image built for Lambda"), kImage);
    m_image->setObjectName(QStringLiteral("functionImage"));
    m_image->setAccessibleName(tr("Container image"));
    m_image->setPlaceholderText(tr("repository:tag, on the engine"));
    m_sourceHelp->setWordWrap(true);
    m_sourceHelp->setObjectName(QStringLiteral("functionSourceHelp"));

    m_folder->setObjectName(QStringLiteral("functionFolder"));
    m_folder->setAccessibleName(tr("Code folder or .zip"));
    m_folder->setPlaceholderText(tr("A folder with the handler's file, or a .zip of it"));
    auto *browse = new QPushButton(tr("&Folder…"));
    browse->setAccessibleName(tr("Choose the code folder"));
    auto *browseZip = new QPushButton(tr(".&zip…"));
    browseZip->setAccessibleName(tr("Choose a .zip of the code"));
    auto *folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(browse);
    folderLayout->addWidget(browseZip);

    m_runtime->setObjectName(QStringLiteral("functionRuntime"));
    m_runtime->setAccessibleName(tr("Runtime"));
    m_runtime->addItem(tr("Python 3"), int(functions::Runtime::Python3));
    m_runtime->addItem(tr("Node.js"), int(functions::Runtime::NodeJs));
    m_runtime->addItem(tr("Custom runtime (an executable bootstrap)"),
                       int(functions::Runtime::Provided));
    m_handler->setObjectName(QStringLiteral("functionHandler"));
    m_handler->setAccessibleName(tr("Handler"));
    m_handler->setToolTip(tr("FILE.FUNCTION: app.handler calls handler() in app.py."));

    m_memory->setObjectName(QStringLiteral("functionMemory"));
    m_memory->setAccessibleName(tr("Memory"));
    m_memory->setRange(128, 10240);
    m_memory->setSingleStep(64);
    m_memory->setValue(128);
    m_memory->setSuffix(tr(" MB"));
    m_timeout->setObjectName(QStringLiteral("functionTimeout"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setRange(1, 900);
    m_timeout->setValue(3);
    m_timeout->setSuffix(tr(" s"));
    m_engine->setObjectName(QStringLiteral("functionEngine"));
    m_engine->setAccessibleName(tr("Engine"));
    m_engine->addItems(engines);

    QFormLayout *form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Start from:"), m_source);
    form->addRow(QString(), m_sourceHelp);
    form->addRow(tr("&Code:"), m_folderRow);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("&Runtime:"), m_runtime);
    form->addRow(tr("&Handler:"), m_handler);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Engine:"), m_engine);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_progressText->hide();

    m_create->setObjectName(QStringLiteral("createFunction"));
    m_create->setDefault(true);
    m_buttons->addButton(m_create, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
    connect(m_source, &QComboBox::currentIndexChanged, this, &CreateFunctionDialog::updateSource);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Code folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(browseZip, &QPushButton::clicked, this, [this] {
        const QString zip = QFileDialog::getOpenFileName(
            this, tr("Code as a .zip"), m_folder->text(), tr("Zip archives (*.zip)"));
        if (!zip.isEmpty())
            m_folder->setText(zip);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateFunctionDialog::create);
    updateSource();
    resize(560, sizeHint().height());
}

void CreateFunctionDialog::chooseTemplate(const QString &id)
{
    const int index = m_source->findData(id);
    if (index >= 0)
        m_source->setCurrentIndex(index);
}

void CreateFunctionDialog::updateSource()
{
    const QString id = m_source->currentData().toString();
    const bool folder = id == kFolder;
    m_form->setRowVisible(m_folderRow, folder);
    m_form->setRowVisible(m_image, id == kImage);
    m_form->setRowVisible(m_runtime, folder);
    m_form->setRowVisible(m_handler, folder);
    if (const auto chosen = functions::functionTemplate(id)) {
        m_sourceHelp->setText(chosen->description);
        m_timeout->setValue(chosen->timeoutSeconds);
        if (!m_nameTyped)
            m_name->setText(id);
    } else if (id == kImage) {
        m_sourceHelp->setText(tr("An image whose entry point speaks the Lambda Runtime API, as "
                                 "AWS's base images and runtime interface clients do. Sloop adds "
                                 "its agent to a copy; the image must be on the engine."));
    } else {
        m_sourceHelp->setText(tr("Sloop copies the folder's files (or the .zip's, as you would "
                                 "upload it to Lambda) into the function's image; the handler "
                                 "names the file and the function to call."));
    }
}

void CreateFunctionDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_progressText->setText(what);
    m_create->setEnabled(!busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_source), m_folderRow,
          static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_runtime),
          static_cast<QWidget *>(m_handler), static_cast<QWidget *>(m_memory),
          static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_engine)})
        w->setEnabled(!busy);
}

void CreateFunctionDialog::create()
{
    m_problem->clear();
    functions::FunctionRecord record;
    record.name = m_name->text().trimmed();
    record.memoryMiB = m_memory->value();
    record.timeoutSeconds = m_timeout->value();
    record.engine = m_engine->currentText();
    QByteArray testEvent = "{}";
    functions::FunctionCode code;
    const QString id = m_source->currentData().toString();
    if (const auto chosen = functions::functionTemplate(id)) {
        record.runtime = chosen->runtime;
        record.handler = chosen->handler;
        code = chosen->code;
        testEvent = chosen->testEvent;
    } else if (id == kImage) {
        record.runtime = functions::Runtime::Image;
        record.imageUri = m_image->text().trimmed();
        record.handler.clear(); // the image's CMD
    } else {
        record.runtime = functions::Runtime(m_runtime->currentData().toInt());
        record.handler = m_handler->text().trimmed();
        const auto read = functions::readCode(m_folder->text().trimmed());
        if (!read) {
            m_problem->showProblem(read.problem(), tr("The code"));
            return;
        }
        code = *read;
    }
    if (const VoidResult valid = functions::validate(record); !valid) {
        m_problem->showProblem(valid.problem());
        return;
    }
    setBusy(true, tr("Building the function's image on %1…").arg(record.engine));
    m_service->create(record, code)
        .then(this, [this, testEvent](const Result<functions::FunctionRecord> &made) {
            setBusy(false);
            if (!made) {
                m_problem->showProblem(made.problem(), tr("The function was not created"));
                return;
            }
            Q_EMIT created(made->name, testEvent);
            accept();
        });
}

} // namespace sloop::widgets
