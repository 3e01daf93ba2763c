set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_containerservice SOURCES ${dir}/tst_containerservice.cpp LIBS sloop_core
               LABELS unit)
