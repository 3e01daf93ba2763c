set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_downsample SOURCES ${dir}/tst_downsample.cpp LIBS sloop_core LABELS unit)
