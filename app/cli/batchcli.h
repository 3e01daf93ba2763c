#pragma once

// What `sloop batch`'s files share (batchcommands.cpp, batchjobcommands.cpp).
#include "batch/batchrepository.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sloop::cli {

extern const QString kBatchTopic;

// Opens the store and runs `use` with the batch tables; prints a failure and
// returns its status when the store cannot be opened.
int withBatch(const std::function<int(batch::BatchRepository &repo)> &use);

int batchEnvironments(const QStringList &args);
int batchQueues(const QStringList &args);
int batchDefinitions(const QStringList &args);
int batchPolicies(const QStringList &args); // batchpolicycommands.cpp
int batchSubmit(const QStringList &args);
int batchDescribe(const QStringList &args);
int batchList(const QStringList &args);
int batchCancel(const QStringList &args, bool terminate);
int batchLogs(const QStringList &args);
int batchCost(const QStringList &args);

// "KEY=VALUE" options into a map; a usage error names the bad one.
bool readPairs(const QStringList &values, QMap<QString, QString> &into, QString *error);

} // namespace sloop::cli
