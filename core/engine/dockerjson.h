#pragma once

#include "dockertypes.h"
#include "util/result.h"

#include <QByteArray>

// Mapping between the Docker Engine API's JSON and Sloop's types. Every parser
// tolerates missing fields and fields of the wrong type (an engine, a proxy or
// a fork may send anything) and fails with a message on text that is not JSON.
namespace sloop::engine::json {

Result<QList<ContainerSummary>> parseContainerList(QByteArrayView body);
Result<ContainerDetails> parseContainerInspect(QByteArrayView body);
Result<QList<ImageSummary>> parseImageList(QByteArrayView body);
Result<QList<VolumeSummary>> parseVolumeList(QByteArrayView body);
Result<QList<NetworkSummary>> parseNetworkList(QByteArrayView body);
Result<EngineInfo> parseVersion(QByteArrayView body);
Result<EngineSystemInfo> parseSystemInfo(QByteArrayView body);
Result<EngineEvent> parseEvent(QByteArrayView line);
Result<StatsSample> parseStats(QByteArrayView body);
Result<PullProgress> parsePullProgress(QByteArrayView line); // error = the engine's message
Result<QString> parseCreatedId(QByteArrayView body);
Result<QString> parseExecId(QByteArrayView body);
Result<ExecStatus> parseExecInspect(QByteArrayView body);

// The engine's {"message": "..."} on a failed call, or the raw text.
QString errorMessage(QByteArrayView body);

QByteArray containerCreateBody(const ContainerSpec &spec);
QByteArray volumeCreateBody(const QString &name);
QByteArray networkCreateBody(const QString &name, const QString &driver);
// attachStdin false: the process's stdin is empty (for a collected exec,
// whose request never sends any).
QByteArray execCreateBody(const QStringList &cmd, bool tty, const QStringList &env = {},
                          bool attachStdin = true);
QByteArray filtersParam(const QMap<QString, QStringList> &filters); // for ?filters=

} // namespace sloop::engine::json
