set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_terminalscreen SOURCES ${dir}/tst_terminalscreen.cpp LIBS sloop_widgets
               LABELS unit)
sloop_add_test(tst_terminalwidget SOURCES ${dir}/tst_terminalwidget.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 120)
