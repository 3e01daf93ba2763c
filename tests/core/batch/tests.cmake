set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_exitrules SOURCES ${dir}/tst_exitrules.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_capacityplanner SOURCES ${dir}/tst_capacityplanner.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_schedulingpolicy SOURCES ${dir}/tst_schedulingpolicy.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_queuedepth SOURCES ${dir}/tst_queuedepth.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_batchrepository SOURCES ${dir}/tst_batchrepository.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_batchdispatcher SOURCES ${dir}/tst_batchdispatcher.cpp LIBS sloop_core
               LABELS integration TIMEOUT 600)
# Hundreds of containers in a minute: alone, so the engine's load does not
# slow the timing of suites beside it (and theirs not this one's).
set_tests_properties(tst_batchdispatcher PROPERTIES RUN_SERIAL TRUE)
