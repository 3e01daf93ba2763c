set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_containerlistmodel SOURCES ${dir}/tst_containerlistmodel.cpp LIBS sloop_models LABELS unit)
