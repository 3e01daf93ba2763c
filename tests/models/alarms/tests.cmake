set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_alarmlistmodel SOURCES ${dir}/tst_alarmlistmodel.cpp LIBS sloop_models
               LABELS unit)
