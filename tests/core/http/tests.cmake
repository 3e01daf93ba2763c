set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_httpresponseparser SOURCES ${dir}/tst_httpresponseparser.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_httprequestparser SOURCES ${dir}/tst_httprequestparser.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_httpserver SOURCES ${dir}/tst_httpserver.cpp LIBS sloop_core LABELS unit)
