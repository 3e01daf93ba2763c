// The APIs page over a control plane with a private store and its gateway
// serving: create an API, add routes in the dialog, deploy, send requests
// from Try it (with and without a key), make a key and a usage plan, read
// the access log, roll back, delete.
#include "../../core/gateway/jwtsigner.h"
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "controlplane/controlplane.h"
#include "functions/functionservice.h"
#include "gateway/addroutedialog.h"
#include "gateway/apiauthorizerspane.h"
#include "gateway/apiediting.h"
#include "gateway/apikeyspane.h"
#include "gateway/apilistmodel.h"
#include "gateway/apilogspane.h"
#include "gateway/apirepository.h"
#include "gateway/apiroutespane.h"
#include "gateway/apispage.h"
#include "gateway/apistagespane.h"
#include "gateway/apitrypane.h"
#include "gateway/authorizerdialog.h"
#include "gateway/corsdialog.h"
#include "gateway/gateway.h"
#include "gateway/stagecachedialog.h"
#include "gateway/usageplandialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::widgets;

class TestApisPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateOffersToCreate();
    void createAddRouteDeployAndTry();
    void keysAndPlansFromThePage();
    void theLogShowsEachRequest();
    void corsFromTheRoutesTab();
    void authorizersFromThePage();
    void stageCacheFromTheStagesTab();
    void anApiServedToOtherMachinesSaysSo();
    void rollBackAndDelete();
    void sampleApiAnswersWithItsKey();
    void aWebSocketApiFromThePage();

private:
    // Sends from the Try it tab; the status it showed.
    QString tryIt(const QString &path, const QString &key = {});
    void addRoute(const QString &path, int status, const QByteArray &body, bool keyRequired);

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<ApisPage> m_page;
    AnsweringPrompter m_yes{[](const Confirmation &) {
        return true;
    }};
    QString m_keyValue;
};

void TestApisPage::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_plane = std::make_unique<ControlPlane>();
    const VoidResult opened = m_plane->openStore();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(m_plane->gateway());
    m_plane->gateway()->start(); // as the owner would
    m_page = std::make_unique<ApisPage>(m_plane.get());
    m_page->setPrompter(&m_yes);
    m_page->resize(1100, 760);
    m_page->show();
}

void TestApisPage::cleanupTestCase()
{
    m_page.reset();
    m_plane.reset();
}

void TestApisPage::emptyStateOffersToCreate()
{
    QCOMPARE(m_page->stack()->currentIndex(), 0);
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("createFirstApi"))->isVisible());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("deleteApi"))->isVisible());
}

void TestApisPage::addRoute(const QString &path, int status, const QByteArray &body,
                            bool keyRequired)
{
    m_page->routesPane()->setDialogHook([&](AddRouteDialog *d) {
        d->methodBox()->setCurrentText(QStringLiteral("GET"));
        d->pathEdit()->setText(path);
        d->kindBox()->setCurrentIndex(2); // mock
        d->mockStatusBox()->setValue(status);
        d->mockBodyEdit()->setPlainText(QString::fromUtf8(body));
        d->keyRequiredBox()->setChecked(keyRequired);
        QVERIFY(d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);
}

QString TestApisPage::tryIt(const QString &path, const QString &key)
{
    ApiTryPane *t = m_page->tryPane();
    m_page->tabs()->setCurrentWidget(t);
    t->methodBox()->setCurrentText(QStringLiteral("GET"));
    t->pathEdit()->setText(path);
    t->keyEdit()->setText(key);
    t->statusLabel()->clear();
    QTest::mouseClick(t->sendButton(), Qt::LeftButton);
    QDeadlineTimer deadline(10000);
    while (!t->statusLabel()->text().startsWith(QLatin1String("HTTP")) && !deadline.hasExpired())
        QTest::qWait(10);
    return t->statusLabel()->text().section(QLatin1Char(' '), 0, 1);
}

void TestApisPage::createAddRouteDeployAndTry()
{
    m_page->setCreateAsker([](QString *name, gateway::ApiType *type) {
        *name = QStringLiteral("shop");
        *type = gateway::ApiType::Http;
        return true;
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("createFirstApi")),
                      Qt::LeftButton);
    QCOMPARE(m_page->stack()->currentIndex(), 1);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!m_page->currentApi().isEmpty());

    // The dialog refuses what API Gateway would.
    m_page->routesPane()->setDialogHook([](AddRouteDialog *d) {
        d->pathEdit()->setText(QStringLiteral("/a/{proxy+}/b"));
        QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("{proxy+}")));
        d->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);

    addRoute(QStringLiteral("/hello/{name}"), 200, "hi", false);
    QTreeWidget *tree = m_page->routesPane()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("/hello/{name}"));
    QVERIFY(tree->topLevelItem(0)->child(0)->text(1).contains(QLatin1String("not deployed")));

    m_page->routesPane()->setStageAsker([](const QStringList &stages) {
        return stages.first(); // $default for an HTTP API
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("deployApi")),
                      Qt::LeftButton);
    QCOMPARE(m_page->stagesPane()->table()->rowCount(), 1);
    QCOMPARE(m_page->stagesPane()->table()->item(0, 0)->text(), QStringLiteral("$default"));
    QVERIFY(!tree->topLevelItem(0)->child(0)->text(1).contains(QLatin1String("not deployed")));

    QCOMPARE(tryIt(QStringLiteral("/hello/ann")), QStringLiteral("HTTP 200"));
    QVERIFY(m_page->tryPane()->answerView()->toPlainText().endsWith(QLatin1String("\nhi")));
    QVERIFY(m_page->tryPane()->curlLine()->text().startsWith(
        QLatin1String("curl -i 'http://127.0.0.1:")));
    QCOMPARE(tryIt(QStringLiteral("/nothing")), QStringLiteral("HTTP 404"));
    // The Monitoring tab says what the month's traffic costs on API Gateway.
    m_page->reload();
    QTRY_VERIFY(m_page->costLabel()->text().startsWith(QLatin1String("This month on API Gateway")));
}

void TestApisPage::keysAndPlansFromThePage()
{
    addRoute(QStringLiteral("/paid"), 200, "paid", true);
    m_page->routesPane()->deploy();
    QCOMPARE(tryIt(QStringLiteral("/paid")), QStringLiteral("HTTP 403"));

    ApiKeysPane *keys = m_page->keysPane();
    m_page->tabs()->setCurrentWidget(keys);
    keys->setNameAsker([](const QString &) { return QStringLiteral("alice"); });
    keys->setValueShower([this](const QString &value) { m_keyValue = value; });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("createApiKey")),
                      Qt::LeftButton);
    QCOMPARE(m_keyValue.size(), 40);
    QCOMPARE(keys->keyTable()->rowCount(), 1);
    keys->setPlanDialogHook([](UsagePlanDialog *d) {
        d->nameEdit()->setText(QStringLiteral("basic"));
        d->rateBox()->setValue(100);
        d->burstBox()->setValue(100);
        d->quotaBox()->setValue(2);
        QCOMPARE(d->stageList()->count(), 1);
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("createUsagePlan")),
                      Qt::LeftButton);
    QCOMPARE(keys->planTable()->rowCount(), 1);
    keys->keyTable()->selectRow(0);
    keys->planTable()->selectRow(0);
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addKeyToPlan"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(keys->planTable()->item(0, 4)->text(), QStringLiteral("1"));

    QCOMPARE(tryIt(QStringLiteral("/paid"), m_keyValue), QStringLiteral("HTTP 200"));
    QCOMPARE(tryIt(QStringLiteral("/paid"), m_keyValue), QStringLiteral("HTTP 200"));
    QCOMPARE(tryIt(QStringLiteral("/paid"), m_keyValue), QStringLiteral("HTTP 429"));
    QVERIFY(m_page->tryPane()->answerView()->toPlainText().contains(
        QLatin1String(R"({"message":"Limit Exceeded"})")));
}

void TestApisPage::theLogShowsEachRequest()
{
    ApiLogsPane *logs = m_page->logsPane();
    m_page->tabs()->setCurrentWidget(logs);
    logs->refresh();
    QTableWidget *t = logs->table();
    QCOMPARE(t->rowCount(), 6);
    QCOMPARE(t->item(0, 4)->text(), QStringLiteral("429")); // newest first
    QCOMPARE(t->item(0, 3)->text(), QStringLiteral("GET /paid"));
    QVERIFY(!t->item(0, 6)->text().isEmpty()); // the key's id
    QCOMPARE(t->item(0, 7)->text(), QStringLiteral("127.0.0.1"));
    // The list counts them.
    m_page->reload();
    const QModelIndex requests = m_page->model()->index(0, models::ApiListModel::Requests);
    QCOMPARE(requests.data().toString(), QStringLiteral("6"));
    const QModelIndex errors = m_page->model()->index(0, models::ApiListModel::Errors);
    QCOMPARE(errors.data().toString(), QStringLiteral("3"));
}

void TestApisPage::corsFromTheRoutesTab()
{
    m_page->routesPane()->setCorsDialogHook([](CorsDialog *d) {
        d->originsEdit()->setText(QStringLiteral("*"));
        d->credentialsBox()->setChecked(true);
        QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!d->problemLabel()->text().isEmpty());
        d->originsEdit()->setText(QStringLiteral("https://app.example.com"));
        QVERIFY(d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("editCors")), Qt::LeftButton);
    const int row = m_page->model()->rowOfKey(m_page->currentApi());
    QCOMPARE(m_page->model()->item(row).api.cors.allowOrigins,
             QStringList({QStringLiteral("https://app.example.com")}));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("editCors"))
                ->text()
                .contains(QLatin1String("on")));
}

void TestApisPage::authorizersFromThePage()
{
    ApiAuthorizersPane *pane = m_page->authorizersPane();
    m_page->tabs()->setCurrentWidget(pane);
    QCOMPARE(pane->table()->rowCount(), 0);
    QVERIFY(pane->statusLabel()->text().startsWith(QLatin1String("No authorizers")));
    QTemporaryDir dir;
    test::JwtSigner signer(QStringLiteral("ES256"), QStringLiteral("k1"));
    const QString jwks = dir.filePath(QStringLiteral("jwks.json"));
    QFile file(jwks);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{signer.jwk()}}}).toJson());
    file.close();

    pane->setDialogHook([&](AuthorizerDialog *d) {
        d->nameEdit()->setText(QStringLiteral("idp"));
        d->issuerEdit()->setText(QStringLiteral("https://id.example.com"));
        d->audiencesEdit()->setText(QStringLiteral("shop"));
        // A key set that is not there is said at once, not at the first request.
        d->jwksEdit()->setText(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("cannot be read")));
        d->jwksEdit()->setText(jwks);
        QVERIFY2(d->buttons()->button(QDialogButtonBox::Ok)->isEnabled(),
                 qPrintable(d->problemLabel()->text()));
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addAuthorizer")),
                      Qt::LeftButton);
    QCOMPARE(pane->table()->rowCount(), 1);
    QCOMPARE(pane->table()->item(0, 1)->text(), QStringLiteral("JWT"));
    QCOMPARE(pane->table()->item(0, 4)->text(), QStringLiteral("0"));

    m_page->routesPane()->setDialogHook([](AddRouteDialog *d) {
        d->methodBox()->setCurrentText(QStringLiteral("GET"));
        d->pathEdit()->setText(QStringLiteral("/me"));
        d->kindBox()->setCurrentIndex(2); // mock
        QVERIFY(!d->scopesEdit()->isEnabled());
        d->authorizerBox()->setCurrentIndex(d->authorizerBox()->findData(QStringLiteral("idp")));
        QVERIFY(d->scopesEdit()->isEnabled());
        d->scopesEdit()->setText(QStringLiteral("profile"));
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);
    QCOMPARE(pane->table()->item(0, 4)->text(), QStringLiteral("1"));
    bool shown = false;
    QTreeWidget *tree = m_page->routesPane()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == QLatin1String("/me"))
            shown = tree->topLevelItem(i)->child(0)->text(2) == QLatin1String("idp (profile)");
    }
    QVERIFY(shown);
    m_page->routesPane()->deploy();

    QCOMPARE(tryIt(QStringLiteral("/me")), QStringLiteral("HTTP 401"));
    const QByteArray token =
        signer.sign({{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
                     {QStringLiteral("aud"), QStringLiteral("shop")},
                     {QStringLiteral("scope"), QStringLiteral("profile email")},
                     {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 300}});
    m_page->tryPane()->authorizationEdit()->setText(QStringLiteral("Bearer ") +
                                                    QString::fromLatin1(token));
    QVERIFY(m_page->tryPane()->curlLine()->text().contains(QLatin1String("Authorization: Bearer")));
    QCOMPARE(tryIt(QStringLiteral("/me")), QStringLiteral("HTTP 200"));
    m_page->tryPane()->authorizationEdit()->clear();

    // In use: not removed, and the page says why.
    m_page->tabs()->setCurrentWidget(pane);
    pane->table()->selectRow(0);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("removeAuthorizer")),
                      Qt::LeftButton);
    QCOMPARE(pane->table()->rowCount(), 1);
    QVERIFY(m_page->findChild<NoticeBanner *>()->isVisible());
    // Back to the deployment before, for the tests that follow.
    m_page->stagesPane()->table()->selectRow(0);
    m_page->stagesPane()->rollBack();
}

void TestApisPage::stageCacheFromTheStagesTab()
{
    ApiStagesPane *stages = m_page->stagesPane();
    m_page->tabs()->setCurrentWidget(stages);
    stages->table()->selectRow(0);
    auto *flush = m_page->findChild<QPushButton *>(QStringLiteral("flushStageCache"));
    QVERIFY(!flush->isEnabled()); // nothing cached yet
    stages->setCacheDialogHook([](StageCacheDialog *d) {
        QVERIFY(!d->ttlBox()->isEnabled());
        d->enabledBox()->setChecked(true);
        QVERIFY(d->ttlBox()->isEnabled());
        d->ttlBox()->setValue(120);
        d->headersEdit()->setText(QStringLiteral("bad header"));
        QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d->headersEdit()->setText(QStringLiteral("Accept-Language"));
        // The key made on the Keys tab may ask for fresh answers.
        QCOMPARE(d->invalidatorList()->count(), 1);
        d->invalidatorList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("stageCache")),
                      Qt::LeftButton);
    const gateway::Api api =
        m_page->model()->item(m_page->model()->rowOfKey(m_page->currentApi())).api;
    const gateway::StageCache &cache = api.stages.first().cache;
    QVERIFY(cache.enabled);
    QCOMPARE(cache.ttlSeconds, 120);
    QCOMPARE(cache.keyHeaders, QStringList{QStringLiteral("accept-language")});
    QCOMPARE(cache.invalidatorKeyIds.size(), 1);
    QVERIFY(stages->table()->item(0, 5)->text().startsWith(QLatin1String("120 s")));
    // A cached answer, then a flush.
    QCOMPARE(tryIt(QStringLiteral("/hello/cached")), QStringLiteral("HTTP 200"));
    stages->table()->selectRow(0);
    QVERIFY(flush->isEnabled());
    QTest::mouseClick(flush, Qt::LeftButton);
    QVERIFY(m_page->model()
                ->item(m_page->model()->rowOfKey(m_page->currentApi()))
                .api.stages.first()
                .cache.flushedMs > 0);
}

void TestApisPage::anApiServedToOtherMachinesSaysSo()
{
    QVERIFY(!m_page->exposedBanner()->isVisible());
    gateway::ApiRepository repo(*m_plane->database());
    const gateway::Api api = *gateway::requireApi(repo, m_page->currentApi());
    QVERIFY(repo.save(*gateway::withBindAddress(api, QStringLiteral("0.0.0.0"))).ok());
    m_plane->gateway()->changed();
    m_page->reload();
    QVERIFY(m_page->exposedBanner()->isVisible());
    QVERIFY(m_page->exposedBanner()->text().contains(QLatin1String("0.0.0.0")));
    Q_EMIT m_page->exposedBanner()->actionTriggered(); // "Serve on this machine only"
    QVERIFY(!m_page->exposedBanner()->isVisible());
    QVERIFY(gateway::requireApi(repo, m_page->currentApi())->bindAddress.isEmpty());
    QCOMPARE(tryIt(QStringLiteral("/hello/x")), QStringLiteral("HTTP 200"));
}

void TestApisPage::rollBackAndDelete()
{
    ApiStagesPane *stages = m_page->stagesPane();
    m_page->tabs()->setCurrentWidget(stages);
    stages->table()->selectRow(0);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("rollBackStage")),
                      Qt::LeftButton);
    // The deployment before had no /paid route.
    QCOMPARE(tryIt(QStringLiteral("/paid"), m_keyValue), QStringLiteral("HTTP 404"));
    QCOMPARE(tryIt(QStringLiteral("/hello/x")), QStringLiteral("HTTP 200"));

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("deleteApi")),
                      Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->stack()->currentIndex(), 0);
}

void TestApisPage::sampleApiAnswersWithItsKey()
{
    // What the Learn card's Try it does: a function behind GET /hello, a
    // key, Try it filled in; Send is the one click left.
    QSignalSpy ready(m_page.get(), &ApisPage::quickStartReady);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("sampleApi")),
                      Qt::LeftButton);
    QVERIFY(ready.wait(240000));
    QCOMPARE(m_page->tabs()->currentWidget(), m_page->tryPane());
    QCOMPARE(m_page->tryPane()->keyEdit()->text().size(), 40);
    QVERIFY(m_page->tryPane()->curlLine()->text().contains(QLatin1String("x-api-key")));
    QTest::mouseClick(m_page->tryPane()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->tryPane()->statusLabel()->text().startsWith(QLatin1String("HTTP")), 60000);
    QVERIFY2(m_page->tryPane()->statusLabel()->text().startsWith(QLatin1String("HTTP 200")),
             qPrintable(m_page->tryPane()->answerView()->toPlainText()));
    QVERIFY(
        m_page->tryPane()->answerView()->toPlainText().contains(QLatin1String("Hello, Sloop!")));
    test::await(m_plane->functions()->remove(QStringLiteral("hello-api")), 120000);
}

void TestApisPage::aWebSocketApiFromThePage()
{
    m_page->setCreateAsker([](QString *name, gateway::ApiType *type) {
        *name = QStringLiteral("chat");
        *type = gateway::ApiType::WebSocket;
        return true;
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("createApi")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_page->currentApi().size() == 10);
    m_page->routesPane()->setDialogHook([](AddRouteDialog *d) {
        QVERIFY(!d->methodBox()->isVisibleTo(d));
        QVERIFY(d->webSocketKeyBox()->isVisibleTo(d));
        d->webSocketKeyBox()->setCurrentText(QStringLiteral("send message"));
        QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d->webSocketKeyBox()->setCurrentText(QStringLiteral("sendmessage"));
        d->kindBox()->setCurrentIndex(2); // a fixed reply
        d->mockBodyEdit()->setPlainText(QStringLiteral("pong"));
        QVERIFY(d->twoWayBox()->isChecked());
        QVERIFY(d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);
    QTreeWidget *tree = m_page->routesPane()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("sendmessage"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("message, answered"));
    m_page->routesPane()->setStageAsker([](const QStringList &stages) { return stages.first(); });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("deployApi")),
                      Qt::LeftButton);
    QCOMPARE(m_page->stagesPane()->table()->item(0, 0)->text(), QStringLiteral("production"));
    QVERIFY(m_page->stagesPane()->table()->item(0, 6)->text().startsWith(QLatin1String("ws://")));
    m_page->tabs()->setCurrentWidget(m_page->tryPane());
    QVERIFY(!m_page->tryPane()->sendButton()->isEnabled());
    QVERIFY(m_page->tryPane()->statusLabel()->text().contains(QLatin1String("wscat -c ws://")));
}

QTEST_MAIN(TestApisPage)
#include "tst_apispage.moc"
