#include "imagebuild.h"

#include "engine/dockerclient.h"
#include "engine/streamdecoders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcImageBuild, "sloop.images.build")

namespace sloop::images {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Images)
};

QByteArray jsonMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray queryValue(const QString &v)
{
    return QUrl::toPercentEncoding(v);
}

} // namespace

ImageBuild::ImageBuild(engine::DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lines(std::make_unique<engine::LineSplitter>())
{
}

ImageBuild::~ImageBuild() = default;

void ImageBuild::start(const BuildRequest &request)
{
    if (!m_client)
        return end(
            Result<QString>::failure(ErrorKind::NotFound, Text::tr("No engine to build on.")));
    if (request.tags.isEmpty())
        return end(Result<QString>::failure(ErrorKind::InvalidInput,
                                            Text::tr("A build needs a tag (NAME:TAG).")));
    static const QRegularExpression tag(
        QStringLiteral("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/"
                       "[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
    for (const QString &t : request.tags)
        if (!tag.match(t).hasMatch())
            return end(Result<QString>::failure(
                ErrorKind::InvalidInput,
                Text::tr("\"%1\" is not an image name: lower-case NAME[:TAG], such as app:1 or "
                         "127.0.0.1:5000/team/app:1.")
                    .arg(t.left(200))));
    m_dockerfile = request.dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : request.dockerfile;
    QByteArray query = "/build?rm=1&forcerm=1&dockerfile=" + queryValue(m_dockerfile);
    for (const QString &t : request.tags)
        query += "&t=" + queryValue(t);
    if (!request.buildArgs.isEmpty())
        query += "&buildargs=" + queryValue(QString::fromUtf8(jsonMap(request.buildArgs)));
    if (!request.labels.isEmpty())
        query += "&labels=" + queryValue(QString::fromUtf8(jsonMap(request.labels)));
    if (!request.target.isEmpty())
        query += "&target=" + queryValue(request.target);
    if (request.noCache)
        query += "&nocache=1";
    if (request.pull)
        query += "&pull=1";
    http::HttpRequest r;
    r.method = "POST";
    r.timeoutMs = 0;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/x-tar")});
    r.path = query;
    if (!request.gitUrl.isEmpty()) {
        r.path += "&remote=" + queryValue(request.gitUrl);
        return send(r);
    }
    // The context can be big: read and packed off this thread, so a window
    // stays alive meanwhile.
    const QString dir = request.contextDir;
    const QString dockerfile = m_dockerfile;
    auto made = std::make_shared<std::optional<Result<BuildContext>>>();
    auto instructions = std::make_shared<QList<DockerfileInstruction>>();
    QThread *packer = QThread::create([dir, dockerfile, made, instructions] {
        *made = makeBuildContext(dir, dockerfile);
        QFile file(QDir(dir).filePath(dockerfile));
        if (file.open(QIODevice::ReadOnly))
            *instructions = dockerfileInstructions(file.read(4 * 1024 * 1024));
    });
    connect(packer, &QThread::finished, packer, &QObject::deleteLater);
    connect(packer, &QThread::finished, this, [this, r, made, instructions]() mutable {
        if (m_done)
            return; // cancelled meanwhile
        if (!made->has_value() || !**made)
            return end(Result<QString>::failure(
                made->has_value() ? (*made)->problem() : Error{ErrorKind::Internal, QString()}));
        m_context = ***made;
        m_instructions = *instructions;
        r.body = m_context.tar;
        send(r);
    });
    packer->start();
}

void ImageBuild::send(http::HttpRequest r)
{
    if (!m_client)
        return end(
            Result<QString>::failure(ErrorKind::Unreachable, Text::tr("The engine is gone.")));
    qCInfo(lcImageBuild).noquote() << "building on" << m_client->name() << "with" << m_context.files
                                   << "files," << m_context.bytes << "bytes";
    m_stream = m_client->openStream(r, this);
    connect(m_stream, &engine::EngineStream::data, this, [this](const QByteArray &bytes) {
        QList<QByteArray> lines;
        m_lines->feed(bytes, &lines);
        for (const QByteArray &l : std::as_const(lines))
            onLine(l);
    });
    connect(m_stream, &engine::EngineStream::finished, this, [this](const QString &error) {
        QList<QByteArray> lines;
        m_lines->flush(&lines);
        for (const QByteArray &l : std::as_const(lines))
            onLine(l);
        if (!m_partial.isEmpty())
            Q_EMIT output(m_partial);
        if (!error.isEmpty())
            return end(Result<QString>::failure(ErrorKind::Internal, error));
        if (!m_error.isEmpty())
            return end(Result<QString>::failure(ErrorKind::InvalidInput,
                                                withDockerfileLine(m_error, m_step, m_dockerfile)));
        if (m_imageId.isEmpty())
            return end(Result<QString>::failure(
                ErrorKind::Internal, Text::tr("The engine ended the build without an image.")));
        end(m_imageId);
    });
}

void ImageBuild::cancel()
{
    if (m_stream)
        m_stream->close();
    end(Result<QString>::failure(ErrorKind::Cancelled, Text::tr("The build was stopped.")));
}

void ImageBuild::onLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty()) {
        Q_EMIT output(QString::fromUtf8(line)); // not JSON: say it as it came
        return;
    }
    if (o.contains(QLatin1String("error"))) {
        m_error = o.value(QLatin1String("errorDetail"))
                      .toObject()
                      .value(QLatin1String("message"))
                      .toString(o.value(QLatin1String("error")).toString());
        return;
    }
    const QString id =
        o.value(QLatin1String("aux")).toObject().value(QLatin1String("ID")).toString();
    if (!id.isEmpty())
        m_imageId = id;
    const QString text = m_partial + o.value(QLatin1String("stream")).toString();
    if (text.isEmpty())
        return;
    QStringList parts = text.split(QLatin1Char('\n'));
    m_partial = parts.takeLast(); // what follows the last newline
    static const QRegularExpression stepLine(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    for (const QString &part : std::as_const(parts)) {
        const auto m = stepLine.match(part);
        if (m.hasMatch()) {
            m_step.number = m.captured(1).toInt();
            m_step.total = m.captured(2).toInt();
            m_step.instruction = m.captured(3);
            m_step.line = m_step.number - 1 < m_instructions.size()
                              ? m_instructions.at(m_step.number - 1).line
                              : 0;
            Q_EMIT step(m_step);
        }
        Q_EMIT output(part);
    }
}

void ImageBuild::end(const Result<QString> &outcome)
{
    if (m_done)
        return;
    m_done = true;
    // Queued: start() may end before its caller has connected.
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

QString withDockerfileLine(const QString &error, const BuildStep &step, const QString &dockerfile)
{
    // The parser's own errors already name their line.
    if (step.number == 0 || error.contains(QLatin1String(" line "), Qt::CaseInsensitive))
        return error;
    if (step.line > 0)
        return Text::tr("%1 line %2 (%3): %4")
            .arg(dockerfile)
            .arg(step.line)
            .arg(step.instruction, error);
    return Text::tr("Step %1 (%2): %3").arg(step.number).arg(step.instruction, error);
}

} // namespace sloop::images
