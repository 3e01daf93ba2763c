set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_instancerecord SOURCES ${dir}/tst_instancerecord.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_instancerepository SOURCES ${dir}/tst_instancerepository.cpp LIBS sloop_core
               LABELS unit)
