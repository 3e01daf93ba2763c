set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Alarms page and dialog, offscreen, on a temporary store.
sloop_add_test(tst_alarmspage SOURCES ${dir}/tst_alarmspage.cpp LIBS sloop_widgets LABELS gui unit)
sloop_add_test(tst_metricchart SOURCES ${dir}/tst_metricchart.cpp LIBS sloop_widgets LABELS gui)
# The dashboard and the overview on a real MetricStore in a temporary database.
sloop_add_test(tst_metricsdashboard SOURCES ${dir}/tst_metricsdashboard.cpp LIBS sloop_widgets LABELS gui unit)
sloop_add_test(tst_monitoringoverview SOURCES ${dir}/tst_monitoringoverview.cpp LIBS sloop_widgets LABELS gui unit)
# The page as the window builds it: tabs, cards to dashboards, the interval,
# alarm notifications (a real control plane and store).
sloop_add_test(tst_monitoringpage SOURCES ${dir}/tst_monitoringpage.cpp LIBS sloop_widgets
               LABELS gui integration)
# One busy loop on sloop-ns3 followed into the store and the dashboard's
# chart models (real sshd, collector, store, dashboard).
sloop_add_test(tst_busyhostmonitoring SOURCES ${dir}/tst_busyhostmonitoring.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 180)
set_tests_properties(tst_busyhostmonitoring PROPERTIES RESOURCE_LOCK sloop-cpuhog)
