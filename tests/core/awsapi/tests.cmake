set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_sigv4 SOURCES ${dir}/tst_sigv4.cpp LIBS sloop_core LABELS unit)
