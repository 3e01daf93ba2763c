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

// fairsharePolicy {shareDecaySeconds, computeReservation, shareDistribution}
// over `into` (what is not given stays); a wrong type is refused, as AWS
// refuses it, rather than read as a default.
std::optional<QString> readPolicy(const json &in, SchedulingPolicy &into)
{
    const auto fairIt = in.find("fairsharePolicy");
    if (fairIt == in.end())
        return std::nullopt;
    if (!fairIt->is_object())
        return ApiText::tr("fairsharePolicy: an object.");
    const json &fair = *fairIt;
    const std::pair<const char *, int *> whole[] = {
        {"shareDecaySeconds", &into.shareDecaySeconds},
        {"computeReservation", &into.computeReservation}};
    for (const auto &[key, field] : whole) {
        const auto it = fair.find(key);
        if (it == fair.end())
            continue;
        if (!it->is_number_integer() || it->get<qint64>() < 0 || it->get<qint64>() > 1'000'000)
            return ApiText::tr("fairsharePolicy.%1: a whole number.").arg(QLatin1String(key));
        *field = int(it->get<qint64>());
    }
    const auto shares = fair.find("shareDistribution");
    if (shares == fair.end())
        return std::nullopt;
    if (!shares->is_array())
        return ApiText::tr("fairsharePolicy.shareDistribution: a list.");
    into.shares.clear();
    for (const json &s : *shares) {
        if (!s.is_object())
            return ApiText::tr("fairsharePolicy.shareDistribution: objects with "
                               "shareIdentifier and weightFactor.");
        ShareWeight w;
        w.identifier = str(s, "shareIdentifier");
        if (s.contains("weightFactor")) {
            const auto weight = number(s, "weightFactor");
            if (!weight)
                return ApiText::tr("weightFactor of \"%1\": a number.").arg(w.identifier);
            w.weight = *weight;
        }
        into.shares << w;
    }
    return std::nullopt;
}

} // namespace

std::optional<http::HttpResponse> BatchApi::handleQueuesAndPolicies(const QByteArray &op,
                                                                    const json &in)
{
    if (op == "createschedulingpolicy") {
        const QString name = str(in, "name");
        if (name.isEmpty())
            return clientError(ApiText::tr("name is required."));
        SchedulingPolicy policy;
        policy.name = name;
        if (const auto wrong = readPolicy(in, policy))
            return clientError(*wrong);
        const auto made = m_repo.addPolicy(policy);
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
        const int limit = qBound(1, int(number(in, "maxResults").value_or(100)), 1000);
        const int from = qMax(0, str(in, "nextToken").toInt());
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
        if (op == "deleteschedulingpolicy") {
            if (const VoidResult done = m_repo.removePolicy(name); !done)
                return failed(done.problem());
            return ok(json::object());
        }
        // What the request leaves out stays as it was.
        const auto found = m_repo.findPolicy(name);
        if (!found)
            return failed(found.problem());
        if (!*found)
            return clientError(ApiText::tr("There is no scheduling policy %1.").arg(name));
        SchedulingPolicy policy = **found;
        if (const auto wrong = readPolicy(in, policy))
            return clientError(*wrong);
        if (const VoidResult done = m_repo.updatePolicy(policy); !done)
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
