#pragma once

#include <QByteArray>

#include <functional>
#include <optional>

#include <nlohmann/json_fwd.hpp>

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
// RegisterJobDefinition, DescribeComputeEnvironments, CreateJobQueue and
// the fair-share scheduling policies' Create, Describe, List, Update and
// Delete. Errors are Batch's
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
    // CreateJobQueue and the scheduling policies' operations
    // (batchpolicyapi.cpp); nothing for another operation.
    std::optional<http::HttpResponse> handleQueuesAndPolicies(const QByteArray &op,
                                                              const nlohmann::json &in);
    batch::BatchRepository &m_repo;
    std::function<void()> m_wake;
};

} // namespace sloop::awsapi
