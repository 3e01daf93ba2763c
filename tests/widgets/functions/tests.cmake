set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Functions page on the real dockerd: create from a template, invoke on
# the Test tab, logs, delete.
sloop_add_test(tst_functionspage SOURCES ${dir}/tst_functionspage.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 300)
add_dependencies(tst_functionspage sloop-lambda-agent)
set_property(TEST tst_functionspage APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
# The Triggers tab (schedules) over a private store; no engine.
sloop_add_test(tst_functiontriggers SOURCES ${dir}/tst_functiontriggers.cpp LIBS sloop_widgets
               LABELS gui)
# Asynchronous invocation's dialog and the Configuration tab; no engine.
sloop_add_test(tst_asyncconfigdialog SOURCES ${dir}/tst_asyncconfigdialog.cpp LIBS sloop_widgets
               LABELS gui)
sloop_add_test(tst_functionconfigdialog SOURCES ${dir}/tst_functionconfigdialog.cpp
               LIBS sloop_widgets LABELS gui)
sloop_add_test(tst_functionlogspane SOURCES ${dir}/tst_functionlogspane.cpp
               LIBS sloop_widgets LABELS gui)
# The Code tab: editing and deploying a function's files on the real dockerd.
sloop_add_test(tst_functioncodepane SOURCES ${dir}/tst_functioncodepane.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 300)
add_dependencies(tst_functioncodepane sloop-lambda-agent)
set_property(TEST tst_functioncodepane APPEND PROPERTY ENVIRONMENT
             "SLOOP_LAMBDA_AGENT=$<TARGET_FILE:sloop-lambda-agent>")
