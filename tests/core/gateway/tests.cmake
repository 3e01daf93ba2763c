set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_routematcher SOURCES ${dir}/tst_routematcher.cpp LIBS sloop_core LABELS unit)
# The gateway with real functions on the test dockerd behind it.
sloop_add_test(tst_gatewayfunctions SOURCES ${dir}/tst_gatewayfunctions.cpp LIBS sloop_core OpenSSL::Crypto
               LABELS integration TIMEOUT 300)
add_dependencies(tst_gatewayfunctions sloop-lambda-agent)
set_property(TEST tst_gatewayfunctions APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
sloop_add_test(tst_gateway SOURCES ${dir}/tst_gateway.cpp LIBS sloop_core OpenSSL::Crypto
               LABELS integration
               TIMEOUT 300)
sloop_add_test(tst_apimetrics SOURCES ${dir}/tst_apimetrics.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_authorizers SOURCES ${dir}/tst_authorizers.cpp LIBS sloop_core OpenSSL::Crypto
               LABELS unit)
sloop_add_test(tst_responsecache SOURCES ${dir}/tst_responsecache.cpp LIBS sloop_core LABELS unit)
# A WebSocket API: Beast clients, a real function, @connections by awscli
# signed with a key kept in a real Secret Service.
sloop_add_test(tst_websocketapi SOURCES ${dir}/tst_websocketapi.cpp LIBS sloop_core Boost::headers
               LABELS integration TIMEOUT 300
               WRAPPER ${CMAKE_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(tst_websocketapi sloop-lambda-agent)
set_property(TEST tst_websocketapi APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
