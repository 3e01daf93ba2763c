set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_metricchart SOURCES ${dir}/tst_metricchart.cpp LIBS sloop_widgets LABELS gui)
