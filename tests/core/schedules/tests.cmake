set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_scheduleexpression SOURCES ${dir}/tst_scheduleexpression.cpp LIBS sloop_core
               LABELS unit)
# sloop_add_function_test comes from core/functions/tests.cmake.
sloop_add_function_test(tst_scheduler)
