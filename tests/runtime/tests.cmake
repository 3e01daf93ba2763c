set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_lambdaagent SOURCES ${dir}/tst_lambdaagent.cpp LIBS sloop_core LABELS unit)
add_dependencies(tst_lambdaagent sloop-lambda-agent)
set_property(TEST tst_lambdaagent APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
