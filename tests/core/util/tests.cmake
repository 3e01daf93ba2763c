set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_futures SOURCES ${dir}/tst_futures.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_error SOURCES ${dir}/tst_error.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_processhardening SOURCES ${dir}/tst_processhardening.cpp LIBS sloop_core LABELS unit)
