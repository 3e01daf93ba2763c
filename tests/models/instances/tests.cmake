set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_instancelistmodel SOURCES ${dir}/tst_instancelistmodel.cpp LIBS sloop_models
               LABELS unit)
