set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_exitrules SOURCES ${dir}/tst_exitrules.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_capacityplanner SOURCES ${dir}/tst_capacityplanner.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_batchrepository SOURCES ${dir}/tst_batchrepository.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_batchdispatcher SOURCES ${dir}/tst_batchdispatcher.cpp LIBS sloop_core
               LABELS integration TIMEOUT 600)
