set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_imagespage SOURCES ${dir}/tst_imagespage.cpp ${dir}/pagetesthelpers.h
               LIBS sloop_widgets LABELS gui integration TIMEOUT 300)
set_tests_properties(tst_imagespage PROPERTIES RESOURCE_LOCK sloop-registry-busybox)
sloop_add_test(tst_volumespage SOURCES ${dir}/tst_volumespage.cpp ${dir}/pagetesthelpers.h
               LIBS sloop_widgets LABELS gui integration)
sloop_add_test(tst_networkspage SOURCES ${dir}/tst_networkspage.cpp ${dir}/pagetesthelpers.h
               LIBS sloop_widgets LABELS gui integration)
