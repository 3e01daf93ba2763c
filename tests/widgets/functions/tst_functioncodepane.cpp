// The Code tab: the function's files in a tree, the editor with the right
// highlighting, edits kept across files and functions, and Save and deploy
// building the new image, after which an invocation runs the new code. The
// real dockerd; the function made from a template.
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "functions/functioncodepane.h"
#include "functions/functionservice.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::widgets;

class TestFunctionCodePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheFilesHighlighted();
    void editsAreKeptUntilDeployedOrReverted();
    void saveDeploysTheNewCode();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<FunctionCodePane> m_pane;
    functions::FunctionRecord m_record;
    functions::FunctionRecord m_other;
};

void TestFunctionCodePane::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    auto engine = test::connectTestEngine(this); // fails, never skips, without dockerd
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    m_plane = std::make_unique<ControlPlane>();
    QVERIFY(m_plane->openStore().ok());
    functions::FunctionService *service = m_plane->functions();
    m_record.name = test::uniqueName(QStringLiteral("code"));
    m_record.engine = (*engine)->name();
    const functions::FunctionCode code{
        {QStringLiteral("app.py"), "from lib import words\n\ndef handler(event, context):\n"
                                   "    return {\"said\": words.GREETING}\n"},
        {QStringLiteral("lib/__init__.py"), ""},
        {QStringLiteral("lib/words.py"), "GREETING = \"hello\"\n"},
        {QStringLiteral("config.json"), "{\"level\": 1}\n"},
        {QStringLiteral("logo.bin"), QByteArray("\x89PNG\0\0\0", 7)}};
    const auto created = test::await(service->create(m_record, code), 120000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_record = *created;
    m_other.name = test::uniqueName(QStringLiteral("code"));
    m_other.engine = m_record.engine;
    QVERIFY(test::await(service->create(m_other, {{QStringLiteral("app.py"), "x = 1\n"}}), 120000)
                .ok());
    m_pane = std::make_unique<FunctionCodePane>(service);
    m_pane->resize(900, 600);
    m_pane->show();
}

void TestFunctionCodePane::cleanupTestCase()
{
    m_pane.reset();
    if (!m_plane || !m_plane->functions())
        return;
    test::await(m_plane->functions()->pool()->shutdown());
    for (const QString &name : {m_record.name, m_other.name})
        test::await(m_plane->functions()->remove(name));
}

void TestFunctionCodePane::showsTheFilesHighlighted()
{
    m_pane->setFunction(m_record);
    QCOMPARE(m_pane->files(),
             (QStringList{QStringLiteral("app.py"), QStringLiteral("config.json"),
                          QStringLiteral("lib/__init__.py"), QStringLiteral("lib/words.py"),
                          QStringLiteral("logo.bin")}));
    // The handler's file opens first.
    QCOMPARE(m_pane->currentFile(), QStringLiteral("app.py"));
    QCOMPARE(m_pane->lexerName(), QStringLiteral("Python"));
    QVERIFY(m_pane->editorText().contains(QLatin1String("def handler")));
    // lib/ is a folder in the tree.
    QCOMPARE(m_pane->fileTree()->topLevelItemCount(), 4);
    QVERIFY(m_pane->openFile(QStringLiteral("config.json")));
    QCOMPARE(m_pane->lexerName(), QStringLiteral("JSON"));
    QVERIFY(m_pane->openFile(QStringLiteral("logo.bin")));
    QVERIFY(m_pane->editorText().contains(QLatin1String("binary")));
    QVERIFY(!m_pane->isDirty());
    QVERIFY(!m_pane->saveButton()->isEnabled());
}

void TestFunctionCodePane::editsAreKeptUntilDeployedOrReverted()
{
    m_pane->setFunction(m_record);
    QVERIFY(m_pane->openFile(QStringLiteral("lib/words.py")));
    m_pane->setEditorText(QStringLiteral("GREETING = \"hola\"\n"));
    QVERIFY(m_pane->isDirty());
    QVERIFY(m_pane->saveButton()->isEnabled());
    // Another file, another function, and back: the edit is still there.
    QVERIFY(m_pane->openFile(QStringLiteral("app.py")));
    m_pane->setFunction(m_other);
    QVERIFY(!m_pane->isDirty());
    m_pane->setFunction(m_record);
    QVERIFY(m_pane->isDirty());
    QVERIFY(m_pane->openFile(QStringLiteral("lib/words.py")));
    QCOMPARE(m_pane->editorText(), QStringLiteral("GREETING = \"hola\"\n"));
    m_pane->revert();
    QVERIFY(!m_pane->isDirty());
    QCOMPARE(m_pane->editorText(), QStringLiteral("GREETING = \"hello\"\n"));
    // New paths stay inside the function's folder.
    QVERIFY(!m_pane->addFile(QStringLiteral("../escape.py")));
    QVERIFY(!m_pane->addFile(QStringLiteral("/etc/x.py")));
    QVERIFY(!m_pane->addFile(QStringLiteral("app.py")));
}

void TestFunctionCodePane::saveDeploysTheNewCode()
{
    m_pane->setFunction(m_record);
    QVERIFY(m_pane->openFile(QStringLiteral("lib/words.py")));
    m_pane->setEditorText(QStringLiteral("GREETING = \"bonjour\"\n"));
    QVERIFY(m_pane->addFile(QStringLiteral("lib/extra.py")));
    m_pane->setEditorText(QStringLiteral("EXTRA = 2\n"));
    m_pane->removeFile(QStringLiteral("config.json"));
    QTest::mouseClick(m_pane->saveButton(), Qt::LeftButton);
    QVERIFY(!m_pane->saveButton()->isEnabled()); // while it builds
    QTRY_VERIFY_WITH_TIMEOUT(
        m_pane->statusLabel()->text().startsWith(FunctionCodePane::tr("Deployed at").left(8)),
        120000);
    QVERIFY2(!m_pane->isDirty(), qPrintable(m_pane->statusLabel()->text()));
    QVERIFY(m_pane->files().contains(QStringLiteral("lib/extra.py")));
    QVERIFY(!m_pane->files().contains(QStringLiteral("config.json")));
    const auto done =
        test::await(m_plane->functions()->invoke(m_record.name, QByteArray("{}")), 60000);
    QVERIFY2(done.ok() && done->result.ok, qPrintable(done.error()));
    QCOMPARE(QJsonDocument::fromJson(done->result.body).object().value(QLatin1String("said")),
             QStringLiteral("bonjour"));
    // The kept code is what was deployed.
    QVERIFY(QFile::exists(functions::codeFolder(m_record.name) + QStringLiteral("/lib/extra.py")));
    QVERIFY(!QFile::exists(functions::codeFolder(m_record.name) + QStringLiteral("/config.json")));
}

QTEST_MAIN(TestFunctionCodePane)
#include "tst_functioncodepane.moc"
