set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_runspecparser SOURCES ${dir}/tst_runspecparser.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_containerinventory SOURCES ${dir}/tst_containerinventory.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
