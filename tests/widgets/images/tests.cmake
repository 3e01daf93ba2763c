set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Builds page on the real dockerd.
sloop_add_test(tst_buildspage SOURCES ${dir}/tst_buildspage.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 300)
