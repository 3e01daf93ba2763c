# The `sloop` command line, run as a process against the real dockerd.
sloop_add_test(tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_cli sloop)
sloop_add_test(tst_clihosts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clihosts.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_clihosts sloop)
sloop_add_test(tst_cliparts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliparts.cpp LIBS sloop_cli
               LABELS unit)
# `sloop plans` and `sloop costs`: the built-in catalogue and a private store.
sloop_add_test(tst_clipricing SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clipricing.cpp LIBS sloop_core
               LABELS unit TIMEOUT 120)
add_dependencies(tst_clipricing sloop)
# `sloop blueprints ...`: needs no services.
sloop_add_test(tst_cliblueprints SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliblueprints.cpp
               LIBS sloop_core LABELS unit TIMEOUT 120)
add_dependencies(tst_cliblueprints sloop)
# `sloop instances` / `sloop snapshots` against the real engine and test image.
sloop_add_test(tst_cliinstances SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliinstances.cpp
               LIBS sloop_core LABELS integration TIMEOUT 600)
add_dependencies(tst_cliinstances sloop)
# `sloop serve`: start, lock, signals, hand-over with the window.
sloop_add_test(tst_cliserve SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliserve.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_cliserve sloop)
# `sloop alarms ...`: a private store, no services.
sloop_add_test(tst_clialarms SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clialarms.cpp LIBS sloop_core
               LABELS unit TIMEOUT 120)
add_dependencies(tst_clialarms sloop)
# `sloop metrics`: a private store filled by the test through MetricStore.
sloop_add_test(tst_climetrics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_climetrics.cpp LIBS sloop_core
               LABELS unit TIMEOUT 120)
add_dependencies(tst_climetrics sloop)
# One owner per data folder: the window, serve and CLIs as real processes.
sloop_add_test(tst_ownership SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ownership.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_ownership sloop)
# `sloop functions ...` on the real dockerd, cold and through a serve.
sloop_add_test(tst_clifunctions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clifunctions.cpp
               LIBS sloop_core LABELS integration TIMEOUT 300)
add_dependencies(tst_clifunctions sloop sloop-lambda-agent)
# The AWS-compatible endpoint with Debian's awscli, signed with a key kept in
# a real Secret Service.
# sloop_models brings QtGui (with its precompiled headers) for the images
# the thumbnail template gets and makes.
sloop_add_test(tst_awsendpoint SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_awsendpoint.cpp
               LIBS sloop_models LABELS integration TIMEOUT 300
               WRAPPER ${CMAKE_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(tst_awsendpoint sloop sloop-lambda-agent)
# `sloop apis`, `routes`, `stages`, `keys`, `usage-plans`: a function behind
# the gateway of a running `sloop serve`, called with curl.
sloop_add_test(tst_cliapis SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliapis.cpp LIBS sloop_core
               OpenSSL::Crypto Boost::headers LABELS integration TIMEOUT 300)
add_dependencies(tst_cliapis sloop sloop-lambda-agent)
set_property(TEST tst_cliapis APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
# `sloop batch ...` on the real dockerd, serve killed mid-run, and Debian's
# awscli against the endpoint (its access key's secret in a real keychain).
sloop_add_test(tst_clibatch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clibatch.cpp LIBS sloop_core
               LABELS integration TIMEOUT 600
               WRAPPER ${CMAKE_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(tst_clibatch sloop)
set_tests_properties(tst_clibatch PROPERTIES RUN_SERIAL TRUE)
sloop_add_test(tst_cliswarm SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliswarm.cpp LIBS sloop_core
               LABELS integration TIMEOUT 600)
add_dependencies(tst_cliswarm sloop)
set_tests_properties(tst_cliswarm PROPERTIES RESOURCE_LOCK sloop-swarm)
# `sloop batch` on a Swarm compute environment: both test engines as one swarm.
sloop_add_test(tst_clibatchswarm SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clibatchswarm.cpp
               LIBS sloop_core LABELS integration TIMEOUT 600)
add_dependencies(tst_clibatchswarm sloop)
set_tests_properties(tst_clibatchswarm PROPERTIES RESOURCE_LOCK sloop-swarm)
sloop_add_test(tst_cliregistries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliregistries.cpp
               LIBS sloop_core LABELS integration TIMEOUT 300
               WRAPPER ${CMAKE_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(tst_cliregistries sloop)
# `sloop container-services`: a swarm of both test engines, `sloop serve`
# serving the public endpoint.
sloop_add_test(tst_clicontainerservices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clicontainerservices.cpp
               LIBS sloop_core LABELS integration TIMEOUT 600)
add_dependencies(tst_clicontainerservices sloop)
set_tests_properties(tst_clicontainerservices PROPERTIES RESOURCE_LOCK sloop-swarm)
# `sloop images build` on the real dockerd, pushing to Debian's docker-registry.
sloop_add_test(tst_cliimagebuild SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliimagebuild.cpp
               LIBS sloop_core LABELS integration TIMEOUT 300)
add_dependencies(tst_cliimagebuild sloop)
# Swarm secrets and configs, by hand and from a stack's Compose file.
sloop_add_test(tst_cliswarmsecrets SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliswarmsecrets.cpp
               LIBS sloop_core LABELS integration TIMEOUT 300)
add_dependencies(tst_cliswarmsecrets sloop)
set_tests_properties(tst_cliswarmsecrets PROPERTIES RESOURCE_LOCK sloop-swarm)
