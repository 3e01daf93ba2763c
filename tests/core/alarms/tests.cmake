set(dir ${CMAKE_CURRENT_LIST_DIR})
# CloudWatch's alarm logic, pure and table-driven.
sloop_add_test(tst_alarmevaluator SOURCES ${dir}/tst_alarmevaluator.cpp LIBS sloop_core LABELS unit)
# Alarms and their history in a temporary store.
sloop_add_test(tst_alarmrepository SOURCES ${dir}/tst_alarmrepository.cpp LIBS sloop_core
               LABELS unit)
# AlarmService on a real MetricStore (temporary Database): states, history, commands.
sloop_add_test(tst_alarmservice SOURCES ${dir}/tst_alarmservice.cpp LIBS sloop_core LABELS unit
               TIMEOUT 120)
# The link to sloop-ns4 cut and restored: the default status-check alarm goes
# to ALARM and back to OK (one-minute periods, a few minutes).
sloop_add_test(tst_statuscheckalarm SOURCES ${dir}/tst_statuscheckalarm.cpp
               LIBS sloop_core LABELS integration TIMEOUT 600)
# Suites that cut or watch sloop-ns4 never run at the same time.
set_tests_properties(tst_statuscheckalarm PROPERTIES RESOURCE_LOCK sloop-ns4)
set_property(TEST tst_statuscheckalarm APPEND PROPERTY ENVIRONMENT QTEST_FUNCTION_TIMEOUT=580000)
