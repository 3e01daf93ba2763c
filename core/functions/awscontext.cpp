#include "awscontext.h"

namespace sloop::functions {

QStringList AwsContext::environment() const
{
    return {QStringLiteral("AWS_ENDPOINT_URL=") + endpointUrl,
            QStringLiteral("AWS_REGION=") + region,
            QStringLiteral("AWS_DEFAULT_REGION=") + region,
            QStringLiteral("AWS_ACCESS_KEY_ID=") + accessKeyId,
            QStringLiteral("AWS_SECRET_ACCESS_KEY=") + secretAccessKey,
            QStringLiteral("AWS_SESSION_TOKEN=") + sessionToken};
}

} // namespace sloop::functions
