set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_mainwindow SOURCES ${dir}/tst_mainwindow.cpp LIBS sloop_widgets LABELS gui)
