// sloop-bench-functions: what a function costs a caller.
//
//  1. Warm invoke: a signed request to Sloop's AWS-compatible endpoint
//     (`sloop serve`) → the warm environment → the reply, against the same
//     handler in a container of the same image reached directly over HTTP
//     (python3's http.server calling it). One keep-alive connection each,
//     sequential, p50 and p99, and what Sloop adds.
//  2. Cold start: `sloop functions invoke` with no owner running (a new
//     environment every time) to its reply on stdout, against a bare
//     `docker run --rm` of the same image calling the handler once.
//  3. A steady 50 requests a second for --steady seconds over four
//     connections, each taking 40 ms in the handler (about two at once):
//     cold starts and throttles after the first five seconds (goal: none),
//     counted from the invocation log's Init Duration.
// Whole processes and real sockets, as a person's tools meet them. Needs the
// local dockerd, the runtime image (scripts/build-runtime-images.sh) and a
// Secret Service for the access key: scripts/bench.sh runs it under
// tests/support/with-keyring.sh. Prints figures and the command again.

#include "benchsupport.h"

#include "awsapi/sigv4.h"
#include "http/httpresponseparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QThread>

#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace sloop;
using namespace sloop::bench;

namespace {

const QByteArray kHandler = "import time\n"
                            "def handler(event, context):\n"
                            "    if event.get(\"sleepMs\"):\n"
                            "        time.sleep(event[\"sleepMs\"] / 1000)\n"
                            "    return {\"ok\": 1, \"echo\": event}\n";
// The same handler behind a plain HTTP server in the function's own image.
const QByteArray kDirect =
    "import json, socket, sys\n"
    "sys.path.insert(0, '/var/task')\n"
    "from http.server import BaseHTTPRequestHandler, HTTPServer\n"
    "import app\n"
    "class H(BaseHTTPRequestHandler):\n"
    "    protocol_version = 'HTTP/1.1'\n"
    "    def setup(self):\n"
    "        super().setup()\n"
    "        # Its head and body go in two writes: no Nagle wait between them.\n"
    "        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)\n"
    "    def do_POST(self):\n"
    "        n = int(self.headers.get('Content-Length', 0))\n"
    "        body = json.dumps(app.handler(json.loads(self.rfile.read(n) or b'{}'), "
    "None)).encode()\n"
    "        self.send_response(200)\n"
    "        self.send_header('Content-Length', str(len(body)))\n"
    "        self.end_headers()\n"
    "        self.wfile.write(body)\n"
    "    def log_message(self, *a):\n"
    "        pass\n"
    "HTTPServer(('0.0.0.0', 8080), H).serve_forever()\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        int ms = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(ms))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Milliseconds from start to the first byte on stdout; -1 on failure.
double timeToFirstOutput(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForReadyRead(60000))
        return -1;
    const double elapsed = double(t.nsecsElapsed()) / 1e6;
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? elapsed : -1;
}

// One keep-alive HTTP/1.1 connection, one request at a time.
class Connection
{
public:
    bool open(const QString &host, quint16 port)
    {
        m_host = host.toLatin1() + ':' + QByteArray::number(port);
        m_socket.connectToHost(host, port);
        if (!m_socket.waitForConnected(5000))
            return false;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }
    // The status, -1 on failure.
    int post(const QByteArray &path, const QByteArray &body, const QList<QByteArray> &extra = {})
    {
        QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + m_host +
                             "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray &h : extra)
            request += h + "\r\n";
        m_socket.write(request + "\r\n" + body);
        http::HttpResponseParser parser(false);
        QByteArray answer;
        while (!parser.done()) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(30000))
                return -1;
            if (!parser.feed(m_socket.readAll(), &answer))
                return -1;
        }
        return parser.head().status;
    }
    QByteArray host() const { return m_host; }

private:
    QTcpSocket m_socket;
    QByteArray m_host;
};

QList<QByteArray> signedHeaders(const QByteArray &host, const QByteArray &path,
                                const QByteArray &body, const QByteArray &keyId,
                                const QByteArray &secret)
{
    const QByteArray amzDate =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    awsapi::SignedRequest r{"POST", path, {}, {{"host", host}, {"x-amz-date", amzDate}}, body};
    const QByteArray sig = awsapi::signature(
        awsapi::signingKey(secret, date, "local", "lambda"),
        awsapi::stringToSign(
            amzDate, date + "/local/lambda/aws4_request",
            awsapi::canonicalRequest(r, {QStringLiteral("host"), QStringLiteral("x-amz-date")})));
    return {"X-Amz-Date: " + amzDate,
            "Authorization: AWS4-HMAC-SHA256 Credential=" + keyId + '/' + date +
                "/local/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + sig};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void line(const QString &label, const QList<double> &samples)
{
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&sorted](double q) {
        return sorted.at(qBound<qsizetype>(0, qsizetype(std::ceil(q * double(sorted.size()))) - 1,
                                           sorted.size() - 1));
    };
    say(QStringLiteral("  %1  p50 %2  p99 %3  (n=%4)")
            .arg(label, -34)
            .arg(ms(at(0.5)), ms(at(0.99)))
            .arg(sorted.size()));
}

// Four connections, each sending every 80 ms on its own schedule (not
// "as fast as the last answer allows"): 50 requests a second in all.
struct SteadyRun
{
    static constexpr int kRate = 50;
    qint64 startedMs = 0;
    qint64 warmUntilMs = 0;
    int sent = 0, ok = 0, throttled = 0, failed = 0;
    QList<double> latencies; // after warm-up
};

SteadyRun steadyRate(quint16 port, const QByteArray &path, const QByteArray &keyId,
                     const QByteArray &secret, int seconds)
{
    constexpr int kConnections = 4;
    constexpr int kPeriodMs = 1000 * kConnections / SteadyRun::kRate;
    SteadyRun out;
    out.startedMs = QDateTime::currentMSecsSinceEpoch();
    out.warmUntilMs = out.startedMs + 5000;
    std::mutex lock;
    std::vector<std::thread> threads;
    for (int c = 0; c < kConnections; ++c) {
        threads.emplace_back([&, c] {
            Connection connection;
            if (!connection.open(QStringLiteral("127.0.0.1"), port))
                return;
            const QByteArray body = "{\"sleepMs\":40}";
            QElapsedTimer clock;
            clock.start();
            // Staggered, so the four do not send together.
            qint64 due = c * kPeriodMs / kConnections;
            while (due < seconds * 1000LL) {
                while (clock.elapsed() < due)
                    QThread::usleep(500);
                const QList<QByteArray> headers =
                    signedHeaders(connection.host(), path, body, keyId, secret);
                const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
                QElapsedTimer t;
                t.start();
                const int status = connection.post(path, body, headers);
                const double took = double(t.nsecsElapsed()) / 1e6;
                {
                    const std::lock_guard<std::mutex> held(lock);
                    ++out.sent;
                    if (status == 200)
                        ++out.ok;
                    else if (status == 429)
                        ++out.throttled;
                    else
                        ++out.failed;
                    if (status == 200 && sentAt >= out.warmUntilMs)
                        out.latencies << took;
                }
                due += kPeriodMs;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    return out;
}

double p50(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at((samples.size() - 1) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("invokes"),
                      QStringLiteral("Warm invocations each way (default 500)."),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("cold"), QStringLiteral("Cold starts each way (default 8)."),
                      QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("steady"),
                      QStringLiteral("Seconds at a steady 50 requests a second (default 30)."),
                      QStringLiteral("S"), QStringLiteral("30")});
    parser.process(app);
    const int invokes = qMax(20, parser.value(QStringLiteral("invokes")).toInt());
    const int colds = qMax(3, parser.value(QStringLiteral("cold")).toInt());
    const int steadySeconds = qMax(10, parser.value(QStringLiteral("steady")).toInt());
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        qFatal("bench: no Secret Service; run under tests/support/with-keyring.sh");

    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    QDir().mkpath(dir.filePath(QStringLiteral("run")));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const quint16 port = freePort();
    QDir().mkpath(dir.filePath(QStringLiteral("config/sloop")));
    {
        QFile conf(dir.filePath(QStringLiteral("config/sloop/sloop.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write the settings");
        conf.write("[endpoint]\nport=" + QByteArray::number(port) + "\n");
    }
    QDir().mkpath(dir.filePath(QStringLiteral("code")));
    {
        QFile code(dir.filePath(QStringLiteral("code/app.py")));
        if (!code.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write the handler");
        code.write(kHandler);
    }
    const QString sloopBin = QStringLiteral(SLOOP_BIN);
    const QString name = QStringLiteral("bench-fn-%1").arg(QCoreApplication::applicationPid());
    const Run created = run(sloopBin,
                            {QStringLiteral("functions"), QStringLiteral("create"), name,
                             QStringLiteral("--code"), dir.filePath(QStringLiteral("code"))},
                            env);
    if (created.exitCode != 0)
        qFatal("bench: sloop functions create failed: %s", created.err.constData());
    const Run key = run(
        sloopBin,
        {QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("--json")}, env);
    const QJsonObject k = QJsonDocument::fromJson(key.out).object();
    const QByteArray keyId = k[QLatin1String("accessKeyId")].toString().toLatin1();
    const QByteArray secret = k[QLatin1String("secretAccessKey")].toString().toLatin1();
    if (keyId.isEmpty())
        qFatal("bench: sloop credentials create failed: %s", key.err.constData());

    say(QStringLiteral("== sloop-bench-functions: %1 warm invocations, %2 cold starts each way")
            .arg(invokes)
            .arg(colds));

    // --- 2. cold starts first, while no owner runs --------------------------
    QList<double> sloopCold, dockerCold;
    const QString image = QStringLiteral("sloop-fn/%1:latest").arg(name);
    for (int i = 0; i < colds; ++i) {
        sloopCold << timeToFirstOutput(
            sloopBin, {QStringLiteral("functions"), QStringLiteral("invoke"), name}, env);
        dockerCold << timeToFirstOutput(
            QStringLiteral("docker"),
            {QStringLiteral("run"), QStringLiteral("--rm"), image, QStringLiteral("python3"),
             QStringLiteral("-c"),
             QStringLiteral("import sys, json; sys.path.insert(0, '/var/task'); import app; "
                            "print(json.dumps(app.handler({}, None)))")},
            env);
    }
    if (sloopCold.contains(-1) || dockerCold.contains(-1))
        qFatal("bench: a cold start failed");

    // --- 1. warm invocations ------------------------------------------------
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.setStandardInputFile(QProcess::nullDevice());
    serve.start(sloopBin, {QStringLiteral("serve")});
    Connection viaSloop;
    if (!spinUntil([&] { return viaSloop.open(QStringLiteral("127.0.0.1"), port); }, 20000))
        qFatal("bench: the endpoint did not start");
    const QByteArray path = "/2015-03-31/functions/" + name.toLatin1() + "/invocations";
    const QByteArray body = "{\"n\":1}";
    QList<double> sloopWarm;
    for (int i = 0; i < invokes + 20; ++i) {
        const QList<QByteArray> headers = signedHeaders(viaSloop.host(), path, body, keyId, secret);
        QElapsedTimer t;
        t.start();
        if (viaSloop.post(path, body, headers) != 200)
            qFatal("bench: an invocation through the endpoint failed");
        if (i >= 20) // the first ones start the environment and warm it
            sloopWarm << double(t.nsecsElapsed()) / 1e6;
    }

    // --- 3. a steady 50 requests a second -----------------------------------
    const SteadyRun steady = steadyRate(port, path, keyId, secret, steadySeconds);
    const Run logs = run(sloopBin,
                         {QStringLiteral("functions"), QStringLiteral("logs"), name,
                          QStringLiteral("--since"), QStringLiteral("30m"),
                          QStringLiteral("--limit"), QStringLiteral("100000"),
                          QStringLiteral("--json")},
                         env);
    int coldAfterWarmUp = 0;
    int coldDuringWarmUp = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(logs.out).array()) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("initMs")) ||
            o.value(QLatin1String("startedMs")).toInteger() < steady.startedMs)
            continue;
        (o.value(QLatin1String("startedMs")).toInteger() < steady.warmUntilMs ? coldDuringWarmUp
                                                                              : coldAfterWarmUp)++;
    }
    serve.terminate();
    serve.waitForFinished(20000);

    const Run direct =
        run(QStringLiteral("docker"),
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--rm"),
             QStringLiteral("--label"), QStringLiteral("sloop.bench=functions"), image,
             QStringLiteral("python3"), QStringLiteral("-c"), QString::fromLatin1(kDirect)},
            env);
    const QString id = QString::fromLatin1(direct.out).trimmed();
    const Run ip = run(QStringLiteral("docker"),
                       {QStringLiteral("inspect"), QStringLiteral("-f"),
                        QStringLiteral("{{.NetworkSettings.IPAddress}}"), id},
                       env);
    Connection viaDirect;
    if (!spinUntil([&] { return viaDirect.open(QString::fromLatin1(ip.out).trimmed(), 8080); },
                   20000))
        qFatal("bench: the direct container did not start");
    QList<double> directWarm;
    for (int i = 0; i < invokes + 20; ++i) {
        QElapsedTimer t;
        t.start();
        if (viaDirect.post("/", body) != 200)
            qFatal("bench: a direct request failed");
        if (i >= 20)
            directWarm << double(t.nsecsElapsed()) / 1e6;
    }
    run(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), id}, env);
    run(sloopBin, {QStringLiteral("functions"), QStringLiteral("rm"), name}, env);

    say(QStringLiteral("Warm invoke, one keep-alive connection, sequential:"));
    line(QStringLiteral("Sloop endpoint (SigV4) -> handler"), sloopWarm);
    line(QStringLiteral("same handler, direct HTTP"), directWarm);
    say(QStringLiteral("  added by Sloop at p50: %1 (goal <= 1 ms)")
            .arg(ms(p50(sloopWarm) - p50(directWarm))));
    say(QStringLiteral("Cold start to the first reply (whole processes):"));
    line(QStringLiteral("sloop functions invoke (no owner)"), sloopCold);
    line(QStringLiteral("docker run --rm (same image)"), dockerCold);
    say(QStringLiteral("  ratio at p50: %1x (goal <= 1.2x)")
            .arg(p50(sloopCold) / p50(dockerCold), 0, 'f', 2));
    say(QStringLiteral("Steady %1 requests a second for %2 s, 40 ms each, four connections:")
            .arg(SteadyRun::kRate)
            .arg(steadySeconds));
    say(QStringLiteral("  sent %1, answered 200: %2, throttled 429: %3, failed: %4")
            .arg(steady.sent)
            .arg(steady.ok)
            .arg(steady.throttled)
            .arg(steady.failed));
    say(QStringLiteral("  cold starts in the first 5 s: %1; after: %2 (goal 0)")
            .arg(coldDuringWarmUp)
            .arg(coldAfterWarmUp));
    line(QStringLiteral("request to reply (after warm-up)"), steady.latencies);
    say(QStringLiteral("Reproduce: tests/support/with-keyring.sh %1 --invokes %2 --cold %3 "
                       "--steady %4")
            .arg(QCoreApplication::applicationFilePath())
            .arg(invokes)
            .arg(colds)
            .arg(steadySeconds));
    return 0;
}
