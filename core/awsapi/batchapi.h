#pragma once

#include <QByteArray>

#include <functional>

namespace sloop::http {
struct HttpRequestHead;
struct HttpResponse;
} // namespace sloop::http

namespace sloop::batch {
class BatchRepository;
}

namespace sloop::awsapi {

// AWS Batch's API (REST-JSON: POST /v1/submitjob, /v1/describejobs, …) over
// Sloop's batch store, so `aws batch submit-job --endpoint-url …` and the
// SDKs work unchanged: SubmitJob, DescribeJobs, ListJobs, CancelJob,
// TerminateJob, DescribeJobQueues, DescribeJobDefinitions,
// RegisterJobDefinition, DescribeComputeEnvironments. Errors are Batch's
// ClientException (400) with AWS's message. `wake` tells the dispatcher.
class BatchApi
{
public:
    BatchApi(batch::BatchRepository &repo, std::function<void()> wake)
        : m_repo(repo)
        , m_wake(std::move(wake))
    {
    }
    static bool handles(const QByteArray &path);
    http::HttpResponse handle(const http::HttpRequestHead &head, const QByteArray &body);

private:
    batch::BatchRepository &m_repo;
    std::function<void()> m_wake;
};

} // namespace sloop::awsapi
