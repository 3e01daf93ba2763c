set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_hostrepository SOURCES ${dir}/tst_hostrepository.cpp LIBS sloop_core LABELS unit)
