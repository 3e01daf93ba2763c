set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_imagelistmodel SOURCES ${dir}/tst_imagelistmodel.cpp LIBS sloop_models LABELS unit)
sloop_add_test(tst_volumelistmodel SOURCES ${dir}/tst_volumelistmodel.cpp LIBS sloop_models LABELS unit)
sloop_add_test(tst_networklistmodel SOURCES ${dir}/tst_networklistmodel.cpp LIBS sloop_models LABELS unit)
