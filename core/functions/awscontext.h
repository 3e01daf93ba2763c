#pragma once

#include "functionrecord.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::functions {

// What a function's environments get so that AWS's SDKs inside them reach
// Sloop's AWS-compatible endpoint, not AWS: AWS_ENDPOINT_URL (boto3 and the
// JavaScript SDK honour it), AWS_REGION and temporary credentials.
struct AwsContext
{
    QString endpointUrl;
    QString region = QStringLiteral("local");
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    // KEY=VALUE, as Lambda names them.
    QStringList environment() const;
};

// Who hands them out: the endpoint, while it serves where containers reach.
class AwsContextSource
{
public:
    virtual ~AwsContextSource() = default;
    // None when the function's environments on that engine cannot reach the
    // endpoint (it is not served where that engine's containers are).
    virtual std::optional<AwsContext> contextFor(const FunctionRecord &function,
                                                 const QString &engine) = 0;
    // The function was deleted: its credentials stop working.
    virtual void forget(const QString &function) = 0;
};

} // namespace sloop::functions
