#pragma once

// What `sloop apis`, `routes`, `stages` and `apis try` share
// (apicommands.cpp).
#include "gateway/apimodel.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace sloop::cli {

nlohmann::json apiJson(const gateway::Api &api); // as `apis show --json` prints it
nlohmann::json authorizerJson(const gateway::Authorizer &authorizer); // authorizercommands.cpp
nlohmann::json stageJson(const gateway::Api &api, const gateway::Stage &stage);
// Opens the store and finds the API (by id or name), then `use`s it; prints
// the failure and returns its status when it cannot.
int readApi(const QString &idOrName, const std::function<int(const gateway::Api &)> &use);
// The same, then saves what `edit` made of it, tells the owner, and prints
// the API as JSON or by `report`.
int editApi(const QString &idOrName, bool json,
            const std::function<Result<gateway::Api>(gateway::Api)> &edit,
            const std::function<void(const gateway::Api &)> &report);

} // namespace sloop::cli
