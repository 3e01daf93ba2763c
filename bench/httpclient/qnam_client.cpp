// QNetworkAccessManager (Qt 6.4, qt6-base-dev) on a QCoreApplication, as
// Sloop's core would use it: one manager on the thread's event loop, bodies
// read on readyRead. Modes: bench.h.

#include "bench.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace {

class QnamClient final : public bench::Client
{
public:
    explicit QnamClient(const bench::Options &o)
        : ssl(QSslConfiguration::defaultConfiguration())
        , timeoutMs(int(o.timeoutMs))
    {
        if (!o.caFile.empty())
            ssl.setCaCertificates(QSslCertificate::fromPath(QString::fromStdString(o.caFile)));
        if (!o.certFile.empty()) {
            ssl.setLocalCertificate(
                QSslCertificate::fromPath(QString::fromStdString(o.certFile)).value(0));
            QFile key(QString::fromStdString(o.keyFile));
            if (key.open(QIODevice::ReadOnly))
                ssl.setPrivateKey(QSslKey(&key, QSsl::Ec));
        }
    }

    void get(const std::string &url, bench::Sink sink, bench::Done done) override
    {
        QNetworkRequest request(QUrl(QString::fromStdString(url)));
        request.setSslConfiguration(ssl);
        if (timeoutMs > 0) // an inactivity timeout: no bytes for this long
            request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = manager.get(request);
        auto bytes = std::make_shared<long long>(0);
        // Reading as data arrives keeps the reply's buffer small; QNAM would
        // otherwise hold the whole body until finished().
        auto drain = [reply, bytes, sink] {
            char buf[64 * 1024];
            qint64 n;
            while ((n = reply->read(buf, sizeof buf)) > 0) {
                *bytes += n;
                if (sink && !sink(buf, size_t(n))) {
                    reply->abort(); // emits finished() before returning
                    return;
                }
            }
        };
        QObject::connect(reply, &QNetworkReply::readyRead, reply, drain);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, bytes, drain, done] {
            if (reply->error() == QNetworkReply::NoError)
                drain();
            bench::Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.bytes = *bytes;
            r.httpVersion =
                reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? 2 : 1;
            // Codes from 201 up are HTTP statuses mapped to errors; those are answers.
            const auto e = reply->error();
            if (e != QNetworkReply::NoError &&
                (r.status == 0 || e < QNetworkReply::ContentAccessDenied))
                r.error = reply->errorString().toStdString();
            reply->deleteLater();
            done(r);
        });
    }

    void exec() override { loop.exec(); }
    void quit() override { loop.quit(); }

private:
    QNetworkAccessManager manager;
    QSslConfiguration ssl;
    int timeoutMs;
    QEventLoop loop;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return bench::main(argc, argv,
                       [](const bench::Options &o) { return std::make_unique<QnamClient>(o); });
}
