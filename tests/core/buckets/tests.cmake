set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_folderbuckets SOURCES ${dir}/tst_folderbuckets.cpp LIBS sloop_core LABELS unit)
