set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_serviceform SOURCES ${dir}/tst_serviceform.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_swarmapi SOURCES ${dir}/tst_swarmapi.cpp LIBS sloop_core
               LABELS integration TIMEOUT 600)
# The two swarm engines are one swarm at a time: suites that make one take turns.
set_tests_properties(tst_swarmapi PROPERTIES RESOURCE_LOCK sloop-swarm)
sloop_add_test(tst_composefile SOURCES ${dir}/tst_composefile.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_swarmmetrics SOURCES ${dir}/tst_swarmmetrics.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
set_tests_properties(tst_swarmmetrics PROPERTIES RESOURCE_LOCK sloop-swarm)
