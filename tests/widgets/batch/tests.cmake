set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Batch page over a private store, its dispatcher running jobs on the
# real dockerd.
sloop_add_test(tst_batchpage SOURCES ${dir}/tst_batchpage.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 300)
