set(dir ${CMAKE_CURRENT_LIST_DIR})
# Container samples → points (collector helper).
sloop_add_test(tst_containermetrics SOURCES ${dir}/tst_containermetrics.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_enginemetrics SOURCES ${dir}/tst_enginemetrics.cpp LIBS sloop_core
               LABELS integration TIMEOUT 180)
# MetricStore on a temporary SQLite file: rollups, gaps, pruning, queries.
sloop_add_test(tst_metricstore SOURCES ${dir}/tst_metricstore.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_hostframeparser SOURCES ${dir}/tst_hostframeparser.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_hostsampler SOURCES ${dir}/tst_hostsampler.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
# The collector: ns3 over SSH, a container instance's login host (status
# only), the local engine's containers, into a real store.
sloop_add_test(tst_metricscollector SOURCES ${dir}/tst_metricscollector.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
# Thinning series for charts: peaks, gaps, bucket edges.
sloop_add_test(tst_downsample SOURCES ${dir}/tst_downsample.cpp LIBS sloop_core LABELS unit)
# Both cut or watch sloop-ns4, as tst_statuscheckalarm does: one at a time.
set_tests_properties(tst_metricscollector PROPERTIES RESOURCE_LOCK sloop-ns4)
# The CPU hogs on sloop-ns3 (cpuhogs.h) would raise each other's baselines.
set_tests_properties(tst_hostsampler PROPERTIES RESOURCE_LOCK "sloop-ns4;sloop-cpuhog")
