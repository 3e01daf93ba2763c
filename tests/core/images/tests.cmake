set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_buildcontext SOURCES ${dir}/tst_buildcontext.cpp LIBS sloop_core LABELS unit)
