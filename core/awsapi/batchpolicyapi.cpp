// BatchApi: CreateJobQueue and the fair-share scheduling policies
// (CreateSchedulingPolicy, DescribeSchedulingPolicies, ListSchedulingPolicies,
// UpdateSchedulingPolicy, DeleteSchedulingPolicy), so `aws batch
// create-scheduling-policy` and `create-job-queue --scheduling-policy-arn`
// work against Sloop as against AWS.
#include "batchapi.h"

#include "batchapisupport.h"

#include "batch/batchjson.h"
#include "batch/batchrepository.h"

namespace sloop::awsapi {

using namespace batch;
using namespace batchsupport;

namespace {

// fairsharePolicy {shareDecaySeconds, computeReservation, shareDistribution}.
SchedulingPolicy policyFrom(const QString &name, const json &in)
{
    SchedulingPolicy p;
    p.name = name;
    const json fair = in.value("fairsharePolicy", json::object());
    if (const auto decay = number(fair, "shareDecaySeconds"))
        p.shareDecaySeconds = int(*decay);
    if (const auto reservation = number(fair, "computeReservation"))
        p.computeReservation = int(*reservation);
    const json shares = fair.value("shareDistribution", json::array());
    if (shares.is_array())
        for (const json &s : shares) {
            ShareWeight w;
            w.identifier = str(s, "shareIdentifier");
            w.weight = number(s, "weightFactor").value_or(1.0);
            p.shares << w;
        }
    return p;
}

} // namespace

std::optional<http::HttpResponse> BatchApi::handleQueuesAndPolicies(const QByteArray &op,
                                                                    const json &in)
{
    if (op == "createschedulingpolicy") {
        const QString name = str(in, "name");
        if (name.isEmpty())
            return clientError(ApiText::tr("name is required."));
        const auto made = m_repo.addPolicy(policyFrom(name, in));
        if (!made)
            return failed(made.problem());
        return ok(
            {{"name", made->name.toStdString()}, {"arn", policyArn(made->name).toStdString()}});
    }
    if (op == "describeschedulingpolicies") {
        const QStringList wanted = strings(in.value("arns", json::array()));
        if (wanted.isEmpty())
            return clientError(ApiText::tr("arns: name at least one scheduling policy."));
        json out = json::array();
        for (const QString &arn : wanted) {
            const auto found = m_repo.findPolicy(nameOf(arn));
            if (!found)
                return failed(found.problem());
            if (*found) // as AWS: unknown ones are left out
                out.push_back(fromBytes(policyJson(**found)));
        }
        return ok({{"schedulingPolicies", out}});
    }
    if (op == "listschedulingpolicies") {
        const auto all = m_repo.policies();
        if (!all)
            return failed(all.problem());
        const int limit = qBound(1, in.value("maxResults", 100), 1000);
        const int from = str(in, "nextToken").toInt();
        json out = json::array();
        for (int i = from; i < all->size() && i < from + limit; ++i)
            out.push_back({{"arn", policyArn(all->at(i).name).toStdString()}});
        json answer = {{"schedulingPolicies", out}};
        if (from + limit < all->size())
            answer["nextToken"] = std::to_string(from + limit);
        return ok(answer);
    }
    if (op == "updateschedulingpolicy" || op == "deleteschedulingpolicy") {
        const QString name = nameOf(str(in, "arn"));
        if (name.isEmpty())
            return clientError(ApiText::tr("arn is required."));
        const VoidResult done = op == "deleteschedulingpolicy"
                                    ? m_repo.removePolicy(name)
                                    : m_repo.updatePolicy(policyFrom(name, in));
        if (!done)
            return failed(done.problem());
        return ok(json::object());
    }
    if (op == "createjobqueue") {
        JobQueue q;
        q.name = str(in, "jobQueueName");
        if (in.contains("priority") && in["priority"].is_number_integer())
            q.priority = in["priority"].get<int>();
        q.enabled = str(in, "state") != QLatin1String("DISABLED");
        q.schedulingPolicy = nameOf(str(in, "schedulingPolicyArn"));
        // Tried by `order`, lowest first.
        QList<std::pair<int, QString>> order;
        for (const json &e : in.value("computeEnvironmentOrder", json::array()))
            order.append(
                {int(number(e, "order").value_or(0)), nameOf(str(e, "computeEnvironment"))});
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &entry : std::as_const(order))
            q.environments << entry.second;
        const auto made = m_repo.addQueue(q);
        if (!made)
            return failed(made.problem());
        m_wake();
        return ok({{"jobQueueName", made->name.toStdString()},
                   {"jobQueueArn", queueArn(made->name).toStdString()}});
    }
    return std::nullopt;
}

} // namespace sloop::awsapi
