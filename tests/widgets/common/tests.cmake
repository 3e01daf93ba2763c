set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_noticebanner SOURCES ${dir}/tst_noticebanner.cpp LIBS sloop_widgets LABELS gui)
