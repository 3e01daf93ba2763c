set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_httpresponseparser SOURCES ${dir}/tst_httpresponseparser.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_httprequestparser SOURCES ${dir}/tst_httprequestparser.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_httpserver SOURCES ${dir}/tst_httpserver.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_httpclient SOURCES ${dir}/tst_httpclient.cpp LIBS sloop_core LABELS integration)
sloop_add_test(tst_websocketserver SOURCES ${dir}/tst_websocketserver.cpp
               LIBS sloop_core Boost::headers LABELS unit)
