// RegistryClient against real registries (Debian's docker-registry, plain
// and with basic auth) and a stand-in that signs in with Bearer tokens and
// lies: digests that do not match, a list that is not JSON, a truncated
// body, a 401 without end. Each lie is an error that says so; nothing
// wrong is passed on.
#include "registry/registryclient.h"
#include "registry/registrylist.h"

#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace sloop;
using namespace sloop::registry;

class TestRegistryClient : public QObject
{
    Q_OBJECT

    QProcess m_liar;
    quint16 m_liarPort = 0;
    std::unique_ptr<test::IsolatedXdg> m_xdg;

    RegistryRecord record(const QString &name, quint16 port)
    {
        return {name, QStringLiteral("http://127.0.0.1:%1").arg(port), {}, {}};
    }
    // The stand-in signs in user "sloop" with password "pw".
    std::unique_ptr<RegistryClient> liar(bool signIn = true)
    {
        std::optional<std::pair<QString, QString>> who;
        if (signIn)
            who = std::pair{QStringLiteral("sloop"), QStringLiteral("pw")};
        return std::make_unique<RegistryClient>(record(QStringLiteral("liar"), m_liarPort), who);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_xdg = std::make_unique<test::IsolatedXdg>();
        m_liar.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_liar.start(QStringLiteral("python3"),
                     {QStringLiteral(QT_TESTCASE_SOURCEDIR "/support/lyingregistry.py")});
        QVERIFY2(m_liar.waitForStarted(), "python3 is not installed: run scripts/deps.sh test");
        QTRY_VERIFY_WITH_TIMEOUT(m_liar.canReadLine(), 10000);
        m_liarPort = quint16(m_liar.readLine().trimmed().toUInt());
        QVERIFY(m_liarPort > 0);
        RegistryClient plain(record(QStringLiteral("plain"), 5000), std::nullopt);
        const VoidResult ping = test::await(plain.ping());
        QVERIFY2(ping.ok(), qPrintable(QStringLiteral("the test registry on 127.0.0.1:5000 does "
                                                      "not answer (scripts/test-services.sh): ") +
                                       ping.error()));
    }

    void cleanupTestCase()
    {
        m_liar.closeWriteChannel();
        if (!m_liar.waitForFinished(3000))
            m_liar.kill();
    }

    void plainRegistryAsTheCurlSees()
    {
        RegistryClient client(record(QStringLiteral("plain"), 5000), std::nullopt);
        const auto repos = test::await(client.repositories(1)); // one a page: the Link is followed
        QVERIFY2(repos.ok(), qPrintable(repos.error()));
        QVERIFY(repos->contains(QStringLiteral("sloop/busybox")));
        const auto tags = test::await(client.tags(QStringLiteral("sloop/busybox")));
        QVERIFY(tags.ok() && tags->contains(QStringLiteral("latest")));
        const auto m =
            test::await(client.manifest(QStringLiteral("sloop/busybox"), QStringLiteral("latest")));
        QVERIFY2(m.ok(), qPrintable(m.error()));
        // The digest curl gets from the registry itself.
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sI"), QStringLiteral("-H"),
                    QStringLiteral("Accept: application/vnd.docker.distribution.manifest.v2+json"),
                    QStringLiteral("http://127.0.0.1:5000/v2/sloop/busybox/manifests/latest")});
        QVERIFY(curl.waitForFinished(10000));
        const QByteArray head = curl.readAllStandardOutput().toLower();
        QVERIFY2(head.contains(m->digest.toLatin1()), head.constData());
        QCOMPARE(m->layers, 1);
        QVERIFY(m->size > 100000);
        QVERIFY(m->created.isValid());
        // By digest too; a digest that is not this manifest's is refused.
        QVERIFY(test::await(client.manifest(QStringLiteral("sloop/busybox"), m->digest)).ok());
        // This one does not allow deletes: said as such.
        const VoidResult deleted = test::await(
            client.deleteTag(QStringLiteral("sloop/busybox"), QStringLiteral("latest")));
        QCOMPARE(deleted.kind(), ErrorKind::Unsupported);
        QCOMPARE(test::await(client.tags(QStringLiteral("no/such"))).kind(), ErrorKind::NotFound);
    }

    void basicAuthRegistry()
    {
        RegistryClient anonymous(record(QStringLiteral("auth"), 5001), std::nullopt);
        const auto refused = test::await(anonymous.repositories());
        QCOMPARE(refused.kind(), ErrorKind::Unauthorized);
        QVERIFY2(refused.error().contains(QStringLiteral("--user")), qPrintable(refused.error()));
        RegistryClient wrong(record(QStringLiteral("auth"), 5001),
                             std::pair{QStringLiteral("sloop"), QStringLiteral("nope")});
        QCOMPARE(test::await(wrong.ping()).kind(), ErrorKind::Unauthorized);
        RegistryClient right(record(QStringLiteral("auth"), 5001),
                             std::pair{QStringLiteral("sloop"), QStringLiteral("sloop-test-pw")});
        QVERIFY2(test::await(right.ping()).ok(), "basic sign-in");
        QVERIFY(test::await(right.repositories()).ok());
    }

    void bearerTokenAndPaging()
    {
        const auto client = liar();
        QVERIFY2(test::await(client->ping()).ok(), "bearer sign-in through the token service");
        const auto tags = test::await(client->tags(QStringLiteral("good")));
        QVERIFY2(tags.ok(), qPrintable(tags.error()));
        QCOMPARE(tags->size(), 250); // three pages
        QCOMPARE(tags->first(), QStringLiteral("t000"));
        QCOMPARE(tags->last(), QStringLiteral("t249"));
        const auto m =
            test::await(client->manifest(QStringLiteral("good"), QStringLiteral("t001")));
        QVERIFY2(m.ok(), qPrintable(m.error()));
        QCOMPARE(m->layers, 2);
        QCOMPARE(m->created, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        const auto index =
            test::await(client->manifest(QStringLiteral("good"), QStringLiteral("index")));
        QVERIFY2(index.ok(), qPrintable(index.error()));
        QVERIFY(index->isIndex);
        QCOMPARE(index->platforms,
                 (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm/v7")}));
        // No credentials: the token service says no, and so do we.
        QCOMPARE(test::await(liar(false)->ping()).kind(), ErrorKind::Unauthorized);
    }

    void liesAreErrors()
    {
        const auto client = liar();
        const auto wrongDigest =
            test::await(client->manifest(QStringLiteral("liar"), QStringLiteral("x")));
        QCOMPARE(wrongDigest.kind(), ErrorKind::InvalidInput);
        QVERIFY2(wrongDigest.error().contains(QStringLiteral("do not match")),
                 qPrintable(wrongDigest.error()));
        const auto wrongBlob =
            test::await(client->manifest(QStringLiteral("liarblob"), QStringLiteral("x")));
        QVERIFY2(!wrongBlob.ok() && wrongBlob.error().contains(QStringLiteral("config")),
                 qPrintable(wrongBlob.error()));
        const auto badJson = test::await(client->tags(QStringLiteral("badjson")));
        QVERIFY2(!badJson.ok() && badJson.error().contains(QStringLiteral("not JSON")),
                 qPrintable(badJson.error()));
        const auto truncated =
            test::await(client->manifest(QStringLiteral("truncated"), QStringLiteral("x")));
        QVERIFY(!truncated.ok());
        // A 401 after signing in is refused once, not asked for again and again.
        const auto loop = test::await(client->tags(QStringLiteral("loop")), 10000);
        QCOMPARE(loop.kind(), ErrorKind::Unauthorized);
        QVERIFY2(loop.error().contains(QStringLiteral("refused")), qPrintable(loop.error()));
        // Hostile names never reach the registry.
        QCOMPARE(test::await(client->tags(QStringLiteral("../../etc"))).kind(),
                 ErrorKind::InvalidInput);
        QCOMPARE(
            test::await(client->manifest(QStringLiteral("good"), QStringLiteral("a b"))).kind(),
            ErrorKind::InvalidInput);
    }

    void challenges()
    {
        const auto bearer = parseChallenge(
            "Bearer realm=\"https://auth.example/token\",service=\"reg, with comma\","
            "scope=\"repository:a/b:pull,push\"");
        QCOMPARE(bearer.value(QString()), QStringLiteral("bearer"));
        QCOMPARE(bearer.value(QStringLiteral("realm")),
                 QStringLiteral("https://auth.example/token"));
        QCOMPARE(bearer.value(QStringLiteral("service")), QStringLiteral("reg, with comma"));
        QCOMPARE(bearer.value(QStringLiteral("scope")), QStringLiteral("repository:a/b:pull,push"));
        QCOMPARE(parseChallenge("Basic realm=x").value(QStringLiteral("realm")),
                 QStringLiteral("x"));
        QCOMPARE(parseChallenge("").value(QString()), QString());
    }

    void theListInTheSettings()
    {
        QVERIFY(
            addRegistry({QStringLiteral("home"), QStringLiteral("http://localhost:5000/"), {}, {}},
                        false)
                .ok());
        QCOMPARE(findRegistry(QStringLiteral("home"))->url,
                 QStringLiteral("http://localhost:5000"));
        QCOMPARE(findRegistry(QStringLiteral("home"))->host(), QStringLiteral("localhost:5000"));
        QCOMPARE(addRegistry({QStringLiteral("home"), QStringLiteral("https://x"), {}, {}}, false)
                     .kind(),
                 ErrorKind::Conflict);
        QCOMPARE(addRegistry(
                     {QStringLiteral("far"), QStringLiteral("http://10.1.2.3:5000"), {}, {}}, false)
                     .kind(),
                 ErrorKind::InvalidInput);
        QVERIFY(addRegistry({QStringLiteral("far"), QStringLiteral("http://10.1.2.3:5000"), {}, {}},
                            true)
                    .ok());
        QVERIFY(addRegistry({QStringLiteral("hub"), QStringLiteral("registry.example.com"), {}, {}},
                            false)
                    .ok());
        QCOMPARE(findRegistry(QStringLiteral("hub"))->url,
                 QStringLiteral("https://registry.example.com"));
        for (const char *bad : {"ftp://x", "https://x/path", "https://", "http://x?y=1"})
            QCOMPARE(
                addRegistry({QStringLiteral("bad"), QString::fromLatin1(bad), {}, {}}, true).kind(),
                ErrorKind::InvalidInput);
        QVERIFY(removeRegistry(QStringLiteral("far")));
        QVERIFY(!removeRegistry(QStringLiteral("far")));
        QCOMPARE(knownRegistries().size(), 2);
        // docker's own config: an auths entry is read as the docker CLI reads it.
        QTemporaryDir dockerConfig;
        QFile file(dockerConfig.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"auths":{"reg.example:5000":{"auth":")" +
                   QByteArray("me:secret").toBase64() + R"("}}})");
        file.close();
        qputenv("DOCKER_CONFIG", dockerConfig.path().toLocal8Bit());
        const auto creds = dockerConfigCredentials(QStringLiteral("reg.example:5000"));
        QVERIFY(creds.has_value());
        QCOMPARE(creds->first, QStringLiteral("me"));
        QCOMPARE(creds->second, QStringLiteral("secret"));
        QVERIFY(!dockerConfigCredentials(QStringLiteral("other")).has_value());
        qunsetenv("DOCKER_CONFIG");
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
