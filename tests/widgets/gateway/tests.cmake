set(dir ${CMAKE_CURRENT_LIST_DIR})
# The APIs page over a private store with its gateway serving: no engine.
sloop_add_test(tst_apispage SOURCES ${dir}/tst_apispage.cpp LIBS sloop_widgets OpenSSL::Crypto
               LABELS gui)
