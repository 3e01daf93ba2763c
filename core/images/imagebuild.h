#pragma once

#include "buildcontext.h"
#include "http/httpexchange.h"
#include "util/result.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>

namespace sloop::engine {
class DockerClient;
class EngineStream;
class LineSplitter;
} // namespace sloop::engine

namespace sloop::images {

struct BuildRequest
{
    QString contextDir; // a folder here, sent as a tar stream…
    QString gitUrl;     // …or a Git URL the engine fetches itself
    QString dockerfile = QStringLiteral("Dockerfile");
    QStringList tags; // "app:1", "127.0.0.1:5000/app:1"
    QMap<QString, QString> buildArgs;
    QString target; // a stage of a multi-stage Dockerfile
    QMap<QString, QString> labels;
    bool noCache = false;
    bool pull = false; // fetch newer base images first
};

// "Step 2/5 : RUN make", as the engine's builder streams them.
struct BuildStep
{
    int number = 0;
    int total = 0;
    QString instruction;
    int line = 0; // in the Dockerfile, when Sloop could read it
};

// One image build on an engine (POST /build): the context made from the
// folder honouring .dockerignore, the log streamed as the engine writes it,
// and a failure told by the Dockerfile line of the step that failed.
class ImageBuild : public QObject
{
    Q_OBJECT
public:
    explicit ImageBuild(engine::DockerClient *client, QObject *parent = nullptr);
    ~ImageBuild() override;

    void start(const BuildRequest &request);
    void cancel();
    const BuildContext &context() const { return m_context; }

Q_SIGNALS:
    void step(const sloop::images::BuildStep &step);
    void output(const QString &text); // the builder's log, a line at a time
    // The image's id ("sha256:…"), or why it failed.
    void finished(const sloop::Result<QString> &imageId);

private:
    void send(http::HttpRequest request); // once the context is packed
    void onLine(const QByteArray &line);
    void end(const Result<QString> &outcome);

    QPointer<engine::DockerClient> m_client;
    QPointer<engine::EngineStream> m_stream;
    std::unique_ptr<engine::LineSplitter> m_lines;
    QList<DockerfileInstruction> m_instructions;
    QString m_dockerfile;
    BuildContext m_context;
    BuildStep m_step;
    QString m_imageId;
    QString m_error;
    QString m_partial; // "stream" text not yet ended by a newline
    bool m_done = false;
};

// Where a builder's error points: "Dockerfile line 4 (RUN make): …".
QString withDockerfileLine(const QString &error, const BuildStep &step, const QString &dockerfile);

} // namespace sloop::images
