set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_database SOURCES ${dir}/tst_database.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_storeworker SOURCES ${dir}/tst_storeworker.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_storediskfull SOURCES ${dir}/tst_storediskfull.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
