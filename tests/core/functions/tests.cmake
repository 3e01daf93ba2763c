set(dir ${CMAKE_CURRENT_LIST_DIR})
# Suites that run functions on the real dockerd, with the agent just built.
function(sloop_add_function_test name)
    sloop_add_test(${name} SOURCES ${dir}/${name}.cpp LIBS sloop_core LABELS integration
                   TIMEOUT 300)
    add_dependencies(${name} sloop-lambda-agent)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
                 "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
endfunction()
sloop_add_function_test(tst_functionenvironment)
sloop_add_function_test(tst_functionservice)
sloop_add_function_test(tst_noderuntime)
sloop_add_function_test(tst_asyncdispatcher)
sloop_add_function_test(tst_functionmetrics)
sloop_add_function_test(tst_functionsandbox)
sloop_add_test(tst_functionrepository SOURCES ${dir}/tst_functionrepository.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_functionzip SOURCES ${dir}/tst_functionzip.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_logfilter SOURCES ${dir}/tst_logfilter.cpp LIBS sloop_core LABELS unit)
# A function on a namespace host's engine, reached over its SSH session.
sloop_add_function_test(tst_remotefunctions)
sloop_add_function_test(tst_imagefunctions)
