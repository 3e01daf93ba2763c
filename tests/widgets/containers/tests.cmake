set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_containerspage SOURCES ${dir}/tst_containerspage.cpp LIBS sloop_widgets LABELS "gui;integration" TIMEOUT 300)
