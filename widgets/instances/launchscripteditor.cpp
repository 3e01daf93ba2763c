#include "launchscripteditor.h"
#include "common/tones.h"

#include "numberededitor.h"

#include "blueprints/blueprintcatalog.h"
#include "blueprints/cloudconfig.h"
#include "instances/launchplan.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

constexpr qint64 kMaxScriptBytes = 1024 * 1024;

bool isShellScript(const QByteArray &text)
{
    return text.trimmed().startsWith("#!");
}

} // namespace

LaunchScriptEditor::LaunchScriptEditor(blueprints::BlueprintCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_edit(new NumberedEditor(this))
    , m_list(new QListWidget(this))
    , m_state(new QLabel(this))
    , m_save(new QPushButton(tr("&Save as my blueprint…"), this))
{
    auto *intro = new QLabel(
        tr("Runs after the blueprint, like Lightsail's launch script. Write #cloud-config "
           "user-data (packages, write_files, runcmd, users…), or a script starting with "
           "\"#!\". Leave it empty to run the blueprint alone."),
        this);
    intro->setWordWrap(true);

    m_edit->setObjectName(QStringLiteral("launchScript"));
    m_edit->setAccessibleName(tr("Launch script"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true); // YAML wants spaces; Tab leaves the editor
    m_edit->setPlaceholderText(QStringLiteral("#cloud-config\npackages:\n  - htop\nruncmd:\n  - "
                                              "echo hello > /root/hello.txt"));

    m_list->setObjectName(QStringLiteral("launchScriptProblems"));
    m_list->setAccessibleName(tr("Problems in the launch script"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 8);
    m_list->setWordWrap(true); // messages list what is supported: long
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->hide();
    m_state->setObjectName(QStringLiteral("launchScriptState"));
    m_state->setAccessibleName(tr("Launch script check"));
    m_state->setWordWrap(true);

    auto *open = new QPushButton(tr("&Open file…"), this);
    open->setAccessibleName(tr("Open a user-data file"));
    m_save->setObjectName(QStringLiteral("saveAsBlueprint"));
    m_save->setAccessibleName(tr("Save the launch script as my blueprint"));
    m_save->setToolTip(tr("Keep this #cloud-config as a blueprint of your own: it appears "
                          "under My blueprints"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(open);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &LaunchScriptEditor::validate);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showProblem(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showProblem(m_list->row(item)); });
    connect(open, &QPushButton::clicked, this, &LaunchScriptEditor::openFile);
    connect(m_save, &QPushButton::clicked, this, &LaunchScriptEditor::saveAsBlueprint);
    validate();
}

QByteArray LaunchScriptEditor::script() const
{
    return m_edit->toPlainText().toUtf8();
}

void LaunchScriptEditor::setScript(const QByteArray &text)
{
    m_edit->setPlainText(QString::fromUtf8(text));
}

void LaunchScriptEditor::validate()
{
    const QByteArray text = script();
    m_problems.clear();
    if (isShellScript(text)) {
        // A script is one step; only its form can be checked here.
        if (const VoidResult ok = instances::validateLaunchScript(text); !ok)
            m_problems.append({0, 0, ok.error()});
    } else if (!text.trimmed().isEmpty()) {
        m_problems = blueprints::parseCloudConfig(text).problems;
    }

    m_list->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const blueprints::ValidationProblem &p : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(
            p.line > 0 ? tr("Line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message)
                       : p.message,
            m_list);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (p.line <= 0)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(p.line - 1));
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(models::toneColor(models::Tone::Error));
        marks.append(mark);
    }
    m_edit->setExtraSelections(marks);
    m_list->setVisible(!m_problems.isEmpty());

    QPalette p = m_state->palette();
    p.setColor(QPalette::WindowText, m_problems.isEmpty() ? palette().color(QPalette::WindowText)
                                                          : models::toneColor(models::Tone::Error));
    m_state->setPalette(p);
    if (text.trimmed().isEmpty())
        m_state->setText(tr("No launch script: the blueprint runs alone."));
    else if (!m_problems.isEmpty())
        m_state->setText(m_problems.size() == 1
                             ? tr("1 problem: fix it to go on.")
                             : tr("%1 problems: fix them to go on.").arg(m_problems.size()));
    else if (isShellScript(text))
        m_state->setText(tr("✓ A script: it runs as one step after the blueprint."));
    else
        m_state->setText(tr("✓ Valid #cloud-config."));
    m_save->setEnabled(m_problems.isEmpty() && !text.trimmed().isEmpty() && !isShellScript(text));

    if (m_wasValid != m_problems.isEmpty()) {
        m_wasValid = m_problems.isEmpty();
        Q_EMIT validityChanged(m_wasValid);
    }
}

void LaunchScriptEditor::showProblem(int row)
{
    const blueprints::ValidationProblem p = m_problems.value(row);
    if (p.line <= 0)
        return;
    QTextCursor cursor(m_edit->document()->findBlockByNumber(p.line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, p.column - 1));
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void LaunchScriptEditor::openFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open user-data"), QString(),
                                                      tr("User-data (*.yaml *.yml *.cfg *.txt "
                                                         "*.sh);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (f.size() > kMaxScriptBytes) {
        m_state->setText(tr("%1 is larger than 1 MB; a launch script should be small.").arg(file));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_state->setText(tr("Cannot read %1: %2").arg(file, f.errorString()));
        return;
    }
    setScript(f.readAll());
}

void LaunchScriptEditor::saveAsBlueprint()
{
    const QString name =
        m_nameHook ? m_nameHook()
                   : QInputDialog::getText(this, tr("Save as my blueprint"),
                                           tr("Name of the blueprint (it appears under My "
                                              "blueprints):"));
    if (name.trimmed().isEmpty())
        return;
    const Result<blueprints::Blueprint> saved =
        m_catalog->saveUserBlueprint(name.trimmed(), script());
    if (!saved) {
        m_state->setText(saved.error());
        return;
    }
    m_state->setText(tr("✓ Saved as the blueprint \"%1\" (under My blueprints).").arg(saved->name));
    Q_EMIT blueprintSaved(saved->id);
}

} // namespace sloop::widgets
