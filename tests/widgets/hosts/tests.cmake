set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_filebrowser SOURCES ${dir}/tst_filebrowser.cpp LIBS sloop_widgets
               LABELS "gui;integration" TIMEOUT 300)
