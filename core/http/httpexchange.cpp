#include "httpexchange.h"

#include "streamtransport.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QIODevice>

namespace sloop::http {

HttpExchange::HttpExchange(StreamTransport *transport, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_parser(m_request.method == "HEAD")
    , m_timeout(this) // parented, so it moves to the worker thread with us
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        abort(QCoreApplication::translate("Engine", "The engine did not answer %1 %2 within %3 "
                                                    "seconds.")
                  .arg(QString::fromLatin1(m_request.method),
                       QString::fromUtf8(m_request.path.left(120)))
                  .arg(m_request.timeoutMs / 1000),
              ErrorKind::TimedOut);
    });
}

HttpExchange::~HttpExchange()
{
    if (m_device)
        m_device->disconnect(this);
}

void HttpExchange::start()
{
    m_clock.start();
    if (m_request.timeoutMs > 0)
        m_timeout.start(m_request.timeoutMs);
    m_device = m_transport->open(this, [this](const Error &error) { onReady(error); });
}

void HttpExchange::onReady(const Error &error)
{
    if (m_finished)
        return;
    if (!error.message.isEmpty()) {
        finish(error.message, error.kind);
        return;
    }
    connect(m_device, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_device, &QIODevice::readChannelFinished, this, &HttpExchange::onEof);

    QByteArray head;
    head.reserve(256 + m_request.path.size());
    head += m_request.method + ' ' + m_request.path + " HTTP/1.1\r\n";
    head += "Host: docker\r\nUser-Agent: Sloop/" SLOOP_VERSION "\r\n";
    for (const auto &[name, value] : m_request.headers)
        if (!name.contains('\r') && !name.contains('\n') && !value.contains('\r') &&
            !value.contains('\n') && !name.contains(':'))
            head += name + ": " + value + "\r\n";
    if (m_request.upgrade)
        head += "Connection: Upgrade\r\nUpgrade: tcp\r\n";
    else
        head += "Connection: close\r\n";
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT") {
        head += "Content-Type: " + m_request.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    }
    head += "\r\n";
    m_device->write(head + m_request.body);
    onReadyRead(); // bytes may already be there
}

void HttpExchange::onReadyRead()
{
    if (m_finished || !m_device)
        return;
    const QByteArray data = m_device->readAll();
    if (data.isEmpty())
        return;
    QByteArray body;
    if (!m_parser.feed(data, &body)) {
        finish(m_parser.error());
        return;
    }
    if (!m_headSent && m_parser.headReady()) {
        m_headSent = true;
        Q_EMIT headReceived(m_parser.head());
    }
    if (!body.isEmpty())
        Q_EMIT bodyData(body);
    if (m_parser.done() && !m_parser.upgraded())
        finish({});
}

void HttpExchange::onEof()
{
    if (m_finished)
        return;
    onReadyRead();
    if (m_finished)
        return;
    finish(m_parser.finishAtEof() ? QString() : m_parser.error());
}

void HttpExchange::write(const QByteArray &data)
{
    if (m_device && !m_finished)
        m_device->write(data);
}

void HttpExchange::abort(const QString &reason, ErrorKind kind)
{
    finish(reason.isEmpty() ? QCoreApplication::translate("Engine", "Cancelled.") : reason,
           reason.isEmpty() ? ErrorKind::Cancelled : kind);
}

void HttpExchange::finish(const QString &error, ErrorKind kind)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = Error::make(error.isEmpty() ? ErrorKind::Internal : kind, error);
    m_timeout.stop();
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
    }
    if (!error.isEmpty())
        qCDebug(lcEngine) << m_request.method << m_request.path << "failed:" << error;
    Q_EMIT finished(error);
}

} // namespace sloop::http
