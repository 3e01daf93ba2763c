set(dir ${CMAKE_CURRENT_LIST_DIR})
# CloudWatch's alarm logic, pure and table-driven.
sloop_add_test(tst_alarmevaluator SOURCES ${dir}/tst_alarmevaluator.cpp LIBS sloop_core LABELS unit)
# Alarms and their history in a temporary store.
sloop_add_test(tst_alarmrepository SOURCES ${dir}/tst_alarmrepository.cpp LIBS sloop_core
               LABELS unit)
# AlarmService on a real MetricStore (temporary Database): states, history, commands.
sloop_add_test(tst_alarmservice SOURCES ${dir}/tst_alarmservice.cpp LIBS sloop_core LABELS unit
               TIMEOUT 120)
