set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_functionenvironment SOURCES ${dir}/tst_functionenvironment.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_functionenvironment sloop-lambda-agent)
set_property(TEST tst_functionenvironment APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
sloop_add_test(tst_functionrepository SOURCES ${dir}/tst_functionrepository.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_functionservice SOURCES ${dir}/tst_functionservice.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_functionservice sloop-lambda-agent)
set_property(TEST tst_functionservice APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
sloop_add_test(tst_noderuntime SOURCES ${dir}/tst_noderuntime.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
add_dependencies(tst_noderuntime sloop-lambda-agent)
set_property(TEST tst_noderuntime APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
