#include "functioncodepane.h"

#include "common/tones.h"
#include "functions/functionservice.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

// QScintilla's headers use the signals and slots keywords, which Sloop
// builds without (QT_NO_KEYWORDS); only this file includes them.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots

namespace sloop::widgets {

namespace {

constexpr int kPathRole = Qt::UserRole;
// Bigger files, and files that are not text, are deployed as they are but
// not opened in the editor.
constexpr qsizetype kMaxEditable = 1024 * 1024;

QsciLexer *lexerFor(const QString &path, QObject *parent)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("py"))
        return new QsciLexerPython(parent);
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs") ||
        suffix == QLatin1String("cjs") || suffix == QLatin1String("ts"))
        return new QsciLexerJavaScript(parent);
    if (suffix == QLatin1String("json"))
        return new QsciLexerJSON(parent);
    if (suffix == QLatin1String("sh") || suffix == QLatin1String("bash") ||
        info.fileName() == QLatin1String("bootstrap"))
        return new QsciLexerBash(parent);
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return new QsciLexerYAML(parent);
    if (suffix == QLatin1String("md"))
        return new QsciLexerMarkdown(parent);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return new QsciLexerHTML(parent);
    if (suffix == QLatin1String("css"))
        return new QsciLexerCSS(parent);
    return nullptr;
}

// The lexers' colours are made for a white page; on a dark one the dark
// ones are lightened, keeping their hue, and every style gets the palette's
// base and the fixed font.
void fitToPalette(QsciLexer *lexer, const QPalette &palette, const QFont &font)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    lexer->setDefaultPaper(base);
    lexer->setDefaultColor(palette.color(QPalette::Text));
    lexer->setDefaultFont(font);
    for (int style = 0; style < 128; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        lexer->setPaper(base, style);
        QFont styled = font;
        styled.setBold(lexer->font(style).bold());
        styled.setItalic(lexer->font(style).italic());
        lexer->setFont(styled, style);
        QColor c = lexer->color(style);
        if (dark && c.lightnessF() < 0.6)
            c = QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(),
                                 0.55 + (0.6 - c.lightnessF()) * 0.5);
        lexer->setColor(c, style);
    }
}

bool editable(const QByteArray &content)
{
    return content.size() <= kMaxEditable && !content.contains('\0');
}

} // namespace

FunctionCodePane::FunctionCodePane(functions::FunctionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tree(new QTreeWidget)
    , m_editor(new QsciScintilla)
    , m_status(new QLabel)
    , m_imageNote(new QLabel)
    , m_save(new QPushButton(tr("&Save and deploy")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_newFile(new QPushButton(tr("&New file…")))
    , m_removeFile(new QPushButton(tr("Remove file")))
{
    m_tree->setObjectName(QStringLiteral("codeFiles"));
    m_tree->setAccessibleName(tr("The function's files"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(160);
    m_editor->setObjectName(QStringLiteral("codeEditor"));
    m_editor->setAccessibleName(tr("Code editor"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(fixed);
    m_editor->setUtf8(true);
    m_editor->setAutoIndent(true);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(4);
    m_editor->setTabWidth(4);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    // The horizontal bar only when a line is wider than the editor.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);
    m_editor->setMarginsFont(fixed);
    m_editor->setMarginsBackgroundColor(palette().color(QPalette::Window));
    m_editor->setMarginsForegroundColor(palette().color(QPalette::PlaceholderText));
    m_editor->setCaretForegroundColor(palette().color(QPalette::Text));
    m_editor->setSelectionBackgroundColor(palette().color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(palette().color(QPalette::HighlightedText));
    m_editor->setPaper(palette().color(QPalette::Base));
    m_editor->setColor(palette().color(QPalette::Text));

    m_save->setObjectName(QStringLiteral("codeSave"));
    m_save->setAccessibleName(tr("Save the code and deploy it"));
    m_save->setToolTip(tr("Builds the function's image with this code (Ctrl+S); the next "
                          "invocation runs it."));
    m_revert->setObjectName(QStringLiteral("codeRevert"));
    m_revert->setAccessibleName(tr("Drop the changes not deployed"));
    m_newFile->setObjectName(QStringLiteral("codeNewFile"));
    m_removeFile->setObjectName(QStringLiteral("codeRemoveFile"));
    m_removeFile->setAccessibleName(tr("Remove the selected file from the code"));
    m_status->setObjectName(QStringLiteral("codeStatus"));
    m_status->setWordWrap(true);
    m_imageNote->setObjectName(QStringLiteral("codeImageNote"));
    m_imageNote->setWordWrap(true);
    m_imageNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_imageNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 1);
    split->setSizes({180, 600});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_newFile);
    buttons->addWidget(m_removeFile);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_imageNote, 1);
    m_imageNote->hide();

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_loading || !item)
            return;
        const QString path = item->data(0, kPathRole).toString();
        if (path.isEmpty() || path == m_current)
            return;
        keepEditorText();
        showFile(path);
    });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_loading)
            update();
    });
    connect(m_save, &QPushButton::clicked, this, &FunctionCodePane::saveAndDeploy);
    connect(m_revert, &QPushButton::clicked, this, &FunctionCodePane::revert);
    connect(m_newFile, &QPushButton::clicked, this, &FunctionCodePane::askNewFile);
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            removeFile(m_current);
    });
    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &FunctionCodePane::saveAndDeploy);
    update();
}

FunctionCodePane::Edits &FunctionCodePane::edits()
{
    return m_edits[m_record ? m_record->name.toLower() : QString()];
}

void FunctionCodePane::setFunction(const std::optional<functions::FunctionRecord> &record)
{
    const bool same = record && m_record && record->name == m_record->name &&
                      record->runtime == m_record->runtime;
    if (same) {
        const bool changedElsewhere = record->updatedMs != m_record->updatedMs;
        m_record = record;
        // Deployed by the CLI or another window: read again, unless edits
        // here would be lost.
        if (changedElsewhere && !isDirty() && !m_deploying) {
            edits() = Edits{};
            const QString current = m_current;
            load();
            if (files().contains(current))
                showFile(current);
        }
        return;
    }
    keepEditorText();
    m_record = record;
    m_current.clear();
    load();
}

void FunctionCodePane::load()
{
    const bool image = m_record && m_record->runtime == functions::Runtime::Image;
    m_imageNote->setVisible(image);
    m_tree->parentWidget()->setVisible(!image);
    for (QWidget *w : {static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert),
                       static_cast<QWidget *>(m_newFile), static_cast<QWidget *>(m_removeFile)})
        w->setVisible(!image);
    m_status->clear();
    if (image) {
        m_imageNote->setText(
            tr("The code of %1 is its container image, %2. Build a new image and deploy it with "
               "\"sloop functions deploy %1 --image REF\".")
                .arg(m_record->name.toHtmlEscaped(), m_record->imageUri.toHtmlEscaped()));
        return;
    }
    if (m_record) {
        Edits &e = edits();
        if (!e.listed) {
            const QDir root(functions::codeFolder(m_record->name));
            if (!root.exists())
                m_status->setText(tr("The code is not kept on this machine: %1")
                                      .arg(QDir::toNativeSeparators(root.path())));
            QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                e.kept << root.relativeFilePath(it.next());
            e.kept.sort();
            e.listed = true;
        }
    }
    fillTree();
    // The handler's file first: app.handler is in app.py (or app.js…).
    const QStringList all = files();
    QString first = all.value(0);
    if (m_record) {
        const QString module = m_record->handler.section(QLatin1Char('.'), 0, -2);
        for (const QString &path : all)
            if (QFileInfo(path).completeBaseName() == module && !path.contains(QLatin1Char('/'))) {
                first = path;
                break;
            }
    }
    showFile(first);
}

QStringList FunctionCodePane::files() const
{
    if (!m_record)
        return {};
    const auto it = m_edits.constFind(m_record->name.toLower());
    if (it == m_edits.cend())
        return {};
    QStringList out = it->kept;
    for (auto c = it->changed.cbegin(); c != it->changed.cend(); ++c)
        if (!out.contains(c.key()))
            out << c.key();
    for (const QString &gone : it->removed)
        out.removeAll(gone);
    out.sort();
    return out;
}

void FunctionCodePane::fillTree()
{
    m_loading = true;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> folders;
    const auto folderItem = [&](const QString &folder) {
        QTreeWidgetItem *parent = nullptr;
        QString path;
        for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            path += (path.isEmpty() ? QString() : QStringLiteral("/")) + part;
            QTreeWidgetItem *&item = folders[path];
            if (!item) {
                item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setText(0, part);
                item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
                item->setExpanded(true);
            }
            parent = item;
        }
        return parent;
    };
    for (const QString &path : files()) {
        const QString folder = path.section(QLatin1Char('/'), 0, -2);
        QTreeWidgetItem *parent = folder.isEmpty() ? nullptr : folderItem(folder);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, path.section(QLatin1Char('/'), -1));
        item->setData(0, kPathRole, path);
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        const Edits &e = edits();
        if (e.changed.contains(path))
            item->setText(0, item->text(0) + QStringLiteral(" •"));
    }
    m_tree->expandAll();
    m_loading = false;
}

bool FunctionCodePane::openFile(const QString &path)
{
    if (!files().contains(path))
        return false;
    keepEditorText();
    showFile(path);
    return true;
}

void FunctionCodePane::showFile(const QString &path)
{
    m_loading = true;
    m_current = path;
    const Edits &e = edits();
    QsciLexer *old = m_editor->lexer();
    QsciLexer *lexer = path.isEmpty() ? nullptr : lexerFor(path, m_editor);
    if (lexer)
        fitToPalette(lexer, palette(), m_editor->font());
    m_editor->setLexer(lexer);
    delete old;
    if (!lexer) {
        m_editor->setPaper(palette().color(QPalette::Base));
        m_editor->setColor(palette().color(QPalette::Text));
    }
    const std::optional<QByteArray> original =
        path.isEmpty() || e.changed.contains(path) ? QByteArray() : keptContent(path);
    const bool canEdit = e.changed.contains(path) || original.has_value();
    if (path.isEmpty()) {
        m_editor->setText(QString());
    } else if (!canEdit) {
        m_editor->setText(
            tr("%1 is %2 bytes of binary or large content: it is deployed as it "
               "is, not edited here.")
                .arg(path)
                .arg(QFileInfo(functions::codeFolder(m_record->name) + QLatin1Char('/') + path)
                         .size()));
    } else {
        m_editor->setText(e.changed.contains(path) ? e.changed.value(path)
                                                   : QString::fromUtf8(*original));
    }
    m_editor->setReadOnly(path.isEmpty() || !canEdit);
    m_editor->setModified(false);
    // The tree shows the file being edited.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kPathRole).toString() == path)
            m_tree->setCurrentItem(*it);
    m_loading = false;
    update();
}

std::optional<QByteArray> FunctionCodePane::keptContent(const QString &path)
{
    Edits &e = edits();
    if (const auto it = e.read.constFind(path); it != e.read.cend())
        return *it;
    QFile file(functions::codeFolder(m_record->name) + QLatin1Char('/') + path);
    if (file.size() > kMaxEditable || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray content = file.readAll();
    if (!editable(content))
        return std::nullopt;
    e.read.insert(path, content);
    return content;
}

void FunctionCodePane::keepEditorText()
{
    if (!m_record || m_current.isEmpty() || m_editor->isReadOnly() || !m_editor->isModified())
        return;
    Edits &e = edits();
    const QString text = m_editor->text();
    if (!e.changed.contains(m_current) && text == QString::fromUtf8(e.read.value(m_current)))
        return;
    e.changed.insert(m_current, text);
    m_editor->setModified(false);
}

QString FunctionCodePane::editorText() const
{
    return m_editor->text();
}

void FunctionCodePane::setEditorText(const QString &text)
{
    m_editor->setText(text);
    m_editor->setModified(true);
    update();
}

QString FunctionCodePane::lexerName() const
{
    return m_editor->lexer() ? QString::fromLatin1(m_editor->lexer()->language()) : QString();
}

bool FunctionCodePane::isDirty() const
{
    if (!m_record)
        return false;
    const auto it = m_edits.constFind(m_record->name.toLower());
    const bool kept = it != m_edits.cend() && (!it->changed.isEmpty() || !it->removed.isEmpty());
    return kept || (!m_editor->isReadOnly() && m_editor->isModified());
}

bool FunctionCodePane::addFile(const QString &path)
{
    const QString clean = QDir::cleanPath(path.trimmed());
    if (!m_record || clean.isEmpty() || clean.startsWith(QLatin1Char('/')) ||
        clean.startsWith(QLatin1String("..")) || files().contains(clean))
        return false;
    keepEditorText();
    Edits &e = edits();
    e.removed.removeAll(clean);
    e.changed.insert(clean, QString());
    fillTree();
    showFile(clean);
    return true;
}

void FunctionCodePane::removeFile(const QString &path)
{
    if (!m_record)
        return;
    Edits &e = edits();
    e.changed.remove(path);
    if (e.kept.contains(path) && !e.removed.contains(path))
        e.removed << path;
    m_editor->setModified(false);
    fillTree();
    showFile(files().value(0));
}

void FunctionCodePane::askNewFile()
{
    bool ok = false;
    const QString path =
        QInputDialog::getText(this, tr("New file"), tr("Path in the function's folder:"),
                              QLineEdit::Normal, QStringLiteral("lib/helpers.py"), &ok);
    if (ok && !addFile(path))
        m_status->setText(
            tr("%1 cannot be added: give a new path inside the function's folder.").arg(path));
}

void FunctionCodePane::revert()
{
    if (!m_record)
        return;
    Edits &e = edits();
    e.changed.clear();
    e.removed.clear();
    m_editor->setModified(false);
    const QString current = m_current;
    fillTree();
    showFile(files().contains(current) ? current : files().value(0));
}

void FunctionCodePane::saveAndDeploy()
{
    if (!m_record || m_deploying || m_record->runtime == functions::Runtime::Image)
        return;
    keepEditorText();
    const Edits &e = edits();
    // Every kept file goes into the new image, read now.
    functions::FunctionCode code;
    if (!e.kept.isEmpty()) {
        const auto read = functions::readCodeFolder(functions::codeFolder(m_record->name));
        if (!read) {
            m_status->setText(tr("The code cannot be read: %1").arg(read.error()));
            return;
        }
        code = *read;
    }
    for (auto it = e.changed.cbegin(); it != e.changed.cend(); ++it)
        code.insert(it.key(), it.value().toUtf8());
    for (const QString &gone : e.removed)
        code.remove(gone);
    if (code.isEmpty()) {
        m_status->setText(tr("There is nothing to deploy: a function needs at least one file."));
        return;
    }
    const QString name = m_record->name;
    m_deploying = true;
    m_status->setText(tr("Building the image of %1 on %2…").arg(name, m_record->engine));
    update();
    m_service->deploy(name, code)
        .then(this, [this, name, code](const Result<functions::FunctionRecord> &done) {
            m_deploying = false;
            const bool shown = m_record && m_record->name == name;
            if (!done) {
                if (shown)
                    m_status->setText(
                        tr("Not deployed: %1 Your changes are kept.").arg(done.error()));
                update();
                return;
            }
            Edits &e = m_edits[name.toLower()];
            e = Edits{};
            e.kept = code.keys();
            e.listed = true;
            if (shown) {
                m_status->setText(tr("Deployed at %1: the next invocation runs it.")
                                      .arg(QLocale().toString(QDateTime::currentDateTime().time(),
                                                              QLocale::ShortFormat)));
                fillTree();
                m_editor->setModified(false);
            }
            update();
            Q_EMIT deployed(name);
        });
}

void FunctionCodePane::update()
{
    const bool dirty = isDirty();
    m_save->setEnabled(m_record.has_value() && dirty && !m_deploying);
    m_revert->setEnabled(dirty && !m_deploying);
    m_newFile->setEnabled(m_record.has_value() && !m_deploying);
    m_removeFile->setEnabled(!m_current.isEmpty() && !m_deploying && files().size() > 1);
    if (dirty && !m_deploying && m_status->text().isEmpty())
        m_status->setText(tr("Changes not deployed yet."));
    if (!dirty && m_status->text() == tr("Changes not deployed yet."))
        m_status->clear();
}

} // namespace sloop::widgets
