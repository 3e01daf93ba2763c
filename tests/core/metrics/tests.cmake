set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_hostframeparser SOURCES ${dir}/tst_hostframeparser.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_hostsampler SOURCES ${dir}/tst_hostsampler.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
