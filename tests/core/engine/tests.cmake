set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_streamdecoders SOURCES ${dir}/tst_streamdecoders.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_dockerjson SOURCES ${dir}/tst_dockerjson.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_dockerclient SOURCES ${dir}/tst_dockerclient.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
sloop_add_test(tst_enginefaults SOURCES ${dir}/tst_enginefaults.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_podmanengine SOURCES ${dir}/tst_podmanengine.cpp LIBS sloop_core LABELS integration TIMEOUT 180)
sloop_add_test(tst_enginerestart SOURCES ${dir}/tst_enginerestart.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
