set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_metricseriesmodel SOURCES ${dir}/tst_metricseriesmodel.cpp LIBS sloop_models LABELS unit)
